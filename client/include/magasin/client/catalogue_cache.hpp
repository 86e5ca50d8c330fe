// The catalogue copy in the journal, with an accent-insensitive FTS5 index for typed search and a barcode index.
// Usage: CatalogueCache cache(journal); cache.upsert(p); auto hits = cache.search(u"écou"_s, 20); cache.byBarcode(c);
#pragma once

#include <QString>

#include <optional>
#include <string>
#include <vector>

#include "magasin/client/cached_product.hpp"

namespace magasin::client {

class Journal;

class CatalogueCache {
public:
    static constexpr int kCandidates = 500;

    explicit CatalogueCache(Journal& journal) : m_journal(journal) {}

    // Inserts or replaces the product, its barcodes and its search entry (one transaction, or the caller's).
    void upsert(const CachedProduct& product);
    void remove(const std::string& productId);
    // Drops every product (a re-bootstrap starts from an empty cache).
    void clear();

    [[nodiscard]] std::optional<CachedProduct> byId(const std::string& productId);
    // Exact barcode digits (check digits are validated by the caller with domain::Barcode). Active or archived: an
    // archived product still sells offline and the server flags it.
    [[nodiscard]] std::optional<CachedProduct> byBarcode(const std::string& digits);
    // Every word of `text` (folded with domain::foldForSearch) must prefix a word of the name, description, SKU or
    // category. Active products only; ranked by relevance (bm25), then price ascending, among the first kCandidates
    // matches (exact whenever fewer products match). Fewer than two letters typed -> no results.
    [[nodiscard]] std::vector<CachedProduct> search(const QString& text, int limit = 20);
    [[nodiscard]] std::int64_t count();

private:
    Journal& m_journal;
};

}  // namespace magasin::client
