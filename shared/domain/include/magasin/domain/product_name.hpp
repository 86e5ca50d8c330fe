// The name of a catalogue product: trimmed, 2..100 characters, none of < > " ' &.
// Usage: auto name = ProductName::parse("  Clavier mécanique "); if (name.sameAs(other)) ...
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace magasin::domain {

// Characters refused in names shown to people (product and category names), so that no name can smuggle markup
// into a web page, a receipt or a report.
inline constexpr std::string_view kForbiddenNameCharacters = "<>\"'&";
bool containsForbiddenNameCharacter(std::string_view text);

class ProductName {
public:
    static constexpr std::size_t kMinLength = 2;
    static constexpr std::size_t kMaxLength = 100;
    // Throws DomainError kInvalidValue: rule "product.name.length" (characters counted after trimming; also for
    // text that is not UTF-8) or "product.name.characters".
    static ProductName parse(std::string_view text, std::string_view field = "name");

    [[nodiscard]] const std::string& text() const { return m_text; }
    // The "same name" of the uniqueness rule: case-insensitive, accents kept (Café == CAFÉ, Café != Cafe).
    [[nodiscard]] bool sameAs(const ProductName& other) const;
    friend bool operator==(const ProductName&, const ProductName&) = default;

private:
    explicit ProductName(std::string text) : m_text(std::move(text)) {}
    std::string m_text;
};

}  // namespace magasin::domain
