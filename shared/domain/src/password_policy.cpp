#include "magasin/domain/password_policy.hpp"

#include "magasin/domain/domain_error.hpp"
#include "magasin/domain/text.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace magasin::domain {
namespace {

// Lower case and at least kPasswordMinLength long: shorter ones are refused by length before the list is read.
constexpr std::array<std::string_view, 100> kCommonPasswords = {
    "password",   "password1",     "password12", "password123", "passw0rd",   "p@ssw0rd",    "p@ssword",
    "12345678",   "123456789",     "1234567890", "0123456789",  "11111111",   "00000000",    "88888888",
    "87654321",   "12341234",      "11223344",   "12344321",    "123123123",  "123456789a",  "a1234567",
    "aa123456",   "abc12345",      "abcd1234",   "abcdefgh",    "1q2w3e4r",   "1q2w3e4r5t",  "1qaz2wsx",
    "q1w2e3r4",   "q1w2e3r4t5",    "qwer1234",   "1234qwer",    "qwertyui",   "qwertyuiop",  "qwerty123",
    "qwerty12",   "123qweasd",     "qazwsxedc",  "asdfghjk",    "asdfghjkl",  "zxcvbnm1",    "iloveyou",
    "iloveyou1",  "sunshine",      "princess",   "football",    "football1",  "baseball",    "baseball1",
    "whatever",   "trustno1",      "superman",   "starwars",    "michelle",   "jennifer",    "jordan23",
    "computer",   "internet",      "welcome1",   "welcome123",  "letmein1",   "letmein123",  "hello123",
    "admin123",   "administrator", "changeme",   "secret123",   "liverpool",  "chocolate",   "butterfly",
    "mercedes",   "corvette",      "cocacola",   "pokemon1",    "samantha",   "midnight",    "mustang1",
    "charlie1",   "dragon12",      "monkey12",   "master12",    "motdepasse", "motdepasse1", "motdepasse123",
    "azertyuiop", "azertyui",      "azerty123",  "azerty1234",  "bonjour1",   "bonjour123",  "jetaime1",
    "jetaime123", "soleil123",     "chouchou",   "doudou123",   "loulou123",  "marseille",   "canadiens",
    "montreal",   "quebec123",
};
static_assert(std::all_of(kCommonPasswords.begin(), kCommonPasswords.end(), [](std::string_view p) {
    return p.size() >= kPasswordMinLength &&
           std::none_of(p.begin(), p.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}));

[[noreturn]] void refuse(const char* rule, const std::string& message) {
    throw DomainError(ErrorCode::kInvalidValue, rule, "password", message);
}

}  // namespace

bool isCommonPassword(std::string_view password) {
    const std::string lower = toLowerAscii(password);
    return std::find(kCommonPasswords.begin(), kCommonPasswords.end(), lower) != kCommonPasswords.end();
}

void checkPassword(std::string_view password, const Email& email) {
    const std::size_t length = utf8Length(password);
    if (length == std::string_view::npos || length < kPasswordMinLength || length > kPasswordMaxLength) {
        refuse("password.length", "A password must be 8 to 128 characters long");
    }
    if (isCommonPassword(password)) {
        refuse("password.common", "This password is too common; choose one that is harder to guess");
    }
    if (equalsIgnoringCase(password, email.text())) {
        refuse("password.same_as_email", "A password must not be your email address");
    }
}

}  // namespace magasin::domain
