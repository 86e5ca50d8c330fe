#include "magasin/domain/checkout.hpp"

#include "magasin/domain/domain_error.hpp"

#include <algorithm>
#include <string>

namespace magasin::domain {

DeliveryMethod parseDeliveryMethod(std::string_view text) {
    if (text == "standard") {
        return DeliveryMethod::kStandard;
    }
    if (text == "express") {
        return DeliveryMethod::kExpress;
    }
    throw DomainError(ErrorCode::kInvalidValue, "checkout.delivery_method.unknown", "delivery_method",
                      "Delivery must be \"standard\" or \"express\"");
}

std::string_view deliveryMethodName(DeliveryMethod method) noexcept {
    return method == DeliveryMethod::kExpress ? "express" : "standard";
}

Money shippingCost(Money merchandiseSubtotal, DeliveryMethod method) {
    if (merchandiseSubtotal >= kFreeShippingFrom) {
        return Money::zero();
    }
    return method == DeliveryMethod::kExpress ? kExpressShipping : kStandardShipping;
}

std::string_view checkoutStateName(CheckoutState state) noexcept {
    switch (state) {
        case CheckoutState::kStarted: return "started";
        case CheckoutState::kPricesChecked: return "prices_checked";
        case CheckoutState::kStockReserved: return "stock_reserved";
        case CheckoutState::kSaleRecorded: return "sale_recorded";
        case CheckoutState::kReservationCommitted: return "reservation_committed";
        case CheckoutState::kCompleted: return "completed";
        case CheckoutState::kCompensating: return "compensating";
        case CheckoutState::kFailed: return "failed";
    }
    return "unknown";
}

Checkout::Checkout(CheckoutId id, CustomerId customer, std::vector<CartLine> lines, Address deliveryAddress,
                   DeliveryMethod method, Timestamp startedAt, Money shipping, Totals totals)
    : m_id(id),
      m_customer(customer),
      m_lines(std::move(lines)),
      m_deliveryAddress(std::move(deliveryAddress)),
      m_method(method),
      m_startedAt(startedAt),
      m_shipping(shipping),
      m_totals(std::move(totals)) {}

Checkout Checkout::start(CheckoutId id, const Cart& cart, Address deliveryAddress, DeliveryMethod method,
                         Timestamp startedAt) {
    if (cart.isEmpty()) {
        throw DomainError(ErrorCode::kIllegalState, "checkout.cart.empty", "", "Add a product to the cart first");
    }
    if (cart.needsPriceAcceptance()) {
        throw DomainError(ErrorCode::kIllegalState, "checkout.prices.unaccepted", "",
                          "Some prices changed; review and accept them before paying");
    }
    const Money merchandise = cart.subtotal();
    const Money taxableMerchandise = cart.taxableSubtotal();
    const Money shipping = shippingCost(merchandise, method);
    const bool carriesTaxableGoods =
        std::any_of(cart.lines().begin(), cart.lines().end(), [](const CartLine& line) { return line.taxable; });
    Totals totals = computeTotals(TaxProfile::quebec(), merchandise + shipping,
                                  carriesTaxableGoods ? taxableMerchandise + shipping : taxableMerchandise);
    return Checkout(id, cart.customer(), cart.lines(), std::move(deliveryAddress), method, startedAt, shipping,
                    std::move(totals));
}

Checkout Checkout::restore(Saved saved) {
    Checkout checkout(saved.id, saved.customer, std::move(saved.lines), std::move(saved.deliveryAddress), saved.method,
                      saved.startedAt, saved.shipping, std::move(saved.totals));
    checkout.m_state = saved.state;
    checkout.m_reservations = std::move(saved.reservations);
    checkout.m_sale = saved.sale;
    checkout.m_order = saved.order;
    return checkout;
}

void Checkout::moveTo(CheckoutState to, std::initializer_list<CheckoutState> allowedFrom) {
    if (std::find(allowedFrom.begin(), allowedFrom.end(), m_state) == allowedFrom.end()) {
        throw DomainError(ErrorCode::kIllegalState, "checkout.transition", "",
                          "A checkout that is " + std::string(checkoutStateName(m_state)) + " cannot become " +
                              std::string(checkoutStateName(to)));
    }
    m_state = to;
}

void Checkout::markPricesChecked(const PriceList& current) {
    if (m_state == CheckoutState::kStarted && !findPriceChanges(m_lines, current).empty()) {
        throw DomainError(ErrorCode::kIllegalState, "checkout.prices.changed", "",
                          "Some prices changed since the checkout started; review them and check out again");
    }
    moveTo(CheckoutState::kPricesChecked, {CheckoutState::kStarted});
}

void Checkout::markStockReserved(std::vector<ReservationId> reservations) {
    if (reservations.size() != m_lines.size()) {
        throw DomainError(ErrorCode::kInvalidValue, "checkout.reservations.count", "reservations",
                          "A checkout of " + std::to_string(m_lines.size()) +
                              " lines needs as many reservations, not " + std::to_string(reservations.size()));
    }
    moveTo(CheckoutState::kStockReserved, {CheckoutState::kPricesChecked});
    m_reservations = std::move(reservations);
}

void Checkout::markSaleRecorded(SaleId sale) {
    moveTo(CheckoutState::kSaleRecorded, {CheckoutState::kStockReserved});
    m_sale = sale;
}

void Checkout::markReservationCommitted() {
    moveTo(CheckoutState::kReservationCommitted, {CheckoutState::kSaleRecorded});
}

void Checkout::markCompleted(OrderId order) {
    moveTo(CheckoutState::kCompleted, {CheckoutState::kReservationCommitted});
    m_order = order;
}

void Checkout::beginCompensation() {
    moveTo(CheckoutState::kCompensating,
           {CheckoutState::kStarted, CheckoutState::kPricesChecked, CheckoutState::kStockReserved});
}

void Checkout::markFailed() {
    moveTo(CheckoutState::kFailed, {CheckoutState::kCompensating});
}

std::string Checkout::idempotencyKey(RemoteStep step) const {
    switch (step) {
        case RemoteStep::kReserve: return m_id.toString() + ":reserve";
        case RemoteStep::kSale: return m_id.toString() + ":sale";
        case RemoteStep::kCommit: return m_id.toString() + ":commit";
        case RemoteStep::kRelease: return m_id.toString() + ":release";
    }
    return m_id.toString();
}

}  // namespace magasin::domain
