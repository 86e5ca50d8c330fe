// Money in integer cents of CAD, and the rates applied to it. Never floating point.
// Usage: auto total = Money::fromCents(8999) * 3; auto text = total.toString();  // "269.97"
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace magasin::domain {

class Money {
public:
    constexpr Money() = default;
    static constexpr Money fromCents(std::int64_t cents) { return Money(cents); }
    static constexpr Money zero() { return Money(0); }
    // Parses "12", "12.3", "12.34", "-0.50" (a dot or a comma as decimal separator). Throws DomainError
    // kInvalidValue on anything else, or more than two decimals.
    static Money parse(std::string_view text, std::string_view field = "amount");

    [[nodiscard]] constexpr std::int64_t cents() const { return m_cents; }
    [[nodiscard]] constexpr bool isNegative() const { return m_cents < 0; }
    [[nodiscard]] constexpr bool isZero() const { return m_cents == 0; }
    // "269.97", "-0.50": the canonical wire/text form; formatting for people belongs to the UI.
    [[nodiscard]] std::string toString() const;

    // Arithmetic throws DomainError kInvalidValue on int64 overflow rather than wrapping.
    Money operator+(Money other) const;
    Money operator-(Money other) const;
    Money operator*(std::int64_t factor) const;
    Money& operator+=(Money other) { return *this = *this + other; }
    Money& operator-=(Money other) { return *this = *this - other; }
    constexpr Money operator-() const { return Money(-m_cents); }

    friend constexpr auto operator<=>(Money, Money) = default;

private:
    constexpr explicit Money(std::int64_t cents) : m_cents(cents) {}
    std::int64_t m_cents = 0;
};

// A percentage with three decimals, stored in hundred-thousandths: 5 % = 5000, 9.975 % = 9975.
class Rate {
public:
    // Throws kInvalidValue outside 0 %..100 %.
    static Rate fromHundredThousandths(std::int64_t value);
    [[nodiscard]] std::int64_t hundredThousandths() const { return m_value; }
    // amount * rate, rounded half away from zero to the cent (half-up for the non-negative amounts of a sale).
    [[nodiscard]] Money applyTo(Money amount) const;
    friend auto operator<=>(Rate, Rate) = default;

private:
    explicit Rate(std::int64_t value) : m_value(value) {}
    std::int64_t m_value;
};

// A catalogue price: 0 <= price <= 999,999.99 CAD.
class Price {
public:
    static constexpr std::int64_t kMaxCents = 99'999'999;
    // Throws kInvalidValue (rule "price.range") outside the range.
    static Price of(Money amount);
    static Price fromCents(std::int64_t cents) { return of(Money::fromCents(cents)); }
    [[nodiscard]] Money amount() const { return m_amount; }
    [[nodiscard]] std::int64_t cents() const { return m_amount.cents(); }
    friend auto operator<=>(Price, Price) = default;

private:
    explicit Price(Money amount) : m_amount(amount) {}
    Money m_amount;
};

}  // namespace magasin::domain
