// A commandes server for the pg tests: its own database with the demo stores and staff, the key pair whose secret it
// signs with, a clock the test can move forward, and helpers to log in, enrol devices and build sales.
// Usage: CommandesTestServer s; QVERIFY2(s.ok(), s.error().c_str()); auto token = s.login("1001", "1111");
#pragma once

#include <httplib.h>

#include <QtGlobal>
#include <atomic>
#include <memory>
#include <nlohmann/json.hpp>
#include <thread>

#include "http_test_helpers.hpp"
#include "magasin/commandes/commandes_server.hpp"
#include "test_service_host.hpp"

namespace commandes_test {

using nlohmann::json;

constexpr const char* kStoreA = "33333333-3333-3333-3333-333333333331";
constexpr const char* kStoreB = "33333333-3333-3333-3333-333333333332";
constexpr const char* kCashierA = "44444444-4444-4444-4444-444444444411";
constexpr const char* kManagerA = "44444444-4444-4444-4444-444444444412";
constexpr const char* kClavier = "550e8400-e29b-41d4-a716-446655440001";
constexpr const char* kSouris = "550e8400-e29b-41d4-a716-446655440002";

inline httplib::Headers bearer(const std::string& token) {
    return {{"Authorization", "Bearer " + token}};
}

// The clock offset the test moves; a base class so that it exists before TestServiceHost builds the service.
struct ClockOffset {
    std::shared_ptr<std::atomic<std::int64_t>> m_offset = std::make_shared<std::atomic<std::int64_t>>(0);
};

class CommandesTestServer : private ClockOffset, public TestServiceHost<magasin::commandes::CommandesService> {
public:
    CommandesTestServer()
        : TestServiceHost(
              "commandes", [offset = m_offset](const std::string& conninfo, const magasin::server::KeyPair& keys,
                                               const magasin::server::HttpOptions& options, int) {
                  magasin::domain::Clock clock = [offset] {
                      return magasin::domain::systemClock()() + std::chrono::milliseconds(offset->load());
                  };
                  magasin::commandes::CommandesSettings settings;
                  settings.databaseUrl = conninfo;
                  settings.tokenSecretKey = keys.secretKey;
                  settings.demoData = true;
                  return std::make_unique<magasin::commandes::CommandesService>(
                      settings, magasin::server::ServiceInfo{"commandes", "commandes-1", "test"}, options, clock);
              }) {}

    void advanceClock(std::chrono::seconds by) { *m_offset += std::chrono::milliseconds(by).count(); }

    [[nodiscard]] std::string serviceToken() const {
        magasin::server::Claims claims;
        claims.subject = "ecommerce";
        claims.kind = magasin::server::TokenKind::kService;
        return sign(claims, std::chrono::hours(1));
    }

    // POST /v1/sessions; the whole answer (access_token, refresh_token...) or an empty object.
    json login(const std::string& code, const std::string& pin, const std::string& deviceCredential = "") {
        json body = {{"employee_code", code}, {"pin", pin}};
        if (!deviceCredential.empty()) {
            body["device_credential"] = deviceCredential;
        }
        auto c = client();
        auto r = c.Post("/v1/sessions", body.dump(), "application/json");
        return statusOf(r) == 201 ? bodyOf(r) : json::object();
    }
    std::string accessToken(const std::string& code, const std::string& pin) {
        return login(code, pin).value("access_token", "");
    }
    // A device enrolled in store A by its manager: {id, credential, ...}.
    json enrolDevice(const std::string& managerToken, const std::string& name = "Caisse 1") {
        auto c = client();
        auto r = c.Post("/v1/devices", bearer(managerToken), json{{"name", name}}.dump(), "application/json");
        return statusOf(r) == 201 ? bodyOf(r) : json::object();
    }
    std::string deviceToken(const json& device) {
        auto c = client();
        auto r =
            c.Post("/v1/devices/token",
                   json{{"device_id", device.value("id", "")}, {"credential", device.value("credential", "")}}.dump(),
                   "application/json");
        return bodyOf(r).value("access_token", "");
    }
};

// A fresh UUIDv7 for sale and command ids.
inline std::string newV7() {
    static magasin::domain::UuidV7Generator ids(magasin::domain::systemClock(), magasin::domain::systemRandom());
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    return ids.next().toString();
}

// 3 x Clavier mécanique at `unitCents` in store A, paid cash 400.00 (enough for the demo price), with the terminal's
// totals when given.
inline json saleBody(const std::string& id, std::int64_t unitCents = 8999, const json& totals = nullptr,
                     const std::string& store = kStoreA, const std::string& product = kClavier) {
    json sale = {{"id", id},
                 {"store_id", store},
                 {"at", "2026-11-25T14:20:13.000Z"},
                 {"lines",
                  {{{"product_id", product},
                    {"name", "Clavier mécanique"},
                    {"unit_price_cents", unitCents},
                    {"quantity", 3},
                    {"taxable", true}}}},
                 {"payments", {{{"method", "cash"}, {"amount_cents", 40000}}}}};
    if (!totals.is_null()) {
        sale["totals"] = totals;
    }
    return sale;
}

// The Québec totals of 3 x 89.99: 269.97 + GST 13.50 + QST 26.93 = 310.40.
inline json quebecTotals(std::int64_t totalCents = 31040) {
    return {{"subtotal_cents", 26997},
            {"taxable_subtotal_cents", 26997},
            {"taxes", {{{"code", "GST"}, {"amount_cents", 1350}}, {{"code", "QST"}, {"amount_cents", 2693}}}},
            {"tax_total_cents", 4043},
            {"total_cents", totalCents}};
}

}  // namespace commandes_test
