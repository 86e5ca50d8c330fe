// The catalogue's HTTP routes: each parses the request, calls one ProductCatalogue use case, serializes the answer.
// Usage: installRoutes(app, {catalogue, verifier, idempotency, feed}); app.setOpenApi(openApiDocument());
#pragma once

#include "magasin/catalogue/product_catalogue.hpp"
#include "magasin/server/authentication.hpp"
#include "magasin/server/change_feed.hpp"
#include "magasin/server/http_app.hpp"
#include "magasin/server/idempotency.hpp"

namespace magasin::catalogue {

struct RouteDependencies {
    ProductCatalogue& catalogue;
    const server::TokenVerifier& verifier;  // writes need a manager's token; reads need none
    server::Idempotency& idempotency;       // POST /v1/products and POST /v1/products/{id}/price
    server::ChangeFeed& feed;               // GET /v1/sync/changes
};

void installRoutes(server::HttpApp& app, RouteDependencies dependencies);

}  // namespace magasin::catalogue
