#include "magasin/ecommerce/shop.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "magasin/domain/domain_error.hpp"
#include "magasin/domain/password_policy.hpp"
#include "magasin/domain/reason.hpp"
#include "magasin/ecommerce/shop_json.hpp"
#include "magasin/server/http_error.hpp"
#include "magasin/server/login_throttle.hpp"
#include "magasin/server/opaque_secret.hpp"
#include "magasin/server/transaction.hpp"
#include "shop_impl.hpp"

namespace magasin::ecommerce {

using domain::DomainError;
using domain::ErrorCode;
using nlohmann::json;
using server::HttpError;

namespace {

// One address may fail this many logins over every account before it waits too (a shared office or a NAT holds
// many customers); after that the delays double as for one account.
constexpr int kClientFreeFailures = 20;
// Failures older than this are forgotten at the next failure: a delay, never a lockout that grows for ever.
constexpr std::chrono::hours kFailureMemory{1};

domain::Address addressOf(const AddressForm& form, const std::string& prefix) {
    const auto orDefault = [](const std::string& text, std::string_view fallback) {
        return text.find_first_not_of(" \t") == std::string::npos ? std::string(fallback) : text;
    };
    return domain::Address::of(form.street, form.city,
                               domain::PostalCode::parse(form.postalCode, prefix + "postal_code"),
                               orDefault(form.province, domain::Address::kDefaultProvince),
                               orDefault(form.country, domain::Address::kDefaultCountry));
}

HttpError invalidCredentials() {
    return HttpError(401, "invalid_credentials", "Invalid credentials", "The email or the password is wrong")
        .withHeader("WWW-Authenticate", "Bearer");
}

domain::Customer customerFromRow(const pqxx::row& r) {
    const auto address = domain::Address::of(r["street"].as<std::string>(), r["city"].as<std::string>(),
                                             domain::PostalCode::parse(r["postal_code"].as<std::string>()),
                                             r["province"].as<std::string>(), r["country"].as<std::string>());
    std::optional<domain::Phone> phone;
    if (!r["phone"].is_null()) {
        phone = domain::Phone::parse(r["phone"].as<std::string>());
    }
    return domain::Customer(domain::CustomerId::parse(r["id"].as<std::string>()),
                            domain::PersonName::parse(r["first_name"].as<std::string>()),
                            domain::PersonName::parse(r["last_name"].as<std::string>()),
                            domain::Email::parse(r["email"].as<std::string>()), address, phone,
                            fromMillis(r["created_ms"].as<std::int64_t>()));
}

constexpr const char* kCustomerColumns =
    "id, first_name, last_name, email, street, city, province, country, postal_code, phone, "
    "(extract(epoch FROM created_at) * 1000)::bigint AS created_ms";

std::string bootToken() {
    return server::newOpaqueSecret("").substr(0, 16);
}

}  // namespace

PricesChanged::PricesChanged(std::vector<PriceChangeView> changes)
    : DomainError(ErrorCode::kIllegalState, "checkout.prices.changed", "",
                  "Some prices changed since the products entered the cart; review and accept them before paying"),
      m_changes(std::move(changes)) {}

Shop::Impl::Impl(server::DbPool& pool_, Downstreams& downstreams_, ShopOptions options_, domain::Clock clock_,
                 server::IdSource ids_, server::JsonLog* log_)
    : pool(pool_),
      downstreams(downstreams_),
      options(std::move(options_)),
      clock(std::move(clock_)),
      ids(std::move(ids_)),
      log(log_),
      hasher(options.passwordHashing),
      boot(bootToken()) {}

Shop::Shop(server::DbPool& pool, Downstreams& downstreams, ShopOptions options, domain::Clock clock,
           server::IdSource ids, server::JsonLog* log)
    : m_impl(std::make_unique<Impl>(pool, downstreams, std::move(options), std::move(clock), std::move(ids), log)) {}

Shop::~Shop() = default;

// ---- Customers and sessions ----

domain::Customer Shop::registerCustomer(const RegistrationForm& form) {
    const auto first = domain::PersonName::parse(form.firstName, "first_name");
    const auto last = domain::PersonName::parse(form.lastName, "last_name");
    const auto email = domain::Email::parse(form.email, "email");
    domain::checkPassword(form.password, email);
    const auto address = addressOf(form.address, "address.");
    const auto phone = domain::Phone::parseOptional(form.phone, "phone");
    const domain::Customer customer(domain::CustomerId(m_impl->ids()), first, last, email, address, phone,
                                    m_impl->clock());
    const std::string verifier = m_impl->hasher.hash(form.password);
    const bool inserted = server::withTransaction(m_impl->pool, [&](pqxx::work& tx) {
        return !tx.exec_params(
                      "INSERT INTO customers (id, first_name, last_name, email, password_verifier, street, city,"
                      " province, country, postal_code, phone, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,"
                      " $10, NULLIF($11, ''), to_timestamp($12 / 1000.0)) ON CONFLICT (email) DO NOTHING RETURNING id",
                      customer.id().toString(), first.text(), last.text(), email.text(), verifier, address.street(),
                      address.city(), address.province(), address.country(), address.postalCode().text(),
                      phone ? phone->digits() : std::string(), millis(customer.createdAt()))
                    .empty();
    });
    if (!inserted) {
        throw DomainError(ErrorCode::kAlreadyExists, "customer.email.taken", "email",
                          "An account already uses " + email.text() + "; log in instead");
    }
    return customer;
}

void Shop::Impl::admit(const std::string& account, const std::string& client) {
    const auto rows = server::withReadOnly(pool, [&](pqxx::nontransaction& tx) {
        return tx.exec_params(
            "SELECT ceil(extract(epoch FROM max(blocked_until) - to_timestamp($3 / 1000.0)))::bigint FROM"
            " login_attempts WHERE client = $2 AND (account = $1 OR account = '')"
            " AND blocked_until > to_timestamp($3 / 1000.0)",
            account, client, millis(clock()));
    });
    if (!rows.empty() && !rows[0][0].is_null()) {
        const auto wait = std::max<std::int64_t>(1, rows[0][0].as<std::int64_t>());
        throw HttpError(429, "too_many_attempts", "Too many attempts",
                        "Too many failed logins; try again in " + std::to_string(wait) + " seconds")
            .withHeader("Retry-After", std::to_string(wait));
    }
}

void Shop::Impl::recordFailure(const std::string& account, const std::string& client) {
    const auto now = clock();
    server::withTransaction(pool, [&](pqxx::work& tx) {
        for (const std::string& key : {account, std::string()}) {
            const auto row = tx.exec_params1(
                "INSERT INTO login_attempts (account, client, failures, blocked_until)"
                " VALUES ($1, $2, 1, to_timestamp($3 / 1000.0)) ON CONFLICT (account, client) DO UPDATE SET failures ="
                " CASE WHEN login_attempts.blocked_until < to_timestamp($3 / 1000.0) - $4 * interval '1 second'"
                " THEN 1 ELSE login_attempts.failures + 1 END RETURNING failures",
                key, client, millis(now), std::chrono::seconds(kFailureMemory).count());
            const int failures = row[0].as<int>();
            const auto delay = key.empty()
                                   ? (failures <= kClientFreeFailures
                                          ? std::chrono::seconds(0)
                                          : server::LoginThrottle::delayAfter(failures - kClientFreeFailures +
                                                                              server::LoginThrottle::kFreeFailures))
                                   : server::LoginThrottle::delayAfter(failures);
            tx.exec_params(
                "UPDATE login_attempts SET blocked_until = to_timestamp($3 / 1000.0) WHERE account = $1 AND client = "
                "$2",
                key, client, millis(now + delay));
        }
    });
}

Session Shop::Impl::openSession(pqxx::work& tx, const domain::CustomerId& customer) {
    Session session{server::newOpaqueSecret("cs_"), customer,
                    clock() + std::chrono::duration_cast<std::chrono::milliseconds>(options.sessionTtl)};
    tx.exec_params(
        "INSERT INTO sessions (token_hash, customer_id, created_at, expires_at)"
        " VALUES ($1, $2, to_timestamp($3 / 1000.0), to_timestamp($4 / 1000.0))",
        server::secretHash(session.token), customer.toString(), millis(clock()), millis(session.expiresAt));
    return session;
}

std::optional<std::pair<domain::CustomerId, std::string>> Shop::Impl::findVerifier(const std::string& email) {
    const auto rows = server::withReadOnly(pool, [&](pqxx::nontransaction& tx) {
        return tx.exec_params("SELECT id, password_verifier FROM customers WHERE email = $1", email);
    });
    if (rows.empty()) {
        return std::nullopt;
    }
    return std::make_pair(domain::CustomerId::parse(rows[0][0].as<std::string>()), rows[0][1].as<std::string>());
}

namespace {

// The throttle's account key: the email as the domain normalizes it, or the trimmed lower-cased text when it is not
// an email at all (it still must not give an attacker free attempts).
std::string accountKey(const std::string& email) {
    try {
        return domain::Email::parse(email).text();
    } catch (const DomainError&) {
        std::string key = email.substr(0, 254);
        std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::tolower(c); });
        return key;
    }
}

}  // namespace

Session Shop::login(const LoginAttempt& attempt) {
    auto& d = *m_impl;
    const std::string account = accountKey(attempt.email);
    const std::string client = "ip:" + attempt.clientAddress;
    d.admit(account, client);
    // A password longer than the policy allows was never accepted: refuse it without hashing megabytes.
    const bool plausible = attempt.password.size() <= domain::kPasswordMaxLength * 4;
    const auto found = d.findVerifier(account);
    bool ok = false;
    if (found && plausible) {
        ok = d.hasher.verify(found->second, attempt.password);
    } else {
        d.hasher.verifyNothing(plausible ? attempt.password : std::string());
    }
    if (!ok) {
        d.recordFailure(account, client);
        throw invalidCredentials();
    }
    return server::withTransaction(d.pool, [&](pqxx::work& tx) {
        tx.exec_params("DELETE FROM login_attempts WHERE account = $1 AND client = $2", account, client);
        return d.openSession(tx, found->first);
    });
}

void Shop::logout(const std::string& token) {
    server::withTransaction(m_impl->pool, [&](pqxx::work& tx) {
        tx.exec_params(
            "UPDATE sessions SET revoked_at = to_timestamp($2 / 1000.0) WHERE token_hash = $1 AND revoked_at IS NULL",
            server::secretHash(token), millis(m_impl->clock()));
    });
}

domain::CustomerId Shop::authenticate(const std::string& token) {
    if (token.empty() || token.size() > 256) {
        throw HttpError::unauthorized("Log in first: this needs a customer session")
            .withHeader("WWW-Authenticate", "Bearer");
    }
    const auto rows = server::withReadOnly(m_impl->pool, [&](pqxx::nontransaction& tx) {
        return tx.exec_params(
            "SELECT customer_id FROM sessions WHERE token_hash = $1 AND revoked_at IS NULL"
            " AND expires_at > to_timestamp($2 / 1000.0)",
            server::secretHash(token), millis(m_impl->clock()));
    });
    if (rows.empty()) {
        throw HttpError::unauthorized("The session is unknown, expired or ended; log in again")
            .withHeader("WWW-Authenticate", "Bearer");
    }
    return domain::CustomerId::parse(rows[0][0].as<std::string>());
}

domain::Customer Shop::customer(const domain::CustomerId& id) {
    const auto rows = server::withReadOnly(m_impl->pool, [&](pqxx::nontransaction& tx) {
        return tx.exec_params(std::string("SELECT ") + kCustomerColumns + " FROM customers WHERE id = $1",
                              id.toString());
    });
    if (rows.empty()) {
        throw DomainError(ErrorCode::kNotFound, "customer.not_found", "id", "No customer " + id.toString());
    }
    return customerFromRow(rows[0]);
}

Session Shop::changePassword(const domain::CustomerId& id, const std::string& currentPassword,
                             const std::string& newPassword, const std::string& clientAddress) {
    auto& d = *m_impl;
    const domain::Customer who = customer(id);
    const std::string account = who.email().text();
    const std::string client = "ip:" + clientAddress;
    d.admit(account, client);
    const auto found = d.findVerifier(account);
    if (!found || currentPassword.size() > domain::kPasswordMaxLength * 4 ||
        !d.hasher.verify(found->second, currentPassword)) {
        d.recordFailure(account, client);
        throw HttpError(401, "invalid_credentials", "Invalid credentials", "The current password is wrong");
    }
    domain::checkPassword(newPassword, who.email());
    const std::string verifier = d.hasher.hash(newPassword);
    return server::withTransaction(d.pool, [&](pqxx::work& tx) {
        tx.exec_params("UPDATE customers SET password_verifier = $2 WHERE id = $1", id.toString(), verifier);
        tx.exec_params(
            "UPDATE sessions SET revoked_at = to_timestamp($2 / 1000.0) WHERE customer_id = $1 AND revoked_at IS NULL",
            id.toString(), millis(d.clock()));
        tx.exec_params("DELETE FROM login_attempts WHERE account = $1 AND client = $2", account, client);
        return d.openSession(tx, id);
    });
}

// ---- Catalogue ----

ProductPage Shop::searchProducts(const ProductQuery& query, const std::string& requestId) {
    return m_impl->downstreams.searchProducts(query, requestId);
}

ProductView Shop::product(const domain::ProductId& id, const std::string& requestId) {
    auto found = m_impl->downstreams.product(id, requestId);
    if (!found) {
        throw DomainError(ErrorCode::kNotFound, "product.not_found", "product_id", "No product " + id.toString());
    }
    return std::move(*found);
}

// ---- Carts ----

domain::Cart Shop::Impl::loadCart(pqxx::transaction_base& tx, const domain::CustomerId& customer, bool forUpdate) {
    const auto rows = tx.exec_params(
        std::string("SELECT lines, pending FROM carts WHERE customer_id = $1") + (forUpdate ? " FOR UPDATE" : ""),
        customer.toString());
    if (rows.empty()) {
        return domain::Cart(customer);
    }
    return domain::Cart::restore(customer, linesFromJson(json::parse(rows[0][0].as<std::string>())),
                                 pendingFromJson(json::parse(rows[0][1].as<std::string>())));
}

void Shop::Impl::saveCart(pqxx::work& tx, const domain::Cart& cart) {
    tx.exec_params(
        "INSERT INTO carts (customer_id, lines, pending, updated_at) VALUES ($1, $2::jsonb, $3::jsonb,"
        " to_timestamp($4 / 1000.0)) ON CONFLICT (customer_id) DO UPDATE SET lines = EXCLUDED.lines,"
        " pending = EXCLUDED.pending, updated_at = EXCLUDED.updated_at",
        cart.customer().toString(), linesToJson(cart.lines()).dump(), pendingToJson(cart.pendingPriceChanges()).dump(),
        millis(clock()));
}

// Locks the customer's cart row (creating it when there is none, so that two concurrent changes serialize), applies
// `change` and saves.
domain::Cart Shop::Impl::changeCart(const domain::CustomerId& customer,
                                    const std::function<void(domain::Cart&)>& change) {
    return server::withTransaction(pool, [&](pqxx::work& tx) {
        tx.exec_params(
            "INSERT INTO carts (customer_id, lines, pending, updated_at) VALUES ($1, '[]', '[]',"
            " to_timestamp($2 / 1000.0)) ON CONFLICT (customer_id) DO NOTHING",
            customer.toString(), millis(clock()));
        domain::Cart cart = loadCart(tx, customer, true);
        change(cart);
        saveCart(tx, cart);
        return cart;
    });
}

domain::Cart Shop::cart(const domain::CustomerId& customer) {
    return server::withReadOnly(m_impl->pool,
                                [&](pqxx::nontransaction& tx) { return Impl::loadCart(tx, customer, false); });
}

domain::Cart Shop::addToCart(const domain::CustomerId& customer, const domain::ProductId& productId,
                             std::int64_t quantity, const std::string& requestId) {
    if (quantity < 1 || quantity > domain::Cart::kMaxQuantity) {
        // Checked before calling the catalogue: a bad quantity needs no product.
        domain::Cart(customer).add(productId, "", domain::Price::fromCents(0), true, quantity);
    }
    const ProductView found = product(productId, requestId);
    if (!found.active) {
        throw DomainError(ErrorCode::kIllegalState, "cart.product.inactive", "product_id",
                          found.name + " is no longer sold");
    }
    return m_impl->changeCart(
        customer, [&](domain::Cart& cart) { cart.add(found.id, found.name, found.price, found.taxable, quantity); });
}

domain::Cart Shop::setCartQuantity(const domain::CustomerId& customer, const domain::ProductId& product,
                                   std::int64_t quantity) {
    return m_impl->changeCart(customer, [&](domain::Cart& cart) { cart.setQuantity(product, quantity); });
}

domain::Cart Shop::clearCart(const domain::CustomerId& customer) {
    return m_impl->changeCart(customer, [](domain::Cart& cart) { cart.clear(); });
}

domain::PriceList Shop::Impl::currentPrices(const std::vector<domain::CartLine>& lines, const std::string& requestId) {
    domain::PriceList prices;
    for (const auto& line : lines) {
        if (auto found = downstreams.product(line.product, requestId); found && found->active) {
            prices.emplace(line.product, found->price);
        }
    }
    return prices;
}

domain::Cart Shop::reviewCartPrices(const domain::CustomerId& customer, const std::string& requestId) {
    const domain::PriceList prices = m_impl->currentPrices(cart(customer).lines(), requestId);
    return m_impl->changeCart(customer, [&](domain::Cart& cart) { cart.reprice(prices); });
}

domain::Cart Shop::acceptCartPrices(const domain::CustomerId& customer) {
    return m_impl->changeCart(customer, [](domain::Cart& cart) { cart.acceptPrices(); });
}

std::vector<PriceChangeView> Shop::pendingPriceChanges(const domain::Cart& cart) const {
    std::vector<PriceChangeView> views;
    for (const auto& change : cart.pendingPriceChanges()) {
        std::string name;
        for (const auto& line : cart.lines()) {
            if (line.product == change.product) {
                name = line.name;
            }
        }
        views.push_back({change.product, name, change.oldPrice, change.newPrice});
    }
    return views;
}

// ---- Orders ----

domain::OrderStatus orderStatusOf(const std::string& name) {
    for (auto status : {domain::OrderStatus::kConfirmed, domain::OrderStatus::kShipped, domain::OrderStatus::kDelivered,
                        domain::OrderStatus::kCancelled}) {
        if (domain::orderStatusName(status) == name) {
            return status;
        }
    }
    throw std::runtime_error("unknown order status in the database: " + name);
}

namespace {

constexpr const char* kOrderColumns =
    "id, customer_id, sale_id, status, doc, cancel_reason, (extract(epoch FROM created_at) * 1000)::bigint AS "
    "created_ms";

}  // namespace

domain::Order Shop::Impl::orderFromRow(const pqxx::row& r) {
    const json doc = json::parse(r["doc"].as<std::string>());
    std::optional<domain::Reason> reason;
    if (!r["cancel_reason"].is_null()) {
        reason = domain::Reason::parse(r["cancel_reason"].as<std::string>());
    }
    return domain::Order::restore({.id = domain::OrderId::parse(r["id"].as<std::string>()),
                                   .customer = domain::CustomerId::parse(r["customer_id"].as<std::string>()),
                                   .sale = domain::SaleId::parse(r["sale_id"].as<std::string>()),
                                   .lines = linesFromJson(doc.at("lines")),
                                   .shipping = domain::Money::fromCents(doc.at("shipping_cents").get<std::int64_t>()),
                                   .totals = totalsFromJson(doc.at("totals")),
                                   .deliveryAddress = addressFromJson(doc.at("delivery_address")),
                                   .method = domain::parseDeliveryMethod(doc.at("delivery_method").get<std::string>()),
                                   .createdAt = fromMillis(r["created_ms"].as<std::int64_t>()),
                                   .status = orderStatusOf(r["status"].as<std::string>()),
                                   .cancelReason = reason});
}

OrderPage Shop::orders(const domain::CustomerId& customer, int limit, int offset) {
    limit = std::clamp(limit, 1, 100);
    offset = std::max(offset, 0);
    return server::withReadOnly(m_impl->pool, [&](pqxx::nontransaction& tx) {
        OrderPage page;
        for (const auto& row : tx.exec_params(std::string("SELECT ") + kOrderColumns +
                                                  " FROM orders WHERE customer_id = $1"
                                                  " ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3",
                                              customer.toString(), limit, offset)) {
            page.items.push_back(Impl::orderFromRow(row));
        }
        page.total = tx.exec_params1("SELECT count(*) FROM orders WHERE customer_id = $1", customer.toString())[0]
                         .as<std::int64_t>();
        return page;
    });
}

domain::Order Shop::order(const domain::CustomerId& customer, const domain::OrderId& id) {
    const auto rows = server::withReadOnly(m_impl->pool, [&](pqxx::nontransaction& tx) {
        return tx.exec_params(
            std::string("SELECT ") + kOrderColumns + " FROM orders WHERE id = $1 AND customer_id = $2", id.toString(),
            customer.toString());
    });
    if (rows.empty()) {
        throw DomainError(ErrorCode::kNotFound, "order.not_found", "id", "No order " + id.toString());
    }
    return Impl::orderFromRow(rows[0]);
}

domain::Order Shop::changeOrderStatus(const domain::OrderId& id, OrderAction action,
                                      const std::optional<std::string>& reason, const std::string& /*requestId*/) {
    std::optional<domain::Reason> why;
    if (action == OrderAction::kCancel) {
        why = domain::Reason::parse(reason.value_or(""), "reason");
    }
    return server::withTransaction(m_impl->pool, [&](pqxx::work& tx) {
        const auto rows = tx.exec_params(
            std::string("SELECT ") + kOrderColumns + " FROM orders WHERE id = $1 FOR UPDATE", id.toString());
        if (rows.empty()) {
            throw DomainError(ErrorCode::kNotFound, "order.not_found", "id", "No order " + id.toString());
        }
        domain::Order order = Impl::orderFromRow(rows[0]);
        switch (action) {
            case OrderAction::kShip: order.ship(); break;
            case OrderAction::kDeliver: order.deliver(); break;
            case OrderAction::kCancel: order.cancel(*why); break;
        }
        tx.exec_params(
            "UPDATE orders SET status = $2, cancel_reason = $3, updated_at = to_timestamp($4 / 1000.0) WHERE id = $1",
            id.toString(), std::string(domain::orderStatusName(order.status())),
            order.cancelReason() ? std::optional<std::string>(order.cancelReason()->text()) : std::nullopt,
            millis(m_impl->clock()));
        return order;
    });
}

// ---- Demo data ----

std::vector<DemoCustomer> Shop::demoCustomers() {
    return {
        {domain::CustomerId::parse("66666666-6666-6666-6666-666666666661"), "Jean", "Tremblay",
         "jean.tremblay@example.com", "Tremblay-Demo-2026"},
        {domain::CustomerId::parse("66666666-6666-6666-6666-666666666662"), "Marie", "Dubois",
         "marie.dubois@example.com", "Dubois-Demo-2026"},
        {domain::CustomerId::parse("66666666-6666-6666-6666-666666666663"), "Pierre", "Martin",
         "pierre.martin@example.com", "Martin-Demo-2026"},
    };
}

int Shop::loadDemoCustomers() {
    int created = 0;
    const std::vector<std::array<std::string, 4>> addresses = {
        {"1234 rue Sainte-Catherine Ouest", "Montréal", "H3G 1P1", "5145550101"},
        {"45 boulevard Charest Est", "Québec", "G1K 3G4", "4185550102"},
        {"300 rue King Ouest", "Sherbrooke", "J1H 1R2", ""},
    };
    const auto demo = demoCustomers();
    for (std::size_t i = 0; i < demo.size(); ++i) {
        const auto& c = demo[i];
        const bool exists = server::withReadOnly(m_impl->pool, [&](pqxx::nontransaction& tx) {
            return !tx.exec_params("SELECT 1 FROM customers WHERE id = $1 OR email = $2", c.id.toString(), c.email)
                        .empty();
        });
        if (exists) {
            continue;
        }
        const auto address =
            domain::Address::of(addresses[i][0], addresses[i][1], domain::PostalCode::parse(addresses[i][2]));
        const std::string verifier = m_impl->hasher.hash(c.password);
        server::withTransaction(m_impl->pool, [&](pqxx::work& tx) {
            tx.exec_params(
                "INSERT INTO customers (id, first_name, last_name, email, password_verifier, street, city, province,"
                " country, postal_code, phone, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,"
                " NULLIF($11, ''), to_timestamp($12 / 1000.0)) ON CONFLICT DO NOTHING",
                c.id.toString(), c.firstName, c.lastName, c.email, verifier, address.street(), address.city(),
                address.province(), address.country(), address.postalCode().text(), addresses[i][3],
                millis(m_impl->clock()));
        });
        ++created;
    }
    return created;
}

}  // namespace magasin::ecommerce
