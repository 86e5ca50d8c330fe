// The ecommerce server assembled: database pool and migrations, the clients of catalogue, inventaire and commandes,
// the Shop, the REST routes, OpenAPI, demo customers and the checkout recoverer; and the ServerDefinition main() runs.
// Usage: EcommerceService service(settings, info, options); service.shop().login(...); service.app().bind(h, 0);
#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "magasin/ecommerce/shop.hpp"
#include "magasin/server/db_pool.hpp"
#include "magasin/server/http_app.hpp"
#include "magasin/server/server_main.hpp"
#include "magasin/server/token_verifier.hpp"

namespace magasin::ecommerce {

struct EcommerceSettings {
    std::string databaseUrl;                     // ecommerce_db
    server::PublicKey tokenPublicKey;            // verifies staff tokens (order status changes by managers)
    std::string catalogueUrl;                    // http://host:8001
    std::string inventaireUrl;                   // http://host:8002
    std::string commandesUrl;                    // http://host:8003
    std::string serviceToken;                    // MAGASIN_SERVICE_TOKEN: ecommerce's calls to the three above
    std::shared_ptr<Downstreams> downstreams{};  // tests: used instead of HTTP clients of the three URLs above
    bool demoData = false;                       // the demo customers of DOMAIN.md
    ShopOptions shop{};
    std::vector<std::string> trustedProxies{};  // MAGASIN_TRUSTED_PROXIES: peers whose X-Forwarded-For is believed
    std::string csrfKey{};  // MAGASIN_SHOP_CSRF_KEY: signs the web shop's form tokens; empty: random per process
    // How often unfinished checkouts are looked for (and once at start); zero: never (tests call recoverCheckouts).
    std::chrono::milliseconds recoveryInterval{std::chrono::seconds(10)};
};

class EcommerceService : public server::Service {
public:
    // Connects, applies the platform's and ecommerce's migrations, loads demo customers if asked, installs the REST
    // routes and starts the recoverer. Throws std::exception with a message for the operator when the database cannot
    // be prepared.
    EcommerceService(const EcommerceSettings& settings, const server::ServiceInfo& info,
                     const server::HttpOptions& options, domain::Clock clock = domain::systemClock());
    ~EcommerceService() override;
    EcommerceService(const EcommerceService&) = delete;
    EcommerceService& operator=(const EcommerceService&) = delete;

    server::HttpApp& app() override { return m_app; }
    Shop& shop() { return *m_shop; }
    server::DbPool& pool() { return m_pool; }

private:
    void recover(std::chrono::milliseconds interval);

    server::HttpApp m_app;  // first: the pool reports into its metrics
    server::DbPool m_pool;
    std::shared_ptr<Downstreams> m_downstreams;
    std::unique_ptr<Shop> m_shop;
    server::TokenVerifier m_verifier;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_recoverer;  // last: stopped first
};

// name "ecommerce", port 8005, and the variables MAGASIN_DATABASE_URL (secret), MAGASIN_TOKEN_PUBLIC_KEY,
// MAGASIN_CATALOGUE_URL, MAGASIN_INVENTAIRE_URL, MAGASIN_COMMANDES_URL, MAGASIN_SERVICE_TOKEN (secret),
// MAGASIN_DEMO_DATA, MAGASIN_WEB_STORE_ID, MAGASIN_CHECKOUT_RECOVERY_SECONDS, MAGASIN_RESERVATION_TTL_SECONDS,
// MAGASIN_TRUSTED_PROXIES, MAGASIN_SHOP_CSRF_KEY, MAGASIN_FAULT_AFTER_STEP (tests only).
server::ServerDefinition definition();

}  // namespace magasin::ecommerce
