// Catalogue search: validated criteria, accent-insensitive folding for every index, and the order of the results.
// Usage: auto c = ProductSearchCriteria::of({.words = "cafe", .maxPrice = Money::fromCents(2000)}); c.offset();
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "magasin/domain/category.hpp"
#include "magasin/domain/money.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::domain {

// Lower-cases and removes the accents of French text so that "Écouteurs", "ecouteurs" and "ÉCOUTEURS" match:
// é è ê ë -> e, à â -> a, ç -> c, î ï -> i, ô -> o, ù û ü -> u, œ -> oe, æ -> ae, and the other Latin-1 letters
// likewise. Index and query must both go through it. Other characters are kept as they are.
std::string foldForSearch(std::string_view text);

// The search as a person asked for it, before validation; the defaults are those of an empty search form.
struct ProductSearchRequest {
    // Every member has an initializer so that designated initializers may name only what was asked for.
    std::string words{};
    std::optional<std::string> category{};
    std::optional<Money> minPrice{};
    std::optional<Money> maxPrice{};
    bool activeOnly = true;
    std::int64_t page = 1;
    std::int64_t pageSize = 20;
};

class ProductSearchCriteria {
public:
    static constexpr std::size_t kMaxWordsLength = 200;
    static constexpr std::int64_t kMaxPageSize = 100;
    // Far beyond any catalogue, low enough that offset() cannot overflow.
    static constexpr std::int64_t kMaxPage = 1'000'000;

    // Throws DomainError kInvalidValue: "product_search.words.length" (over 200 characters after trimming),
    // "category.name.*" (field "category"), "price.range" (fields "min_price", "max_price"),
    // "product_search.price_range" (min above max), "product_search.page" (1..1,000,000),
    // "product_search.page_size" (1..100).
    static ProductSearchCriteria of(const ProductSearchRequest& request);

    [[nodiscard]] const std::string& words() const { return m_words; }  // trimmed, possibly empty
    [[nodiscard]] const std::optional<CategoryName>& category() const { return m_category; }
    [[nodiscard]] const std::optional<Price>& minPrice() const { return m_minPrice; }
    [[nodiscard]] const std::optional<Price>& maxPrice() const { return m_maxPrice; }
    [[nodiscard]] bool activeOnly() const { return m_activeOnly; }
    [[nodiscard]] std::int64_t page() const { return m_page; }
    [[nodiscard]] std::int64_t pageSize() const { return m_pageSize; }
    // Number of results before this page: (page - 1) * pageSize.
    [[nodiscard]] std::int64_t offset() const { return (m_page - 1) * m_pageSize; }

private:
    ProductSearchCriteria() = default;
    std::string m_words;
    std::optional<CategoryName> m_category;
    std::optional<Price> m_minPrice;
    std::optional<Price> m_maxPrice;
    bool m_activeOnly = true;
    std::int64_t m_page = 1;
    std::int64_t m_pageSize = 20;
};

// One product found, with the relevance the index gave it (higher is better).
struct ProductSearchHit {
    ProductId id;
    std::string name;
    Price price;
    double relevance = 0.0;
};

// The order of search results, as a strict weak ordering for std::sort: relevance descending, then price ascending,
// then name (folded for search, so that "Écouteurs" sorts among the e), then id so that pages never overlap.
bool compareSearchResults(const ProductSearchHit& a, const ProductSearchHit& b);

}  // namespace magasin::domain
