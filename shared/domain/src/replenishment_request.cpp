#include "magasin/domain/replenishment_request.hpp"

#include "magasin/domain/domain_error.hpp"

#include <algorithm>
#include <string>

namespace magasin::domain {

std::string_view requestStatusName(RequestStatus status) noexcept {
    switch (status) {
        case RequestStatus::kPending: return "pending";
        case RequestStatus::kApproved: return "approved";
        case RequestStatus::kTransferred: return "transferred";
        case RequestStatus::kRejected: return "rejected";
        case RequestStatus::kWithdrawn: return "withdrawn";
    }
    return "unknown";
}

ReplenishmentRequest ReplenishmentRequest::create(RequestId id, ProductId product, StoreId store, Quantity quantity,
                                                  StaffId requestedBy, Timestamp requestedAt) {
    return ReplenishmentRequest(id, product, store, quantity, requestedBy, requestedAt);
}

void ReplenishmentRequest::requirePending(const char* rule, std::string_view done) const {
    if (!isPending()) {
        throw DomainError(ErrorCode::kIllegalState, rule, "",
                          "This request is already " + std::string(requestStatusName(m_status)) +
                              "; only a pending request can be " + std::string(done));
    }
}

void ReplenishmentRequest::approve(Role actorRole, Quantity approvedQuantity, std::int64_t centralLevel, Timestamp at) {
    requireManager(actorRole, "approve a replenishment request");
    requirePending("replenishment.approve.not_pending", "approved");
    if (approvedQuantity > m_requestedQuantity) {
        throw DomainError(ErrorCode::kInvalidValue, "replenishment.approve.quantity_raised", "quantity",
                          "Approve at most the " + std::to_string(m_requestedQuantity.value()) +
                              " units requested; the store can ask again for more");
    }
    if (centralLevel < approvedQuantity.value()) {
        throw DomainError(ErrorCode::kInsufficientStock, "replenishment.approve.insufficient_stock", "quantity",
                          "The central warehouse has only " + std::to_string(std::max<std::int64_t>(centralLevel, 0)) +
                              " available, " + std::to_string(approvedQuantity.value()) + " asked");
    }
    m_approvedQuantity = approvedQuantity;
    m_status = RequestStatus::kApproved;
    m_decidedAt = at;
}

void ReplenishmentRequest::markTransferred(Timestamp at) {
    if (m_status != RequestStatus::kApproved) {
        throw DomainError(ErrorCode::kIllegalState, "replenishment.transfer.not_approved", "",
                          "This request is " + std::string(requestStatusName(m_status)) +
                              "; only an approved request can be transferred");
    }
    m_status = RequestStatus::kTransferred;
    m_transferredAt = at;
}

void ReplenishmentRequest::reject(Role actorRole, Reason reason, Timestamp at) {
    requireManager(actorRole, "reject a replenishment request");
    requirePending("replenishment.reject.not_pending", "rejected");
    m_rejectionReason = std::move(reason);
    m_status = RequestStatus::kRejected;
    m_decidedAt = at;
}

void ReplenishmentRequest::withdraw(StaffId actor, Role actorRole, Timestamp at) {
    if (actor != m_requestedBy && actorRole != Role::kManager) {
        throw DomainError(ErrorCode::kPermissionDenied, "replenishment.withdraw.not_requester", "",
                          "Only the person who made the request or a manager may withdraw it");
    }
    requirePending("replenishment.withdraw.not_pending", "withdrawn");
    m_status = RequestStatus::kWithdrawn;
    m_decidedAt = at;
}

void requireNoPendingRequest(std::span<const ReplenishmentRequest> existing, const ProductId& product,
                             const StoreId& store) {
    const bool taken = std::any_of(existing.begin(), existing.end(), [&](const ReplenishmentRequest& r) {
        return r.isPending() && r.product() == product && r.store() == store;
    });
    if (taken) {
        throw DomainError(
            ErrorCode::kAlreadyExists, "replenishment.pending.exists", "product_id",
            "This store already has a pending request for this product; withdraw it or wait for a decision");
    }
}

}  // namespace magasin::domain
