// The checkout saga (ARCHITECTURE.md §5): every step's result is committed in ecommerce_db before the next step runs,
// every remote step is idempotent by an id or key derived from the checkout, and a lease keeps one driver per
// checkout. Before the sale is recorded a checkout may be compensated (reservations released); from then on it only
// goes forward.
#include <algorithm>

#include "magasin/domain/domain_error.hpp"
#include "magasin/ecommerce/shop.hpp"
#include "magasin/ecommerce/shop_json.hpp"
#include "magasin/server/http_error.hpp"
#include "magasin/server/transaction.hpp"
#include "shop_impl.hpp"

namespace magasin::ecommerce {

using domain::CheckoutState;
using domain::DomainError;
using domain::ErrorCode;
using nlohmann::json;
using server::HttpError;

namespace {

constexpr const char* kCheckoutColumns =
    "id, customer_id, state, doc, reservations, sale_id, order_id, failure_rule, failure_reason,"
    " (extract(epoch FROM updated_at) * 1000)::bigint AS updated_ms";

bool isFinal(CheckoutState state) {
    return state == CheckoutState::kCompleted || state == CheckoutState::kFailed;
}

// Reservations exist at inventaire (as far as the checkout knows) from stock_reserved on.
bool holdsReservations(CheckoutState state) {
    return state == CheckoutState::kStockReserved || state == CheckoutState::kSaleRecorded ||
           state == CheckoutState::kReservationCommitted || state == CheckoutState::kCompleted;
}

std::string failureText(const sync::Problem& problem) {
    if (!problem.detail.empty()) {
        return problem.detail;
    }
    return problem.title.empty() ? "Refused (" + std::to_string(problem.status) + ")" : problem.title;
}

std::string failureRule(const sync::Problem& problem) {
    if (!problem.errors.empty() && !problem.errors.front().rule.empty()) {
        return problem.errors.front().rule;
    }
    return problem.code();
}

}  // namespace

CheckoutState checkoutStateOf(const std::string& name) {
    for (auto state : {CheckoutState::kStarted, CheckoutState::kPricesChecked, CheckoutState::kStockReserved,
                       CheckoutState::kSaleRecorded, CheckoutState::kReservationCommitted, CheckoutState::kCompleted,
                       CheckoutState::kCompensating, CheckoutState::kFailed}) {
        if (domain::checkoutStateName(state) == name) {
            return state;
        }
    }
    throw std::runtime_error("unknown checkout state in the database: " + name);
}

StoredCheckout Shop::Impl::checkoutFromRow(const pqxx::row& r) {
    const json doc = json::parse(r["doc"].as<std::string>());
    std::vector<domain::ReservationId> planned;
    for (const auto& id : json::parse(r["reservations"].as<std::string>())) {
        planned.push_back(domain::ReservationId::parse(id.get<std::string>()));
    }
    const CheckoutState state = checkoutStateOf(r["state"].as<std::string>());
    std::optional<domain::SaleId> sale;
    if (!r["sale_id"].is_null()) {
        sale = domain::SaleId::parse(r["sale_id"].as<std::string>());
    }
    std::optional<domain::OrderId> order;
    if (!r["order_id"].is_null()) {
        order = domain::OrderId::parse(r["order_id"].as<std::string>());
    }
    auto checkout = domain::Checkout::restore(
        {.id = domain::CheckoutId::parse(r["id"].as<std::string>()),
         .customer = domain::CustomerId::parse(r["customer_id"].as<std::string>()),
         .lines = linesFromJson(doc.at("lines")),
         .deliveryAddress = addressFromJson(doc.at("delivery_address")),
         .method = domain::parseDeliveryMethod(doc.at("delivery_method").get<std::string>()),
         .startedAt = fromMillis(doc.at("started_ms").get<std::int64_t>()),
         .shipping = domain::Money::fromCents(doc.at("shipping_cents").get<std::int64_t>()),
         .totals = totalsFromJson(doc.at("totals")),
         .state = state,
         .reservations = holdsReservations(state) ? planned : std::vector<domain::ReservationId>{},
         .sale = sale,
         .order = order});
    return {std::move(checkout), std::move(planned), r["failure_rule"].as<std::optional<std::string>>(),
            r["failure_reason"].as<std::optional<std::string>>(), fromMillis(r["updated_ms"].as<std::int64_t>())};
}

std::optional<StoredCheckout> Shop::Impl::loadCheckout(pqxx::transaction_base& tx, const domain::CheckoutId& id) {
    const auto rows =
        tx.exec_params(std::string("SELECT ") + kCheckoutColumns + " FROM checkouts WHERE id = $1", id.toString());
    if (rows.empty()) {
        return std::nullopt;
    }
    return checkoutFromRow(rows[0]);
}

std::optional<StoredCheckout> Shop::Impl::claim(const domain::CheckoutId& id, bool byRecoverer) {
    // A request may take a checkout nobody drives (lease_boot NULL: left after a 503 for the customer to resume);
    // the recoverer waits until that grace has passed. Both take back at once the leases of this instance's previous
    // process, which has died.
    const std::string free = byRecoverer ? "(lease_until IS NULL OR lease_until < to_timestamp($4 / 1000.0))"
                                         : "(lease_boot IS NULL OR lease_until IS NULL OR"
                                           " lease_until < to_timestamp($4 / 1000.0))";
    return server::withTransaction(pool, [&](pqxx::work& tx) -> std::optional<StoredCheckout> {
        const auto rows = tx.exec_params(
            "UPDATE checkouts SET lease_instance = $2, lease_boot = $3, lease_until = to_timestamp($5 / 1000.0)"
            " WHERE id = $1 AND state NOT IN ('completed', 'failed') AND (" +
                free + " OR (lease_instance = $2 AND lease_boot IS NOT NULL AND lease_boot <> $3)) RETURNING " +
                kCheckoutColumns,
            id.toString(), options.instance, boot, millis(clock()),
            millis(clock() + std::chrono::duration_cast<std::chrono::milliseconds>(options.checkoutLease)));
        if (rows.empty()) {
            return std::nullopt;
        }
        return checkoutFromRow(rows[0]);
    });
}

void Shop::Impl::releaseLease(const domain::CheckoutId& id) {
    // After a 503 the checkout is left for the customer to resume for one lease period before the recoverer acts.
    // Best effort: a lease that cannot be given back lapses by itself, and the answer already decided must not turn
    // into an error because of it.
    try {
        server::withTransaction(pool, [&](pqxx::work& tx) {
            tx.exec_params(
                "UPDATE checkouts SET lease_instance = NULL, lease_boot = NULL, lease_until = to_timestamp($3 / 1000.0)"
                " WHERE id = $1 AND lease_boot = $2",
                id.toString(), boot,
                millis(clock() + std::chrono::duration_cast<std::chrono::milliseconds>(options.checkoutLease)));
        });
    } catch (const std::exception& e) {
        if (log != nullptr) {
            log->warn("checkout lease not released", {{"checkout", id.toString()}, {"error", e.what()}});
        }
    }
}

bool Shop::Impl::persist(pqxx::work& tx, const StoredCheckout& s, CheckoutState from) {
    const auto& c = s.checkout;
    const auto now = clock();
    return tx.exec_params(
                 "UPDATE checkouts SET state = $3, sale_id = $4::uuid, order_id = $5::uuid, failure_rule = $6,"
                 " failure_reason = $7, updated_at = to_timestamp($8 / 1000.0),"
                 // A final state gives the lease back in the same statement: nobody needs to drive it any more.
                 " lease_until = CASE WHEN $3 IN ('completed', 'failed') THEN NULL ELSE to_timestamp($9 / 1000.0) END,"
                 " lease_instance = CASE WHEN $3 IN ('completed', 'failed') THEN NULL ELSE lease_instance END,"
                 " lease_boot = CASE WHEN $3 IN ('completed', 'failed') THEN NULL ELSE lease_boot END"
                 " WHERE id = $1 AND state = $2 AND lease_boot = $10",
                 c.id().toString(), std::string(domain::checkoutStateName(from)),
                 std::string(domain::checkoutStateName(c.state())),
                 c.sale() ? std::optional<std::string>(c.sale()->toString()) : std::nullopt,
                 c.order() ? std::optional<std::string>(c.order()->toString()) : std::nullopt, s.failureRule,
                 s.failureReason, millis(now),
                 millis(now + std::chrono::duration_cast<std::chrono::milliseconds>(options.checkoutLease)), boot)
               .affected_rows() == 1;
}

bool Shop::Impl::persist(const StoredCheckout& stored, CheckoutState from) {
    return server::withTransaction(pool, [&](pqxx::work& tx) { return persist(tx, stored, from); });
}

void Shop::Impl::step(std::string_view name) const {
    if (options.afterStep) {
        options.afterStep(name);
    }
}

json Shop::Impl::saleOf(const domain::Checkout& c) const {
    // The sale carries the merchandise; shipping stays on the order (commandes sells products, see the ADR). It is
    // paid by the web payment, whose reference is the checkout.
    const auto totals = domain::computeTotals(domain::TaxProfile::quebec(), c.merchandiseSubtotal(),
                                              domain::sumOfTaxableLines(c.lines()));
    json lines = json::array();
    for (const auto& line : c.lines()) {
        lines.push_back({{"product_id", line.product.toString()},
                         {"name", line.name},
                         {"unit_price_cents", line.unitPrice.cents()},
                         {"quantity", line.quantity},
                         {"taxable", line.taxable}});
    }
    return {{"id", c.id().toString()},
            {"store_id", options.webStore.toString()},
            {"customer_id", c.customer().toString()},
            {"at", domain::toIso8601(c.startedAt())},
            {"channel", "web"},
            {"lines", std::move(lines)},
            {"payments", json::array({{{"method", "card"},
                                       {"amount_cents", totals.total.cents()},
                                       {"reference", "web-" + c.id().toString()}}})}};
}

CheckoutView Shop::Impl::viewOf(const StoredCheckout& s) const {
    return {s.checkout, s.failureReason, s.updatedAt};
}

StoredCheckout Shop::Impl::drive(StoredCheckout s, const std::string& requestId,
                                 const std::optional<domain::PriceList>& checkedPrices) {
    auto& c = s.checkout;
    const auto advance = [&](CheckoutState from) {
        if (!persist(s, from)) {
            // Another driver took the checkout over (our lease lapsed): it carries on from what is stored.
            throw HttpError(503, "checkout_busy", "Checkout busy",
                            "This checkout is being finished elsewhere; look at it again in a few seconds");
        }
        s.updatedAt = clock();
        step(domain::checkoutStateName(c.state()));
    };
    const auto compensate = [&](CheckoutState from, std::string rule, std::string reason) {
        c.beginCompensation();
        s.failureRule = std::move(rule);
        s.failureReason = std::move(reason);
        advance(from);
    };
    while (!isFinal(c.state())) {
        const CheckoutState from = c.state();
        switch (from) {
            case CheckoutState::kStarted: {
                const domain::PriceList prices = checkedPrices ? *checkedPrices : currentPrices(c.lines(), requestId);
                try {
                    c.markPricesChecked(prices);
                    advance(from);
                } catch (const DomainError& e) {
                    compensate(from, e.rule(), e.what());
                }
                break;
            }
            case CheckoutState::kPricesChecked: {
                std::optional<RemoteOutcome> refused;
                std::string product;
                for (std::size_t i = 0; i < c.lines().size() && !refused; ++i) {
                    const auto& line = c.lines()[i];
                    auto outcome = downstreams.reserve(
                        s.planned[i], line.product, line.quantity, options.reservationTtl,
                        c.idempotencyKey(domain::RemoteStep::kReserve) + ":" + std::to_string(i + 1), requestId);
                    if (!outcome.done) {
                        refused = std::move(outcome);
                        product = line.name;
                    }
                }
                step("reserve_sent");
                if (refused) {
                    const bool shortage = refused->status == 409;
                    compensate(from, failureRule(refused->problem),
                               shortage ? "Not enough stock of " + product + ": " + failureText(refused->problem)
                                        : failureText(refused->problem));
                } else {
                    c.markStockReserved(s.planned);
                    advance(from);
                }
                break;
            }
            case CheckoutState::kStockReserved: {
                auto outcome =
                    downstreams.recordSale(saleOf(c), c.idempotencyKey(domain::RemoteStep::kSale), requestId);
                step("sale_sent");
                if (outcome.done) {
                    c.markSaleRecorded(domain::SaleId(c.id().uuid()));
                    advance(from);
                } else {
                    // Refused for good (a 4xx): commandes holds no sale, so the stock can go back.
                    compensate(from, failureRule(outcome.problem),
                               "The sale was refused: " + failureText(outcome.problem));
                }
                break;
            }
            case CheckoutState::kSaleRecorded: {
                for (const auto& reservation : c.reservations()) {
                    auto outcome = downstreams.commitReservation(reservation, requestId);
                    if (!outcome.done && log != nullptr) {
                        // The sale exists and the customer paid: the order goes on. A reservation that expired
                        // meanwhile gave its stock back, which a manager must correct; say so loudly.
                        log->error("reservation commit refused after the sale",
                                   {{"checkout", c.id().toString()},
                                    {"reservation", reservation.toString()},
                                    {"problem", failureText(outcome.problem)}});
                    }
                }
                step("commit_sent");
                c.markReservationCommitted();
                advance(from);
                break;
            }
            case CheckoutState::kReservationCommitted: {
                const bool done = server::withTransaction(pool, [&](pqxx::work& tx) {
                    domain::Checkout copy = c;
                    const domain::OrderId orderId(c.id().uuid());
                    const auto order = domain::Order::fromCheckout(orderId, copy, clock());
                    const json doc{{"lines", linesToJson(order.lines())},
                                   {"delivery_address", addressToJson(order.deliveryAddress())},
                                   {"delivery_method", std::string(domain::deliveryMethodName(order.deliveryMethod()))},
                                   {"shipping_cents", order.shipping().cents()},
                                   {"totals", totalsToJson(order.totals())}};
                    tx.exec_params(
                        "INSERT INTO orders (id, customer_id, sale_id, status, doc, created_at, updated_at)"
                        " VALUES ($1, $2, $3, 'confirmed', $4::jsonb, to_timestamp($5 / 1000.0),"
                        " to_timestamp($5 / 1000.0)) ON CONFLICT (id) DO NOTHING",
                        orderId.toString(), order.customer().toString(), order.sale().toString(), doc.dump(),
                        millis(order.createdAt()));
                    // The cart is emptied of what was bought; a product added meanwhile from another tab stays.
                    domain::Cart cart = loadCart(tx, c.customer(), true);
                    for (const auto& line : c.lines()) {
                        const auto inCart = std::find_if(cart.lines().begin(), cart.lines().end(),
                                                         [&](const auto& l) { return l.product == line.product; });
                        if (inCart != cart.lines().end()) {
                            cart.setQuantity(line.product, std::max<std::int64_t>(0, inCart->quantity - line.quantity));
                        }
                    }
                    if (cart.lines().empty()) {
                        cart.clear();
                    }
                    saveCart(tx, cart);
                    copy.markCompleted(orderId);
                    StoredCheckout next{copy, s.planned, s.failureRule, s.failureReason, s.updatedAt};
                    if (!persist(tx, next, from)) {
                        return false;
                    }
                    c = std::move(copy);
                    return true;
                });
                if (!done) {
                    throw HttpError(503, "checkout_busy", "Checkout busy",
                                    "This checkout is being finished elsewhere; look at it again in a few seconds");
                }
                s.updatedAt = clock();
                step(domain::checkoutStateName(c.state()));
                break;
            }
            case CheckoutState::kCompensating: {
                for (const auto& reservation : s.planned) {
                    // Done, unknown (never made: 404) or no longer held (released, expired): all leave no stock held.
                    (void)downstreams.releaseReservation(reservation, requestId);
                }
                c.markFailed();
                advance(from);
                break;
            }
            case CheckoutState::kCompleted:
            case CheckoutState::kFailed: break;
        }
    }
    return s;
}

CheckoutView Shop::checkout(const domain::CustomerId& customer, const CheckoutRequest& request,
                            const std::string& requestId) {
    auto& d = *m_impl;
    if (request.idempotencyKey) {
        if (request.idempotencyKey->empty() || request.idempotencyKey->size() > 200) {
            throw DomainError(ErrorCode::kInvalidValue, "checkout.idempotency_key.length", "Idempotency-Key",
                              "An Idempotency-Key has 1 to 200 characters");
        }
        const auto rows = server::withReadOnly(d.pool, [&](pqxx::nontransaction& tx) {
            return tx.exec_params("SELECT id FROM checkouts WHERE customer_id = $1 AND idempotency_key = $2",
                                  customer.toString(), *request.idempotencyKey);
        });
        if (!rows.empty()) {
            return resumeCheckout(customer, domain::CheckoutId::parse(rows[0][0].as<std::string>()), requestId);
        }
    }
    const auto method = domain::parseDeliveryMethod(request.deliveryMethod);
    const domain::Address address = [&] {
        const auto& form = request.deliveryAddress;
        if (form.street.find_first_not_of(" \t") == std::string::npos && form.city.empty() && form.postalCode.empty()) {
            return this->customer(customer).address();
        }
        const auto orDefault = [](const std::string& text, std::string_view fallback) {
            return text.find_first_not_of(" \t") == std::string::npos ? std::string(fallback) : text;
        };
        return domain::Address::of(form.street, form.city,
                                   domain::PostalCode::parse(form.postalCode, "delivery_address.postal_code"),
                                   orDefault(form.province, domain::Address::kDefaultProvince),
                                   orDefault(form.country, domain::Address::kDefaultCountry));
    }();
    const domain::Cart current = cart(customer);
    if (current.isEmpty()) {
        throw DomainError(ErrorCode::kIllegalState, "checkout.cart.empty", "", "Add a product to the cart first");
    }
    if (current.needsPriceAcceptance()) {
        throw PricesChanged(pendingPriceChanges(current));
    }
    // The prices with the catalogue now: a product no longer sold stops the checkout; a moved price is saved on the
    // cart as pending and shown; nothing is reserved until the customer accepted it.
    const domain::PriceList prices = d.currentPrices(current.lines(), requestId);
    for (const auto& line : current.lines()) {
        if (prices.find(line.product) == prices.end()) {
            throw DomainError(ErrorCode::kIllegalState, "checkout.product.unavailable", "lines",
                              line.name + " is no longer sold; remove it from the cart");
        }
    }
    if (!domain::findPriceChanges(current.lines(), prices).empty()) {
        const domain::Cart repriced = d.changeCart(customer, [&](domain::Cart& c) { c.reprice(prices); });
        throw PricesChanged(pendingPriceChanges(repriced));
    }
    const domain::CheckoutId id(d.ids());
    auto checkout = domain::Checkout::start(id, current, address, method, d.clock());
    std::vector<domain::ReservationId> planned;
    json plannedJson = json::array();
    for (std::size_t i = 0; i < checkout.lines().size(); ++i) {
        planned.emplace_back(d.ids());
        plannedJson.push_back(planned.back().toString());
    }
    const json doc{{"lines", linesToJson(checkout.lines())},
                   {"delivery_address", addressToJson(checkout.deliveryAddress())},
                   {"delivery_method", std::string(domain::deliveryMethodName(method))},
                   {"shipping_cents", checkout.shipping().cents()},
                   {"totals", totalsToJson(checkout.totals())},
                   {"started_ms", millis(checkout.startedAt())}};
    const auto inserted = server::withTransaction(d.pool, [&](pqxx::work& tx) -> std::optional<std::string> {
        const auto running =
            tx.exec_params("SELECT id FROM checkouts WHERE customer_id = $1 AND state NOT IN ('completed', 'failed')",
                           customer.toString());
        if (!running.empty()) {
            return running[0][0].as<std::string>();
        }
        const auto rows = tx.exec_params(
            "INSERT INTO checkouts (id, customer_id, idempotency_key, state, doc, reservations, lease_instance,"
            " lease_boot, lease_until, created_at, updated_at) VALUES ($1, $2, $3, 'started', $4::jsonb, $5::jsonb,"
            " $6, $7, to_timestamp($9 / 1000.0), to_timestamp($8 / 1000.0), to_timestamp($8 / 1000.0))"
            " ON CONFLICT DO NOTHING RETURNING id",
            id.toString(), customer.toString(), request.idempotencyKey, doc.dump(), plannedJson.dump(),
            d.options.instance, d.boot, millis(d.clock()),
            millis(d.clock() + std::chrono::duration_cast<std::chrono::milliseconds>(d.options.checkoutLease)));
        if (rows.empty()) {
            return std::string();  // a concurrent request of the same customer won the race
        }
        return std::nullopt;
    });
    if (inserted) {
        if (request.idempotencyKey) {
            // The same key sent twice at once: answer the checkout the other request started.
            const auto rows = server::withReadOnly(d.pool, [&](pqxx::nontransaction& tx) {
                return tx.exec_params("SELECT id FROM checkouts WHERE customer_id = $1 AND idempotency_key = $2",
                                      customer.toString(), *request.idempotencyKey);
            });
            if (!rows.empty()) {
                return findCheckout(customer, domain::CheckoutId::parse(rows[0][0].as<std::string>()));
            }
        }
        throw DomainError(ErrorCode::kIllegalState, "checkout.in_progress", "",
                          inserted->empty() ? "Another checkout of this cart has just started; look at your orders"
                                            : "Another checkout of this cart is running (" + *inserted +
                                                  "); wait a few seconds or resume it");
    }
    d.step("started");
    StoredCheckout stored{std::move(checkout), planned, std::nullopt, std::nullopt, d.clock()};
    try {
        stored = d.drive(std::move(stored), requestId, prices);
    } catch (const HttpError& e) {
        if (e.problem().code() != "checkout_busy") {
            d.releaseLease(id);
        }
        throw;
    } catch (...) {
        d.releaseLease(id);
        throw;
    }
    return d.viewOf(stored);
}

CheckoutView Shop::resumeCheckout(const domain::CustomerId& customer, const domain::CheckoutId& id,
                                  const std::string& requestId) {
    auto& d = *m_impl;
    const CheckoutView current = findCheckout(customer, id);
    if (isFinal(current.checkout.state())) {
        return current;
    }
    auto claimed = d.claim(id, false);
    if (!claimed) {
        return findCheckout(customer, id);  // finished meanwhile, or driven by another request right now
    }
    try {
        auto done = d.drive(std::move(*claimed), requestId, std::nullopt);
        return d.viewOf(done);
    } catch (const HttpError& e) {
        if (e.problem().code() != "checkout_busy") {
            d.releaseLease(id);
        }
        throw;
    } catch (...) {
        d.releaseLease(id);
        throw;
    }
}

CheckoutView Shop::findCheckout(const domain::CustomerId& customer, const domain::CheckoutId& id) {
    auto found =
        server::withReadOnly(m_impl->pool, [&](pqxx::nontransaction& tx) { return m_impl->loadCheckout(tx, id); });
    if (!found || found->checkout.customer() != customer) {
        throw DomainError(ErrorCode::kNotFound, "checkout.not_found", "id", "No checkout " + id.toString());
    }
    return m_impl->viewOf(*found);
}

int Shop::recoverCheckouts() {
    auto& d = *m_impl;
    const auto rows = server::withReadOnly(d.pool, [&](pqxx::nontransaction& tx) {
        return tx.exec_params(
            "SELECT id FROM checkouts WHERE state NOT IN ('completed', 'failed') AND (lease_until IS NULL OR"
            " lease_until < to_timestamp($3 / 1000.0) OR (lease_instance = $1 AND lease_boot IS NOT NULL AND"
            " lease_boot <> $2)) ORDER BY updated_at LIMIT 100",
            d.options.instance, d.boot, millis(d.clock()));
    });
    int settled = 0;
    for (const auto& row : rows) {
        const auto id = domain::CheckoutId::parse(row[0].as<std::string>());
        auto claimed = d.claim(id, true);
        if (!claimed) {
            continue;
        }
        const std::string requestId = "recover-" + id.toString();
        try {
            auto& c = claimed->checkout;
            // Nobody waits for it any more: before stock is surely held, give everything back; from stock_reserved
            // on, the sale may exist at commandes, so finish the order.
            if (c.state() == CheckoutState::kStarted || c.state() == CheckoutState::kPricesChecked) {
                const CheckoutState from = c.state();
                c.beginCompensation();
                claimed->failureRule = "checkout.interrupted";
                claimed->failureReason = "The checkout was interrupted; nothing was charged and the cart is kept";
                if (!d.persist(*claimed, from)) {
                    continue;
                }
            }
            const auto done = d.drive(std::move(*claimed), requestId, std::nullopt);
            if (d.log != nullptr) {
                d.log->info("checkout recovered",
                            {{"checkout", id.toString()},
                             {"state", std::string(domain::checkoutStateName(done.checkout.state()))}});
            }
            ++settled;
        } catch (const std::exception& e) {
            d.releaseLease(id);
            if (d.log != nullptr) {
                d.log->warn("checkout recovery postponed", {{"checkout", id.toString()}, {"error", e.what()}});
            }
        }
    }
    return settled;
}

}  // namespace magasin::ecommerce
