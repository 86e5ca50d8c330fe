// What the supply chain reads back from its storage: a request with what the lists show beside it (names from the
// copies of other contexts' feeds, who decided, flags), the filters of the list, and suggestions with their names.
// Usage: for (const RequestRecord& r : repository.list({.status = RequestStatus::kPending})) requestToJson(r);
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "magasin/domain/replenishment_request.hpp"
#include "magasin/domain/replenishment_suggestion.hpp"

namespace magasin::supply_chain {

struct RequestRecord {
    domain::ReplenishmentRequest request;
    std::string origin = "rest";               // "rest" | "terminal" | "demo"
    std::optional<std::string> decidedBy{};    // "staff:<id>" of the approval, rejection or withdrawal
    bool transferInDoubt = false;              // an approval's call to inventaire ended without an answer
    std::vector<std::string> flags{};          // e.g. "unknown_product" for a terminal's request
    std::optional<std::string> productName{};  // from the catalogue copy; nullopt: not known yet
    std::optional<std::string> storeName{};    // from the commandes copy
    domain::Timestamp updatedAt{};
};

struct RequestFilter {
    std::optional<domain::RequestStatus> status{};
    std::optional<domain::StoreId> store{};
    std::optional<domain::ProductId> product{};
    int limit = 100;
    int offset = 0;
};

struct SuggestionRecord {
    domain::ReplenishmentSuggestion suggestion;
    std::optional<std::string> productName{};
    std::optional<std::string> storeName{};
};

}  // namespace magasin::supply_chain
