#include "magasin/webshop/price_format.hpp"

namespace magasin::webshop {
namespace {

// U+00A0: the space inside "1 234,56 $" must not let a line break split the amount.
constexpr const char* kNoBreakSpace = "\xC2\xA0";

std::string groupThousands(std::int64_t units, const std::string& separator) {
    std::string digits = std::to_string(units);
    std::string out;
    const auto size = digits.size();
    for (std::size_t i = 0; i < size; ++i) {
        if (i > 0 && (size - i) % 3 == 0) {
            out += separator;
        }
        out += digits[i];
    }
    return out;
}

}  // namespace

std::string formatPrice(domain::Money amount, domain::Language language) {
    const std::int64_t cents = amount.cents();
    // Magnitude computed in unsigned so that the most negative cents value does not overflow on negation.
    const auto magnitude =
        cents < 0 ? 0ULL - static_cast<unsigned long long>(cents) : static_cast<unsigned long long>(cents);
    const auto units = static_cast<std::int64_t>(magnitude / 100);
    const auto fraction = static_cast<int>(magnitude % 100);
    const std::string twoDigits = (fraction < 10 ? "0" : "") + std::to_string(fraction);
    const std::string sign = cents < 0 ? "-" : "";
    if (language == domain::Language::kFrench) {
        return sign + groupThousands(units, kNoBreakSpace) + "," + twoDigits + kNoBreakSpace + "$";
    }
    return sign + "$" + groupThousands(units, ",") + "." + twoDigits;
}

}  // namespace magasin::webshop
