#include "magasin/commandes/routes.hpp"

#include <httplib.h>

#include <charconv>
#include <memory>

#include "magasin/commandes/device_sync.hpp"
#include "magasin/commandes/report_json.hpp"
#include "magasin/commandes/store_directory.hpp"
#include "magasin/domain/domain_error.hpp"
#include "magasin/server/authentication.hpp"
#include "magasin/server/client_address.hpp"
#include "magasin/server/http_error.hpp"
#include "magasin/server/idempotency.hpp"
#include "magasin/server/transaction.hpp"
#include "magasin/sync/json_fields.hpp"

namespace magasin::commandes {

using domain::DomainError;
using domain::ErrorCode;
using nlohmann::json;
using server::Exchange;
using server::HttpError;
using server::Method;
using server::Principal;
using sync::JsonFields;

namespace {

std::optional<std::int64_t> integerQuery(const Exchange& ex, const std::string& name, std::int64_t min,
                                         std::int64_t max) {
    const auto text = ex.query(name);
    if (!text) {
        return std::nullopt;
    }
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (error != std::errc() || end != text->data() + text->size() || text->empty() || value < min || value > max) {
        throw DomainError(ErrorCode::kInvalidValue, "query.integer", name,
                          name + " must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    }
    return value;
}

std::optional<domain::Timestamp> timeQuery(const Exchange& ex, const std::string& name) {
    const auto text = ex.query(name);
    return text ? std::optional(domain::parseIso8601(*text, name)) : std::nullopt;
}

std::optional<bool> booleanQuery(const Exchange& ex, const std::string& name) {
    const auto text = ex.query(name);
    if (!text) {
        return std::nullopt;
    }
    if (*text != "true" && *text != "false") {
        throw DomainError(ErrorCode::kInvalidValue, "query.boolean", name, name + " must be true or false");
    }
    return *text == "true";
}

// The store a request is about: the query's, or the caller's own; a service token must name one.
domain::StoreId storeOf(const Exchange& ex, const Principal& principal) {
    if (const auto text = ex.query("store")) {
        const auto store = domain::StoreId::parse(*text, "store");
        server::requireStore(principal, store);
        return store;
    }
    if (!principal.claims.store) {
        throw DomainError(ErrorCode::kInvalidValue, "json.required", "store", "store is required with this token");
    }
    return *principal.claims.store;
}

domain::ReportPeriod periodOf(const Exchange& ex, domain::Timestamp now) {
    const auto from = timeQuery(ex, "from");
    const auto to = timeQuery(ex, "to");
    if (!from && !to) {
        return domain::ReportPeriod::lastSevenDays(now);
    }
    const auto end = to.value_or(now);
    return domain::ReportPeriod::of(from.value_or(end - std::chrono::hours(24 * 7)), end);
}

StoreGuard guardFor(const Principal& principal) {
    return [principal](const domain::StoreId& store) { server::requireStore(principal, store); };
}

// Who acts, for a cancellation: the staff member of a staff token.
domain::Actor actorOf(const Principal& principal) {
    if (principal.claims.kind != server::TokenKind::kStaff || !principal.claims.role) {
        throw HttpError::forbidden("A cancellation is made by a staff member: log in with an employee code");
    }
    return {domain::StaffId::parse(principal.claims.subject, "sub"), *principal.claims.role};
}

std::string requiredText(const JsonFields& body, std::string_view key, std::size_t maxLength) {
    auto text = body.string(key);
    if (text.size() > maxLength) {
        body.fail(key, "text.length", std::string(key) + " is longer than " + std::to_string(maxLength) + " bytes");
    }
    return text;
}

// The sale from a REST body: who sold it comes from the token, never from the body alone.
SaleSubmission restSubmission(pqxx::work& tx, const json& body, const Principal& principal) {
    const JsonFields fields(body);
    const auto store = domain::StoreId(fields.uuid("store_id"));
    SaleSubmission submission = saleSubmissionFromJson(body, SaleBook::roleLookup(tx, store));
    auto& sale = submission.sale;
    if (sale.channel == domain::SaleChannel::kWeb) {
        if (!principal.isService()) {
            throw HttpError::forbidden("Web sales are recorded by the e-commerce server with its service token");
        }
        return submission;
    }
    if (principal.isService()) {
        throw HttpError::forbidden("A store sale is recorded with a staff or device token");
    }
    server::requireStore(principal, store);
    if (principal.claims.kind == server::TokenKind::kStaff) {
        sale.staff = domain::StaffId::parse(principal.claims.subject, "sub");
    }
    if (principal.claims.device) {
        sale.device = principal.claims.device;
    }
    return submission;
}

}  // namespace

void registerSaleCommands(server::CommandProcessor& processor, const SaleBook& sales) {
    processor.registerHandler("RecordSale", [&sales](pqxx::work& tx, const sync::Command& command) {
        const JsonFields payload(command.payload, "payload");
        const auto store = domain::StoreId(payload.uuid("store_id"));
        const auto device = tx.exec_params("SELECT 1 FROM devices WHERE id = $1 AND store_id = $2",
                                           command.deviceId.toString(), store.toString());
        if (device.empty()) {
            throw DomainError(ErrorCode::kPermissionDenied, "sale.store.device_mismatch", "payload.store_id",
                              "This terminal is not enrolled in store " + store.toString());
        }
        SaleSubmission submission = saleSubmissionFromJson(command.payload, SaleBook::roleLookup(tx, store));
        submission.sale.device = command.deviceId;
        submission.sale.staff = command.staffId;
        submission.sale.channel = domain::SaleChannel::kStore;
        const RecordedSale recorded = sales.record(tx, submission, "terminal");
        sync::CommandOutcome outcome;
        outcome.status = recorded.flagged() ? sync::OutcomeStatus::kAppliedWithFlags : sync::OutcomeStatus::kApplied;
        outcome.flags = recorded.sale.at("flags");
        outcome.result = {{"sale_id", recorded.sale.at("id")}, {"total_cents", recorded.sale["totals"]["total_cents"]}};
        return outcome;
    });
    processor.registerHandler("CancelSale", [&sales](pqxx::work& tx, const sync::Command& command) {
        const JsonFields payload(command.payload, "payload");
        const auto saleId = domain::SaleId(payload.uuid("sale_id"));
        const auto reason = domain::Reason::parse(payload.string("reason"), "payload.reason");
        const auto deviceStore =
            tx.exec_params("SELECT store_id FROM devices WHERE id = $1", command.deviceId.toString());
        if (deviceStore.empty()) {
            throw DomainError(ErrorCode::kPermissionDenied, "sale.store.device_mismatch", "device_id",
                              "This terminal is not enrolled");
        }
        const auto store = domain::StoreId::parse(deviceStore[0][0].as<std::string>());
        const RoleLookup roleOf = SaleBook::roleLookup(tx, store);
        CancelRequest request{{command.staffId, roleOf(command.staffId)}, std::nullopt, reason};
        if (payload.has("approved_by")) {
            // The manager typed their PIN on the terminal (checked there, offline); here: is it a manager of this
            // store.
            const auto approver = domain::StaffId(payload.uuid("approved_by"));
            request.approvedBy = domain::Actor{approver, roleOf(approver)};
        }
        const json sale = sales.cancel(tx, saleId, request, [&store](const domain::StoreId& saleStore) {
            if (saleStore != store) {
                throw DomainError(ErrorCode::kPermissionDenied, "sale.store.other", "payload.sale_id",
                                  "This sale belongs to another store");
            }
        });
        sync::CommandOutcome outcome;
        outcome.result = {{"sale_id", sale.at("id")}, {"status", sale.at("status")}};
        return outcome;
    });
}

void installRoutes(server::HttpApp& httpApp, RouteDependencies d) {
    server::HttpApp& app = httpApp;
    auto caller = [&verifier = d.verifier](const Exchange& ex) { return server::authenticate(ex, verifier); };
    auto manager = [caller](Exchange& ex) {
        Principal principal = caller(ex);
        server::requireRole(principal, domain::Role::kManager);
        return principal;
    };

    // Stores: public facts (names, addresses, taxes), no token.
    app.route(Method::kGet, "/v1/stores", [d](Exchange& ex) {
        json items = json::array();
        for (const auto& store : server::withReadOnly(d.pool, [](pqxx::nontransaction& tx) { return allStores(tx); })) {
            items.push_back(storeToJson(store));
        }
        ex.json(200, {{"items", std::move(items)}});
    });
    app.route(Method::kGet, "/v1/stores/{id}", [d](Exchange& ex) {
        const auto id = domain::StoreId::parse(ex.pathParam("id"), "id");
        const auto store = server::withReadOnly(d.pool, [&](pqxx::nontransaction& tx) { return findStore(tx, id); });
        if (!store) {
            throw HttpError::notFound("No store with id " + id.toString());
        }
        ex.json(200, storeToJson(*store));
    });

    // Sessions.
    app.route(Method::kPost, "/v1/sessions", [d](Exchange& ex) {
        const json body = ex.jsonBody();
        const JsonFields fields(body);
        LoginAttempt attempt{requiredText(fields, "employee_code", 64), requiredText(fields, "pin", 64),
                             fields.optionalString("device_credential"), server::clientAddress(ex, d.trustedProxies)};
        ex.json(201, d.sessions.login(attempt));
    });
    app.route(Method::kPost, "/v1/sessions/refresh", [d](Exchange& ex) {
        const json body = ex.jsonBody();
        ex.json(200, d.sessions.refresh(requiredText(JsonFields(body), "refresh_token", 256)));
    });
    app.route(Method::kDelete, "/v1/sessions", [d](Exchange& ex) {
        const json body = ex.jsonBody();
        d.sessions.logout(requiredText(JsonFields(body), "refresh_token", 256));
        ex.noContent();
    });

    // Devices and staff.
    app.route(Method::kPost, "/v1/devices", [d, manager](Exchange& ex) {
        const auto principal = manager(ex);
        const json body = ex.jsonBody();
        const JsonFields fields(body);
        const auto store = fields.has("store_id")   ? domain::StoreId(fields.uuid("store_id"))
                           : principal.claims.store ? *principal.claims.store
                                                    : throw DomainError(ErrorCode::kInvalidValue, "json.required",
                                                                        "store_id", "store_id is required");
        server::requireStore(principal, store);
        const auto name = requiredText(fields, "name", 100);
        if (name.empty()) {
            fields.fail("name", "device.name.empty", "A device needs a name, e.g. \"Caisse 1\"");
        }
        server::withReadOnly(d.pool, [&](pqxx::nontransaction& tx) { return requireStore(tx, store, "store_id"); });
        const auto by = principal.isService() ? domain::StaffId() : domain::StaffId::parse(principal.claims.subject);
        ex.json(201, d.sessions.enrolDevice(store, name, by));
    });
    app.route(Method::kPost, "/v1/devices/token", [d](Exchange& ex) {
        const json body = ex.jsonBody();
        const JsonFields fields(body);
        const auto device = domain::DeviceId(fields.uuid("device_id"));
        ex.json(200, d.sessions.deviceToken(device, requiredText(fields, "credential", 256)));
    });
    // A store's terminals and how their sync goes, for its managers.
    app.route(Method::kGet, "/v1/devices", [d, manager](Exchange& ex) {
        const auto principal = manager(ex);
        const auto store = storeOf(ex, principal);
        ex.json(200, server::withReadOnly(d.pool, [&](pqxx::nontransaction& tx) {
                    requireStore(tx, store, "store");
                    return storeDevicesToJson(tx, store);
                }));
    });
    app.route(Method::kDelete, "/v1/devices/{id}", [d, manager](Exchange& ex) {
        const auto principal = manager(ex);
        d.sessions.revokeDevice(domain::DeviceId::parse(ex.pathParam("id"), "id"), guardFor(principal));
        ex.noContent();
    });
    app.route(Method::kGet, "/v1/staff", [d, manager](Exchange& ex) {
        const auto principal = manager(ex);
        ex.json(200, d.sessions.staffOfStore(storeOf(ex, principal)));
    });
    app.route(Method::kPatch, "/v1/staff/{id}", [d, manager](Exchange& ex) {
        const auto principal = manager(ex);
        const auto id = domain::StaffId::parse(ex.pathParam("id"), "id");
        const json body = ex.jsonBody();
        const bool active = JsonFields(body).boolean("active");
        ex.json(200, d.sessions.setStaffActive(id, active, guardFor(principal)));
    });

    // Sales.
    app.route(Method::kPost, "/v1/sales", [d, caller](Exchange& ex) {
        const auto principal = caller(ex);
        const server::TransactionRunner runner = [&d](const std::function<void(pqxx::work&)>& work) {
            if (d.saleCommits != nullptr) {
                d.saleCommits->run(work);
            } else {
                server::runInTransaction(d.pool, work);
            }
        };
        server::respondIdempotently(ex, runner, principal.claims.subject, [&](pqxx::work& tx, const json& body) {
            const SaleSubmission submission = restSubmission(tx, body, principal);
            const std::string origin = submission.sale.channel == domain::SaleChannel::kWeb ? "web" : "rest";
            const RecordedSale recorded = d.sales.record(tx, submission, origin);
            return server::IdempotentReply{recorded.replayed ? 200 : 201, recorded.sale};
        });
        if (ex.response().status == 201 || ex.response().status == 200) {
            const json sale = json::parse(ex.response().body, nullptr, false);
            if (sale.is_object() && sale.contains("id") && sale["id"].is_string()) {
                ex.setHeader("Location", "/v1/sales/" + sale["id"].get<std::string>());
            }
        }
    });
    app.route(Method::kGet, "/v1/sales", [d, manager](Exchange& ex) {
        const auto principal = manager(ex);
        SaleFilter filter;
        if (ex.query("store") || !principal.isService()) {
            filter.store = storeOf(ex, principal);
        }
        filter.from = timeQuery(ex, "from");
        filter.to = timeQuery(ex, "to");
        if (const auto staff = ex.query("staff")) {
            filter.staff = domain::StaffId::parse(*staff, "staff");
        }
        if (const auto status = ex.query("status")) {
            if (*status != "active" && *status != "cancelled") {
                throw DomainError(ErrorCode::kInvalidValue, "sale.status.unknown", "status",
                                  "status must be active or cancelled");
            }
            filter.status = *status;
        }
        filter.flagged = booleanQuery(ex, "flagged");
        filter.limit = static_cast<int>(integerQuery(ex, "limit", 1, SaleBook::kMaxPageSize).value_or(100));
        filter.offset = static_cast<int>(integerQuery(ex, "offset", 0, 1'000'000).value_or(0));
        ex.json(200, server::withReadOnly(d.pool, [&](pqxx::nontransaction& tx) { return d.sales.list(tx, filter); }));
    });
    app.route(Method::kGet, "/v1/sales/{id}", [d, caller](Exchange& ex) {
        const auto principal = caller(ex);
        const auto id = domain::SaleId::parse(ex.pathParam("id"), "id");
        ex.json(200, server::withReadOnly(
                         d.pool, [&](pqxx::nontransaction& tx) { return d.sales.get(tx, id, guardFor(principal)); }));
    });
    // A manager cancels; a cashier cancels with a manager's employee code and PIN typed on the spot (the override).
    app.route(Method::kPost, "/v1/sales/{id}/cancel", [d, caller](Exchange& ex) {
        const auto principal = caller(ex);
        const auto actor = actorOf(principal);
        const auto id = domain::SaleId::parse(ex.pathParam("id"), "id");
        const json body = ex.jsonBody();
        const JsonFields fields(body);
        CancelRequest request{actor, std::nullopt, domain::Reason::parse(fields.string("reason"), "reason")};
        if (fields.has("manager_code") || fields.has("manager_pin")) {
            const auto approver =
                d.sessions.verifyManager(requiredText(fields, "manager_code", 64),
                                         requiredText(fields, "manager_pin", 64), *principal.claims.store);
            request.approvedBy = approver;
        }
        ex.json(200, server::withTransaction(
                         d.pool, [&](pqxx::work& tx) { return d.sales.cancel(tx, id, request, guardFor(principal)); }));
    });

    // Reports.
    app.route(Method::kGet, "/v1/reports/consolidated", [d, manager](Exchange& ex) {
        const auto principal = manager(ex);
        const auto store = storeOf(ex, principal);
        const auto period = periodOf(ex, d.clock());
        ex.json(200, server::withReadOnly(d.pool, [&](pqxx::nontransaction& tx) {
                    requireStore(tx, store, "store");
                    const auto sales = d.sales.activeSales(tx, store, period);
                    const auto stock = storeStock(tx, store);
                    return reportToJson(domain::buildSalesReport(store, period, sales, stock));
                }));
    });
    app.route(Method::kGet, "/v1/reports/indicators", [d, manager](Exchange& ex) {
        const auto principal = manager(ex);
        const auto period = periodOf(ex, d.clock());
        const auto lang = ex.query("lang").value_or("fr");
        if (lang != "fr" && lang != "en") {
            throw DomainError(ErrorCode::kInvalidValue, "report.lang.unknown", "lang", "lang must be fr or en");
        }
        const auto language = lang == "fr" ? domain::ReportLanguage::kFrench : domain::ReportLanguage::kEnglish;
        const bool oneStore = ex.query("store") || !principal.isService();
        const auto only = oneStore ? std::optional(storeOf(ex, principal)) : std::nullopt;
        ex.json(200, server::withReadOnly(d.pool, [&](pqxx::nontransaction& tx) {
                    json items = json::array();
                    for (const auto& store : allStores(tx)) {
                        if (only && store.id() != *only) {
                            continue;
                        }
                        const auto sales = d.sales.activeSales(tx, store.id(), period);
                        const auto stock = storeStock(tx, store.id());
                        auto item = indicatorsToJson(domain::salesIndicators(
                            domain::buildSalesReport(store.id(), period, sales, stock), language));
                        item["store_name"] = store.name();
                        items.push_back(std::move(item));
                    }
                    return json{{"from", domain::toIso8601(period.from())},
                                {"to", domain::toIso8601(period.to())},
                                {"items", std::move(items)}};
                }));
    });

    // The commands of a store's terminals that commandes refused, with the problem each got.
    app.route(Method::kGet, "/v1/sync/rejections", [d, manager](Exchange& ex) {
        const auto principal = manager(ex);
        const auto store = storeOf(ex, principal);
        const auto limit = static_cast<int>(integerQuery(ex, "limit", 1, 500).value_or(100));
        ex.json(200, server::withReadOnly(d.pool, [&](pqxx::nontransaction& tx) {
                    requireStore(tx, store, "store");
                    return storeRejectionsToJson(tx, store, limit);
                }));
    });

    // Sync: a store's devices and staff see their store's sales and verifiers plus the stores; servers see all.
    auto feedReads = std::make_shared<FeedReadNotes>();
    server::registerChangeFeedRoute(httpApp, d.feed, [d, caller, feedReads](Exchange& ex) {
        const auto principal = caller(ex);
        const auto now = d.clock();
        if (principal.claims.device && feedReads->due(*principal.claims.device, now)) {
            server::withTransaction(d.pool,
                                    [&](pqxx::work& tx) { noteDeviceFeedRead(tx, *principal.claims.device, now); });
        }
        return principal.isService() ? server::FeedScope::all() : server::FeedScope::ofStore(*principal.claims.store);
    });
    server::registerCommandRoute(
        httpApp, d.processor, caller, [d](const server::Principal& principal, const sync::PushRequest& request) {
            if (principal.claims.device != request.deviceId) {
                throw HttpError::forbidden("Commands are pushed with a token of the device that recorded them");
            }
            server::withTransaction(d.pool, [&](pqxx::work& tx) { noteDevicePush(tx, request.deviceId, d.clock()); });
        });
}

}  // namespace magasin::commandes
