// Internal: the state the Shop's use cases share (pool, ports, options, seams) and small storage helpers.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include <pqxx/pqxx>

#include "magasin/domain/checkout.hpp"
#include "magasin/domain/order.hpp"
#include "magasin/ecommerce/shop.hpp"

namespace magasin::ecommerce {

// Timestamps cross the database boundary as integer milliseconds since the epoch: exact both ways, no time zones.
inline std::int64_t millis(domain::Timestamp t) {
    return t.time_since_epoch().count();
}
inline domain::Timestamp fromMillis(std::int64_t ms) {
    return domain::Timestamp(std::chrono::milliseconds(ms));
}

domain::CheckoutState checkoutStateOf(const std::string& name);
domain::OrderStatus orderStatusOf(const std::string& name);

// A checkout row as stored, with the columns the domain object does not carry.
struct StoredCheckout {
    domain::Checkout checkout;
    std::vector<domain::ReservationId> planned;  // one per line, chosen before any call
    std::optional<std::string> failureRule;
    std::optional<std::string> failureReason;
    domain::Timestamp updatedAt;
};

struct Shop::Impl {
    Impl(server::DbPool& pool, Downstreams& downstreams, ShopOptions options, domain::Clock clock, server::IdSource ids,
         server::JsonLog* log);

    server::DbPool& pool;
    Downstreams& downstreams;
    ShopOptions options;
    domain::Clock clock;
    server::IdSource ids;
    server::JsonLog* log;
    server::PasswordHasher hasher;
    std::string boot;  // this process's lease token: a restarted instance takes its old leases back at once

    // accounts
    void admit(const std::string& account, const std::string& client);
    void recordFailure(const std::string& account, const std::string& client);
    Session openSession(pqxx::work& tx, const domain::CustomerId& customer);
    std::optional<std::pair<domain::CustomerId, std::string>> findVerifier(const std::string& email);

    // carts
    static domain::Cart loadCart(pqxx::transaction_base& tx, const domain::CustomerId& customer, bool forUpdate);
    void saveCart(pqxx::work& tx, const domain::Cart& cart);
    domain::Cart changeCart(const domain::CustomerId& customer, const std::function<void(domain::Cart&)>& change);
    domain::PriceList currentPrices(const std::vector<domain::CartLine>& lines, const std::string& requestId);

    // checkouts
    static StoredCheckout checkoutFromRow(const pqxx::row& row);
    std::optional<StoredCheckout> loadCheckout(pqxx::transaction_base& tx, const domain::CheckoutId& id);
    std::optional<StoredCheckout> claim(const domain::CheckoutId& id, bool byRecoverer);
    // After a 503: free for the customer to resume now, for the recoverer once the lease period has passed.
    void releaseLease(const domain::CheckoutId& id);
    // Saves the checkout's new state if it still is `from` and still leased by this process; false otherwise.
    bool persist(pqxx::work& tx, const StoredCheckout& stored, domain::CheckoutState from);
    bool persist(const StoredCheckout& stored, domain::CheckoutState from);
    // Runs the saga from the stored state to completed or failed. HttpError 503 leaves it where it stopped.
    StoredCheckout drive(StoredCheckout stored, const std::string& requestId,
                         const std::optional<domain::PriceList>& checkedPrices);
    nlohmann::json saleOf(const domain::Checkout& checkout) const;
    void step(std::string_view name) const;
    CheckoutView viewOf(const StoredCheckout& stored) const;

    // orders
    static domain::Order orderFromRow(const pqxx::row& row);
};

}  // namespace magasin::ecommerce
