// The catalogue's JSON shapes on the wire and on the change feed: snake_case, money in integer cents, UTC ISO-8601.
// Usage: ex.json(200, productToJson(product)); feed.append("product", id, productToJson(product));
#pragma once

#include <nlohmann/json.hpp>

#include "magasin/catalogue/product_catalogue.hpp"
#include "magasin/catalogue/product_repository.hpp"

namespace magasin::catalogue {

// {id, name, category, price_cents, description, sku, barcodes[], taxable, active, created_at, modified_at}
nlohmann::json productToJson(const domain::Product& product);
// {changed_by, changed_at, old_price_cents, new_price_cents}
nlohmann::json priceChangeToJson(const domain::PriceChange& change);
// {items, page, page_size, total}
nlohmann::json searchPageToJson(const SearchPage& page, const domain::ProductSearchCriteria& criteria);

// The request bodies of POST /v1/products ({id?, name, category, price_cents, description?, sku, barcodes?,
// taxable?}) and PATCH /v1/products/{id} ({name?, category?, description?, taxable?, add_barcodes?,
// remove_barcodes?}; price_cents is refused: prices change through their own route). Throws DomainError
// kInvalidValue naming the field at fault.
ProductDraft productDraftFromJson(const nlohmann::json& body);
ProductChanges productChangesFromJson(const nlohmann::json& body);

}  // namespace magasin::catalogue
