#include "magasin/domain/reason.hpp"

#include "magasin/domain/domain_error.hpp"
#include "magasin/domain/text.hpp"

namespace magasin::domain {

Reason Reason::parse(std::string_view text, std::string_view field) {
    const std::string_view trimmed = trim(text);
    const std::size_t length = utf8Length(trimmed);
    if (length == std::string_view::npos || length < kMinLength || length > kMaxLength) {
        throw DomainError(ErrorCode::kInvalidValue, "reason.length", std::string(field),
                          "A reason must be 5 to 500 characters long");
    }
    if (!containsLetter(trimmed)) {
        throw DomainError(ErrorCode::kInvalidValue, "reason.letter", std::string(field),
                          "A reason must contain words, not only digits or symbols");
    }
    return Reason(std::string(trimmed));
}

}  // namespace magasin::domain
