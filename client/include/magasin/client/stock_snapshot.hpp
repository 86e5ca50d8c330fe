// The terminal's own store's stock levels, from inventaire's feed, lowered locally by the sales not yet synced.
// Usage: StockSnapshot stock(journal); stock.levelOf(productId).value_or(0);
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace magasin::client {

class Journal;

class StockSnapshot {
public:
    explicit StockSnapshot(Journal& journal) : m_journal(journal) {}

    // The server's level as of `updatedAt` (ISO-8601); replaces any local adjustment.
    void setLevel(const std::string& productId, std::int64_t level, const std::string& updatedAt);
    // A sale recorded here (negative) or cancelled (positive) moves the level until the server's level replaces it.
    void adjust(const std::string& productId, std::int64_t delta);
    void clear();
    [[nodiscard]] std::optional<std::int64_t> levelOf(const std::string& productId);

private:
    Journal& m_journal;
};

}  // namespace magasin::client
