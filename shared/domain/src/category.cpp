#include "magasin/domain/category.hpp"

#include "magasin/domain/domain_error.hpp"
#include "magasin/domain/product_name.hpp"
#include "magasin/domain/text.hpp"

namespace magasin::domain {

CategoryName CategoryName::parse(std::string_view text, std::string_view field) {
    const std::string_view trimmed = trim(text);
    const std::size_t length = utf8Length(trimmed);
    if (length == std::string_view::npos || length < kMinLength || length > kMaxLength) {
        throw DomainError(ErrorCode::kInvalidValue, "category.name.length", std::string(field),
                          "A category name must be 2 to 50 characters long");
    }
    if (containsForbiddenNameCharacter(trimmed)) {
        throw DomainError(ErrorCode::kInvalidValue, "category.name.characters", std::string(field),
                          "A category name cannot contain < > \" ' or &");
    }
    return CategoryName(std::string(trimmed));
}

bool CategoryName::sameAs(const CategoryName& other) const {
    return equalsIgnoringCase(m_text, other.m_text);
}

std::vector<CategoryName> defaultCategories() {
    std::vector<CategoryName> categories;
    for (std::string_view name : {"Informatique", "Boissons", "Confiserie", "Électronique", "Meubles", "Vêtements"}) {
        categories.push_back(CategoryName::parse(name));
    }
    return categories;
}

}  // namespace magasin::domain
