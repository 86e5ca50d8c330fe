// The catalogue's HTTP routes: each parses the request, calls one ProductCatalogue use case, serializes the answer.
// Usage: installRoutes(app, {catalogue, verifier, idempotently, feed}); app.setOpenApi(openApiDocument());
#pragma once

#include "magasin/catalogue/product_catalogue.hpp"
#include "magasin/server/authentication.hpp"
#include "magasin/server/change_feed.hpp"
#include "magasin/server/http_app.hpp"
#include "magasin/server/idempotency.hpp"
#include "magasin/server/token_verifier.hpp"

namespace magasin::catalogue {

// A use case behind an Idempotency-Key: gets the catalogue to act on and the request body, returns the reply.
using IdempotentUse = std::function<server::IdempotentReply(ProductCatalogue&, const nlohmann::json& body)>;
// Runs `use` at most once per (route, principal, key) and answers (see server::respondIdempotently); the catalogue it
// passes writes in the transaction that stores the reply, so the reply exists exactly when the effect does.
using Idempotently = std::function<void(server::Exchange&, const std::string& principal, const IdempotentUse& use)>;

struct RouteDependencies {
    ProductCatalogue& catalogue;
    const server::TokenVerifier& verifier;  // writes need a manager's token; reads need none
    Idempotently idempotently;              // POST /v1/products and POST /v1/products/{id}/price
    const server::ChangeFeed& feed;         // GET /v1/sync/changes
};

void installRoutes(server::HttpApp& app, RouteDependencies dependencies);

}  // namespace magasin::catalogue
