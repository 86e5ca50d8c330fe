// The ecommerce REST routes (/v1/customers, /v1/sessions, /v1/carts/me, /v1/checkouts, /v1/orders): each authenticates,
// parses, calls one Shop use case and serializes. Usage: installRoutes(app, {shop, verifier});
#pragma once

#include <string>
#include <vector>

#include "magasin/ecommerce/shop.hpp"
#include "magasin/server/http_app.hpp"
#include "magasin/server/token_verifier.hpp"

namespace magasin::ecommerce {

struct RouteDependencies {
    Shop& shop;
    // Staff tokens (commandes-issued) for the order status routes; customers use their session tokens.
    const server::TokenVerifier& verifier;
    // Peers whose X-Forwarded-For is believed (the gateway), for the login throttle's client address.
    std::vector<std::string> trustedProxies{};
};

// Customer routes take "Authorization: Bearer <session token>" (401 otherwise); a customer only ever sees their own
// cart, checkouts and orders. Order status changes need a manager's staff token.
void installRoutes(server::HttpApp& app, RouteDependencies dependencies);

}  // namespace magasin::ecommerce
