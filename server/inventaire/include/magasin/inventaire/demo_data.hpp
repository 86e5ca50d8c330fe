// The demo stock of DOMAIN.md: the four demo stores' locations and levels at the central warehouse and in stores.
// Usage: loadDemoData(ledger, pool);  // idempotent: each demo level comes from one movement with a fixed source
#pragma once

#include "magasin/inventaire/stock_ledger.hpp"

namespace magasin::inventaire {

// Returns the number of movements written (0 when the demo stock is already there).
int loadDemoData(StockLedger& ledger, server::DbPool& pool);

}  // namespace magasin::inventaire
