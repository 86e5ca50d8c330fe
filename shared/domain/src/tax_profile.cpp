#include "magasin/domain/tax_profile.hpp"

#include "magasin/domain/domain_error.hpp"

namespace magasin::domain {

TaxProfile TaxProfile::of(std::string name, std::vector<Tax> taxes) {
    for (std::size_t i = 0; i < taxes.size(); ++i) {
        if (taxes[i].code.empty()) {
            throw DomainError(ErrorCode::kInvalidValue, "tax_profile.code", "taxes", "Every tax needs a code");
        }
        for (std::size_t j = 0; j < i; ++j) {
            if (taxes[j].code == taxes[i].code) {
                throw DomainError(ErrorCode::kInvalidValue, "tax_profile.code", "taxes",
                                  "Tax " + taxes[i].code + " appears twice");
            }
        }
    }
    return TaxProfile(std::move(name), std::move(taxes));
}

TaxProfile TaxProfile::quebec() {
    return of("QC", {{"GST", Rate::fromHundredThousandths(5'000)}, {"QST", Rate::fromHundredThousandths(9'975)}});
}

Totals computeTotals(const TaxProfile& profile, Money subtotal, Money taxableSubtotal) {
    if (taxableSubtotal.isNegative() || taxableSubtotal > subtotal) {
        throw DomainError(ErrorCode::kInvalidValue, "totals.taxable", "",
                          "The taxable subtotal must be between zero and the subtotal");
    }
    Totals totals{subtotal, taxableSubtotal, {}, Money::zero(), subtotal};
    totals.taxes.reserve(profile.taxes().size());
    for (const Tax& tax : profile.taxes()) {
        const Money amount = tax.rate.applyTo(taxableSubtotal);
        totals.taxes.push_back({tax.code, tax.rate, amount});
        totals.taxTotal += amount;
    }
    totals.total = subtotal + totals.taxTotal;
    return totals;
}

}  // namespace magasin::domain
