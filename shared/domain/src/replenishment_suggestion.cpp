#include "magasin/domain/replenishment_suggestion.hpp"

#include <algorithm>
#include <tuple>

namespace magasin::domain {
namespace {

constexpr std::int64_t kTargetLevel = 10;
constexpr std::int64_t kMinimumSuggestion = 5;

}  // namespace

std::vector<ReplenishmentSuggestion> suggestReplenishment(std::span<const StockLevel> levels,
                                                          std::span<const ReplenishmentRequest> requests) {
    std::vector<ReplenishmentSuggestion> suggestions;
    for (const auto& stock : levels) {
        const auto& store = stock.location().storeId();
        if (!store || stock.level() > stock.thresholds().low()) {
            continue;
        }
        const bool pending = std::any_of(requests.begin(), requests.end(), [&](const ReplenishmentRequest& r) {
            return r.isPending() && r.product() == stock.product() && r.store() == *store;
        });
        if (pending) {
            continue;
        }
        // A level far below zero would ask for more than a request can carry: ask for the most it can.
        const std::int64_t wanted = std::max(kTargetLevel - stock.level(), kMinimumSuggestion);
        suggestions.push_back({*store, stock.product(), stock.level(), Quantity::of(std::min(wanted, Quantity::kMax))});
    }
    std::sort(suggestions.begin(), suggestions.end(), [](const auto& a, const auto& b) {
        return std::tie(a.level, a.store, a.product) < std::tie(b.level, b.store, b.product);
    });
    return suggestions;
}

}  // namespace magasin::domain
