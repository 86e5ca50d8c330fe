// A catalogue server for the pg tests: its own database, a key pair to sign tokens, and N CatalogueService
// instances on port 0 sharing that database, each serving in its own thread.
// Usage: CatalogueTestServer s(1); QVERIFY2(s.ok(), s.error().c_str()); auto r = s.client().Get("/v1/categories");
#pragma once

#include <httplib.h>

#include <memory>
#include <thread>
#include <vector>

#include "magasin/catalogue/catalogue_server.hpp"
#include "magasin/server/token_signer.hpp"
#include "pg_test_database.hpp"

class CatalogueTestServer {
public:
    static constexpr const char* kManagerId = "11111111-1111-1111-1111-111111111111";
    static constexpr const char* kCashierId = "22222222-2222-2222-2222-222222222222";

    explicit CatalogueTestServer(int instances = 1, bool demoData = false, std::size_t maxBodyBytes = 64 * 1024)
        : m_keys(magasin::server::generateKeyPair()), m_signer(m_keys.secretKey, magasin::domain::systemClock()) {
        if (!m_db.ok()) {
            m_error = m_db.error();
            return;
        }
        try {
            for (int i = 0; i < instances; ++i) {
                magasin::server::HttpOptions options;
                options.workers = 4;
                options.maxBodyBytes = maxBodyBytes;
                options.logRequests = false;
                auto service = std::make_unique<magasin::catalogue::CatalogueService>(
                    magasin::catalogue::CatalogueSettings{m_db.conninfo(), m_keys.publicKey, demoData},
                    magasin::server::ServiceInfo{"catalogue", "catalogue-" + std::to_string(i + 1), "test"}, options);
                m_ports.push_back(service->app().bind("127.0.0.1", 0));
                auto* app = &service->app();
                m_threads.emplace_back([app] { app->serve(); });
                for (int n = 0; n < 400 && !app->isRunning(); ++n) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
                }
                m_services.push_back(std::move(service));
            }
        } catch (const std::exception& e) {
            m_error = std::string("cannot start the catalogue: ") + e.what();
        }
    }
    ~CatalogueTestServer() {
        for (auto& service : m_services) {
            service->app().stop();
        }
        for (auto& thread : m_threads) {
            thread.join();
        }
        m_services.clear();  // before the database is dropped
    }
    CatalogueTestServer(const CatalogueTestServer&) = delete;
    CatalogueTestServer& operator=(const CatalogueTestServer&) = delete;

    [[nodiscard]] bool ok() const { return m_error.empty(); }
    [[nodiscard]] const std::string& error() const { return m_error; }
    [[nodiscard]] const std::string& conninfo() const { return m_db.conninfo(); }
    magasin::catalogue::CatalogueService& service(int i = 0) { return *m_services.at(static_cast<std::size_t>(i)); }

    [[nodiscard]] httplib::Client client(int instance = 0) const {
        httplib::Client c("127.0.0.1", m_ports.at(static_cast<std::size_t>(instance)));
        c.set_connection_timeout(std::chrono::seconds(2));
        c.set_read_timeout(std::chrono::seconds(10));
        return c;
    }

    [[nodiscard]] std::string token(magasin::domain::Role role) const {
        magasin::server::Claims claims;
        claims.subject = role == magasin::domain::Role::kManager ? kManagerId : kCashierId;
        claims.kind = magasin::server::TokenKind::kStaff;
        claims.role = role;
        claims.store = magasin::domain::StoreId::parse("33333333-3333-3333-3333-333333333331");
        return m_signer.sign(claims, std::chrono::minutes(15));
    }
    [[nodiscard]] httplib::Headers managerHeaders() const {
        return {{"Authorization", "Bearer " + token(magasin::domain::Role::kManager)}};
    }
    [[nodiscard]] httplib::Headers cashierHeaders() const {
        return {{"Authorization", "Bearer " + token(magasin::domain::Role::kCashier)}};
    }

private:
    PgTestDatabase m_db;
    magasin::server::KeyPair m_keys;
    magasin::server::TokenSigner m_signer;
    std::vector<std::unique_ptr<magasin::catalogue::CatalogueService>> m_services;
    std::vector<int> m_ports;
    std::vector<std::thread> m_threads;
    std::string m_error;
};
