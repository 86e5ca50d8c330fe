// A web order, made from a checkout whose sale is recorded and stock committed, then shipped and delivered.
// Usage: auto order = Order::fromCheckout(orderId, checkout, now); order.ship(); order.deliver();
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "magasin/domain/cart.hpp"
#include "magasin/domain/checkout.hpp"
#include "magasin/domain/contact.hpp"
#include "magasin/domain/money.hpp"
#include "magasin/domain/reason.hpp"
#include "magasin/domain/tax_profile.hpp"
#include "magasin/domain/time.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::domain {

// confirmed -> shipped -> delivered, or confirmed -> cancelled; nothing else.
enum class OrderStatus { kConfirmed, kShipped, kDelivered, kCancelled };
// "confirmed", "shipped", "delivered", "cancelled".
std::string_view orderStatusName(OrderStatus status) noexcept;

// The lines as sold: name, unit price and taxable flag as they were at checkout.
using OrderLine = CartLine;

class Order {
public:
    // The checkout must be reservation_committed (or completed, when the order is made again on a retry);
    // throws DomainError kIllegalState "order.checkout.unfinished" otherwise.
    static Order fromCheckout(OrderId id, const Checkout& checkout, Timestamp createdAt);

    // What restore() needs: an order as it was saved.
    struct Saved {
        OrderId id;
        CustomerId customer;
        SaleId sale;
        std::vector<OrderLine> lines;
        Money shipping;
        Totals totals;
        Address deliveryAddress;
        DeliveryMethod method = DeliveryMethod::kStandard;
        Timestamp createdAt;
        OrderStatus status = OrderStatus::kConfirmed;
        std::optional<Reason> cancelReason;
    };
    // An order read back from storage, as saved; no rule runs again.
    static Order restore(Saved saved);

    [[nodiscard]] const OrderId& id() const { return m_id; }
    [[nodiscard]] const CustomerId& customer() const { return m_customer; }
    [[nodiscard]] const SaleId& sale() const { return m_sale; }
    [[nodiscard]] const std::vector<OrderLine>& lines() const { return m_lines; }
    [[nodiscard]] Money shipping() const { return m_shipping; }
    [[nodiscard]] const Totals& totals() const { return m_totals; }
    [[nodiscard]] const Address& deliveryAddress() const { return m_deliveryAddress; }
    [[nodiscard]] DeliveryMethod deliveryMethod() const { return m_method; }
    [[nodiscard]] Timestamp createdAt() const { return m_createdAt; }
    [[nodiscard]] OrderStatus status() const { return m_status; }
    [[nodiscard]] const std::optional<Reason>& cancelReason() const { return m_cancelReason; }

    // Each throws DomainError kIllegalState "order.transition" from any other status, order unchanged.
    void ship();                 // confirmed -> shipped
    void deliver();              // shipped -> delivered
    void cancel(Reason reason);  // confirmed -> cancelled; the reason goes on to cancel the sale in commandes

private:
    Order(OrderId id, const Checkout& checkout, Timestamp createdAt);
    explicit Order(Saved saved);
    void moveTo(OrderStatus to, OrderStatus allowedFrom);

    OrderId m_id;
    CustomerId m_customer;
    SaleId m_sale;
    std::vector<OrderLine> m_lines;
    Money m_shipping;
    Totals m_totals;
    Address m_deliveryAddress;
    DeliveryMethod m_method;
    Timestamp m_createdAt;
    OrderStatus m_status = OrderStatus::kConfirmed;
    std::optional<Reason> m_cancelReason;
};

}  // namespace magasin::domain
