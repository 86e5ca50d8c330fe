// A stock keeping unit code: three letters and four digits ("CLA0001"), stored upper-case, unique in the catalogue.
// Usage: auto sku = Sku::parse("cla0001"); sku.code();  // "CLA0001"
#pragma once

#include <string>
#include <string_view>

namespace magasin::domain {

class Sku {
public:
    // Trims, upper-cases, then requires ^[A-Z]{3}\d{4}$. Throws DomainError kInvalidValue, rule "product.sku.format".
    static Sku parse(std::string_view text, std::string_view field = "sku");
    [[nodiscard]] const std::string& code() const { return m_code; }
    friend auto operator<=>(const Sku&, const Sku&) = default;

private:
    explicit Sku(std::string code) : m_code(std::move(code)) {}
    std::string m_code;
};

}  // namespace magasin::domain
