// Sales taxes of a store and the totals of anything sold: taxes on the taxable subtotal, each rounded half-up.
// Usage: auto totals = computeTotals(TaxProfile::quebec(), subtotal, taxableSubtotal); totals.total;
#pragma once

#include <string>
#include <vector>

#include "magasin/domain/money.hpp"

namespace magasin::domain {

struct Tax {
    std::string code;  // "GST", "QST"
    Rate rate;
    friend bool operator==(const Tax&, const Tax&) = default;
};

class TaxProfile {
public:
    // Throws DomainError kInvalidValue when a code is empty or repeated ("tax_profile.code").
    static TaxProfile of(std::string name, std::vector<Tax> taxes);
    // Québec: GST 5 % and QST 9.975 %.
    static TaxProfile quebec();
    [[nodiscard]] const std::string& name() const { return m_name; }
    [[nodiscard]] const std::vector<Tax>& taxes() const { return m_taxes; }
    friend bool operator==(const TaxProfile&, const TaxProfile&) = default;

private:
    TaxProfile(std::string name, std::vector<Tax> taxes) : m_name(std::move(name)), m_taxes(std::move(taxes)) {}
    std::string m_name;
    std::vector<Tax> m_taxes;
};

struct TaxAmount {
    std::string code;
    Rate rate;
    Money amount;
    friend bool operator==(const TaxAmount&, const TaxAmount&) = default;
};

struct Totals {
    Money subtotal;
    Money taxableSubtotal;
    std::vector<TaxAmount> taxes;
    Money taxTotal;
    Money total;  // subtotal + taxTotal
    friend bool operator==(const Totals&, const Totals&) = default;
};

// Each tax of the profile applied to the taxable subtotal and rounded half-up on its own; total adds them to the
// subtotal. Throws kInvalidValue when the taxable subtotal is negative or larger than the subtotal.
Totals computeTotals(const TaxProfile& profile, Money subtotal, Money taxableSubtotal);

}  // namespace magasin::domain
