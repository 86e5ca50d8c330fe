// The web shop: GET/POST routes under /shop on the ecommerce HttpApp, server-rendered pages over the Shop use cases
// (catalogue, product, account, cart, checkout, orders), cookie sessions, CSRF tokens, security headers, fr/en.
// Usage: installWebShop(app, shop, WebShopOptions{});  // before app.bind()
#pragma once

#include <string>
#include <vector>

#include "magasin/ecommerce/shop.hpp"
#include "magasin/server/http_app.hpp"

namespace magasin::webshop {

struct WebShopOptions {
    // 32 bytes signing the forms' CSRF tokens; empty: a random key per process (several instances behind one
    // balancer must then share one, or a form shown by one is refused by another).
    std::string csrfKey;
    int pageSize = 12;  // products per catalogue page
    // Gateways whose X-Forwarded-For names the client (login throttling per address); see server::clientAddress.
    std::vector<std::string> trustedProxies;
};

inline constexpr const char* kSessionCookie = "magasin_session";
inline constexpr const char* kCsrfCookie = "magasin_csrf";
inline constexpr const char* kLanguageCookie = "magasin_lang";

// The security headers of every /shop answer: CSP without 'unsafe-inline', nosniff, frame-ancestors 'none',
// Referrer-Policy. Exposed for the tests that compare them.
void setSecurityHeaders(server::Exchange& exchange);

// Installs the routes (and accepts HTML form bodies under /shop). The handlers keep what they share alive; `shop`
// must outlive the app.
void installWebShop(server::HttpApp& app, ecommerce::Shop& shop, WebShopOptions options = {});

}  // namespace magasin::webshop
