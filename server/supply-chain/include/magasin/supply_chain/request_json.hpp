// The supply chain's JSON: a request as the lists, the change feed and the sync outcomes show it, and a suggestion.
// Usage: ex.json(200, requestToJson(desk.get(id)));
#pragma once

#include <nlohmann/json.hpp>

#include "magasin/supply_chain/request_records.hpp"

namespace magasin::supply_chain {

// {id, product_id, product_name, store_id, store_name, quantity, approved_quantity, status, requested_by,
//  requested_at, decided_at, decided_by, transferred_at, rejection_reason, origin, flags, transfer_in_doubt,
//  updated_at}; names are null until the feeds bring them.
nlohmann::json requestToJson(const RequestRecord& record);
// {store_id, store_name, product_id, product_name, level, quantity}
nlohmann::json suggestionToJson(const SuggestionRecord& record);

}  // namespace magasin::supply_chain
