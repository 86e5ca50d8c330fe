#include "magasin/domain/quantity.hpp"

#include "magasin/domain/domain_error.hpp"

#include <string>

namespace magasin::domain {

Quantity Quantity::of(std::int64_t value, std::string_view field) {
    if (value < kMin || value > kMax) {
        throw DomainError(ErrorCode::kInvalidValue, "quantity.range", std::string(field),
                          "A quantity must be a whole number from 1 to 10000, not " + std::to_string(value));
    }
    return Quantity(value);
}

}  // namespace magasin::domain
