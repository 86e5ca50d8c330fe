// The commandes HTTP routes: each parses the request, checks the token (401/403), calls one use case, serializes.
// Usage: installRoutes(app, {pool, verifier, sessions, sales, feed, processor, clock, &saleCommits});
#pragma once

#include <string>
#include <vector>

#include "magasin/commandes/sale_book.hpp"
#include "magasin/commandes/session_service.hpp"
#include "magasin/server/change_feed.hpp"
#include "magasin/server/command_processor.hpp"
#include "magasin/server/db_pool.hpp"
#include "magasin/server/group_commit.hpp"
#include "magasin/server/http_app.hpp"
#include "magasin/server/token_verifier.hpp"

namespace magasin::commandes {

struct RouteDependencies {
    server::DbPool& pool;
    const server::TokenVerifier& verifier;  // with the revocation check of SessionService
    SessionService& sessions;
    const SaleBook& sales;
    const server::ChangeFeed& feed;
    server::CommandProcessor& processor;  // RecordSale and CancelSale registered by registerSaleCommands
    domain::Clock clock;
    // REST sales share transactions and commits (the feed's commit-time numbering serializes commits): see
    // docs/performance.md. Null: one transaction per sale.
    server::GroupCommit* saleCommits = nullptr;
    // Peers whose X-Forwarded-For names the client of a login (the gateway); others are the client themselves.
    std::vector<std::string> trustedProxies{};
};

void installRoutes(server::HttpApp& app, RouteDependencies dependencies);

// RecordSale {sale as POST /v1/sales} and CancelSale {sale_id, reason, approved_by?} on the processor: the same
// SaleBook calls as the REST routes. Staff and device come from the command, the store must be the device's.
void registerSaleCommands(server::CommandProcessor& processor, const SaleBook& sales);

}  // namespace magasin::commandes
