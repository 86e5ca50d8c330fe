// A web checkout: a snapshot of the cart with delivery, shipping and Québec taxes, and the durable state of the
// checkout saga. Usage: auto c = Checkout::start(id, cart, address, DeliveryMethod::kStandard, now); c.totals();
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "magasin/domain/cart.hpp"
#include "magasin/domain/contact.hpp"
#include "magasin/domain/money.hpp"
#include "magasin/domain/tax_profile.hpp"
#include "magasin/domain/time.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::domain {

enum class DeliveryMethod { kStandard, kExpress };

// "standard" | "express"; throws DomainError kInvalidValue ("checkout.delivery_method.unknown", field
// "delivery_method") otherwise.
DeliveryMethod parseDeliveryMethod(std::string_view text);
std::string_view deliveryMethodName(DeliveryMethod method) noexcept;

inline constexpr Money kFreeShippingFrom = Money::fromCents(100'00);
inline constexpr Money kStandardShipping = Money::fromCents(7'50);
inline constexpr Money kExpressShipping = Money::fromCents(15'00);

// Free from a merchandise subtotal (before taxes, taxable or not) of 100.00; else 15.00 express, 7.50 standard.
Money shippingCost(Money merchandiseSubtotal, DeliveryMethod method);

// The saga, step by step. Before the sale is recorded any step may be compensated (a reservation is released);
// from sale_recorded on, the sale exists in commandes and the checkout can only go forward.
enum class CheckoutState {
    kStarted,
    kPricesChecked,
    kStockReserved,
    kSaleRecorded,
    kReservationCommitted,
    kCompleted,
    kCompensating,
    kFailed,
};
// "started", "prices_checked", "stock_reserved", "sale_recorded", "reservation_committed", "completed",
// "compensating", "failed".
std::string_view checkoutStateName(CheckoutState state) noexcept;

// The calls to other contexts, each retried with the same idempotency key until it answers.
enum class RemoteStep { kReserve, kSale, kCommit, kRelease };

// Taxes: the Québec profile through computeTotals on merchandise + shipping. Shipping follows the goods it carries:
// it is taxable in full when at least one line is taxable and untaxed when every line is zero-rated. (Tax law
// allows splitting a mixed shipment by value; taxing it in full never under-collects and is simpler to explain.)
class Checkout {
public:
    // Throws DomainError kIllegalState "checkout.cart.empty" or "checkout.prices.unaccepted" (the cart has price
    // changes the customer has not accepted yet).
    static Checkout start(CheckoutId id, const Cart& cart, Address deliveryAddress, DeliveryMethod method,
                          Timestamp startedAt);

    // What restore() needs: a checkout as it was saved, at any state.
    struct Saved {
        CheckoutId id;
        CustomerId customer;
        std::vector<CartLine> lines;
        Address deliveryAddress;
        DeliveryMethod method = DeliveryMethod::kStandard;
        Timestamp startedAt;
        Money shipping;
        Totals totals;
        CheckoutState state = CheckoutState::kStarted;
        std::vector<ReservationId> reservations;
        std::optional<SaleId> sale;
        std::optional<OrderId> order;
    };
    // A checkout read back from storage: totals and state as saved, so that a tax rate changed since does not rewrite
    // what the customer was shown. No rule runs again.
    static Checkout restore(Saved saved);

    [[nodiscard]] const CheckoutId& id() const { return m_id; }
    [[nodiscard]] const CustomerId& customer() const { return m_customer; }
    [[nodiscard]] const std::vector<CartLine>& lines() const { return m_lines; }
    [[nodiscard]] const Address& deliveryAddress() const { return m_deliveryAddress; }
    [[nodiscard]] DeliveryMethod deliveryMethod() const { return m_method; }
    [[nodiscard]] Timestamp startedAt() const { return m_startedAt; }
    [[nodiscard]] Money merchandiseSubtotal() const { return sumOfLines(m_lines); }
    [[nodiscard]] Money shipping() const { return m_shipping; }
    // subtotal = merchandise + shipping; taxableSubtotal includes shipping when it is taxable.
    [[nodiscard]] const Totals& totals() const { return m_totals; }

    [[nodiscard]] CheckoutState state() const { return m_state; }
    // One reservation per line, in line order (inventaire reserves one product at a time).
    [[nodiscard]] const std::vector<ReservationId>& reservations() const { return m_reservations; }
    [[nodiscard]] const std::optional<SaleId>& sale() const { return m_sale; }
    [[nodiscard]] const std::optional<OrderId>& order() const { return m_order; }

    // Every transition below throws DomainError kIllegalState "checkout.transition" from any other state, and
    // leaves the checkout unchanged.
    // started -> prices_checked. Throws kIllegalState "checkout.prices.changed" when a current price differs from
    // the snapshot (reprice the cart, then compensate), kNotFound "cart.product.unavailable" when one is missing.
    void markPricesChecked(const PriceList& current);
    // prices_checked -> stock_reserved, with the reservation of each line in line order. Throws kInvalidValue
    // "checkout.reservations.count" when there is not exactly one per line.
    void markStockReserved(std::vector<ReservationId> reservations);
    // stock_reserved -> sale_recorded.
    void markSaleRecorded(SaleId sale);
    // sale_recorded -> reservation_committed.
    void markReservationCommitted();
    // reservation_committed -> completed, once the order exists and the cart is emptied.
    void markCompleted(OrderId order);
    // started | prices_checked | stock_reserved -> compensating; release reservations() if there are any.
    void beginCompensation();
    // compensating -> failed.
    void markFailed();

    // "<checkout id>:reserve", ":sale", ":commit", ":release".
    [[nodiscard]] std::string idempotencyKey(RemoteStep step) const;

private:
    Checkout(CheckoutId id, CustomerId customer, std::vector<CartLine> lines, Address deliveryAddress,
             DeliveryMethod method, Timestamp startedAt, Money shipping, Totals totals);
    void moveTo(CheckoutState to, std::initializer_list<CheckoutState> allowedFrom);

    CheckoutId m_id;
    CustomerId m_customer;
    std::vector<CartLine> m_lines;
    Address m_deliveryAddress;
    DeliveryMethod m_method;
    Timestamp m_startedAt;
    Money m_shipping;
    Totals m_totals;
    CheckoutState m_state = CheckoutState::kStarted;
    std::vector<ReservationId> m_reservations;
    std::optional<SaleId> m_sale;
    std::optional<OrderId> m_order;
};

}  // namespace magasin::domain
