// The Sale aggregate of commandes: lines as sold, totals from the store's tax profile, payments that settle them.
// Usage: auto sale = Sale::record({.id = id, .store = s, .device = d, .staff = st, .at = now, .lines = {...},
//                                  .payments = {Payment::cash(Money::fromCents(32000))}}, TaxProfile::quebec());
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "magasin/domain/money.hpp"
#include "magasin/domain/quantity.hpp"
#include "magasin/domain/reason.hpp"
#include "magasin/domain/role.hpp"
#include "magasin/domain/tax_profile.hpp"
#include "magasin/domain/time.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::domain {

enum class SaleChannel { kStore, kWeb };
enum class SaleStatus { kActive, kCancelled };
enum class PaymentMethod { kCash, kCard };

// Who acted, as recorded on the sale, and the role that decides what they may do.
struct Actor {
    StaffId id;
    Role role;
    friend bool operator==(const Actor&, const Actor&) = default;
};

// A discount on one line and the manager who approved it.
struct LineDiscount {
    Money amount;
    Actor approvedBy;
    friend bool operator==(const LineDiscount&, const LineDiscount&) = default;
};

// One line as sold: the name and unit price are copies taken at the time of sale, so that later catalogue changes
// never rewrite a receipt.
class SaleLine {
public:
    // Throws DomainError kInvalidValue "sale.line.name.empty" (blank name) or "sale.line.discount.range" (discount
    // not in (0, unit price * quantity]); kPermissionDenied "role.manager_required" when the discount was not approved
    // by a manager.
    static SaleLine of(ProductId product, std::string_view name, Price unitPrice, Quantity quantity, bool taxable,
                       std::optional<LineDiscount> discount = std::nullopt);

    [[nodiscard]] const ProductId& product() const { return m_product; }
    [[nodiscard]] const std::string& name() const { return m_name; }
    [[nodiscard]] Price unitPrice() const { return m_unitPrice; }
    [[nodiscard]] Quantity quantity() const { return m_quantity; }
    [[nodiscard]] bool isTaxable() const { return m_taxable; }
    [[nodiscard]] const std::optional<LineDiscount>& discount() const { return m_discount; }
    // unit price * quantity - discount.
    [[nodiscard]] Money total() const { return m_total; }

private:
    SaleLine(ProductId product, std::string name, Price unitPrice, Quantity quantity, bool taxable,
             std::optional<LineDiscount> discount, Money total)
        : m_product(product),
          m_name(std::move(name)),
          m_unitPrice(unitPrice),
          m_quantity(quantity),
          m_taxable(taxable),
          m_discount(discount),
          m_total(total) {}

    ProductId m_product;
    std::string m_name;
    Price m_unitPrice;
    Quantity m_quantity;
    bool m_taxable;
    std::optional<LineDiscount> m_discount;
    Money m_total;
};

// Cash (the amount tendered) or card (the amount charged and the payment terminal's reference). Card numbers are
// never stored: a reference that looks like one is refused.
class Payment {
public:
    static constexpr std::size_t kReferenceMaxLength = 64;
    // Throws DomainError kInvalidValue "payment.amount.positive" unless tendered > 0.
    static Payment cash(Money tendered);
    // Reference trimmed. Throws DomainError kInvalidValue "payment.amount.positive", "payment.card.reference.length"
    // (1..64 characters) or "payment.card.reference.card_number" (13..19 digits once spaces and dashes are removed,
    // passing the Luhn check).
    static Payment card(Money amount, std::string_view reference);

    [[nodiscard]] PaymentMethod method() const { return m_method; }
    // Cash: the amount tendered, before change. Card: the amount charged.
    [[nodiscard]] Money amount() const { return m_amount; }
    // Empty for cash.
    [[nodiscard]] const std::string& reference() const { return m_reference; }

private:
    Payment(PaymentMethod method, Money amount, std::string reference)
        : m_method(method), m_amount(amount), m_reference(std::move(reference)) {}

    PaymentMethod m_method;
    Money m_amount;
    std::string m_reference;
};

// What a terminal (or the web checkout) sends to record a sale. Store sales name their terminal and cashier; web
// sales name their customer instead.
struct NewSale {
    SaleId id;  // UUIDv7 made by the terminal, so that a replayed offline sale keeps its identity
    StoreId store;
    std::optional<DeviceId> device;
    std::optional<StaffId> staff;
    std::optional<CustomerId> customer;
    Timestamp at;
    SaleChannel channel = SaleChannel::kStore;
    std::vector<SaleLine> lines;
    std::vector<Payment> payments;
};

struct Cancellation {
    Actor by;
    std::optional<Actor> approvedBy;  // the manager override a cashier needed, if any
    Reason reason;
    Timestamp at;
};

class Sale {
public:
    static constexpr std::size_t kMinLines = 1;
    static constexpr std::size_t kMaxLines = 500;

    // Computes the totals with computeTotals and settles the payments: card amounts together may not exceed the total,
    // cash covers the rest and gives change; without cash the cards must pay the total exactly.
    // Throws DomainError kInvalidValue "sale.id.version" (not a UUIDv7), "sale.lines.count" (1..500),
    // "sale.store.terminal_required" (store channel without device or staff), "sale.web.customer_required";
    // kPaymentMismatch "sale.payment.short" (the message gives the amount still due) or "sale.payment.excess" (the
    // message gives the excess).
    static Sale record(NewSale sale, const TaxProfile& taxProfile);

    // A sale read back from storage, with the totals and change computed when it was recorded: a tax rate changed
    // since must not rewrite a receipt, so no rule is run again. Only for sales that went through record() before.
    static Sale restore(NewSale sale, Totals totals, Money changeDue,
                        std::optional<Cancellation> cancellation = std::nullopt);

    [[nodiscard]] const SaleId& id() const { return m_data.id; }
    [[nodiscard]] const StoreId& store() const { return m_data.store; }
    [[nodiscard]] const std::optional<DeviceId>& device() const { return m_data.device; }
    [[nodiscard]] const std::optional<StaffId>& staff() const { return m_data.staff; }
    [[nodiscard]] const std::optional<CustomerId>& customer() const { return m_data.customer; }
    [[nodiscard]] Timestamp at() const { return m_data.at; }
    [[nodiscard]] SaleChannel channel() const { return m_data.channel; }
    [[nodiscard]] const std::vector<SaleLine>& lines() const { return m_data.lines; }
    [[nodiscard]] const std::vector<Payment>& payments() const { return m_data.payments; }
    [[nodiscard]] const Totals& totals() const { return m_totals; }
    // Cash tendered - (total - card amounts); zero when no cash was tendered.
    [[nodiscard]] Money changeDue() const { return m_changeDue; }
    [[nodiscard]] SaleStatus status() const { return m_cancellation ? SaleStatus::kCancelled : SaleStatus::kActive; }
    [[nodiscard]] const std::optional<Cancellation>& cancellation() const { return m_cancellation; }

    // Throws DomainError kIllegalState "sale.cancel.not_active" when already cancelled; kPermissionDenied
    // "role.manager_required" when the actor is a cashier without a manager's override. The reason is required by
    // its type. Restoring the stock is the caller's job (inventory).
    void cancel(Actor actor, Reason reason, std::optional<Actor> managerOverride, Timestamp at);

private:
    Sale(NewSale data, Totals totals, Money changeDue)
        : m_data(std::move(data)), m_totals(std::move(totals)), m_changeDue(changeDue) {}

    NewSale m_data;
    Totals m_totals;
    Money m_changeDue;
    std::optional<Cancellation> m_cancellation;
};

}  // namespace magasin::domain
