#include "magasin/domain/product_search.hpp"

#include "magasin/domain/domain_error.hpp"
#include "magasin/domain/text.hpp"

#include <array>

namespace magasin::domain {
namespace {

// Folding of the lower-case Latin-1 letters U+00E0..U+00FF (UTF-8 C3 A0..C3 BF); nullptr keeps the character.
// clang-format off
constexpr std::array<const char*, 32> kLatin1Folds = {
    "a", "a", "a", "a", "a", "a", "ae", "c",      // à á â ã ä å æ ç
    "e", "e", "e", "e", "i", "i", "i",  "i",      // è é ê ë ì í î ï
    "d", "n", "o", "o", "o", "o", "o",  nullptr,  // ð ñ ò ó ô õ ö ÷
    "o", "u", "u", "u", "u", "y", nullptr, "y"};  // ø ù ú û ü ý þ ÿ
// clang-format on

std::optional<Price> priceBound(const std::optional<Money>& amount, std::string_view field) {
    if (!amount) {
        return std::nullopt;
    }
    try {
        return Price::of(*amount);
    } catch (const DomainError& e) {
        throw DomainError(e.code(), e.rule(), std::string(field), e.what());  // same rule, the right field
    }
}

}  // namespace

std::string foldForSearch(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
        if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c + 32);
        } else if (c == 0xC3 && next >= 0x80 && next <= 0xBF) {
            // Upper case À..Þ (80..9E, but not × at 97) sits 0x20 below its lower case.
            const bool upper = next <= 0x9E && next != 0x97;
            const auto lower = static_cast<unsigned char>(upper ? next + 0x20 : next);
            const char* fold = lower >= 0xA0 ? kLatin1Folds[lower - 0xA0] : nullptr;
            if (fold != nullptr) {
                out += fold;
            } else {
                out += static_cast<char>(c);
                out += static_cast<char>(lower);
            }
            ++i;
        } else if (c == 0xC5 && (next == 0x92 || next == 0x93)) {  // Œ œ
            out += "oe";
            ++i;
        } else if (c == 0xC5 && next == 0xB8) {  // Ÿ
            out += "y";
            ++i;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

ProductSearchCriteria ProductSearchCriteria::of(const ProductSearchRequest& request) {
    ProductSearchCriteria criteria;
    const std::string_view words = trim(request.words);
    const std::size_t length = utf8Length(words);
    if (length == std::string_view::npos || length > kMaxWordsLength) {
        throw DomainError(ErrorCode::kInvalidValue, "product_search.words.length", "words",
                          "Search words must be at most 200 characters long");
    }
    criteria.m_words = std::string(words);
    if (request.category) {
        criteria.m_category = CategoryName::parse(*request.category, "category");
    }
    criteria.m_minPrice = priceBound(request.minPrice, "min_price");
    criteria.m_maxPrice = priceBound(request.maxPrice, "max_price");
    if (criteria.m_minPrice && criteria.m_maxPrice && *criteria.m_minPrice > *criteria.m_maxPrice) {
        throw DomainError(ErrorCode::kInvalidValue, "product_search.price_range", "min_price",
                          "The lowest price must not be above the highest price");
    }
    if (request.page < 1 || request.page > kMaxPage) {
        throw DomainError(ErrorCode::kInvalidValue, "product_search.page", "page",
                          "A page number must be from 1 to 1000000");
    }
    if (request.pageSize < 1 || request.pageSize > kMaxPageSize) {
        throw DomainError(ErrorCode::kInvalidValue, "product_search.page_size", "page_size",
                          "A page must hold 1 to 100 results");
    }
    criteria.m_activeOnly = request.activeOnly;
    criteria.m_page = request.page;
    criteria.m_pageSize = request.pageSize;
    return criteria;
}

bool compareSearchResults(const ProductSearchHit& a, const ProductSearchHit& b) {
    if (a.relevance != b.relevance) {
        return a.relevance > b.relevance;
    }
    if (a.price != b.price) {
        return a.price < b.price;
    }
    const std::string foldedA = foldForSearch(a.name);
    const std::string foldedB = foldForSearch(b.name);
    if (foldedA != foldedB) {
        return foldedA < foldedB;
    }
    if (a.name != b.name) {
        return a.name < b.name;
    }
    return a.id < b.id;
}

}  // namespace magasin::domain
