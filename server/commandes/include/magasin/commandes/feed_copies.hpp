// The local copies commandes keeps of other contexts' feeds: catalogue products (prices sales are compared with) and
// store stock levels (for the consolidated report). Usage, per change of a page, in the consumer's transaction:
//   applyCatalogueChange(tx, change);  applyStockChange(tx, change);
#pragma once

#include <pqxx/pqxx>

#include "magasin/sync/wire.hpp"

namespace magasin::commandes {

// Entity "product" {id, name, price_cents, active, taxable, ...}: upsert or delete the copy; other entities are
// ignored. Idempotent (a page applied twice leaves the same rows). Throws DomainError for a malformed product.
void applyCatalogueChange(pqxx::work& tx, const sync::Change& change);

// Entity "stock_level" {location_id, store_id, product_id, level}: the latest level wins; others are ignored.
void applyStockChange(pqxx::work& tx, const sync::Change& change);

}  // namespace magasin::commandes
