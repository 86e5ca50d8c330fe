// The one typed error of the domain: a documented code, a stable rule key, a field and an English message.
// Usage: throw DomainError(ErrorCode::kInvalidValue, "product.name.length", "name", "Name too short");
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace magasin::domain {

// What kind of rule was broken. Each side (server, desktop app) maps these to its own surface in exactly one
// function; the values are stable and documented one by one.
enum class ErrorCode {
    // A value breaks the rule of its type: a name too short, a bad check digit, a quantity out of range.
    // Nothing was changed. Servers answer 422 with the field.
    kInvalidValue,
    // The thing referred to does not exist (an unknown product in a cart, a line index out of range).
    kNotFound,
    // The value must be unique and is already taken: product name, SKU, barcode, email, pending request.
    kAlreadyExists,
    // The aggregate is not in a state that allows the operation: approving a rejected request, cancelling a
    // cancelled sale, checking out an empty cart. Servers answer 409.
    kIllegalState,
    // Not enough stock for an online operation that may not take a level below zero. Servers answer 409.
    kInsufficientStock,
    // Payments do not settle the amount due: sum of payments differs from the total, cash tendered too low.
    kPaymentMismatch,
    // The acting person's role does not allow the operation (a cashier cancelling without a manager override).
    kPermissionDenied,
};

// Stable English name of a code ("invalid_value", ...), used in logs and as the problem type suffix.
std::string_view errorCodeName(ErrorCode code) noexcept;

class DomainError : public std::runtime_error {
public:
    // rule: stable dotted key naming the broken rule ("sale.cancel.reason.length"); the desktop app translates by it.
    // field: the input field at fault, empty when the rule spans several.
    DomainError(ErrorCode code, std::string rule, std::string field, const std::string& message);

    [[nodiscard]] ErrorCode code() const noexcept { return m_code; }
    [[nodiscard]] const std::string& rule() const noexcept { return m_rule; }
    [[nodiscard]] const std::string& field() const noexcept { return m_field; }

private:
    ErrorCode m_code;
    std::string m_rule;
    std::string m_field;
};

}  // namespace magasin::domain
