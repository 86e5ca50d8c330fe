#include "magasin/inventaire/routes.hpp"

#include <httplib.h>

#include <charconv>

#include "magasin/domain/domain_error.hpp"
#include "magasin/inventaire/stock_json.hpp"
#include "magasin/server/authentication.hpp"
#include "magasin/server/http_error.hpp"
#include "magasin/server/idempotency.hpp"
#include "magasin/server/transaction.hpp"
#include "magasin/sync/json_fields.hpp"

namespace magasin::inventaire {

using domain::DomainError;
using domain::ErrorCode;
using nlohmann::json;
using server::Exchange;
using server::Method;
using server::Principal;
using sync::JsonFields;

namespace {

constexpr std::int64_t kDefaultTtlSeconds = 15 * 60;
constexpr std::int64_t kMaxTtlSeconds = 24 * 60 * 60;

// Managers and servers act for the whole chain; a device, or a cashier, for its own store only.
bool seesEveryStore(const Principal& principal) {
    return principal.isService() ||
           (principal.claims.kind == server::TokenKind::kStaff && principal.claims.role == domain::Role::kManager);
}

void requireLocation(const Principal& principal, const domain::Location& location) {
    if (location.isStore() && !seesEveryStore(principal)) {
        server::requireStore(principal, *location.storeId());
    }
}

// A manager's staff token, or a server's: the writes that change stock by hand.
Principal manager(const Exchange& ex, const server::TokenVerifier& verifier) {
    Principal principal = server::authenticate(ex, verifier);
    server::requireRole(principal, domain::Role::kManager);
    if (principal.claims.kind == server::TokenKind::kDevice) {
        throw server::HttpError::forbidden("A terminal's credential cannot change stock by hand: log in as a manager");
    }
    return principal;
}

// What the ledger records as the actor: the staff or device id, or the service's name.
std::string actorOf(const Principal& principal) {
    return std::string(server::tokenKindName(principal.claims.kind)) + ":" + principal.claims.subject;
}

std::optional<std::int64_t> integerQuery(const Exchange& ex, const std::string& name, std::int64_t min,
                                         std::int64_t max) {
    const auto text = ex.query(name);
    if (!text) {
        return std::nullopt;
    }
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (text->empty() || error != std::errc() || end != text->data() + text->size() || value < min || value > max) {
        throw DomainError(ErrorCode::kInvalidValue, "query.integer", name,
                          name + " must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    }
    return value;
}

template <typename Id>
std::optional<Id> idQuery(const Exchange& ex, const std::string& name) {
    const auto text = ex.query(name);
    return text ? std::optional<Id>(Id::parse(*text, name)) : std::nullopt;
}

// ?location= (an id or "central") or ?store= narrows to one location; the reader's store bounds what it may see.
LevelFilter levelFilterOf(const Exchange& ex, StockLedger& ledger, const Principal& principal) {
    LevelFilter filter;
    std::optional<domain::Location> location;
    if (auto reference = ex.query("location")) {
        location = ledger.location(*reference, "location");
    } else if (auto store = idQuery<domain::StoreId>(ex, "store")) {
        location = ledger.location(store->toString(), "store");
    }
    if (location) {
        requireLocation(principal, *location);
        filter.location = location->id();
    }
    filter.product = idQuery<domain::ProductId>(ex, "product");
    if (!seesEveryStore(principal)) {
        filter.visibleStore = principal.claims.store;
    }
    return filter;
}

std::optional<domain::LevelLabel> labelQuery(const Exchange& ex) {
    const auto text = ex.query("label");
    if (!text) {
        return std::nullopt;
    }
    auto label = levelLabelOfKey(*text);
    if (!label) {
        throw DomainError(ErrorCode::kInvalidValue, "query.label", "label",
                          "label must be critical, low, normal, medium, high or well_stocked");
    }
    return label;
}

json items(const auto& records, auto toJson) {
    json list = json::array();
    for (const auto& record : records) {
        list.push_back(toJson(record));
    }
    return {{"items", std::move(list)}};
}

}  // namespace

void installRoutes(server::HttpApp& app, RouteDependencies d) {
    auto& ledger = d.ledger;
    const auto& verifier = d.verifier;
    auto& pool = d.pool;
    auto reader = [&verifier](const Exchange& ex) { return server::authenticate(ex, verifier); };
    // The location and product of /v1/stocks/{location}/{product}/..., checked against the caller.
    auto levelTarget = [&ledger](const Exchange& ex, const Principal& principal) {
        auto location = ledger.location(ex.pathParam("location"), "location");
        requireLocation(principal, location);
        return std::pair{location, domain::ProductId::parse(ex.pathParam("product"), "product")};
    };

    app.route(Method::kGet, "/v1/locations", [&, reader](Exchange& ex) {
        const auto principal = reader(ex);
        std::vector<domain::Location> visible;
        for (const auto& location : ledger.locations()) {
            if (!location.isStore() || seesEveryStore(principal) || location.storeId() == principal.claims.store) {
                visible.push_back(location);
            }
        }
        ex.json(200, items(visible, locationToJson));
    });

    app.route(Method::kGet, "/v1/stocks", [&, reader](Exchange& ex) {
        const auto principal = reader(ex);
        const auto filter = levelFilterOf(ex, ledger, principal);
        const auto label = labelQuery(ex);
        std::vector<LevelRecord> levels;
        for (auto& level : ledger.levels(filter)) {
            if (!label || level.level.label() == *label) {
                levels.push_back(std::move(level));
            }
        }
        ex.json(200, items(levels, levelToJson));
    });

    app.route(Method::kGet, "/v1/stocks/{location}/{product}", [&, reader, levelTarget](Exchange& ex) {
        const auto [location, product] = levelTarget(ex, reader(ex));
        ex.json(200, levelToJson(ledger.level(location, product)));
    });

    app.route(Method::kPut, "/v1/stocks/{location}/{product}/thresholds", [&, levelTarget](Exchange& ex) {
        const auto [location, product] = levelTarget(ex, manager(ex, verifier));
        const json body = ex.jsonBody();
        const JsonFields fields(body);
        ex.json(200, levelToJson(ledger.setThresholds(location, product, fields.integer("critical"),
                                                      fields.integer("low"), fields.integer("high"))));
    });

    app.route(Method::kPost, "/v1/stocks/{location}/{product}/adjustments", [&, levelTarget](Exchange& ex) {
        const auto principal = manager(ex, verifier);
        const auto [location, product] = levelTarget(ex, principal);
        server::respondIdempotently(ex, pool, principal.claims.subject, [&](pqxx::work& tx, const json& body) {
            const auto applied =
                ledger.adjust(tx, location, product, JsonFields(body).integer("delta"), actorOf(principal));
            return server::IdempotentReply{
                201, {{"movement", movementToJson(applied.movement)}, {"level", levelToJson(applied.level)}}};
        });
    });

    app.route(Method::kPost, "/v1/stocks/{location}/{product}/counts", [&, levelTarget](Exchange& ex) {
        const auto principal = manager(ex, verifier);
        const auto [location, product] = levelTarget(ex, principal);
        server::respondIdempotently(ex, pool, principal.claims.subject, [&](pqxx::work& tx, const json& body) {
            const auto applied =
                ledger.count(tx, location, product, JsonFields(body).integer("counted"), actorOf(principal));
            return server::IdempotentReply{
                201, {{"movement", movementToJson(applied.movement)}, {"level", levelToJson(applied.level)}}};
        });
    });

    app.route(Method::kGet, "/v1/movements", [&, reader](Exchange& ex) {
        const auto principal = reader(ex);
        const auto levels = levelFilterOf(ex, ledger, principal);
        const MovementFilter filter{.location = levels.location,
                                    .product = levels.product,
                                    .visibleStore = levels.visibleStore,
                                    .beforeSeq = integerQuery(ex, "before", 1, INT64_MAX),
                                    .limit = static_cast<int>(integerQuery(ex, "limit", 1, 1000).value_or(100))};
        const auto movements = ledger.movements(filter);
        json page = items(movements, movementToJson);
        // Older lines: pass next_before back as ?before=.
        page["next_before"] =
            movements.size() == static_cast<std::size_t>(filter.limit) ? json(movements.back().seq) : json(nullptr);
        ex.json(200, page);
    });

    app.route(Method::kPost, "/v1/transfers", [&](Exchange& ex) {
        const auto principal = manager(ex, verifier);
        server::respondIdempotently(ex, pool, principal.claims.subject, [&](pqxx::work& tx, const json& body) {
            const JsonFields fields(body);
            const auto id = domain::TransferId(fields.uuid("id"));
            const auto product = domain::ProductId(fields.uuid("product_id"));
            const auto quantity = domain::Quantity::of(fields.integer("quantity"));
            const auto to = domain::StoreId(fields.uuid("store_id"));
            const auto done = ledger.transfer(tx, id, product, quantity, to, actorOf(principal));
            return server::IdempotentReply{done.created ? 201 : 200, transferToJson(done.record)};
        });
        const json answer = json::parse(ex.response().body, nullptr, false);
        if (ex.response().status < 300 && answer.is_object() && answer.contains("id")) {
            ex.setHeader("Location", "/v1/transfers/" + answer["id"].get<std::string>());
        }
    });

    app.route(Method::kGet, "/v1/transfers", [&, reader](Exchange& ex) {
        const auto principal = reader(ex);
        std::optional<domain::LocationId> to;
        if (auto store = idQuery<domain::StoreId>(ex, "store")) {
            const auto location = ledger.location(store->toString(), "store");
            requireLocation(principal, location);
            to = location.id();
        } else if (!seesEveryStore(principal)) {
            to = domain::LocationId(principal.claims.store.value_or(domain::StoreId()).uuid());
        }
        const auto limit = static_cast<int>(integerQuery(ex, "limit", 1, 1000).value_or(100));
        ex.json(200, items(ledger.transfers(to, limit), transferToJson));
    });

    app.route(Method::kGet, "/v1/transfers/{id}", [&, reader](Exchange& ex) {
        const auto principal = reader(ex);
        const auto id = domain::TransferId::parse(ex.pathParam("id"), "id");
        const auto transfer = ledger.findTransfer(id);
        if (!transfer) {
            throw DomainError(ErrorCode::kNotFound, "transfer.not_found", "id", "No transfer " + id.toString());
        }
        requireLocation(principal, ledger.location(transfer->to.toString()));
        ex.json(200, transferToJson(*transfer));
    });

    app.route(Method::kPost, "/v1/reservations", [&](Exchange& ex) {
        const auto principal = manager(ex, verifier);
        server::respondIdempotently(ex, pool, principal.claims.subject, [&](pqxx::work& tx, const json& body) {
            const JsonFields fields(body);
            const auto ttl = fields.optionalInteger("ttl_seconds").value_or(kDefaultTtlSeconds);
            if (ttl < 1 || ttl > kMaxTtlSeconds) {
                fields.fail("ttl_seconds", "reservation.ttl.range",
                            "ttl_seconds must be from 1 to " + std::to_string(kMaxTtlSeconds));
            }
            const auto done = ledger.reserve(
                tx, domain::ReservationId(fields.uuid("id")), domain::ProductId(fields.uuid("product_id")),
                domain::Quantity::of(fields.integer("quantity")), std::chrono::seconds(ttl), actorOf(principal));
            return server::IdempotentReply{done.created ? 201 : 200, reservationToJson(done.record)};
        });
    });

    auto reservationId = [](const Exchange& ex) { return domain::ReservationId::parse(ex.pathParam("id"), "id"); };
    app.route(Method::kGet, "/v1/reservations/{id}", [&, reservationId](Exchange& ex) {
        manager(ex, verifier);
        const auto id = reservationId(ex);
        const auto found = ledger.findReservation(id);
        if (!found) {
            throw DomainError(ErrorCode::kNotFound, "reservation.not_found", "id", "No reservation " + id.toString());
        }
        ex.json(200, reservationToJson(*found));
    });
    app.route(Method::kPost, "/v1/reservations/{id}/commit", [&, reservationId](Exchange& ex) {
        manager(ex, verifier);
        const auto id = reservationId(ex);
        ex.json(200, reservationToJson(server::withTransaction(
                         pool, [&](pqxx::work& tx) { return ledger.commitReservation(tx, id); })));
    });
    app.route(Method::kPost, "/v1/reservations/{id}/release", [&, reservationId](Exchange& ex) {
        manager(ex, verifier);
        const auto id = reservationId(ex);
        ex.json(200, reservationToJson(server::withTransaction(
                         pool, [&](pqxx::work& tx) { return ledger.releaseReservation(tx, id); })));
    });

    app.route(Method::kGet, "/v1/stock-exceptions", [&, reader](Exchange& ex) {
        const auto principal = reader(ex);
        ex.json(200, items(ledger.stockExceptions(levelFilterOf(ex, ledger, principal)), stockExceptionToJson));
    });

    // A store's levels reach that store's devices and cashiers only; central levels reach everyone; managers and
    // servers read everything, or one store with ?store=.
    server::registerChangeFeedRoute(app, d.feed, [&, reader](Exchange& ex) {
        const auto principal = reader(ex);
        const auto store = idQuery<domain::StoreId>(ex, "store");
        if (store) {
            if (!seesEveryStore(principal)) {
                server::requireStore(principal, *store);
            }
            return server::FeedScope::ofStore(*store);
        }
        if (seesEveryStore(principal)) {
            return server::FeedScope::all();
        }
        return server::FeedScope::ofStore(principal.claims.store.value());
    });
}

}  // namespace magasin::inventaire
