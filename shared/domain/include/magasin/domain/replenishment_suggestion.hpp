// What stores should ask the central warehouse for: low store levels with no request pending yet.
// Usage: for (const auto& s : suggestReplenishment(levels, requests)) show(s.store, s.product, s.quantity);
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "magasin/domain/quantity.hpp"
#include "magasin/domain/replenishment_request.hpp"
#include "magasin/domain/stock_level.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::domain {

struct ReplenishmentSuggestion {
    StoreId store;
    ProductId product;
    std::int64_t level;  // the store's level now, possibly negative
    Quantity quantity;
    friend bool operator==(const ReplenishmentSuggestion&, const ReplenishmentSuggestion&) = default;
};

// Every store level at or under its low threshold, with no pending request for its (product, store), suggests
// max(10 - level, 5) units, capped at the largest quantity a request may carry (10,000). Central levels are ignored,
// and so are requests that are no longer pending. Most urgent (lowest level) first, then by store and product.
std::vector<ReplenishmentSuggestion> suggestReplenishment(std::span<const StockLevel> levels,
                                                          std::span<const ReplenishmentRequest> requests);

}  // namespace magasin::domain
