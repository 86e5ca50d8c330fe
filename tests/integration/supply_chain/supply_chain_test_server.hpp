// A supply-chain server for the pg tests, with a real inventaire beside it: two databases, one key pair that signs
// every token (the supply chain's service token included), both services on port 0 serving in their own threads,
// inventaire's demo stock loaded. Usage: SupplyChainTestServer s; QVERIFY2(s.ok(), s.error().c_str());
//   auto r = s.client().Get("/v1/requests", s.manager());  s.inventaireClient().Get("/v1/stocks", s.serviceToken());
#pragma once

#include <httplib.h>

#include <cstdlib>
#include <memory>
#include <thread>

#include "magasin/inventaire/inventaire_server.hpp"
#include "magasin/server/token_signer.hpp"
#include "magasin/supply_chain/supply_chain_server.hpp"
#include "pg_test_database.hpp"

// One HttpApp-based service serving in a thread until destroyed.
template <typename Service>
class ServingThread {
public:
    explicit ServingThread(std::unique_ptr<Service> service) : m_service(std::move(service)) {
        m_port = m_service->app().bind("127.0.0.1", 0);
        auto* app = &m_service->app();
        m_thread = std::thread([app] { app->serve(); });
        for (int n = 0; n < 400 && !app->isRunning(); ++n) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }
    ~ServingThread() {
        m_service->app().stop();
        if (m_thread.joinable()) {
            m_thread.join();
        }
    }
    ServingThread(const ServingThread&) = delete;
    ServingThread& operator=(const ServingThread&) = delete;
    Service& service() { return *m_service; }
    [[nodiscard]] int port() const { return m_port; }

private:
    std::unique_ptr<Service> m_service;
    int m_port = 0;
    std::thread m_thread;
};

class SupplyChainTestServer {
public:
    static constexpr const char* kStoreA = "33333333-3333-3333-3333-333333333331";
    static constexpr const char* kStoreB = "33333333-3333-3333-3333-333333333332";
    static constexpr const char* kP1 = "550e8400-e29b-41d4-a716-446655440001";
    static constexpr const char* kP2 = "550e8400-e29b-41d4-a716-446655440002";
    static constexpr const char* kP4 = "550e8400-e29b-41d4-a716-446655440004";
    static constexpr const char* kCashierA = "44444444-4444-4444-4444-444444444411";
    static constexpr const char* kOtherCashierA = "44444444-4444-4444-4444-444444444413";
    static constexpr const char* kManagerA = "44444444-4444-4444-4444-444444444412";
    static constexpr const char* kDeviceA = "55555555-5555-4555-8555-555555555501";
    static constexpr const char* kDemoRequest = "66666666-6666-4666-8666-666666666601";  // P4 at store A, 6 units

    explicit SupplyChainTestServer(bool demoData = true)
        : m_keys(magasin::server::generateKeyPair()), m_signer(m_keys.secretKey, magasin::domain::systemClock()) {
        if (!m_inventaireDb.ok() || !m_db.ok()) {
            m_error = m_db.ok() ? m_inventaireDb.error() : m_db.error();
            return;
        }
        try {
            magasin::server::HttpOptions options;
            options.workers = 6;
            options.maxBodyBytes = 64 * 1024;
            // MAGASIN_TEST_LOG=1 shows both servers' JSON logs (an unhandled exception's message is only logged).
            options.logRequests = std::getenv("MAGASIN_TEST_LOG") != nullptr;
            m_inventaire = std::make_unique<ServingThread<magasin::inventaire::InventaireService>>(
                std::make_unique<magasin::inventaire::InventaireService>(
                    magasin::inventaire::InventaireSettings{.databaseUrl = m_inventaireDb.conninfo(),
                                                            .tokenPublicKey = m_keys.publicKey,
                                                            .demoData = true,
                                                            .sweepInterval = std::chrono::milliseconds(0)},
                    magasin::server::ServiceInfo{"inventaire", "inventaire-1", "test"}, options));
            magasin::supply_chain::SupplyChainSettings settings{
                .databaseUrl = m_db.conninfo(),
                .tokenPublicKey = m_keys.publicKey,
                .demoData = demoData,
                .inventaireUrl = "http://127.0.0.1:" + std::to_string(m_inventaire->port()),
                .serviceToken = serviceTokenText(),
                .followInventaireFeed = false};
            m_supply = std::make_unique<ServingThread<magasin::supply_chain::SupplyChainService>>(
                std::make_unique<magasin::supply_chain::SupplyChainService>(
                    settings, magasin::server::ServiceInfo{"supply-chain", "supply-chain-1", "test"}, options));
        } catch (const std::exception& e) {
            m_error = std::string("cannot start the servers: ") + e.what();
        }
    }
    ~SupplyChainTestServer() {
        m_supply.reset();  // before the databases are dropped
        m_inventaire.reset();
    }
    SupplyChainTestServer(const SupplyChainTestServer&) = delete;
    SupplyChainTestServer& operator=(const SupplyChainTestServer&) = delete;

    [[nodiscard]] bool ok() const { return m_error.empty(); }
    [[nodiscard]] const std::string& error() const { return m_error; }
    magasin::supply_chain::SupplyChainService& service() { return m_supply->service(); }
    magasin::inventaire::InventaireService& inventaire() { return m_inventaire->service(); }
    [[nodiscard]] int inventairePort() const { return m_inventaire->port(); }

    [[nodiscard]] httplib::Client client() const { return clientOf(m_supply->port()); }
    [[nodiscard]] httplib::Client inventaireClient() const { return clientOf(m_inventaire->port()); }

    [[nodiscard]] std::string token(magasin::server::TokenKind kind, magasin::domain::Role role, const char* store,
                                    const char* subject) const {
        magasin::server::Claims claims;
        claims.kind = kind;
        claims.subject = subject;
        if (kind != magasin::server::TokenKind::kService) {
            claims.role = role;
            claims.store = magasin::domain::StoreId::parse(store);
        }
        if (kind == magasin::server::TokenKind::kDevice) {
            claims.device = magasin::domain::DeviceId::parse(subject);
        }
        return m_signer.sign(claims, std::chrono::minutes(15));
    }
    [[nodiscard]] std::string serviceTokenText() const {
        return token(magasin::server::TokenKind::kService, magasin::domain::Role::kManager, kStoreA, "supply-chain");
    }
    static httplib::Headers bearer(const std::string& token) { return {{"Authorization", "Bearer " + token}}; }
    [[nodiscard]] httplib::Headers manager(const char* store = kStoreA, const char* staff = kManagerA) const {
        return bearer(token(magasin::server::TokenKind::kStaff, magasin::domain::Role::kManager, store, staff));
    }
    [[nodiscard]] httplib::Headers cashier(const char* store = kStoreA, const char* staff = kCashierA) const {
        return bearer(token(magasin::server::TokenKind::kStaff, magasin::domain::Role::kCashier, store, staff));
    }
    [[nodiscard]] httplib::Headers device(const char* store = kStoreA, const char* id = kDeviceA) const {
        return bearer(token(magasin::server::TokenKind::kDevice, magasin::domain::Role::kCashier, store, id));
    }
    [[nodiscard]] httplib::Headers serviceToken() const { return bearer(serviceTokenText()); }

private:
    static httplib::Client clientOf(int port) {
        httplib::Client c("127.0.0.1", port);
        c.set_connection_timeout(std::chrono::seconds(2));
        c.set_read_timeout(std::chrono::seconds(20));
        return c;
    }

    PgTestDatabase m_inventaireDb;
    PgTestDatabase m_db;
    magasin::server::KeyPair m_keys;
    magasin::server::TokenSigner m_signer;
    std::unique_ptr<ServingThread<magasin::inventaire::InventaireService>> m_inventaire;
    std::unique_ptr<ServingThread<magasin::supply_chain::SupplyChainService>> m_supply;
    std::string m_error;
};
