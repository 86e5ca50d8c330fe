// What a customer's new password must be: 8..128 characters, not a well-known password, not the email itself.
// Usage: checkPassword(input, Email::parse(emailInput));  // throws DomainError when refused
#pragma once

#include <cstddef>
#include <string_view>

#include "magasin/domain/contact.hpp"

namespace magasin::domain {

inline constexpr std::size_t kPasswordMinLength = 8;
inline constexpr std::size_t kPasswordMaxLength = 128;

// Throws DomainError kInvalidValue, field "password", checked in this order: "password.length" (counted in
// characters, never trimmed: spaces are part of a password; invalid UTF-8 counts as no length), "password.common",
// "password.same_as_email" (compared ignoring case, as the email is).
void checkPassword(std::string_view password, const Email& email);

// True when the password, ignoring ASCII case, is on the embedded list of about 100 of the most used passwords of
// 8 characters or more (English and French), e.g. "password", "12345678", "motdepasse", "azertyuiop".
bool isCommonPassword(std::string_view password);

}  // namespace magasin::domain
