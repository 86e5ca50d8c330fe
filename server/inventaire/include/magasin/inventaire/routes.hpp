// The inventaire's HTTP routes: each authenticates, parses, calls one StockLedger use case, serializes the answer.
// Usage: installRoutes(app, {ledger, verifier, pool, feed}); app.setOpenApi(openApiDocument(version));
#pragma once

#include "magasin/inventaire/stock_ledger.hpp"
#include "magasin/server/change_feed.hpp"
#include "magasin/server/db_pool.hpp"
#include "magasin/server/http_app.hpp"
#include "magasin/server/token_verifier.hpp"

namespace magasin::inventaire {

struct RouteDependencies {
    StockLedger& ledger;
    const server::TokenVerifier& verifier;  // every route needs a token: stock of a store is that store's business
    server::DbPool& pool;                   // the transactions of Idempotency-Key writes
    const server::ChangeFeed& feed;         // GET /v1/sync/changes
};

// Who sees what: managers (staff) and servers see every location; a store's devices and cashiers see the central
// warehouse and their own store, and get 403 for another store's stock.
void installRoutes(server::HttpApp& app, RouteDependencies dependencies);

}  // namespace magasin::inventaire
