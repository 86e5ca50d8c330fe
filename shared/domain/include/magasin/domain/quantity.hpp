// A quantity of units moved, sold, transferred or requested: an integer 1..10,000.
// Usage: auto q = Quantity::of(3, "quantity"); q.value();
#pragma once

#include <compare>
#include <cstdint>
#include <string_view>

namespace magasin::domain {

class Quantity {
public:
    static constexpr std::int64_t kMin = 1;
    static constexpr std::int64_t kMax = 10'000;
    // Throws DomainError kInvalidValue (rule "quantity.range") outside 1..10,000.
    static Quantity of(std::int64_t value, std::string_view field = "quantity");
    [[nodiscard]] std::int64_t value() const { return m_value; }
    friend auto operator<=>(Quantity, Quantity) = default;

private:
    explicit Quantity(std::int64_t value) : m_value(value) {}
    std::int64_t m_value;
};

}  // namespace magasin::domain
