// The inventaire server assembled: database pool and migrations, the ledger, routes, OpenAPI, demo data, the
// reservation sweeper and the consumer of commandes' feed; and the ServerDefinition main() runs.
// Usage: InventaireService service(settings, info, options); service.app().bind("127.0.0.1", 0);
#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "magasin/inventaire/sales_feed_applier.hpp"
#include "magasin/inventaire/stock_ledger.hpp"
#include "magasin/server/change_feed.hpp"
#include "magasin/server/db_pool.hpp"
#include "magasin/server/feed_consumer.hpp"
#include "magasin/server/http_app.hpp"
#include "magasin/server/server_main.hpp"
#include "magasin/server/token_verifier.hpp"

namespace magasin::inventaire {

struct InventaireSettings {
    std::string databaseUrl;           // libpq conninfo or postgresql:// URL of inventaire_db
    server::PublicKey tokenPublicKey;  // verifies staff, device and service tokens
    bool demoData = false;             // create the demo locations and stock missing from the database
    // With demoData: also the stock exception of commandes' demo offline sale (the pg tests start without one).
    bool demoSales = false;
    // How often held reservations past their expiry give their stock back; zero: no sweeper (tests call
    // ledger().expireDueReservations() themselves).
    std::chrono::milliseconds sweepInterval{std::chrono::seconds(30)};
    // Where commandes answers (http://host:8003) and the service token to read its feed with; empty: no consumer.
    std::string commandesUrl{};
    std::string serviceToken{};
};

class InventaireService : public server::Service {
public:
    // Connects, applies the platform's and inventaire's migrations, loads demo data if asked, installs the routes
    // and starts the sweeper. Throws std::exception with a message for the operator when the database cannot be
    // prepared.
    InventaireService(const InventaireSettings& settings, const server::ServiceInfo& info,
                      const server::HttpOptions& options, domain::Clock clock = domain::systemClock());
    ~InventaireService() override;
    InventaireService(const InventaireService&) = delete;
    InventaireService& operator=(const InventaireService&) = delete;

    server::HttpApp& app() override { return m_app; }
    StockLedger& ledger() { return m_ledger; }
    SalesFeedApplier& salesApplier() { return m_applier; }
    server::DbPool& pool() { return m_pool; }

private:
    void sweep(std::chrono::milliseconds interval);

    server::HttpApp m_app;  // first: the pool reports into its metrics
    server::DbPool m_pool;
    StockLedger m_ledger;
    SalesFeedApplier m_applier;
    server::TokenVerifier m_verifier;
    server::ChangeFeed m_feed;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_sweeper;
    std::unique_ptr<server::ServiceClient> m_commandes;
    std::unique_ptr<server::FeedConsumer> m_consumer;  // last: stopped first
};

// name "inventaire", port 8002, and the variables MAGASIN_DATABASE_URL (secret), MAGASIN_TOKEN_PUBLIC_KEY,
// MAGASIN_DEMO_DATA, MAGASIN_RESERVATION_SWEEP_SECONDS, MAGASIN_COMMANDES_URL, MAGASIN_SERVICE_TOKEN (secret).
server::ServerDefinition definition();

}  // namespace magasin::inventaire
