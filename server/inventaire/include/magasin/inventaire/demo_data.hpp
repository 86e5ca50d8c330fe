// The demo stock of DOMAIN.md: the four demo stores' locations and levels at the central warehouse and in stores.
// Usage: loadDemoData(ledger, pool);  // idempotent: each demo level comes from one movement with a fixed source
#pragma once

#include "magasin/inventaire/stock_ledger.hpp"

namespace magasin::inventaire {

// Returns the number of movements written (0 when the demo stock is already there). With `offlineSale`, also the
// movement of commandes' demo offline sale in Magasin Est (3 x P1 where 1 was left: level -2, a stock exception),
// under the source the sales feed gives it, so that following commandes' feed later does not move it twice.
int loadDemoData(StockLedger& ledger, server::DbPool& pool, bool offlineSale = false);

}  // namespace magasin::inventaire
