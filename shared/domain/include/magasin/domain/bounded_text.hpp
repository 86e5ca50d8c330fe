// Trimmed text whose length in characters lies within bounds: the shape of names and addresses of people and places.
// Usage: std::string name = boundedText(input, 2, 100, "store.name.length", "name", "A store name");
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace magasin::domain {

// Returns the text trimmed (text.hpp's trim). Throws DomainError kInvalidValue with the given rule and field when the
// trimmed text is not valid UTF-8 or its length in code points is outside [minLength, maxLength]; the message reads
// "<what> must be <min> to <max> characters long".
std::string boundedText(std::string_view text, std::size_t minLength, std::size_t maxLength, std::string_view rule,
                        std::string_view field, std::string_view what);

}  // namespace magasin::domain
