// How a customer is reached: email, Canadian postal code, phone, person name and postal address, each always valid.
// Usage: auto email = Email::parse(" Jean@Example.COM "); auto code = PostalCode::parse("h2x1y4"); code.text();
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace magasin::domain {

// Trimmed and lower-cased; matches ^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$ and is at most 254 characters
// (the longest address SMTP can carry).
class Email {
public:
    static constexpr std::size_t kMaxLength = 254;
    // Throws DomainError kInvalidValue: "email.required" (blank), "email.length", "email.format".
    static Email parse(std::string_view text, std::string_view field = "email");
    [[nodiscard]] const std::string& text() const { return m_text; }
    friend bool operator==(const Email&, const Email&) = default;

private:
    explicit Email(std::string text) : m_text(std::move(text)) {}
    std::string m_text;
};

// A Canadian postal code, stored in its printed form "A1A 1A1".
class PostalCode {
public:
    // Spaces are dropped and letters upper-cased before matching ^[A-Z]\d[A-Z]\d[A-Z]\d$: " h2x 1y4 " -> "H2X 1Y4".
    // Throws DomainError kInvalidValue "postal_code.format".
    static PostalCode parse(std::string_view text, std::string_view field = "postal_code");
    [[nodiscard]] const std::string& text() const { return m_text; }
    friend bool operator==(const PostalCode&, const PostalCode&) = default;

private:
    explicit PostalCode(std::string text) : m_text(std::move(text)) {}
    std::string m_text;
};

// A North American phone number: exactly ten digits once everything else is dropped ("(514) 555-0199").
class Phone {
public:
    // Throws DomainError kInvalidValue "phone.format".
    static Phone parse(std::string_view text, std::string_view field = "phone");
    // The phone is optional: blank text means no phone rather than a bad one.
    static std::optional<Phone> parseOptional(std::string_view text, std::string_view field = "phone");
    [[nodiscard]] const std::string& digits() const { return m_digits; }  // "5145550199"
    [[nodiscard]] std::string formatted() const;                          // "514-555-0199"
    friend bool operator==(const Phone&, const Phone&) = default;

private:
    explicit Phone(std::string digits) : m_digits(std::move(digits)) {}
    std::string m_digits;
};

// A first or last name: letters (ASCII, Latin-1 and Latin Extended-A, so é, Ç, œ, ł), spaces, hyphens and
// apostrophes; at most 60 characters; title-cased on every word and hyphen/apostrophe part ("jean-marc o'neil" ->
// "Jean-Marc O'Neil"). Runs of spaces shrink to one and a typographic apostrophe (’) becomes '.
class PersonName {
public:
    static constexpr std::size_t kMaxLength = 60;
    // Throws DomainError kInvalidValue: "person_name.required" (blank), "person_name.length",
    // "person_name.characters" (a digit, a symbol, or no letter at all).
    static PersonName parse(std::string_view text, std::string_view field = "name");
    [[nodiscard]] const std::string& text() const { return m_text; }
    friend bool operator==(const PersonName&, const PersonName&) = default;

private:
    explicit PersonName(std::string text) : m_text(std::move(text)) {}
    std::string m_text;
};

// A delivery or billing address in Canada. Text parts are trimmed; a blank province or country takes the default.
class Address {
public:
    static constexpr std::string_view kDefaultProvince = "Québec";
    static constexpr std::string_view kDefaultCountry = "Canada";
    // Throws DomainError kInvalidValue: "address.street.length" (3..120), "address.city.length" (2..60),
    // "address.province.length" and "address.country.length" (2..60 when given).
    static Address of(std::string_view street, std::string_view city, PostalCode postalCode,
                      std::string_view province = kDefaultProvince, std::string_view country = kDefaultCountry);
    [[nodiscard]] const std::string& street() const { return m_street; }
    [[nodiscard]] const std::string& city() const { return m_city; }
    [[nodiscard]] const std::string& province() const { return m_province; }
    [[nodiscard]] const std::string& country() const { return m_country; }
    [[nodiscard]] const PostalCode& postalCode() const { return m_postalCode; }
    friend bool operator==(const Address&, const Address&) = default;

private:
    Address(std::string street, std::string city, std::string province, std::string country, PostalCode postalCode)
        : m_street(std::move(street)),
          m_city(std::move(city)),
          m_province(std::move(province)),
          m_country(std::move(country)),
          m_postalCode(std::move(postalCode)) {}
    std::string m_street;
    std::string m_city;
    std::string m_province;
    std::string m_country;
    PostalCode m_postalCode;
};

}  // namespace magasin::domain
