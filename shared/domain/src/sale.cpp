#include "magasin/domain/sale.hpp"

#include "magasin/domain/bounded_text.hpp"
#include "magasin/domain/domain_error.hpp"
#include "magasin/domain/text.hpp"

namespace magasin::domain {
namespace {

// 13..19 digits once spaces and dashes are dropped, with a valid Luhn check digit: the shape of a payment card number.
bool looksLikeCardNumber(std::string_view text) {
    int digits = 0;
    int sum = 0;
    // Walk from the right so that every second digit, starting with the one before the check digit, is doubled.
    for (auto it = text.rbegin(); it != text.rend(); ++it) {
        const char c = *it;
        if (c == ' ' || c == '-') {
            continue;
        }
        if (c < '0' || c > '9') {
            return false;
        }
        int value = c - '0';
        if (digits % 2 == 1) {
            value *= 2;
            if (value > 9) {
                value -= 9;
            }
        }
        sum += value;
        ++digits;
    }
    return digits >= 13 && digits <= 19 && sum % 10 == 0;
}

void requirePositive(Money amount) {
    if (amount.cents() <= 0) {
        throw DomainError(ErrorCode::kInvalidValue, "payment.amount.positive", "amount",
                          "A payment must be more than 0.00");
    }
}

// Returns the change due, or throws kPaymentMismatch when the payments do not settle the total.
Money settle(Money total, const std::vector<Payment>& payments) {
    Money cards;
    Money cash;
    bool anyCash = false;
    for (const Payment& payment : payments) {
        if (payment.method() == PaymentMethod::kCard) {
            cards += payment.amount();
        } else {
            cash += payment.amount();
            anyCash = true;
        }
    }
    if (cards > total) {
        throw DomainError(
            ErrorCode::kPaymentMismatch, "sale.payment.excess", "payments",
            "Card payments exceed the total of " + total.toString() + " by " + (cards - total).toString());
    }
    const Money dueInCash = total - cards;
    if (cash < dueInCash) {
        throw DomainError(ErrorCode::kPaymentMismatch, "sale.payment.short", "payments",
                          (dueInCash - cash).toString() + " is still due on a total of " + total.toString());
    }
    return anyCash ? cash - dueInCash : Money::zero();
}

}  // namespace

SaleLine SaleLine::of(ProductId product, std::string_view name, Price unitPrice, Quantity quantity, bool taxable,
                      std::optional<LineDiscount> discount) {
    const std::string_view trimmed = trim(name);
    if (trimmed.empty()) {
        throw DomainError(ErrorCode::kInvalidValue, "sale.line.name.empty", "name",
                          "A sale line needs the product name as sold");
    }
    const Money gross = unitPrice.amount() * quantity.value();
    Money total = gross;
    if (discount) {
        if (discount->amount.cents() <= 0 || discount->amount > gross) {
            throw DomainError(ErrorCode::kInvalidValue, "sale.line.discount.range", "discount",
                              "A discount must be more than 0.00 and at most the line amount of " + gross.toString());
        }
        requireManager(discount->approvedBy.role, "approve a discount");
        total -= discount->amount;
    }
    return SaleLine(product, std::string(trimmed), unitPrice, quantity, taxable, discount, total);
}

Payment Payment::cash(Money tendered) {
    requirePositive(tendered);
    return Payment(PaymentMethod::kCash, tendered, {});
}

Payment Payment::card(Money amount, std::string_view reference) {
    requirePositive(amount);
    std::string text = boundedText(reference, 1, kReferenceMaxLength, "payment.card.reference.length", "reference",
                                   "A card terminal reference");
    if (looksLikeCardNumber(text)) {
        throw DomainError(ErrorCode::kInvalidValue, "payment.card.reference.card_number", "reference",
                          "Enter the payment terminal's reference, never the card number");
    }
    return Payment(PaymentMethod::kCard, amount, std::move(text));
}

Sale Sale::record(NewSale sale, const TaxProfile& taxProfile) {
    if (sale.id.uuid().version() != 7) {
        throw DomainError(ErrorCode::kInvalidValue, "sale.id.version", "id",
                          "A sale id must be a UUIDv7 made by the terminal");
    }
    if (sale.lines.size() < kMinLines || sale.lines.size() > kMaxLines) {
        throw DomainError(ErrorCode::kInvalidValue, "sale.lines.count", "lines",
                          "A sale must have 1 to 500 lines, not " + std::to_string(sale.lines.size()));
    }
    if (sale.channel == SaleChannel::kStore && (!sale.device || !sale.staff)) {
        throw DomainError(ErrorCode::kInvalidValue, "sale.store.terminal_required",
                          sale.device ? "staff_id" : "device_id",
                          "A store sale must name its terminal and its cashier");
    }
    if (sale.channel == SaleChannel::kWeb && !sale.customer) {
        throw DomainError(ErrorCode::kInvalidValue, "sale.web.customer_required", "customer_id",
                          "A web sale must name its customer");
    }
    Money subtotal;
    Money taxableSubtotal;
    for (const SaleLine& line : sale.lines) {
        subtotal += line.total();
        if (line.isTaxable()) {
            taxableSubtotal += line.total();
        }
    }
    Totals totals = computeTotals(taxProfile, subtotal, taxableSubtotal);
    const Money change = settle(totals.total, sale.payments);
    return Sale(std::move(sale), std::move(totals), change);
}

Sale Sale::restore(NewSale sale, Totals totals, Money changeDue, std::optional<Cancellation> cancellation) {
    Sale restored(std::move(sale), std::move(totals), changeDue);
    restored.m_cancellation = std::move(cancellation);
    return restored;
}

void Sale::cancel(Actor actor, Reason reason, std::optional<Actor> managerOverride, Timestamp at) {
    if (m_cancellation) {
        throw DomainError(ErrorCode::kIllegalState, "sale.cancel.not_active", "", "This sale is already cancelled");
    }
    if (actor.role != Role::kManager) {
        requireManager(managerOverride ? managerOverride->role : actor.role, "cancel a sale");
    }
    m_cancellation = Cancellation{actor, managerOverride, std::move(reason), at};
}

}  // namespace magasin::domain
