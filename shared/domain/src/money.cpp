#include "magasin/domain/money.hpp"

#include "magasin/domain/domain_error.hpp"

#include <cstdlib>
#include <limits>

namespace magasin::domain {
namespace {

[[noreturn]] void overflow() {
    throw DomainError(ErrorCode::kInvalidValue, "money.overflow", "", "Amount is too large");
}

[[noreturn]] void badAmount(std::string_view field, std::string_view text) {
    throw DomainError(ErrorCode::kInvalidValue, "money.format", std::string(field),
                      "\"" + std::string(text) + "\" is not an amount such as 12.34");
}

}  // namespace

Money Money::parse(std::string_view text, std::string_view field) {
    std::string_view rest = text;
    bool negative = false;
    if (!rest.empty() && (rest.front() == '-' || rest.front() == '+')) {
        negative = rest.front() == '-';
        rest.remove_prefix(1);
    }
    std::int64_t units = 0;
    std::size_t digits = 0;
    while (!rest.empty() && rest.front() >= '0' && rest.front() <= '9') {
        if (units > (std::numeric_limits<std::int64_t>::max() / 1000)) {
            badAmount(field, text);
        }
        units = units * 10 + (rest.front() - '0');
        rest.remove_prefix(1);
        ++digits;
    }
    if (digits == 0) {
        badAmount(field, text);
    }
    std::int64_t fraction = 0;
    if (!rest.empty()) {
        if (rest.front() != '.' && rest.front() != ',') {
            badAmount(field, text);
        }
        rest.remove_prefix(1);
        if (rest.empty() || rest.size() > 2) {
            badAmount(field, text);
        }
        for (char c : rest) {
            if (c < '0' || c > '9') {
                badAmount(field, text);
            }
        }
        fraction = (rest[0] - '0') * 10 + (rest.size() == 2 ? rest[1] - '0' : 0);
    }
    const std::int64_t cents = units * 100 + fraction;
    return Money(negative ? -cents : cents);
}

std::string Money::toString() const {
    // Work on the magnitude as unsigned so that the most negative value formats too.
    const bool negative = m_cents < 0;
    const auto magnitude = negative ? 0 - static_cast<std::uint64_t>(m_cents) : static_cast<std::uint64_t>(m_cents);
    std::string fraction = std::to_string(magnitude % 100);
    if (fraction.size() == 1) {
        fraction.insert(0, "0");
    }
    return (negative ? "-" : "") + std::to_string(magnitude / 100) + "." + fraction;
}

Money Money::operator+(Money other) const {
    std::int64_t result = 0;
    if (__builtin_add_overflow(m_cents, other.m_cents, &result)) {
        overflow();
    }
    return Money(result);
}

Money Money::operator-(Money other) const {
    std::int64_t result = 0;
    if (__builtin_sub_overflow(m_cents, other.m_cents, &result)) {
        overflow();
    }
    return Money(result);
}

Money Money::operator*(std::int64_t factor) const {
    std::int64_t result = 0;
    if (__builtin_mul_overflow(m_cents, factor, &result)) {
        overflow();
    }
    return Money(result);
}

Rate Rate::fromHundredThousandths(std::int64_t value) {
    if (value < 0 || value > 100'000) {
        throw DomainError(ErrorCode::kInvalidValue, "rate.range", "rate", "A rate must be between 0 % and 100 %");
    }
    return Rate(value);
}

Money Rate::applyTo(Money amount) const {
    constexpr std::int64_t kDenominator = 100'000;
    std::int64_t product = 0;
    if (__builtin_mul_overflow(std::llabs(amount.cents()), m_value, &product)) {
        overflow();
    }
    const std::int64_t rounded = (product + kDenominator / 2) / kDenominator;
    return Money::fromCents(amount.isNegative() ? -rounded : rounded);
}

Price Price::of(Money amount) {
    if (amount.cents() < 0 || amount.cents() > kMaxCents) {
        throw DomainError(ErrorCode::kInvalidValue, "price.range", "price",
                          "A price must be between 0.00 and 999999.99 CAD");
    }
    return Price(amount);
}

}  // namespace magasin::domain
