// The supply chain's use cases: create a replenishment request (REST or a terminal's sync command), approve it through
// inventaire's transfer, reject it with a reason, withdraw it, list them, and suggest what stores should ask for.
// Usage: ReplenishmentDesk desk(repository, gateway, clock, ids); auto r = desk.approve(id, manager, 12, requestId);
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "magasin/domain/role.hpp"
#include "magasin/domain/time.hpp"
#include "magasin/server/id_source.hpp"
#include "magasin/supply_chain/request_repository.hpp"
#include "magasin/supply_chain/transfer_gateway.hpp"

namespace magasin::supply_chain {

// The staff member acting, as their token says.
struct StaffActor {
    domain::StaffId staff;
    domain::Role role;
};

struct NewRequest {
    domain::RequestId id;
    domain::ProductId product;
    domain::StoreId store;
    std::int64_t quantity = 0;
    domain::StaffId requestedBy;
    std::string origin = "rest";  // "rest" | "terminal" | "demo"
};

struct CreatedRequest {
    RequestRecord record;
    bool created = false;  // false: the same id was already recorded with the same content, and this is it
};

class ReplenishmentDesk {
public:
    ReplenishmentDesk(RequestRepository& repository, TransferGateway& transfers, domain::Clock clock,
                      server::IdSource ids);

    [[nodiscard]] domain::RequestId nextId() { return domain::RequestId(m_ids()); }

    // Creates a pending request in the caller's session. The same id again answers the stored request when it holds
    // the same product, store, quantity and requester, else kAlreadyExists "replenishment.id.taken". Quantity's rule;
    // requireNoPendingRequest's kAlreadyExists "replenishment.pending.exists". A product the catalogue copy does not
    // hold as active: kNotFound "product.not_found" over REST (a person can fix it); from a terminal the request is
    // kept with the flag "unknown_product" (it was made offline and is never dropped).
    CreatedRequest create(RequestSession& session, const NewRequest& draft);

    // Approves (a manager; `quantity` may lower the requested one, default: all of it) by asking inventaire for the
    // transfer, keyed by the request id, while the request is locked, and records it approved and transferred in the
    // same transaction. Refusals leave the request pending and throw: kInsufficientStock
    // "replenishment.approve.insufficient_stock" (inventaire's words say what the central warehouse holds),
    // kIllegalState "replenishment.approve.store_unknown"; inventaire unreachable: HttpError 503, and the request is
    // marked transfer_in_doubt until a later approval, rejection or withdrawal settles it with inventaire. A transfer
    // made earlier for this request with another quantity (an approval whose answer was lost) is what is recorded.
    // Domain rules: kPermissionDenied "role.manager_required", kIllegalState "replenishment.approve.not_pending",
    // kInvalidValue "replenishment.approve.quantity_raised". kNotFound "replenishment.not_found".
    RequestRecord approve(const domain::RequestId& id, const StaffActor& actor, std::optional<std::int64_t> quantity,
                          const std::string& requestId);
    // A manager's rejection; Reason's rules (5..500 characters, a letter); kIllegalState when not pending.
    RequestRecord reject(const domain::RequestId& id, const StaffActor& actor, const std::string& reason,
                         const std::string& requestId);
    // The requester or a manager; kPermissionDenied "replenishment.withdraw.not_requester"; kIllegalState.
    RequestRecord withdraw(const domain::RequestId& id, const StaffActor& actor, const std::string& requestId);

    // kNotFound "replenishment.not_found".
    RequestRecord get(const domain::RequestId& id);
    std::vector<RequestRecord> list(const RequestFilter& filter) { return m_repository.list(filter); }
    // domain::suggestReplenishment over the store levels copied from inventaire and the pending requests.
    std::vector<SuggestionRecord> suggestions(const std::optional<domain::StoreId>& store);

private:
    // Before a rejection or withdrawal of a request whose approval ended in doubt: asks inventaire whether the transfer
    // exists and records it transferred if so (the decision that follows then finds it no longer pending).
    void settleDoubt(const domain::RequestId& id, const std::string& requestId);
    RequestRecord decide(const domain::RequestId& id, const std::string& requestId,
                         const std::function<void(RequestRecord&)>& decision);

    RequestRepository& m_repository;
    TransferGateway& m_transfers;
    domain::Clock m_clock;
    server::IdSource m_ids;
};

}  // namespace magasin::supply_chain
