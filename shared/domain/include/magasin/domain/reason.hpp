// A reason a person gives for a cancellation or a rejection: trimmed, 5..500 characters, with at least one letter.
// Usage: auto r = Reason::parse("  Client a changé d'avis ", "reason"); r.text();
#pragma once

#include <string>
#include <string_view>

namespace magasin::domain {

class Reason {
public:
    static constexpr std::size_t kMinLength = 5;
    static constexpr std::size_t kMaxLength = 500;
    // Throws DomainError kInvalidValue: rule "reason.length" (counted in characters after trimming) or
    // "reason.letter" (digits and punctuation only).
    static Reason parse(std::string_view text, std::string_view field = "reason");
    [[nodiscard]] const std::string& text() const { return m_text; }
    friend bool operator==(const Reason&, const Reason&) = default;

private:
    explicit Reason(std::string text) : m_text(std::move(text)) {}
    std::string m_text;
};

}  // namespace magasin::domain
