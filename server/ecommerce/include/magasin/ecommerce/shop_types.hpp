// What the shop's use cases take and give: forms as a person typed them, sessions, catalogue views, checkout answers.
// Usage: shop.registerCustomer(RegistrationForm{.firstName = "jean", ...}); Session s = shop.login({email, pw, ip});
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "magasin/domain/cart.hpp"
#include "magasin/domain/checkout.hpp"
#include "magasin/domain/domain_error.hpp"
#include "magasin/domain/money.hpp"
#include "magasin/domain/order.hpp"
#include "magasin/domain/time.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::ecommerce {

// An address as typed: blank province and country take DOMAIN.md's defaults (Québec, Canada).
struct AddressForm {
    std::string street;
    std::string city;
    std::string postalCode;
    std::string province;
    std::string country;
};

struct RegistrationForm {
    std::string firstName;
    std::string lastName;
    std::string email;
    std::string password;
    AddressForm address;
    std::string phone;  // optional: blank means none
};

struct LoginAttempt {
    std::string email;
    std::string password;
    std::string clientAddress;  // the network peer (or the gateway's X-Forwarded-For), for throttling
};

// A customer's session: the token is shown once (cookie or Bearer), only its hash is stored.
struct Session {
    std::string token;  // "cs_" + 256 random bits, base64url
    domain::CustomerId customer;
    domain::Timestamp expiresAt;
};

// A product as the catalogue publishes it, for cart lines and the shop's pages.
struct ProductView {
    domain::ProductId id;
    std::string name;
    std::string category;
    std::string description;
    std::string sku;
    domain::Price price = domain::Price::fromCents(0);
    bool taxable = true;
    bool active = true;
};

struct ProductQuery {
    std::string text;      // words in name/description; empty: every product
    std::string category;  // empty: every category
    std::optional<std::int64_t> minPriceCents;
    std::optional<std::int64_t> maxPriceCents;
    int page = 1;
    int pageSize = 20;
};

struct ProductPage {
    std::vector<ProductView> items;
    int page = 1;
    int pageSize = 20;
    std::int64_t total = 0;
};

// A price that moved since the product entered the cart, with the product's name for the customer.
struct PriceChangeView {
    domain::ProductId product;
    std::string name;
    domain::Price oldPrice = domain::Price::fromCents(0);
    domain::Price newPrice = domain::Price::fromCents(0);
};

// Thrown by Shop::checkout (and Shop::reviewCartPrices callers may use it) when the catalogue's price of some cart
// lines changed: the checkout did not start; the cart now holds the changes, pending. The customer reviews them and
// calls Shop::acceptCartPrices, then checks out again. A DomainError kIllegalState "checkout.prices.changed" (409).
class PricesChanged : public domain::DomainError {
public:
    explicit PricesChanged(std::vector<PriceChangeView> changes);
    [[nodiscard]] const std::vector<PriceChangeView>& changes() const { return m_changes; }

private:
    std::vector<PriceChangeView> m_changes;
};

struct CheckoutRequest {
    // Blank street: deliver to the customer's own address.
    AddressForm deliveryAddress;
    std::string deliveryMethod = "standard";  // "standard" | "express"
    // The client's retry key: the same key from the same customer answers the same checkout, never a second one.
    std::optional<std::string> idempotencyKey;
};

// A checkout as the customer sees it: the saga's state and, once completed, the order; when failed, why.
struct CheckoutView {
    domain::Checkout checkout;
    std::optional<std::string> failureReason;  // set in state failed: "Not enough stock of Clavier mécanique", ...
    domain::Timestamp updatedAt;
};

struct OrderPage {
    std::vector<domain::Order> items;  // newest first
    std::int64_t total = 0;
};

// How staff move an order on: confirmed -> shipped -> delivered, or confirmed -> cancelled (with a reason).
enum class OrderAction { kShip, kDeliver, kCancel };

// A demo customer of DOMAIN.md with the dev password `./magasin run` prints.
struct DemoCustomer {
    domain::CustomerId id;
    std::string firstName;
    std::string lastName;
    std::string email;
    std::string password;
};

}  // namespace magasin::ecommerce
