// The catalogue's JSON shapes on the wire and on the change feed: snake_case, money in integer cents, UTC ISO-8601.
// Usage: ex.json(200, productToJson(product)); feed.append("product", id, productToJson(product));
#pragma once

#include <nlohmann/json.hpp>

#include "magasin/catalogue/product_repository.hpp"

namespace magasin::catalogue {

// {id, name, category, price_cents, description, sku, barcodes[], taxable, active, created_at, modified_at}
nlohmann::json productToJson(const domain::Product& product);
// {changed_by, changed_at, old_price_cents, new_price_cents}
nlohmann::json priceChangeToJson(const domain::PriceChange& change);
// {items, page, page_size, total}
nlohmann::json searchPageToJson(const SearchPage& page, const domain::ProductSearchCriteria& criteria);

}  // namespace magasin::catalogue
