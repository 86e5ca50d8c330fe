#include "magasin/domain/order.hpp"

#include "magasin/domain/domain_error.hpp"

#include <string>

namespace magasin::domain {

std::string_view orderStatusName(OrderStatus status) noexcept {
    switch (status) {
        case OrderStatus::kConfirmed: return "confirmed";
        case OrderStatus::kShipped: return "shipped";
        case OrderStatus::kDelivered: return "delivered";
        case OrderStatus::kCancelled: return "cancelled";
    }
    return "unknown";
}

Order::Order(OrderId id, const Checkout& checkout, Timestamp createdAt)
    : m_id(id),
      m_customer(checkout.customer()),
      m_sale(*checkout.sale()),
      m_lines(checkout.lines()),
      m_shipping(checkout.shipping()),
      m_totals(checkout.totals()),
      m_deliveryAddress(checkout.deliveryAddress()),
      m_method(checkout.deliveryMethod()),
      m_createdAt(createdAt) {}

Order::Order(Saved saved)
    : m_id(saved.id),
      m_customer(saved.customer),
      m_sale(saved.sale),
      m_lines(std::move(saved.lines)),
      m_shipping(saved.shipping),
      m_totals(std::move(saved.totals)),
      m_deliveryAddress(std::move(saved.deliveryAddress)),
      m_method(saved.method),
      m_createdAt(saved.createdAt),
      m_status(saved.status),
      m_cancelReason(std::move(saved.cancelReason)) {}

Order Order::restore(Saved saved) {
    return Order(std::move(saved));
}

Order Order::fromCheckout(OrderId id, const Checkout& checkout, Timestamp createdAt) {
    if (checkout.state() != CheckoutState::kReservationCommitted && checkout.state() != CheckoutState::kCompleted) {
        throw DomainError(ErrorCode::kIllegalState, "order.checkout.unfinished", "",
                          "An order needs a checkout whose sale is recorded and stock committed, not one that is " +
                              std::string(checkoutStateName(checkout.state())));
    }
    return Order(id, checkout, createdAt);
}

void Order::moveTo(OrderStatus to, OrderStatus allowedFrom) {
    if (m_status != allowedFrom) {
        throw DomainError(ErrorCode::kIllegalState, "order.transition", "",
                          "An order that is " + std::string(orderStatusName(m_status)) + " cannot become " +
                              std::string(orderStatusName(to)));
    }
    m_status = to;
}

void Order::ship() {
    moveTo(OrderStatus::kShipped, OrderStatus::kConfirmed);
}

void Order::deliver() {
    moveTo(OrderStatus::kDelivered, OrderStatus::kShipped);
}

void Order::cancel(Reason reason) {
    moveTo(OrderStatus::kCancelled, OrderStatus::kConfirmed);
    m_cancelReason = std::move(reason);
}

}  // namespace magasin::domain
