#include "magasin/domain/product_name.hpp"

#include "magasin/domain/domain_error.hpp"
#include "magasin/domain/text.hpp"

namespace magasin::domain {

bool containsForbiddenNameCharacter(std::string_view text) {
    return text.find_first_of(kForbiddenNameCharacters) != std::string_view::npos;
}

ProductName ProductName::parse(std::string_view text, std::string_view field) {
    const std::string_view trimmed = trim(text);
    const std::size_t length = utf8Length(trimmed);
    if (length == std::string_view::npos || length < kMinLength || length > kMaxLength) {
        throw DomainError(ErrorCode::kInvalidValue, "product.name.length", std::string(field),
                          "A product name must be 2 to 100 characters long");
    }
    if (containsForbiddenNameCharacter(trimmed)) {
        throw DomainError(ErrorCode::kInvalidValue, "product.name.characters", std::string(field),
                          "A product name cannot contain < > \" ' or &");
    }
    return ProductName(std::string(trimmed));
}

bool ProductName::sameAs(const ProductName& other) const {
    return equalsIgnoringCase(m_text, other.m_text);
}

}  // namespace magasin::domain
