#include "magasin/supply_chain/routes.hpp"

#include <httplib.h>

#include <charconv>

#include "magasin/domain/domain_error.hpp"
#include "magasin/server/authentication.hpp"
#include "magasin/server/http_error.hpp"
#include "magasin/server/idempotency.hpp"
#include "magasin/supply_chain/postgres_request_repository.hpp"
#include "magasin/supply_chain/request_json.hpp"
#include "magasin/sync/json_fields.hpp"

namespace magasin::supply_chain {

using domain::DomainError;
using domain::ErrorCode;
using nlohmann::json;
using server::Exchange;
using server::HttpError;
using server::Method;
using server::Principal;
using sync::JsonFields;

namespace {

constexpr const char* kCreateCommand = "CreateReplenishmentRequest";

// Managers and servers act for the whole chain; a device, or a cashier, for its own store only.
bool seesEveryStore(const Principal& principal) {
    return principal.isService() ||
           (principal.claims.kind == server::TokenKind::kStaff && principal.claims.role == domain::Role::kManager);
}

// A person's decision: a staff token (a terminal's device credential or a server cannot approve, reject or ask).
StaffActor staffOf(const Principal& principal, const std::string& what) {
    if (principal.claims.kind != server::TokenKind::kStaff || !principal.claims.role) {
        throw HttpError::forbidden("Only a staff member can " + what + ": log in with an employee code");
    }
    return {domain::StaffId::parse(principal.claims.subject, "sub"), *principal.claims.role};
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

// ?store= for those who see every store (none: all); a store's own readers get their store, and 403 for another.
std::optional<domain::StoreId> storeScope(const Exchange& ex, const Principal& principal) {
    std::optional<domain::StoreId> store;
    if (const auto text = ex.query("store")) {
        store = domain::StoreId::parse(*text, "store");
    }
    if (seesEveryStore(principal)) {
        return store;
    }
    if (store) {
        server::requireStore(principal, *store);
        return store;
    }
    return principal.claims.store.value();
}

// The body of a decision route; an empty body reads as {} (approve with the requested quantity, withdraw).
json optionalBody(const Exchange& ex) {
    if (ex.request().body.empty()) {
        return json::object();
    }
    json body = ex.jsonBody();
    if (!body.is_object()) {
        throw DomainError(ErrorCode::kInvalidValue, "json.type", "", "The body must be a JSON object");
    }
    return body;
}

json items(const auto& records, auto toJson) {
    json list = json::array();
    for (const auto& record : records) {
        list.push_back(toJson(record));
    }
    return {{"items", std::move(list)}};
}

}  // namespace

void registerRequestCommands(server::CommandProcessor& processor, ReplenishmentDesk& desk) {
    processor.registerHandler(kCreateCommand, [&desk](pqxx::work& tx, const sync::Command& command) {
        const JsonFields payload(command.payload, "payload");
        PostgresRequestSession session(tx);
        const auto done = desk.create(session, {.id = domain::RequestId(payload.uuid("id")),
                                                .product = domain::ProductId(payload.uuid("product_id")),
                                                .store = domain::StoreId(payload.uuid("store_id")),
                                                .quantity = payload.integer("quantity"),
                                                .requestedBy = command.staffId,
                                                .origin = "terminal"});
        sync::CommandOutcome outcome;
        for (const auto& flag : done.record.flags) {
            outcome.flags.push_back(
                {{"code", flag},
                 {"message", "The catalogue copy does not know this product yet: check it before approving"}});
        }
        outcome.status = outcome.flags.empty() ? sync::OutcomeStatus::kApplied : sync::OutcomeStatus::kAppliedWithFlags;
        outcome.result = {{"request_id", done.record.request.id().toString()},
                          {"status", std::string(domain::requestStatusName(done.record.request.status()))}};
        return outcome;
    });
}

void installRoutes(server::HttpApp& app, RouteDependencies d) {
    auto& desk = d.desk;
    auto& pool = d.pool;
    auto caller = [&verifier = d.verifier](const Exchange& ex) { return server::authenticate(ex, verifier); };
    auto requestId = [](const Exchange& ex) { return domain::RequestId::parse(ex.pathParam("id"), "id"); };

    app.route(Method::kPost, "/v1/requests", [&, caller](Exchange& ex) {
        const auto principal = caller(ex);
        const auto actor = staffOf(principal, "ask for stock");
        server::respondIdempotently(ex, pool, principal.claims.subject, [&](pqxx::work& tx, const json& body) {
            const JsonFields fields(body);
            const auto store =
                fields.has("store_id") ? domain::StoreId(fields.uuid("store_id")) : principal.claims.store.value();
            // A manager acts for the chain (ADR 0012): the back office turns any store's suggestion into a request.
            if (!seesEveryStore(principal)) {
                server::requireStore(principal, store);
            }
            const auto id = fields.has("id") ? domain::RequestId(fields.uuid("id")) : desk.nextId();
            PostgresRequestSession session(tx);
            const auto done = desk.create(session, {.id = id,
                                                    .product = domain::ProductId(fields.uuid("product_id")),
                                                    .store = store,
                                                    .quantity = fields.integer("quantity"),
                                                    .requestedBy = actor.staff,
                                                    .origin = "rest"});
            return server::IdempotentReply{done.created ? 201 : 200, requestToJson(done.record)};
        });
        const json answer = json::parse(ex.response().body, nullptr, false);
        if (ex.response().status < 300 && answer.is_object() && answer.contains("id") && answer["id"].is_string()) {
            ex.setHeader("Location", "/v1/requests/" + answer["id"].get<std::string>());
        }
    });

    app.route(Method::kGet, "/v1/requests", [&, caller](Exchange& ex) {
        const auto principal = caller(ex);
        RequestFilter filter;
        filter.store = storeScope(ex, principal);
        if (const auto status = ex.query("status")) {
            filter.status = domain::requestStatusOfName(*status);
            if (!filter.status) {
                throw DomainError(ErrorCode::kInvalidValue, "replenishment.status.unknown", "status",
                                  "status must be pending, approved, transferred, rejected or withdrawn");
            }
        }
        if (const auto product = ex.query("product")) {
            filter.product = domain::ProductId::parse(*product, "product");
        }
        filter.limit = static_cast<int>(integerQuery(ex, "limit", 1, 1000).value_or(100));
        filter.offset = static_cast<int>(integerQuery(ex, "offset", 0, 1'000'000).value_or(0));
        json page = items(desk.list(filter), requestToJson);
        page["limit"] = filter.limit;
        page["offset"] = filter.offset;
        ex.json(200, page);
    });

    app.route(Method::kGet, "/v1/requests/{id}", [&, caller, requestId](Exchange& ex) {
        const auto principal = caller(ex);
        const auto record = desk.get(requestId(ex));
        if (!seesEveryStore(principal)) {
            server::requireStore(principal, record.request.store());
        }
        ex.json(200, requestToJson(record));
    });

    app.route(Method::kPost, "/v1/requests/{id}/approve", [&, caller, requestId](Exchange& ex) {
        const auto principal = caller(ex);
        // Before the body: a cashier hears 403 whatever they sent, not a validation error about the reason.
        server::requireRole(principal, domain::Role::kManager);
        const auto actor = staffOf(principal, "approve a request");
        const auto id = requestId(ex);
        const json body = optionalBody(ex);
        const auto quantity = JsonFields(body).optionalInteger("quantity");
        ex.json(200, requestToJson(desk.approve(id, actor, quantity, ex.requestId())));
    });

    app.route(Method::kPost, "/v1/requests/{id}/reject", [&, caller, requestId](Exchange& ex) {
        const auto principal = caller(ex);
        // Before the body: a cashier hears 403 whatever they sent, not a validation error about the reason.
        server::requireRole(principal, domain::Role::kManager);
        const auto actor = staffOf(principal, "reject a request");
        const auto id = requestId(ex);
        const json body = ex.jsonBody();
        const auto reason = JsonFields(body).string("reason");
        ex.json(200, requestToJson(desk.reject(id, actor, reason, ex.requestId())));
    });

    app.route(Method::kPost, "/v1/requests/{id}/withdraw", [&, caller, requestId](Exchange& ex) {
        const auto principal = caller(ex);
        const auto actor = staffOf(principal, "withdraw a request");
        const auto id = requestId(ex);
        optionalBody(ex);
        if (!seesEveryStore(principal)) {
            server::requireStore(principal, desk.get(id).request.store());
        }
        ex.json(200, requestToJson(desk.withdraw(id, actor, ex.requestId())));
    });

    app.route(Method::kGet, "/v1/suggestions", [&, caller](Exchange& ex) {
        const auto principal = caller(ex);
        ex.json(200, items(desk.suggestions(storeScope(ex, principal)), suggestionToJson));
    });

    // A store's requests reach that store's devices and staff only; managers and servers read everything, or one
    // store with ?store=.
    server::registerChangeFeedRoute(app, d.feed, [caller](Exchange& ex) {
        const auto principal = caller(ex);
        const auto store = storeScope(ex, principal);
        return store ? server::FeedScope::ofStore(*store) : server::FeedScope::all();
    });

    server::registerCommandRoute(
        app, d.processor, caller, [](const server::Principal& principal, const sync::PushRequest& request) {
            if (principal.claims.kind != server::TokenKind::kDevice || principal.claims.device != request.deviceId) {
                throw HttpError::forbidden("Commands are pushed with a token of the device that recorded them");
            }
            // A terminal asks for its own store: the check needs the token, which the command handler does not see.
            for (const auto& command : request.commands) {
                if (command.type != kCreateCommand || !command.payload.is_object() ||
                    !command.payload.contains("store_id") || !command.payload["store_id"].is_string()) {
                    continue;  // the handler rejects a malformed payload as that command's outcome
                }
                std::optional<domain::StoreId> store;
                try {
                    store = domain::StoreId::parse(command.payload["store_id"].get<std::string>());
                } catch (const DomainError&) {
                    continue;
                }
                if (*store != principal.claims.store.value()) {
                    throw HttpError::forbidden("Command " + command.commandId.toString() +
                                               " asks for another store than the device's");
                }
            }
        });
}

}  // namespace magasin::supply_chain
