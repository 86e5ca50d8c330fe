// One fixture for every server's pg tests: its own database, a key pair to sign tokens with, and N instances of a
// context's Service on 127.0.0.1 port 0 sharing that database, each serving in its own thread.
// Usage: class InventaireTestServer : public TestServiceHost<InventaireService> { ... : TestServiceHost("inventaire",
//   [](const std::string& db, const KeyPair& keys, const HttpOptions& o, int i) { return make_unique<...>(...); }) {}
//   };
#pragma once

#include <httplib.h>

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "magasin/server/http_app.hpp"
#include "magasin/server/token_keys.hpp"
#include "magasin/server/token_signer.hpp"
#include "pg_test_database.hpp"

template <typename ServiceT>
class TestServiceHost {
public:
    struct Options {
        int instances = 1;
        int workers = 4;
        std::size_t maxBodyBytes = 0;  // 0: HttpApp's default
    };
    // Builds instance `instance` on the test database; the keys are the host's (secret for an issuer, public half for
    // a verifier).
    using Factory =
        std::function<std::unique_ptr<ServiceT>(const std::string& conninfo, const magasin::server::KeyPair& keys,
                                                const magasin::server::HttpOptions& options, int instance)>;

    TestServiceHost(const std::string& name, const Factory& make, Options options = {})
        : m_keys(magasin::server::generateKeyPair()), m_signer(m_keys.secretKey, magasin::domain::systemClock()) {
        if (!m_db.ok()) {
            m_error = m_db.error();
            return;
        }
        try {
            for (int i = 0; i < options.instances; ++i) {
                magasin::server::HttpOptions http;
                http.workers = options.workers;
                if (options.maxBodyBytes > 0) {
                    http.maxBodyBytes = options.maxBodyBytes;
                }
                http.logRequests = false;
                auto service = make(m_db.conninfo(), m_keys, http, i);
                m_ports.push_back(service->app().bind("127.0.0.1", 0));
                auto* app = &service->app();
                m_threads.emplace_back([app] { app->serve(); });
                for (int n = 0; n < 400 && !app->isRunning(); ++n) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
                }
                m_services.push_back(std::move(service));
            }
        } catch (const std::exception& e) {
            m_error = "cannot start " + name + ": " + e.what();
        }
    }
    ~TestServiceHost() {
        for (auto& service : m_services) {
            service->app().stop();
        }
        for (auto& thread : m_threads) {
            thread.join();
        }
        m_services.clear();  // before the database is dropped
    }
    TestServiceHost(const TestServiceHost&) = delete;
    TestServiceHost& operator=(const TestServiceHost&) = delete;

    [[nodiscard]] bool ok() const { return m_error.empty(); }
    [[nodiscard]] const std::string& error() const { return m_error; }
    [[nodiscard]] const std::string& conninfo() const { return m_db.conninfo(); }
    ServiceT& service(int instance = 0) { return *m_services.at(static_cast<std::size_t>(instance)); }

    [[nodiscard]] httplib::Client client(int instance = 0) const {
        httplib::Client c("127.0.0.1", m_ports.at(static_cast<std::size_t>(instance)));
        c.set_connection_timeout(std::chrono::seconds(2));
        c.set_read_timeout(std::chrono::seconds(20));
        return c;
    }

    // Signs any claims with the host's key (staff, device, service, expired tokens).
    [[nodiscard]] std::string sign(magasin::server::Claims claims, std::chrono::seconds ttl) const {
        return m_signer.sign(std::move(claims), ttl);
    }
    [[nodiscard]] httplib::Headers bearerOf(magasin::server::Claims claims,
                                            std::chrono::seconds ttl = std::chrono::minutes(15)) const {
        return {{"Authorization", "Bearer " + sign(std::move(claims), ttl)}};
    }

private:
    PgTestDatabase m_db;  // first: dropped after every service stopped
    magasin::server::KeyPair m_keys;
    magasin::server::TokenSigner m_signer;
    std::vector<std::unique_ptr<ServiceT>> m_services;
    std::vector<int> m_ports;
    std::vector<std::thread> m_threads;
    std::string m_error;
};
