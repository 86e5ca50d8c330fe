// The supply chain's HTTP routes: each authenticates, parses, calls one ReplenishmentDesk use case, serializes.
// Usage: registerRequestCommands(processor, desk); installRoutes(app, {desk, verifier, pool, feed, processor});
#pragma once

#include "magasin/server/change_feed.hpp"
#include "magasin/server/command_processor.hpp"
#include "magasin/server/db_pool.hpp"
#include "magasin/server/http_app.hpp"
#include "magasin/server/token_verifier.hpp"
#include "magasin/supply_chain/replenishment_desk.hpp"

namespace magasin::supply_chain {

struct RouteDependencies {
    ReplenishmentDesk& desk;
    const server::TokenVerifier& verifier;  // every route needs a token
    server::DbPool& pool;                   // the transactions of Idempotency-Key creations
    const server::ChangeFeed& feed;         // GET /v1/sync/changes
    server::CommandProcessor& processor;    // POST /v1/sync/commands (registerRequestCommands first)
};

// Who may do what: a store's cashiers and devices see and create their store's requests; managers (staff) and
// servers see every store; only a manager's staff token approves or rejects; the requester or a manager withdraws.
void installRoutes(server::HttpApp& app, RouteDependencies dependencies);

// CreateReplenishmentRequest {id, product_id, store_id, quantity}: the staff member of the command asks, offline
// maybe, for its device's store (the route refuses a push whose token's store differs). Applied; applied_with_flags
// "unknown_product" when the catalogue copy does not know the product; rejected for a broken rule (a pending request
// already there, a quantity out of range) with the problem shown to managers.
void registerRequestCommands(server::CommandProcessor& processor, ReplenishmentDesk& desk);

}  // namespace magasin::supply_chain
