#include "magasin/domain/text.hpp"

#include <cstdint>
#include <string>

namespace magasin::domain {
namespace {

bool isSpaceAt(std::string_view text, std::size_t pos, std::size_t& width) {
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') {
        width = 1;
        return true;
    }
    if (c == 0xC2 && pos + 1 < text.size() && static_cast<unsigned char>(text[pos + 1]) == 0xA0) {
        width = 2;
        return true;
    }
    return false;
}

// Calls visit(code point) for each code point of valid UTF-8 until it returns false; returns false on malformed input
// (overlongs, surrogates, truncation). No allocation: these helpers run on every name, reason and sale line.
template <typename Visit>
bool forEachCodePoint(std::string_view text, Visit visit) {
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t extra = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            cp = c;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= text.size() && extra > 0) {
            return false;  // truncated sequence
        }
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (next & 0x3F);
        }
        static constexpr char32_t kMin[] = {0, 0x80, 0x800, 0x10000};
        if (cp < kMin[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return false;
        }
        if (!visit(cp)) {
            return true;
        }
        i += extra + 1;
    }
    return true;
}

bool isLetter(char32_t cp) {
    if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')) {
        return true;
    }
    // Latin-1 Supplement letters (without × and ÷) and Latin Extended-A/B.
    return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}

char32_t foldCase(char32_t cp) {
    if (cp >= 'A' && cp <= 'Z') {
        return cp + 32;
    }
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) {
        return cp + 32;  // À..Þ -> à..þ
    }
    // Latin Extended-A pairs each capital with the next code point; the capital is even in some runs, odd in others.
    const bool evenCapitals = (cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177);
    const bool oddCapitals = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    if ((evenCapitals && cp % 2 == 0) || (oddCapitals && cp % 2 == 1)) {
        return cp + 1;
    }
    if (cp == 0x178) {
        return 0xFF;  // Ÿ -> ÿ
    }
    return cp;
}

}  // namespace

std::string_view trim(std::string_view text) {
    std::size_t width = 0;
    while (!text.empty() && isSpaceAt(text, 0, width)) {
        text.remove_prefix(width);
    }
    while (!text.empty()) {
        const auto last = static_cast<unsigned char>(text.back());
        if (last == ' ' || last == '\t' || last == '\r' || last == '\n' || last == '\f' || last == '\v') {
            text.remove_suffix(1);
        } else if (text.size() >= 2 && last == 0xA0 && static_cast<unsigned char>(text[text.size() - 2]) == 0xC2) {
            text.remove_suffix(2);
        } else {
            break;
        }
    }
    return text;
}

std::size_t utf8Length(std::string_view text) {
    std::size_t count = 0;
    const bool valid = forEachCodePoint(text, [&count](char32_t) {
        ++count;
        return true;
    });
    return valid ? count : std::string_view::npos;
}

bool containsLetter(std::string_view text) {
    bool found = false;
    const bool valid = forEachCodePoint(text, [&found](char32_t cp) {
        found = isLetter(cp);
        return !found;
    });
    return valid && found;
}

std::string toLowerAscii(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c + 32);
        }
    }
    return out;
}

std::string toUpperAscii(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 32);
        }
    }
    return out;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    std::u32string left;
    left.reserve(a.size());
    if (!forEachCodePoint(a, [&left](char32_t cp) {
            left.push_back(foldCase(cp));
            return true;
        })) {
        return a == b;
    }
    std::size_t ia = 0;
    bool equal = true;
    const bool valid = forEachCodePoint(b, [&](char32_t cp) {
        if (ia >= left.size() || left[ia] != foldCase(cp)) {
            equal = false;
            return false;
        }
        ++ia;
        return true;
    });
    if (!valid) {
        return a == b;
    }
    return equal && ia == left.size();
}

}  // namespace magasin::domain
