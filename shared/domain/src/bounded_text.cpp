#include "magasin/domain/bounded_text.hpp"

#include "magasin/domain/domain_error.hpp"
#include "magasin/domain/text.hpp"

namespace magasin::domain {

std::string boundedText(std::string_view text, std::size_t minLength, std::size_t maxLength, std::string_view rule,
                        std::string_view field, std::string_view what) {
    const std::string_view trimmed = trim(text);
    const std::size_t length = utf8Length(trimmed);
    if (length == std::string_view::npos || length < minLength || length > maxLength) {
        throw DomainError(ErrorCode::kInvalidValue, std::string(rule), std::string(field),
                          std::string(what) + " must be " + std::to_string(minLength) + " to " +
                              std::to_string(maxLength) + " characters long");
    }
    return std::string(trimmed);
}

}  // namespace magasin::domain
