// Search pages already computed by this instance, valid while the catalogue has not changed: entries belong to one
// version of the catalogue (the last seq of its change feed) and are all dropped when that version moves.
// Usage: if (auto page = cache.find(version, key)) return *page; ... cache.store(version, key, page);
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "magasin/catalogue/product_repository.hpp"

namespace magasin::catalogue {

class SearchCache {
public:
    explicit SearchCache(std::size_t capacity) : m_capacity(capacity) {}

    [[nodiscard]] std::optional<SearchPage> find(std::int64_t version, const std::string& key);
    // Keeps the page for `version`; a newer version empties the cache first; a full cache starts over.
    void store(std::int64_t version, const std::string& key, const SearchPage& page);

    // Every criterion that changes the page, in one string.
    static std::string keyOf(const domain::ProductSearchCriteria& criteria);

private:
    std::mutex m_mutex;
    std::size_t m_capacity;
    std::int64_t m_version = -1;
    std::unordered_map<std::string, SearchPage> m_pages;
};

}  // namespace magasin::catalogue
