// The local copies the supply chain keeps of other contexts' feeds: product names (catalogue), store names
// (commandes), store levels and thresholds (inventaire). Usage, per change of a page, in the consumer's transaction:
//   applyCatalogueChange(tx, change);  applyStoreChange(tx, change);  applyStockChange(tx, change);
#pragma once

#include <pqxx/pqxx>

#include "magasin/sync/wire.hpp"

namespace magasin::supply_chain {

// Entity "product" {id, name, active}: upsert the copy, or delete it; other entities are ignored. Idempotent.
// Throws DomainError for a malformed product (the consumer does not advance past it).
void applyCatalogueChange(pqxx::work& tx, const sync::Change& change);

// Entity "store" {id, name}: upsert; other entities (sales, staff verifiers) are ignored.
void applyStoreChange(pqxx::work& tx, const sync::Change& change);

// Entity "stock_level" {location_kind, store_id, product_id, level, thresholds {critical, low, high}} of a store
// location: the latest wins. Central levels are ignored (suggestions are about stores).
void applyStockChange(pqxx::work& tx, const sync::Change& change);

}  // namespace magasin::supply_chain
