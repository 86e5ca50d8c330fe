// The name of a product category ("Informatique"), and the categories every new catalogue starts with.
// Usage: auto category = CategoryName::parse("Boissons"); for (const auto& c : defaultCategories()) ...
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace magasin::domain {

class CategoryName {
public:
    static constexpr std::size_t kMinLength = 2;
    static constexpr std::size_t kMaxLength = 50;
    // Trims, then throws DomainError kInvalidValue: rule "category.name.length" (2..50 characters) or
    // "category.name.characters" (the characters refused in product names).
    static CategoryName parse(std::string_view text, std::string_view field = "category");

    [[nodiscard]] const std::string& text() const { return m_text; }
    // Case-insensitive, as for product names, so that a manager cannot add "boissons" next to "Boissons".
    [[nodiscard]] bool sameAs(const CategoryName& other) const;
    friend bool operator==(const CategoryName&, const CategoryName&) = default;

private:
    explicit CategoryName(std::string text) : m_text(std::move(text)) {}
    std::string m_text;
};

// The seed's categories, in the seed's order: Informatique, Boissons, Confiserie, Électronique, Meubles, Vêtements.
std::vector<CategoryName> defaultCategories();

}  // namespace magasin::domain
