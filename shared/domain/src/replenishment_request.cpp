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

std::optional<RequestStatus> requestStatusOfName(std::string_view name) noexcept {
    for (const auto status : {RequestStatus::kPending, RequestStatus::kApproved, RequestStatus::kTransferred,
                              RequestStatus::kRejected, RequestStatus::kWithdrawn}) {
        if (requestStatusName(status) == name) {
            return status;
        }
    }
    return std::nullopt;
}

ReplenishmentRequest ReplenishmentRequest::restore(const ReplenishmentRequestState& s) {
    auto inconsistent = [&s](const std::string& why) {
        throw DomainError(
            ErrorCode::kInvalidValue, "replenishment.state.inconsistent", "status",
            "Stored request " + s.id.toString() + " is " + std::string(requestStatusName(s.status)) + " but " + why);
    };
    const bool approved = s.status == RequestStatus::kApproved || s.status == RequestStatus::kTransferred;
    if (approved && (!s.approvedQuantity || *s.approvedQuantity > s.requestedQuantity)) {
        inconsistent("has no approved quantity within the requested one");
    }
    if (!approved && s.approvedQuantity) {
        inconsistent("has an approved quantity");
    }
    if ((s.status == RequestStatus::kPending) == s.decidedAt.has_value()) {
        inconsistent(s.decidedAt ? "has a decision time" : "has no decision time");
    }
    if ((s.status == RequestStatus::kTransferred) != s.transferredAt.has_value()) {
        inconsistent("its transfer time says otherwise");
    }
    if ((s.status == RequestStatus::kRejected) != s.rejectionReason.has_value()) {
        inconsistent("its rejection reason says otherwise");
    }
    ReplenishmentRequest r(s.id, s.product, s.store, s.requestedQuantity, s.requestedBy, s.requestedAt);
    r.m_approvedQuantity = s.approvedQuantity;
    r.m_status = s.status;
    r.m_decidedAt = s.decidedAt;
    r.m_transferredAt = s.transferredAt;
    r.m_rejectionReason = s.rejectionReason;
    return r;
}

ReplenishmentRequestState ReplenishmentRequest::state() const {
    return {m_id,          m_product, m_store,     m_requestedQuantity, m_approvedQuantity, m_requestedBy,
            m_requestedAt, m_status,  m_decidedAt, m_transferredAt,     m_rejectionReason};
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
