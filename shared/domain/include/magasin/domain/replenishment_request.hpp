// A store's request for stock from the central warehouse, decided by a manager and fulfilled by a transfer.
// Usage: auto r = ReplenishmentRequest::create(id, product, store, Quantity::of(20), staff, now); r.approve(...);
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "magasin/domain/quantity.hpp"
#include "magasin/domain/reason.hpp"
#include "magasin/domain/role.hpp"
#include "magasin/domain/time.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::domain {

// pending -> approved -> transferred, pending -> rejected, pending -> withdrawn.
enum class RequestStatus { kPending, kApproved, kTransferred, kRejected, kWithdrawn };

// "pending", "approved", "transferred", "rejected", "withdrawn": the stable wire and storage names.
std::string_view requestStatusName(RequestStatus status) noexcept;

// Everything a request holds, as a repository stores and loads it.
struct ReplenishmentRequestState {
    RequestId id;
    ProductId product;
    StoreId store;
    Quantity requestedQuantity;
    std::optional<Quantity> approvedQuantity;
    StaffId requestedBy;
    Timestamp requestedAt;
    RequestStatus status = RequestStatus::kPending;
    std::optional<Timestamp> decidedAt;
    std::optional<Timestamp> transferredAt;
    std::optional<Reason> rejectionReason;
};

// The status of a name above; nullopt for anything else.
std::optional<RequestStatus> requestStatusOfName(std::string_view name) noexcept;

class ReplenishmentRequest {
public:
    static ReplenishmentRequest create(RequestId id, ProductId product, StoreId store, Quantity quantity,
                                       StaffId requestedBy, Timestamp requestedAt);
    // Rebuilds a stored request. Throws DomainError kInvalidValue "replenishment.state.inconsistent" when the state
    // could not have been reached through the transitions: an approved or transferred request without its approved
    // quantity (or one above the requested quantity) or decision time, a transferred one without its transfer time, a
    // rejected one without its reason, a pending one with a decision.
    static ReplenishmentRequest restore(const ReplenishmentRequestState& state);
    [[nodiscard]] ReplenishmentRequestState state() const;

    [[nodiscard]] const RequestId& id() const { return m_id; }
    [[nodiscard]] const ProductId& product() const { return m_product; }
    [[nodiscard]] const StoreId& store() const { return m_store; }
    [[nodiscard]] Quantity requestedQuantity() const { return m_requestedQuantity; }
    // Set once approved: what the transfer moves, at most what was requested.
    [[nodiscard]] const std::optional<Quantity>& approvedQuantity() const { return m_approvedQuantity; }
    [[nodiscard]] const StaffId& requestedBy() const { return m_requestedBy; }
    [[nodiscard]] Timestamp requestedAt() const { return m_requestedAt; }
    [[nodiscard]] RequestStatus status() const { return m_status; }
    [[nodiscard]] bool isPending() const { return m_status == RequestStatus::kPending; }
    // When it was approved, rejected or withdrawn.
    [[nodiscard]] const std::optional<Timestamp>& decidedAt() const { return m_decidedAt; }
    [[nodiscard]] const std::optional<Timestamp>& transferredAt() const { return m_transferredAt; }
    [[nodiscard]] const std::optional<Reason>& rejectionReason() const { return m_rejectionReason; }

    // Checks, in this order: kPermissionDenied "role.manager_required"; kIllegalState
    // "replenishment.approve.not_pending"; kInvalidValue "replenishment.approve.quantity_raised" (field "quantity")
    // when approving more than requested; kInsufficientStock "replenishment.approve.insufficient_stock" when the
    // central warehouse holds less than the approved quantity. Nothing changes when it throws.
    void approve(Role actorRole, Quantity approvedQuantity, std::int64_t centralLevel, Timestamp at);
    // The transfer happened. Throws kIllegalState "replenishment.transfer.not_approved" unless approved.
    void markTransferred(Timestamp at);
    // Throws kPermissionDenied "role.manager_required" or kIllegalState "replenishment.reject.not_pending".
    void reject(Role actorRole, Reason reason, Timestamp at);
    // The requester changed their mind (or a manager cleans up). Throws kPermissionDenied
    // "replenishment.withdraw.not_requester" for anyone else, kIllegalState "replenishment.withdraw.not_pending".
    void withdraw(StaffId actor, Role actorRole, Timestamp at);

private:
    ReplenishmentRequest(RequestId id, ProductId product, StoreId store, Quantity quantity, StaffId requestedBy,
                         Timestamp requestedAt)
        : m_id(id),
          m_product(product),
          m_store(store),
          m_requestedQuantity(quantity),
          m_requestedBy(requestedBy),
          m_requestedAt(requestedAt) {}
    void requirePending(const char* rule, std::string_view done) const;

    RequestId m_id;
    ProductId m_product;
    StoreId m_store;
    Quantity m_requestedQuantity;
    std::optional<Quantity> m_approvedQuantity;
    StaffId m_requestedBy;
    Timestamp m_requestedAt;
    RequestStatus m_status = RequestStatus::kPending;
    std::optional<Timestamp> m_decidedAt;
    std::optional<Timestamp> m_transferredAt;
    std::optional<Reason> m_rejectionReason;
};

// At most one pending request per (product, store). Throws DomainError kAlreadyExists
// "replenishment.pending.exists" when `existing` holds one.
void requireNoPendingRequest(std::span<const ReplenishmentRequest> existing, const ProductId& product,
                             const StoreId& store);

}  // namespace magasin::domain
