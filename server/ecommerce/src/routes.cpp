#include "magasin/ecommerce/routes.hpp"

#include <httplib.h>

#include <charconv>

#include "magasin/domain/domain_error.hpp"
#include "magasin/ecommerce/shop_json.hpp"
#include "magasin/server/authentication.hpp"
#include "magasin/server/client_address.hpp"
#include "magasin/server/error_mapping.hpp"
#include "magasin/server/http_error.hpp"
#include "magasin/sync/json_fields.hpp"

namespace magasin::ecommerce {

using domain::DomainError;
using domain::ErrorCode;
using nlohmann::json;
using server::Exchange;
using server::HttpError;
using server::Method;
using sync::JsonFields;

namespace {

// Text fields are bounded before any rule runs: a megabyte "name" is refused as such, not parsed.
std::string text(const JsonFields& body, std::string_view key, std::size_t maxLength) {
    auto value = body.string(key);
    if (value.size() > maxLength) {
        body.fail(key, "text.length", std::string(key) + " is longer than " + std::to_string(maxLength) + " bytes");
    }
    return value;
}

std::string optionalText(const JsonFields& body, std::string_view key, std::size_t maxLength) {
    if (!body.has(key)) {
        return {};
    }
    return text(body, key, maxLength);
}

AddressForm addressForm(const JsonFields& address) {
    return {text(address, "street", 500), text(address, "city", 500), text(address, "postal_code", 50),
            optionalText(address, "province", 500), optionalText(address, "country", 500)};
}

std::string bearer(const Exchange& ex) {
    const auto header = ex.header("Authorization");
    const std::string prefix = "Bearer ";
    if (!header || header->rfind(prefix, 0) != 0) {
        throw HttpError::unauthorized("Log in first: send \"Authorization: Bearer <session token>\"")
            .withHeader("WWW-Authenticate", "Bearer");
    }
    return header->substr(prefix.size());
}

json sessionToJson(const Session& s) {
    return {{"token", s.token},
            {"token_type", "Bearer"},
            {"customer_id", s.customer.toString()},
            {"expires_at", domain::toIso8601(s.expiresAt)}};
}

// 409 with the changed prices, so that the shop shows old and new side by side.
[[noreturn]] void answerPricesChanged(const PricesChanged& e) {
    sync::Problem problem = server::problemFor(e);
    problem.type = std::string(sync::Problem::kTypeBase) + "prices_changed";
    problem.title = "Prices changed";
    json changes = json::array();
    for (const auto& change : e.changes()) {
        changes.push_back(priceChangeToJson(change));
    }
    problem.extensions = json{{"price_changes", std::move(changes)}};
    throw HttpError(std::move(problem));
}

// A checkout that ended failed is answered as a 409 problem (why, and the checkout); completed and still running
// ones as the checkout itself.
void answerCheckout(Exchange& ex, const CheckoutView& view, int okStatus) {
    if (view.checkout.state() == domain::CheckoutState::kFailed) {
        sync::Problem problem = sync::Problem::make(409, "checkout_failed", "Checkout failed",
                                                    view.failureReason.value_or("The checkout failed"));
        problem.extensions = json{{"checkout", checkoutToJson(view)}};
        throw HttpError(std::move(problem));
    }
    ex.setHeader("Location", "/v1/checkouts/" + view.checkout.id().toString());
    ex.json(view.checkout.state() == domain::CheckoutState::kCompleted ? okStatus : 202, checkoutToJson(view));
}

std::int64_t integerQuery(const Exchange& ex, const std::string& name, std::int64_t min, std::int64_t max,
                          std::int64_t fallback) {
    const auto value = ex.query(name);
    if (!value) {
        return fallback;
    }
    std::int64_t parsed = 0;
    const auto* end = value->data() + value->size();
    const auto [ptr, ec] = std::from_chars(value->data(), end, parsed);
    if (value->empty() || ec != std::errc() || ptr != end || parsed < min || parsed > max) {
        throw DomainError(ErrorCode::kInvalidValue, "query.integer", name,
                          name + " must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    }
    return parsed;
}

}  // namespace

void installRoutes(server::HttpApp& app, RouteDependencies d) {
    Shop* const shop = &d.shop;  // lives as long as the app
    auto clientAddress = [proxies = d.trustedProxies](const Exchange& ex) {
        return server::clientAddress(ex, proxies);
    };
    auto customerOf = [shop](const Exchange& ex) { return shop->authenticate(bearer(ex)); };
    auto cartAnswer = [shop](Exchange& ex, const domain::Cart& cart) {
        ex.json(200, cartToJson(cart, shop->pendingPriceChanges(cart)));
    };

    // Customers and sessions.
    app.route(Method::kPost, "/v1/customers", [shop](Exchange& ex) {
        const json body = ex.jsonBody();
        const JsonFields f(body);
        RegistrationForm form{
            text(f, "first_name", 500), text(f, "last_name", 500),        text(f, "email", 500),
            text(f, "password", 1024),  addressForm(f.object("address")), optionalText(f, "phone", 100)};
        const auto customer = shop->registerCustomer(form);
        ex.setHeader("Location", "/v1/customers/me");
        ex.json(201, customerToJson(customer));
    });
    app.route(Method::kGet, "/v1/customers/me",
              [shop, customerOf](Exchange& ex) { ex.json(200, customerToJson(shop->customer(customerOf(ex)))); });
    app.route(Method::kPost, "/v1/customers/me/password", [shop, customerOf, clientAddress](Exchange& ex) {
        const auto customer = customerOf(ex);
        const json body = ex.jsonBody();
        const JsonFields f(body);
        const auto session = shop->changePassword(customer, text(f, "current_password", 1024),
                                                  text(f, "new_password", 1024), clientAddress(ex));
        ex.json(200, sessionToJson(session));
    });
    app.route(Method::kPost, "/v1/sessions", [shop, clientAddress](Exchange& ex) {
        const json body = ex.jsonBody();
        const JsonFields f(body);
        const auto session = shop->login({text(f, "email", 500), text(f, "password", 1024), clientAddress(ex)});
        ex.json(201, sessionToJson(session));
    });
    app.route(Method::kDelete, "/v1/sessions/current", [shop](Exchange& ex) {
        shop->logout(bearer(ex));
        ex.noContent();
    });

    // The customer's cart.
    app.route(Method::kGet, "/v1/carts/me",
              [shop, customerOf, cartAnswer](Exchange& ex) { cartAnswer(ex, shop->cart(customerOf(ex))); });
    app.route(Method::kDelete, "/v1/carts/me",
              [shop, customerOf, cartAnswer](Exchange& ex) { cartAnswer(ex, shop->clearCart(customerOf(ex))); });
    app.route(Method::kPost, "/v1/carts/me/lines", [shop, customerOf, cartAnswer](Exchange& ex) {
        const auto customer = customerOf(ex);
        const json body = ex.jsonBody();
        const JsonFields f(body);
        const domain::ProductId product(f.uuid("product_id"));
        cartAnswer(ex, shop->addToCart(customer, product, f.integer("quantity"), ex.requestId()));
    });
    app.route(Method::kPut, "/v1/carts/me/lines/{product_id}", [shop, customerOf, cartAnswer](Exchange& ex) {
        const auto customer = customerOf(ex);
        const auto product = domain::ProductId::parse(ex.pathParam("product_id"), "product_id");
        const json body = ex.jsonBody();
        cartAnswer(ex, shop->setCartQuantity(customer, product, JsonFields(body).integer("quantity")));
    });
    app.route(Method::kDelete, "/v1/carts/me/lines/{product_id}", [shop, customerOf, cartAnswer](Exchange& ex) {
        const auto customer = customerOf(ex);
        const auto product = domain::ProductId::parse(ex.pathParam("product_id"), "product_id");
        cartAnswer(ex, shop->setCartQuantity(customer, product, 0));
    });
    app.route(Method::kPost, "/v1/carts/me/price-review", [shop, customerOf, cartAnswer](Exchange& ex) {
        cartAnswer(ex, shop->reviewCartPrices(customerOf(ex), ex.requestId()));
    });
    app.route(Method::kPost, "/v1/carts/me/accept-prices",
              [shop, customerOf, cartAnswer](Exchange& ex) { cartAnswer(ex, shop->acceptCartPrices(customerOf(ex))); });

    // Checkouts.
    app.route(Method::kPost, "/v1/checkouts", [shop, customerOf](Exchange& ex) {
        const auto customer = customerOf(ex);
        const json body = ex.jsonBody();
        const JsonFields f(body);
        CheckoutRequest request;
        if (f.has("delivery_address")) {
            request.deliveryAddress = addressForm(f.object("delivery_address"));
        }
        request.deliveryMethod = f.optionalString("delivery_method").value_or("standard");
        request.idempotencyKey = ex.header("Idempotency-Key");
        try {
            answerCheckout(ex, shop->checkout(customer, request, ex.requestId()), 201);
        } catch (const PricesChanged& e) {
            answerPricesChanged(e);
        }
    });
    auto checkoutId = [](const Exchange& ex) { return domain::CheckoutId::parse(ex.pathParam("id"), "id"); };
    app.route(Method::kGet, "/v1/checkouts/{id}", [shop, customerOf, checkoutId](Exchange& ex) {
        const auto customer = customerOf(ex);
        ex.json(200, checkoutToJson(shop->findCheckout(customer, checkoutId(ex))));
    });
    app.route(Method::kPost, "/v1/checkouts/{id}/resume", [shop, customerOf, checkoutId](Exchange& ex) {
        const auto customer = customerOf(ex);
        answerCheckout(ex, shop->resumeCheckout(customer, checkoutId(ex), ex.requestId()), 200);
    });

    // Orders.
    app.route(Method::kGet, "/v1/orders", [shop, customerOf](Exchange& ex) {
        const auto customer = customerOf(ex);
        const auto limit = integerQuery(ex, "limit", 1, 100, 20);
        const auto offset = integerQuery(ex, "offset", 0, 1'000'000, 0);
        ex.json(200, orderPageToJson(shop->orders(customer, static_cast<int>(limit), static_cast<int>(offset))));
    });
    auto orderId = [](const Exchange& ex) { return domain::OrderId::parse(ex.pathParam("id"), "id"); };
    app.route(Method::kGet, "/v1/orders/{id}", [shop, customerOf, orderId](Exchange& ex) {
        const auto customer = customerOf(ex);
        ex.json(200, orderToJson(shop->order(customer, orderId(ex))));
    });
    const server::TokenVerifier* const verifier = &d.verifier;
    auto manager = [verifier](const Exchange& ex) {
        const auto principal = server::authenticate(ex, *verifier);
        server::requireRole(principal, domain::Role::kManager);
        return principal;
    };
    const std::pair<const char*, OrderAction> actions[] = {
        {"/v1/orders/{id}/ship", OrderAction::kShip},
        {"/v1/orders/{id}/deliver", OrderAction::kDeliver},
        {"/v1/orders/{id}/cancel", OrderAction::kCancel},
    };
    for (const auto& [path, action] : actions) {
        app.route(Method::kPost, path, [shop, manager, orderId, action = action](Exchange& ex) {
            manager(ex);
            const auto id = orderId(ex);
            std::optional<std::string> reason;
            if (action == OrderAction::kCancel) {
                const json body = ex.jsonBody();
                reason = text(JsonFields(body), "reason", 2000);
            }
            ex.json(200, orderToJson(shop->changeOrderStatus(id, action, reason, ex.requestId())));
        });
    }
}

}  // namespace magasin::ecommerce
