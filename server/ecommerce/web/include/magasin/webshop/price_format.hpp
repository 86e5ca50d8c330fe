// Prices as a person in Québec reads them: fr-CA "1 234,56 $" (no-break spaces), en-CA "$1,234.56".
// Usage: formatPrice(Money::fromCents(123456), Language::kFrench);  // "1 234,56 $"
#pragma once

#include <string>

#include "magasin/domain/language.hpp"
#include "magasin/domain/money.hpp"

namespace magasin::webshop {

std::string formatPrice(domain::Money amount, domain::Language language);

}  // namespace magasin::webshop
