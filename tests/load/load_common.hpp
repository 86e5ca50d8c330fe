// What the load tools share: the demo stores and products, HTTP clients configured like a till, staff and customer
// logins, terminal enrolment, a 3-line store sale, UUIDv7 ids and percentiles. Header-only, for tests/load programs.
#pragma once

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "magasin/domain/time.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::load {

using nlohmann::json;

struct DemoStore {
    const char* id;
    const char* cashierCode;
    const char* cashierPin;
    const char* managerCode;
    const char* managerPin;
    const char* cashierId;
};
inline constexpr DemoStore kStores[] = {
    {"33333333-3333-3333-3333-333333333331", "1001", "1111", "1002", "1919", "44444444-4444-4444-4444-444444444411"},
    {"33333333-3333-3333-3333-333333333332", "2001", "2222", "2002", "2929", "44444444-4444-4444-4444-444444444421"},
    {"33333333-3333-3333-3333-333333333333", "3001", "3333", "3002", "3939", "44444444-4444-4444-4444-444444444431"},
    {"33333333-3333-3333-3333-333333333334", "4001", "4444", "4002", "4949", "44444444-4444-4444-4444-444444444441"},
};
// The demo products that have stock at inventaire (P1-P4); P5 has almost none.
inline constexpr const char* kProducts[] = {
    "550e8400-e29b-41d4-a716-446655440001", "550e8400-e29b-41d4-a716-446655440002",
    "550e8400-e29b-41d4-a716-446655440003", "550e8400-e29b-41d4-a716-446655440004"};

struct Target {
    std::string host;
    int port = 0;
    std::string prefix;  // path prefix, e.g. "/api/ecommerce" through the gateway; empty straight to a server
};

// "http://host:port[/prefix]" or a bare port ("18003", loopback).
inline Target parseTarget(const std::string& url) {
    if (url.find(':') == std::string::npos) {
        return {"127.0.0.1", std::stoi(url), ""};
    }
    std::string rest = url.rfind("http://", 0) == 0 ? url.substr(7) : url;
    const auto slash = rest.find('/');
    std::string prefix = slash == std::string::npos ? "" : rest.substr(slash);
    rest = rest.substr(0, slash);
    const auto colon = rest.rfind(':');
    return {rest.substr(0, colon), std::stoi(rest.substr(colon + 1)), prefix};
}

// Keep-alive and TCP_NODELAY, as the till's transport (without NODELAY a POST waits ~40 ms for the delayed ACK).
inline httplib::Client client(const Target& target, std::chrono::seconds readTimeout = std::chrono::seconds(60)) {
    httplib::Client c(target.host, target.port);
    c.set_keep_alive(true);
    c.set_tcp_nodelay(true);
    c.set_read_timeout(readTimeout);
    c.set_connection_timeout(std::chrono::seconds(10));
    return c;
}
inline httplib::Client client(int port) {
    return client(Target{"127.0.0.1", port, ""});
}

inline std::string newId() {
    static domain::UuidV7Generator ids(domain::systemClock(), domain::systemRandom());
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    return ids.next().toString();
}

inline httplib::Headers bearer(const std::string& token) {
    return {{"Authorization", "Bearer " + token}};
}

[[noreturn]] inline void fail(const char* what, const httplib::Result& r) {
    std::fprintf(stderr, "%s failed: %d %s\n", what, r ? r->status : -1,
                 r ? r->body.c_str() : httplib::to_string(r.error()).c_str());
    std::exit(1);
}

// A staff access token (commandes POST /v1/sessions, employee code + PIN).
inline std::string staffLogin(httplib::Client& c, const char* code, const char* pin, const std::string& prefix = "") {
    auto r = c.Post(prefix + "/v1/sessions", json{{"employee_code", code}, {"pin", pin}}.dump(), "application/json");
    if (!r || r->status != 201) {
        fail("staff login", r);
    }
    return json::parse(r->body).at("access_token").get<std::string>();
}

// A terminal enrolled by the store's manager, with its device access token.
struct Terminal {
    std::string id, token, staff;
    std::size_t store = 0;
    json queue = json::array();
};
inline Terminal enrol(httplib::Client& c, std::size_t store, const std::string& managerToken, int number,
                      const std::string& prefix = "") {
    auto r = c.Post(prefix + "/v1/devices", bearer(managerToken),
                    json{{"name", "Caisse " + std::to_string(number)}}.dump(), "application/json");
    if (!r || r->status != 201) {
        fail("device enrolment", r);
    }
    const json device = json::parse(r->body);
    auto t = c.Post(prefix + "/v1/devices/token",
                    json{{"device_id", device.value("id", "")}, {"credential", device.value("credential", "")}}.dump(),
                    "application/json");
    if (!t || t->status != 200) {
        fail("device token", t);
    }
    return {device["id"], json::parse(t->body).at("access_token"), kStores[store].cashierId, store};
}

// A web customer registered and logged in (ecommerce); returns the session token. Each costs two Argon2id hashes.
inline std::string registerCustomer(httplib::Client& c, const std::string& email, const std::string& prefix = "") {
    const json body = {
        {"first_name", "Charge"},
        {"last_name", "Test"},
        {"email", email},
        {"password", "Charge-Test-2026"},
        {"address", {{"street", "1 rue de la Charge"}, {"city", "Montréal"}, {"postal_code", "H2X1Y4"}}}};
    c.Post(prefix + "/v1/customers", body.dump(), "application/json");  // 409 on a second run: the login decides
    auto session = c.Post(prefix + "/v1/sessions", json{{"email", email}, {"password", "Charge-Test-2026"}}.dump(),
                          "application/json");
    if (!session || session->status != 201) {
        fail("customer login", session);
    }
    return json::parse(session->body).value("token", "");
}

// A store sale of 3 lines, as a till rings them up, with a fresh UUIDv7 id.
inline json storeSale(const DemoStore& store) {
    json lines = json::array();
    for (int i = 0; i < 3; ++i) {
        lines.push_back({{"product_id", kProducts[i]},
                         {"name", "Produit " + std::to_string(i + 1)},
                         {"unit_price_cents", 1299 + 500 * i},
                         {"quantity", 1 + i % 2},
                         {"taxable", true}});
    }
    return {{"id", newId()},
            {"store_id", store.id},
            {"at", domain::toIso8601(domain::systemClock()())},
            {"lines", lines},
            {"payments", {{{"method", "cash"}, {"amount_cents", 20000}}}}};
}

// Nearest-rank percentile of sorted values (q in [0, 1]).
inline double percentileOfSorted(const std::vector<double>& sorted, double q) {
    if (sorted.empty()) {
        return 0;
    }
    const auto index = static_cast<std::size_t>(q * static_cast<double>(sorted.size() - 1) + 0.5);
    return sorted[std::min(index, sorted.size() - 1)];
}
inline double percentile(std::vector<double>& values, double q) {
    std::sort(values.begin(), values.end());
    return percentileOfSorted(values, q);
}

}  // namespace magasin::load
