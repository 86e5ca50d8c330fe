// Small UTF-8 text helpers the value objects share: trimming, counting characters, finding letters.
// Usage: auto name = trim(input); if (utf8Length(name) < 2) ...
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace magasin::domain {

// Removes ASCII white space (space, tab, CR, LF, FF, VT) and U+00A0 (no-break space) at both ends.
std::string_view trim(std::string_view text);
// Number of code points, or std::string_view::npos when the text is not valid UTF-8.
std::size_t utf8Length(std::string_view text);
// True when the text holds at least one letter: A-Z, a-z, or a Latin-1 / Latin Extended letter (é, Ç, œ...).
bool containsLetter(std::string_view text);
// ASCII-only case mapping; other bytes are kept as they are.
std::string toLowerAscii(std::string_view text);
std::string toUpperAscii(std::string_view text);
// Case-insensitive comparison for names: ASCII letters and the Latin-1 accented letters (É == é) fold together.
bool equalsIgnoringCase(std::string_view a, std::string_view b);

}  // namespace magasin::domain
