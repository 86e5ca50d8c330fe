// An inventaire server for the pg tests: its own database, a key pair to sign tokens, an InventaireService on port 0
// serving in its own thread, with the demo data loaded.
// Usage: InventaireTestServer s; QVERIFY2(s.ok(), s.error().c_str()); auto r = s.client().Get("/v1/stocks",
// s.manager());
#pragma once

#include <httplib.h>

#include <memory>
#include <thread>

#include "magasin/inventaire/inventaire_server.hpp"
#include "magasin/server/token_signer.hpp"
#include "pg_test_database.hpp"

class InventaireTestServer {
public:
    static constexpr const char* kStoreA = "33333333-3333-3333-3333-333333333331";
    static constexpr const char* kStoreB = "33333333-3333-3333-3333-333333333332";
    static constexpr const char* kP1 = "550e8400-e29b-41d4-a716-446655440001";
    static constexpr const char* kP2 = "550e8400-e29b-41d4-a716-446655440002";
    static constexpr const char* kP3 = "550e8400-e29b-41d4-a716-446655440003";

    explicit InventaireTestServer(bool demoData = true, int workers = 4)
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
            m_service = std::make_unique<magasin::inventaire::InventaireService>(
                magasin::inventaire::InventaireSettings{.databaseUrl = m_db.conninfo(),
                                                        .tokenPublicKey = m_keys.publicKey,
                                                        .demoData = demoData,
                                                        .sweepInterval = std::chrono::milliseconds(0)},
                magasin::server::ServiceInfo{"inventaire", "inventaire-1", "test"}, options);
            m_port = m_service->app().bind("127.0.0.1", 0);
            auto* app = &m_service->app();
            m_thread = std::thread([app] { app->serve(); });
            for (int n = 0; n < 400 && !app->isRunning(); ++n) {
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        } catch (const std::exception& e) {
            m_error = std::string("cannot start the inventaire: ") + e.what();
        }
    }
    ~InventaireTestServer() {
        if (m_service) {
            m_service->app().stop();
        }
        if (m_thread.joinable()) {
            m_thread.join();
        }
        m_service.reset();  // before the database is dropped
    }
    InventaireTestServer(const InventaireTestServer&) = delete;
    InventaireTestServer& operator=(const InventaireTestServer&) = delete;

    [[nodiscard]] bool ok() const { return m_error.empty(); }
    [[nodiscard]] const std::string& error() const { return m_error; }
    [[nodiscard]] const std::string& conninfo() const { return m_db.conninfo(); }
    magasin::inventaire::InventaireService& service() { return *m_service; }

    [[nodiscard]] httplib::Client client() const {
        httplib::Client c("127.0.0.1", m_port);
        c.set_connection_timeout(std::chrono::seconds(2));
        c.set_read_timeout(std::chrono::seconds(20));
        return c;
    }

    [[nodiscard]] httplib::Headers bearer(magasin::server::TokenKind kind, magasin::domain::Role role,
                                          const char* store = kStoreA) const {
        magasin::server::Claims claims;
        claims.kind = kind;
        if (kind == magasin::server::TokenKind::kService) {
            claims.subject = "ecommerce";
        } else {
            claims.subject = kind == magasin::server::TokenKind::kDevice ? "44444444-4444-4444-4444-444444444444"
                                                                         : "11111111-1111-1111-1111-111111111111";
            claims.role = role;
            claims.store = magasin::domain::StoreId::parse(store);
        }
        return {{"Authorization", "Bearer " + m_signer.sign(claims, std::chrono::minutes(15))}};
    }
    [[nodiscard]] httplib::Headers manager() const {
        return bearer(magasin::server::TokenKind::kStaff, magasin::domain::Role::kManager);
    }
    [[nodiscard]] httplib::Headers cashier(const char* store = kStoreA) const {
        return bearer(magasin::server::TokenKind::kStaff, magasin::domain::Role::kCashier, store);
    }
    [[nodiscard]] httplib::Headers device(const char* store = kStoreA) const {
        return bearer(magasin::server::TokenKind::kDevice, magasin::domain::Role::kCashier, store);
    }
    [[nodiscard]] httplib::Headers serviceToken() const {
        return bearer(magasin::server::TokenKind::kService, magasin::domain::Role::kManager);
    }

private:
    PgTestDatabase m_db;
    magasin::server::KeyPair m_keys;
    magasin::server::TokenSigner m_signer;
    std::unique_ptr<magasin::inventaire::InventaireService> m_service;
    int m_port = 0;
    std::thread m_thread;
    std::string m_error;
};
