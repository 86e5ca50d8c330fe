#include "magasin/domain/contact.hpp"

#include "magasin/domain/domain_error.hpp"
#include "magasin/domain/text.hpp"

namespace magasin::domain {
namespace {

bool isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

bool isEmailLocalChar(char c) {
    return isAsciiLetter(c) || isDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
bool isEmailDomainChar(char c) {
    return isAsciiLetter(c) || isDigit(c) || c == '.' || c == '-';
}

// The hand-written form of ^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$: since the last part holds no dot, the
// regex's "\." is the domain's last dot, and something must come before it.
bool matchesEmailPattern(std::string_view text) {
    const std::size_t at = text.find('@');
    if (at == std::string_view::npos || at == 0) {
        return false;
    }
    for (char c : text.substr(0, at)) {
        if (!isEmailLocalChar(c)) {
            return false;
        }
    }
    const std::string_view domain = text.substr(at + 1);
    for (char c : domain) {
        if (!isEmailDomainChar(c)) {
            return false;  // also refuses a second '@'
        }
    }
    const std::size_t dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0) {
        return false;
    }
    const std::string_view topLevel = domain.substr(dot + 1);
    if (topLevel.size() < 2) {
        return false;
    }
    for (char c : topLevel) {
        if (!isAsciiLetter(c)) {
            return false;
        }
    }
    return true;
}

// Decodes text already known to be valid UTF-8 (utf8Length checked it).
std::u32string decodeValidUtf8(std::string_view text) {
    std::u32string out;
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t extra = lead < 0x80 ? 0 : lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
        char32_t cp = extra == 0 ? lead : (lead & (0x3Fu >> extra));
        for (std::size_t k = 1; k <= extra; ++k) {
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
        }
        out.push_back(cp);
        i += extra + 1;
    }
    return out;
}

// Names only hold code points below U+0800, which take one or two bytes.
void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

bool isNameLetter(char32_t cp) {
    return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
           (cp >= 0xC0 && cp <= 0x17F && cp != 0xD7 && cp != 0xF7);  // Latin-1 letters and Latin Extended-A
}

// Latin Extended-A keeps each upper-case letter next to its lower case, but which one comes first changes by block.
// Returns +1 for an upper-case letter (its lower case is cp + 1), -1 for a lower-case one, 0 when unpaired.
int latinExtendedACase(char32_t cp) {
    if (cp == 0x130 || cp == 0x131) {
        return 0;  // Turkish dotted/dotless i pair with ASCII i/I, not with each other
    }
    if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) {
        return cp % 2 == 0 ? 1 : -1;
    }
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) {
        return cp % 2 == 1 ? 1 : -1;
    }
    return 0;
}

char32_t toUpperLetter(char32_t cp) {
    if ((cp >= 'a' && cp <= 'z') || (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7)) {
        return cp - 32;
    }
    if (cp == 0xFF) {
        return 0x178;  // ÿ -> Ÿ
    }
    return latinExtendedACase(cp) < 0 ? cp - 1 : cp;
}

char32_t toLowerLetter(char32_t cp) {
    if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)) {
        return cp + 32;
    }
    if (cp == 0x178) {
        return 0xFF;
    }
    return latinExtendedACase(cp) > 0 ? cp + 1 : cp;
}

[[noreturn]] void badName(std::string_view field, const char* rule, const std::string& message) {
    throw DomainError(ErrorCode::kInvalidValue, rule, std::string(field), message);
}

std::string trimmedWithin(std::string_view text, std::size_t min, std::size_t max, const char* rule,
                          std::string_view field, const std::string& label) {
    const std::string_view trimmed = trim(text);
    const std::size_t length = utf8Length(trimmed);
    if (length == std::string_view::npos || length < min || length > max) {
        throw DomainError(
            ErrorCode::kInvalidValue, rule, std::string(field),
            label + " must be " + std::to_string(min) + " to " + std::to_string(max) + " characters long");
    }
    return std::string(trimmed);
}

}  // namespace

Email Email::parse(std::string_view text, std::string_view field) {
    const std::string_view trimmed = trim(text);
    if (trimmed.empty()) {
        throw DomainError(ErrorCode::kInvalidValue, "email.required", std::string(field), "Enter an email address");
    }
    if (trimmed.size() > kMaxLength) {
        throw DomainError(ErrorCode::kInvalidValue, "email.length", std::string(field),
                          "An email address must be at most 254 characters long");
    }
    std::string lower = toLowerAscii(trimmed);
    if (!matchesEmailPattern(lower)) {
        throw DomainError(ErrorCode::kInvalidValue, "email.format", std::string(field),
                          "Enter an email address such as name@example.com");
    }
    return Email(std::move(lower));
}

PostalCode PostalCode::parse(std::string_view text, std::string_view field) {
    std::string compact;
    for (char c : text) {
        if (!isAsciiSpace(c)) {
            compact.push_back(c);
        }
    }
    compact = toUpperAscii(compact);
    const bool valid = compact.size() == 6 && isAsciiLetter(compact[0]) && isDigit(compact[1]) &&
                       isAsciiLetter(compact[2]) && isDigit(compact[3]) && isAsciiLetter(compact[4]) &&
                       isDigit(compact[5]);
    if (!valid) {
        throw DomainError(ErrorCode::kInvalidValue, "postal_code.format", std::string(field),
                          "Enter a Canadian postal code such as H2X 1Y4");
    }
    return PostalCode(compact.substr(0, 3) + " " + compact.substr(3));
}

Phone Phone::parse(std::string_view text, std::string_view field) {
    std::string digits;
    for (char c : text) {
        if (isDigit(c)) {
            digits.push_back(c);
        }
    }
    if (digits.size() != 10) {
        throw DomainError(ErrorCode::kInvalidValue, "phone.format", std::string(field),
                          "Enter a 10-digit phone number such as 514-555-0199");
    }
    return Phone(std::move(digits));
}

std::optional<Phone> Phone::parseOptional(std::string_view text, std::string_view field) {
    if (trim(text).empty()) {
        return std::nullopt;
    }
    return parse(text, field);
}

std::string Phone::formatted() const {
    return m_digits.substr(0, 3) + "-" + m_digits.substr(3, 3) + "-" + m_digits.substr(6);
}

PersonName PersonName::parse(std::string_view text, std::string_view field) {
    const std::string_view trimmed = trim(text);
    if (trimmed.empty()) {
        badName(field, "person_name.required", "Enter a name");
    }
    const std::string charactersMessage = "A name may hold only letters, spaces, hyphens and apostrophes";
    if (utf8Length(trimmed) == std::string_view::npos) {
        badName(field, "person_name.characters", charactersMessage);
    }
    std::string out;
    std::size_t length = 0;
    bool wordStart = true;
    bool hasLetter = false;
    for (char32_t cp : decodeValidUtf8(trimmed)) {
        if (cp == ' ' || cp == '\t' || cp == 0xA0) {
            if (out.back() == ' ') {
                continue;  // trimmed, so out is never empty here
            }
            cp = ' ';
        } else if (cp == 0x2019) {
            cp = '\'';
        }
        if (cp == ' ' || cp == '-' || cp == '\'') {
            wordStart = true;
        } else if (isNameLetter(cp)) {
            cp = wordStart ? toUpperLetter(cp) : toLowerLetter(cp);
            wordStart = false;
            hasLetter = true;
        } else {
            badName(field, "person_name.characters", charactersMessage);
        }
        appendUtf8(out, cp);
        ++length;
    }
    if (!hasLetter) {
        badName(field, "person_name.characters", charactersMessage);
    }
    if (length > kMaxLength) {
        badName(field, "person_name.length", "A name must be at most 60 characters long");
    }
    return PersonName(std::move(out));
}

Address Address::of(std::string_view street, std::string_view city, PostalCode postalCode, std::string_view province,
                    std::string_view country) {
    std::string trimmedStreet = trimmedWithin(street, 3, 120, "address.street.length", "street", "A street address");
    std::string trimmedCity = trimmedWithin(city, 2, 60, "address.city.length", "city", "A city");
    std::string trimmedProvince =
        trim(province).empty() ? std::string(kDefaultProvince)
                               : trimmedWithin(province, 2, 60, "address.province.length", "province", "A province");
    std::string trimmedCountry = trim(country).empty()
                                     ? std::string(kDefaultCountry)
                                     : trimmedWithin(country, 2, 60, "address.country.length", "country", "A country");
    return Address(std::move(trimmedStreet), std::move(trimmedCity), std::move(trimmedProvince),
                   std::move(trimmedCountry), std::move(postalCode));
}

}  // namespace magasin::domain
