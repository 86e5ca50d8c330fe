#include "magasin/catalogue/search_cache.hpp"

namespace magasin::catalogue {

std::optional<SearchPage> SearchCache::find(std::int64_t version, const std::string& key) {
    const std::lock_guard lock(m_mutex);
    if (version != m_version) {
        return std::nullopt;
    }
    const auto it = m_pages.find(key);
    if (it == m_pages.end()) {
        return std::nullopt;
    }
    return it->second;
}

void SearchCache::store(std::int64_t version, const std::string& key, const SearchPage& page) {
    const std::lock_guard lock(m_mutex);
    if (version < m_version) {
        return;  // computed before a change another request already saw: not worth keeping
    }
    if (version > m_version || m_pages.size() >= m_capacity) {
        m_pages.clear();
        m_version = version;
    }
    m_pages.insert_or_assign(key, page);
}

std::string SearchCache::keyOf(const domain::ProductSearchCriteria& c) {
    std::string key = c.words();
    key += '\x1f';
    key += c.category() ? c.category()->text() : std::string("*");
    key += '\x1f' + (c.minPrice() ? std::to_string(c.minPrice()->cents()) : std::string("*"));
    key += '\x1f' + (c.maxPrice() ? std::to_string(c.maxPrice()->cents()) : std::string("*"));
    key += c.activeOnly() ? "\x1f"
                            "a"
                          : "\x1f"
                            "all";
    key += '\x1f' + std::to_string(c.page()) + '\x1f' + std::to_string(c.pageSize());
    return key;
}

}  // namespace magasin::catalogue
