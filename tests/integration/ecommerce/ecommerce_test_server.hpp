// An ecommerce server for the pg tests: its own database, FakeDownstreams in place of catalogue, inventaire and
// commandes, a key pair to sign staff tokens, an EcommerceService on port 0 serving in its own thread, demo customers.
// Usage: EcommerceTestServer s; QVERIFY2(s.ok(), s.error().c_str()); auto token = s.login(email, password);
#pragma once

#include <httplib.h>

#include <memory>
#include <thread>

#include "fake_downstreams.hpp"
#include "http_test_helpers.hpp"
#include "magasin/ecommerce/ecommerce_server.hpp"
#include "magasin/server/token_signer.hpp"
#include "pg_test_database.hpp"

class EcommerceTestServer {
public:
    static constexpr const char* kJean = "jean.tremblay@example.com";
    static constexpr const char* kJeanPassword = "Tremblay-Demo-2026";
    static constexpr const char* kMarie = "marie.dubois@example.com";
    static constexpr const char* kMariePassword = "Dubois-Demo-2026";

    explicit EcommerceTestServer(int workers = 8)
        : m_keys(magasin::server::generateKeyPair()), m_signer(m_keys.secretKey, magasin::domain::systemClock()) {
        if (!m_db.ok()) {
            m_error = m_db.error();
            return;
        }
        try {
            magasin::server::HttpOptions options;
            options.workers = workers;
            options.maxBodyBytes = 64 * 1024;
            options.logRequests = false;
            magasin::ecommerce::EcommerceSettings settings;
            settings.databaseUrl = m_db.conninfo();
            settings.tokenPublicKey = m_keys.publicKey;
            settings.downstreams = m_fake;
            settings.demoData = true;
            settings.recoveryInterval = std::chrono::milliseconds(0);
            // Cheap Argon2id: the verifier's format and OWASP cost are a unit test's business; these test the flows.
            settings.shop.passwordHashing = {.memoryKiB = 256, .passes = 1, .lanes = 1};
            settings.shop.checkoutLease = std::chrono::seconds(1);
            settings.trustedProxies = {"127.0.0.1"};  // the tests act as the gateway: X-Forwarded-For names clients
            m_service = std::make_unique<magasin::ecommerce::EcommerceService>(
                settings, magasin::server::ServiceInfo{"ecommerce", "ecommerce-1", "test"}, options);
            m_port = m_service->app().bind("127.0.0.1", 0);
            auto* app = &m_service->app();
            m_thread = std::thread([app] { app->serve(); });
            for (int n = 0; n < 400 && !app->isRunning(); ++n) {
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        } catch (const std::exception& e) {
            m_error = std::string("cannot start the ecommerce server: ") + e.what();
        }
    }
    ~EcommerceTestServer() {
        if (m_service) {
            m_service->app().stop();
        }
        if (m_thread.joinable()) {
            m_thread.join();
        }
        m_service.reset();  // before the database is dropped
    }
    EcommerceTestServer(const EcommerceTestServer&) = delete;
    EcommerceTestServer& operator=(const EcommerceTestServer&) = delete;

    [[nodiscard]] bool ok() const { return m_error.empty(); }
    [[nodiscard]] const std::string& error() const { return m_error; }
    [[nodiscard]] const std::string& conninfo() const { return m_db.conninfo(); }
    [[nodiscard]] int port() const { return m_port; }  // for a browser pointed at the server
    magasin::ecommerce::EcommerceService& service() { return *m_service; }
    magasin::ecommerce::Shop& shop() { return m_service->shop(); }
    FakeDownstreams& fake() { return *m_fake; }

    [[nodiscard]] httplib::Client client() const {
        httplib::Client c("127.0.0.1", m_port);
        c.set_connection_timeout(std::chrono::seconds(2));
        c.set_read_timeout(std::chrono::seconds(20));
        return c;
    }

    // "Authorization: Bearer <session token>" of a fresh login; empty headers when the login failed.
    httplib::Headers login(const std::string& email, const std::string& password) {
        auto c = client();
        const auto r =
            sendJson(c, "POST", "/v1/sessions", nlohmann::json{{"email", email}, {"password", password}}.dump());
        if (statusOf(r) != 201) {
            return {};
        }
        return {{"Authorization", "Bearer " + bodyOf(r).value("token", "")}};
    }
    httplib::Headers jean() { return login(kJean, kJeanPassword); }

    // A staff token signed by the key the server trusts.
    [[nodiscard]] httplib::Headers staff(magasin::domain::Role role) const {
        magasin::server::Claims claims;
        claims.kind = magasin::server::TokenKind::kStaff;
        claims.subject = "11111111-1111-1111-1111-111111111111";
        claims.role = role;
        claims.store = magasin::domain::StoreId::parse("33333333-3333-3333-3333-333333333331");
        return {{"Authorization", "Bearer " + m_signer.sign(claims, std::chrono::minutes(15))}};
    }

private:
    PgTestDatabase m_db;
    magasin::server::KeyPair m_keys;
    magasin::server::TokenSigner m_signer;
    std::shared_ptr<FakeDownstreams> m_fake = std::make_shared<FakeDownstreams>();
    std::unique_ptr<magasin::ecommerce::EcommerceService> m_service;
    int m_port = 0;
    std::thread m_thread;
    std::string m_error;
};
