#include "magasin/supply_chain/replenishment_desk.hpp"

#include <algorithm>

#include "magasin/domain/domain_error.hpp"
#include "magasin/server/http_error.hpp"

namespace magasin::supply_chain {

using domain::DomainError;
using domain::ErrorCode;
using domain::Quantity;
using domain::ReplenishmentRequest;

namespace {

std::string decidedBy(const StaffActor& actor) {
    return "staff:" + actor.staff.toString();
}

DomainError notFound(const domain::RequestId& id) {
    return DomainError(ErrorCode::kNotFound, "replenishment.not_found", "id",
                       "No replenishment request " + id.toString());
}

}  // namespace

ReplenishmentDesk::ReplenishmentDesk(RequestRepository& repository, TransferGateway& transfers, domain::Clock clock,
                                     server::IdSource ids)
    : m_repository(repository), m_transfers(transfers), m_clock(std::move(clock)), m_ids(std::move(ids)) {}

CreatedRequest ReplenishmentDesk::create(RequestSession& session, const NewRequest& draft) {
    const auto quantity = Quantity::of(draft.quantity, "quantity");
    // The same id again answers the stored request when it holds the same content (a retried POST, a replayed
    // command), else a conflict.
    auto sameRequest = [&](const RequestRecord& existing) -> CreatedRequest {
        const auto& r = existing.request;
        if (r.product() != draft.product || r.store() != draft.store || r.requestedQuantity() != quantity ||
            r.requestedBy() != draft.requestedBy) {
            throw DomainError(ErrorCode::kAlreadyExists, "replenishment.id.taken", "id",
                              "Request " + draft.id.toString() +
                                  " already exists with another product, store, quantity or requester");
        }
        return {existing, false};
    };
    if (auto existing = session.find(draft.id, false)) {
        return sameRequest(*existing);
    }
    std::vector<std::string> flags;
    if (!session.productIsActive(draft.product)) {
        if (draft.origin != "terminal") {
            throw DomainError(ErrorCode::kNotFound, "product.not_found", "product_id",
                              "No active product " + draft.product.toString() + " in the catalogue");
        }
        flags.emplace_back("unknown_product");
    }
    if (auto pending = session.pendingFor(draft.product, draft.store)) {
        if (pending->request.id() == draft.id) {
            return sameRequest(*pending);  // committed by a concurrent call since the first look
        }
        const std::vector<ReplenishmentRequest> existing{pending->request};
        domain::requireNoPendingRequest(existing, draft.product, draft.store);
    }
    const auto now = m_clock();
    RequestRecord record{
        .request = ReplenishmentRequest::create(draft.id, draft.product, draft.store, quantity, draft.requestedBy, now),
        .origin = draft.origin,
        .flags = std::move(flags),
        .updatedAt = now};
    try {
        session.insert(record);
    } catch (const DomainError&) {
        // The same id committed by a concurrent call meanwhile (the first attempt of a retried POST): whichever
        // unique index caught it (the id's, or the one pending per product and store), that request is the answer.
        auto existing = session.find(draft.id, false);
        if (!existing) {
            throw;
        }
        return sameRequest(*existing);
    }
    // Read back: the stored record carries what the lists show beside it (the names of the feeds' copies).
    return {session.find(draft.id, false).value_or(std::move(record)), true};
}

RequestRecord ReplenishmentDesk::approve(const domain::RequestId& id, const StaffActor& actor,
                                         std::optional<std::int64_t> quantity, const std::string& requestId) {
    // The rules that need no stock figure, checked on a copy before anything leaves this server; the central stock is
    // inventaire's to check, under its own lock.
    auto approvable = [&](const std::optional<RequestRecord>& record) {
        if (!record) {
            throw notFound(id);
        }
        const auto approved = Quantity::of(quantity.value_or(record->request.requestedQuantity().value()));
        ReplenishmentRequest trial = record->request;
        trial.approve(actor.role, approved, approved.value(), m_clock());
        return approved;
    };
    // First, durably: "a transfer may be under way". Committed before the call, so that even if this process dies
    // after inventaire committed, a later rejection asks inventaire before it believes nothing moved.
    m_repository.write([&](RequestSession& session) {
        auto record = session.find(id, true);
        approvable(record);
        if (!record->transferInDoubt) {
            record->transferInDoubt = true;
            record->updatedAt = m_clock();
            session.update(*record);
        }
    });
    std::optional<RequestRecord> result;
    try {
        m_repository.write([&](RequestSession& session) {
            auto record = session.find(id, true);
            const auto approved = approvable(record);
            auto outcome = m_transfers.transfer(
                {record->request.id(), record->request.product(), record->request.store(), approved}, requestId);
            if (outcome.kind == TransferOutcome::Kind::kIdTaken) {
                // An earlier approval of this request moved stock and its answer was lost: that transfer is the truth.
                const auto earlier = m_transfers.transferredQuantity(id, requestId);
                if (!earlier) {
                    throw server::HttpError(503, "upstream_unavailable", "Service unavailable",
                                            "Inventaire refused the transfer (" + outcome.detail +
                                                ") yet has none for this request; try again");
                }
                outcome = {TransferOutcome::Kind::kDone, *earlier, 200, ""};
            }
            switch (outcome.kind) {
                case TransferOutcome::Kind::kDone: break;
                case TransferOutcome::Kind::kInsufficient:
                    throw DomainError(
                        ErrorCode::kInsufficientStock, "replenishment.approve.insufficient_stock", "quantity",
                        "The central warehouse cannot send " + std::to_string(approved.value()) + " units: " +
                            outcome.detail + ". The request stays pending; approve a lower quantity or reject it");
                case TransferOutcome::Kind::kStoreUnknown:
                    throw DomainError(ErrorCode::kIllegalState, "replenishment.approve.store_unknown", "store_id",
                                      "Inventaire has no stock location for this store yet (" + outcome.detail +
                                          "). The request stays pending; try again once the store is known");
                case TransferOutcome::Kind::kRefused:
                case TransferOutcome::Kind::kIdTaken:
                    throw server::HttpError(503, "upstream_refused", "Service unavailable",
                                            "Inventaire refused the transfer with HTTP " +
                                                std::to_string(outcome.status) + " (" + outcome.detail +
                                                "). The request stays pending; tell the operator");
            }
            const auto now = m_clock();
            const auto moved = Quantity::of(outcome.quantity);
            // The transfer already took `moved` from the central warehouse: that is the stock the approval needs.
            record->request.approve(actor.role, std::min(moved, record->request.requestedQuantity()), moved.value(),
                                    now);
            record->request.markTransferred(now);
            record->decidedBy = decidedBy(actor);
            record->transferInDoubt = false;
            record->updatedAt = now;
            session.update(*record);
            result = *record;
        });
    } catch (const DomainError&) {
        // Refused for good (inventaire checks an existing transfer before the stock, so a refusal means none exists
        // for this request), or another decision came first: nothing is in doubt any more.
        m_repository.write([&](RequestSession& session) {
            auto record = session.find(id, true);
            if (record && record->request.isPending() && record->transferInDoubt) {
                record->transferInDoubt = false;
                record->updatedAt = m_clock();
                session.update(*record);
            }
        });
        throw;
    }
    // HttpError 503 (no answer) and anything else: the flag stays, and the next decision asks inventaire.
    return *result;
}

void ReplenishmentDesk::settleDoubt(const domain::RequestId& id, const std::string& requestId) {
    const auto current = m_repository.find(id);
    if (!current || !current->transferInDoubt || !current->request.isPending()) {
        return;
    }
    const auto moved = m_transfers.transferredQuantity(id, requestId);
    m_repository.write([&](RequestSession& session) {
        auto record = session.find(id, true);
        if (!record || !record->transferInDoubt || !record->request.isPending()) {
            return;
        }
        const auto now = m_clock();
        if (moved) {
            const auto quantity = Quantity::of(*moved);
            record->request.approve(domain::Role::kManager, std::min(quantity, record->request.requestedQuantity()),
                                    quantity.value(), now);
            record->request.markTransferred(now);
            record->decidedBy = "inventaire";
        }
        record->transferInDoubt = false;
        record->updatedAt = now;
        session.update(*record);
    });
}

RequestRecord ReplenishmentDesk::decide(const domain::RequestId& id, const std::string& requestId,
                                        const std::function<void(RequestRecord&)>& decision) {
    if (!m_repository.find(id)) {
        throw notFound(id);
    }
    settleDoubt(id, requestId);
    std::optional<RequestRecord> result;
    m_repository.write([&](RequestSession& session) {
        auto record = session.find(id, true);
        if (!record) {
            throw notFound(id);
        }
        decision(*record);
        record->updatedAt = m_clock();
        session.update(*record);
        result = *record;
    });
    return *result;
}

RequestRecord ReplenishmentDesk::reject(const domain::RequestId& id, const StaffActor& actor,
                                        const std::string& reasonText, const std::string& requestId) {
    const auto reason = domain::Reason::parse(reasonText, "reason");
    return decide(id, requestId, [&](RequestRecord& record) {
        record.request.reject(actor.role, reason, m_clock());
        record.decidedBy = decidedBy(actor);
    });
}

RequestRecord ReplenishmentDesk::withdraw(const domain::RequestId& id, const StaffActor& actor,
                                          const std::string& requestId) {
    return decide(id, requestId, [&](RequestRecord& record) {
        record.request.withdraw(actor.staff, actor.role, m_clock());
        record.decidedBy = decidedBy(actor);
    });
}

RequestRecord ReplenishmentDesk::get(const domain::RequestId& id) {
    auto found = m_repository.find(id);
    if (!found) {
        throw notFound(id);
    }
    return *found;
}

std::vector<SuggestionRecord> ReplenishmentDesk::suggestions(const std::optional<domain::StoreId>& store) {
    const auto levels = m_repository.storeLevels(store);
    const auto pending = m_repository.pendingRequests(store);
    std::vector<SuggestionRecord> result;
    for (const auto& suggestion : domain::suggestReplenishment(levels, pending)) {
        result.push_back(
            {suggestion, m_repository.productName(suggestion.product), m_repository.storeName(suggestion.store)});
    }
    return result;
}

}  // namespace magasin::supply_chain
