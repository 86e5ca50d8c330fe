// The supply chain's storage port: reads for the lists and suggestions, and write sessions in which a use case reads
// a request under a lock, checks the rules and saves, atomically (a save also publishes the change feed).
// Usage (a use case): repository.write([&](RequestSession& s) { auto r = s.find(id, true); ...; s.update(*r); });
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "magasin/domain/stock_level.hpp"
#include "magasin/supply_chain/request_records.hpp"

namespace magasin::supply_chain {

// Everything done through one session commits together or not at all.
class RequestSession {
public:
    virtual ~RequestSession() = default;
    // forUpdate: the request stays locked until the session ends, so that decisions on one request (approvals,
    // rejections, withdrawals, from any server instance) take turns.
    virtual std::optional<RequestRecord> find(const domain::RequestId& id, bool forUpdate) = 0;
    // The pending request of (product, store), if any.
    virtual std::optional<RequestRecord> pendingFor(const domain::ProductId& product, const domain::StoreId& store) = 0;
    // Whether the catalogue copy holds the product as active.
    virtual bool productIsActive(const domain::ProductId& product) = 0;
    // Inserts and publishes. DomainError kAlreadyExists "replenishment.pending.exists" when another pending request of
    // the same (product, store) committed meanwhile, "replenishment.id.taken" when a request with this id did; the
    // session stays usable either way.
    virtual void insert(const RequestRecord& record) = 0;
    // Saves the status, decision and flags, and publishes.
    virtual void update(const RequestRecord& record) = 0;
};

class RequestRepository {
public:
    virtual ~RequestRepository() = default;
    // Runs `work` in one session. The adapter may run it again after a transient failure (serialization, lost
    // connection), so `work` must have no effects outside the session but idempotent ones.
    virtual void write(const std::function<void(RequestSession&)>& work) = 0;

    virtual std::optional<RequestRecord> find(const domain::RequestId& id) = 0;
    // Newest first.
    virtual std::vector<RequestRecord> list(const RequestFilter& filter) = 0;
    // Store levels (with their thresholds) of one store, or of every store.
    virtual std::vector<domain::StockLevel> storeLevels(const std::optional<domain::StoreId>& store) = 0;
    virtual std::vector<domain::ReplenishmentRequest> pendingRequests(const std::optional<domain::StoreId>& store) = 0;
    virtual std::optional<std::string> productName(const domain::ProductId& product) = 0;
    virtual std::optional<std::string> storeName(const domain::StoreId& store) = 0;
};

}  // namespace magasin::supply_chain
