// The e-commerce use cases, in one application-layer class that the REST routes and the web shop (server/ecommerce/web)
// both call in-process: customers and sessions, carts, the checkout saga, orders. Usage:
//   Shop shop(pool, downstreams, ShopOptions{}); auto s = shop.login({email, password, ip}); shop.cart(s.customer);
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "magasin/domain/cart.hpp"
#include "magasin/domain/customer.hpp"
#include "magasin/domain/order.hpp"
#include "magasin/domain/time.hpp"
#include "magasin/domain/uuid.hpp"
#include "magasin/ecommerce/downstreams.hpp"
#include "magasin/ecommerce/shop_types.hpp"
#include "magasin/server/db_pool.hpp"
#include "magasin/server/id_source.hpp"
#include "magasin/server/json_log.hpp"
#include "magasin/server/password_hasher.hpp"

namespace magasin::ecommerce {

struct ShopOptions {
    std::chrono::hours sessionTtl{24 * 14};        // a session lives two weeks, then the password again
    std::chrono::seconds reservationTtl{15 * 60};  // how long inventaire holds stock for a checkout
    std::chrono::seconds checkoutLease{30};        // a checkout driven by one thread is left alone that long
    domain::StoreId webStore = domain::StoreId::parse("33333333-3333-3333-3333-333333333331");  // web sales' store
    std::string instance = "ecommerce";          // who holds a checkout's lease
    server::Argon2Parameters passwordHashing{};  // OWASP's; tests may pass cheaper ones
    // Test-only fault hook: called right after each saga step is persisted (the state's name, e.g. "stock_reserved")
    // and right after each remote call answered ("reserve_sent", "sale_sent", "commit_sent"). Empty: nothing.
    std::function<void(std::string_view step)> afterStep = nullptr;
};

class Shop {
public:
    // Nothing is read or written until a use case runs. `log` may be null.
    Shop(server::DbPool& pool, Downstreams& downstreams, ShopOptions options, domain::Clock clock, server::IdSource ids,
         server::JsonLog* log = nullptr);
    ~Shop();
    Shop(const Shop&) = delete;
    Shop& operator=(const Shop&) = delete;

    // ---- Customers and sessions ----
    // DomainError kInvalidValue (422, field named) for any rule of DOMAIN.md, kAlreadyExists "customer.email.taken"
    // (409) for an email already registered.
    domain::Customer registerCustomer(const RegistrationForm& form);
    // A new session. server::HttpError 401 "invalid_credentials" for an unknown email or a wrong password (the same
    // answer, in the same time), 429 with Retry-After while this (email, client) or this client waits after failures.
    Session login(const LoginAttempt& attempt);
    // Revokes the session of that token; an unknown or revoked token is fine (logging out twice).
    void logout(const std::string& token);
    // The customer of a live session. server::HttpError 401 for a missing, unknown, expired or revoked token.
    domain::CustomerId authenticate(const std::string& token);
    // DomainError kNotFound "customer.not_found".
    domain::Customer customer(const domain::CustomerId& id);
    // Checks the current password (HttpError 401 "invalid_credentials", throttled like a login), applies the password
    // rules to the new one (DomainError 422), revokes EVERY session of the customer and returns a fresh one.
    Session changePassword(const domain::CustomerId& id, const std::string& currentPassword,
                           const std::string& newPassword, const std::string& clientAddress);

    // ---- Catalogue, read through for the shop's pages (HttpError 503 when the catalogue is down) ----
    ProductPage searchProducts(const ProductQuery& query, const std::string& requestId);
    // DomainError kNotFound "product.not_found".
    ProductView product(const domain::ProductId& id, const std::string& requestId);

    // ---- Cart (one per customer; an empty one when none was saved) ----
    domain::Cart cart(const domain::CustomerId& customer);
    // Adds (or adds to) a line at the catalogue's current price, name and taxable flag. DomainError kInvalidValue
    // "cart.quantity.min|max", kNotFound "product.not_found", kIllegalState "cart.product.inactive" (archived).
    domain::Cart addToCart(const domain::CustomerId& customer, const domain::ProductId& product, std::int64_t quantity,
                           const std::string& requestId);
    // 0 removes the line. DomainError like Cart::setQuantity.
    domain::Cart setCartQuantity(const domain::CustomerId& customer, const domain::ProductId& product,
                                 std::int64_t quantity);
    domain::Cart clearCart(const domain::CustomerId& customer);
    // Compares the cart's prices with the catalogue's now and saves the differences as pending (shown to the
    // customer); returns the cart. DomainError kNotFound "cart.product.unavailable" for an archived product.
    domain::Cart reviewCartPrices(const domain::CustomerId& customer, const std::string& requestId);
    // The pending price changes become the lines' prices (the customer saw and accepted them).
    domain::Cart acceptCartPrices(const domain::CustomerId& customer);
    // The pending changes with the products' names, for showing them.
    std::vector<PriceChangeView> pendingPriceChanges(const domain::Cart& cart) const;

    // ---- Checkout: the saga of ARCHITECTURE.md §5 ----
    // Checks the cart's prices with the catalogue (PricesChanged 409 when one moved: nothing started), then runs the
    // saga: reserve at inventaire, record the web sale at commandes, commit the reservations, confirm the order and
    // empty the cart. Returns the checkout, completed (with its order) or failed (with the reason: not enough stock,
    // an archived product...; reservations released, cart kept). DomainError kIllegalState "checkout.cart.empty",
    // "checkout.prices.unaccepted", "checkout.in_progress" (another checkout of the customer is running; its id is
    // in the message); kInvalidValue for the address or delivery method. server::HttpError 503
    // "upstream_unavailable" when a server it needs is down: the checkout stays resumable (resumeCheckout, or the
    // server resumes it by itself), never half done.
    CheckoutView checkout(const domain::CustomerId& customer, const CheckoutRequest& request,
                          const std::string& requestId);
    // Drives an unfinished checkout of the customer on (or answers a finished one as it is). Same errors.
    CheckoutView resumeCheckout(const domain::CustomerId& customer, const domain::CheckoutId& id,
                                const std::string& requestId);
    // DomainError kNotFound "checkout.not_found" (also for another customer's checkout).
    CheckoutView findCheckout(const domain::CustomerId& customer, const domain::CheckoutId& id);
    // Every unfinished checkout whose lease has lapsed (or is held by this instance, which has just restarted) is
    // resumed (from stock_reserved on: the sale may exist) or compensated (before: reservations released). Returns
    // how many were settled; one that still cannot reach a server stays for the next call.
    int recoverCheckouts();

    // ---- Orders ----
    // The customer's orders, newest first. limit 1..100.
    OrderPage orders(const domain::CustomerId& customer, int limit, int offset);
    // DomainError kNotFound "order.not_found" (also for another customer's order).
    domain::Order order(const domain::CustomerId& customer, const domain::OrderId& id);
    // Staff moves an order on. DomainError kNotFound "order.not_found", kIllegalState "order.transition",
    // kInvalidValue for a cancellation reason (5..500 characters with a letter). Cancelling does not cancel the web
    // sale in commandes (commandes takes cancellations from staff tokens only): the manager cancels it there.
    domain::Order changeOrderStatus(const domain::OrderId& id, OrderAction action,
                                    const std::optional<std::string>& reason, const std::string& requestId);

    // ---- Demo data ----
    // Creates the demo customers missing from the database (MAGASIN_DEMO_DATA=1); returns how many.
    int loadDemoCustomers();
    static std::vector<DemoCustomer> demoCustomers();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace magasin::ecommerce
