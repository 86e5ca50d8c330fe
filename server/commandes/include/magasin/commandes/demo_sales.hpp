// The demo sales a manager opens the back office to (DOMAIN.md demo data): ordinary sales, an offline sale whose price
// differs from the catalogue, one whose terminal totals differ, a cancelled one, and an offline sale in Magasin Est
// that takes the store's last Clavier below zero (inventaire's demo data records that stock exception).
// Usage: int recorded = loadDemoSales(pool, book, clock);  // idempotent: fixed sale ids
#pragma once

#include "magasin/commandes/sale_book.hpp"
#include "magasin/server/db_pool.hpp"

namespace magasin::commandes {

// The Magasin Est offline sale: 3 x Clavier mécanique (550e8400-…-446655440001) on a till of store …334.
inline constexpr const char* kDemoOfflineSaleId = "01936b2a-0000-7000-8000-0000000000d4";

// Creates the demo tills, the catalogue copy of the demo products (when the catalogue's feed has not filled it yet)
// and the demo sales missing from the database, through SaleBook; returns how many sales it recorded.
int loadDemoSales(server::DbPool& pool, const SaleBook& book, const domain::Clock& clock);

}  // namespace magasin::commandes
