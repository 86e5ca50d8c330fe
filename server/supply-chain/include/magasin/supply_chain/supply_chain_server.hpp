// The supply-chain server assembled: database pool and migrations, the desk and its inventaire gateway, routes,
// OpenAPI, demo data and the consumers of the inventaire, catalogue and commandes feeds; and the ServerDefinition.
// Usage: SupplyChainService service(settings, info, options); service.app().bind("127.0.0.1", 0);
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "magasin/server/change_feed.hpp"
#include "magasin/server/command_processor.hpp"
#include "magasin/server/db_pool.hpp"
#include "magasin/server/feed_consumer.hpp"
#include "magasin/server/http_app.hpp"
#include "magasin/server/server_main.hpp"
#include "magasin/server/service_client.hpp"
#include "magasin/server/token_verifier.hpp"
#include "magasin/supply_chain/inventaire_transfers.hpp"
#include "magasin/supply_chain/postgres_request_repository.hpp"
#include "magasin/supply_chain/replenishment_desk.hpp"

namespace magasin::supply_chain {

struct SupplyChainSettings {
    std::string databaseUrl;           // supply_chain_db
    server::PublicKey tokenPublicKey;  // verifies staff, device and service tokens
    bool demoData = false;             // demo names and two pending requests
    std::string inventaireUrl;         // http://host:8002: transfers, and the stock feed the suggestions read
    std::string serviceToken;          // kind service: calls inventaire, reads the feeds
    // Feeds followed for names (empty: not followed).
    std::string catalogueUrl{};
    std::string commandesUrl{};
    bool followInventaireFeed = true;                 // tests of the approval alone turn it off
    server::ServiceClientOptions inventaireClient{};  // baseUrl, token and name are filled from the above
};

class SupplyChainService : public server::Service {
public:
    // Throws std::exception with a message for the operator when the database cannot be prepared.
    SupplyChainService(const SupplyChainSettings& settings, const server::ServiceInfo& info,
                       const server::HttpOptions& options, domain::Clock clock = domain::systemClock());
    ~SupplyChainService() override;
    SupplyChainService(const SupplyChainService&) = delete;
    SupplyChainService& operator=(const SupplyChainService&) = delete;

    server::HttpApp& app() override { return m_app; }
    server::DbPool& pool() { return m_pool; }
    ReplenishmentDesk& desk() { return m_desk; }

private:
    server::HttpApp m_app;  // first: the pool reports into its metrics
    server::DbPool m_pool;
    PostgresRequestRepository m_repository;
    server::ServiceClient m_inventaire;
    InventaireTransfers m_transfers;
    ReplenishmentDesk m_desk;
    server::TokenVerifier m_verifier;
    server::ChangeFeed m_feed;
    server::CommandProcessor m_processor;
    // Last: they stop (their destructors) before the pool they write through goes.
    std::vector<std::unique_ptr<server::ServiceClient>> m_clients;
    std::vector<std::unique_ptr<server::FeedConsumer>> m_consumers;
};

// name "supply-chain", port 8004; MAGASIN_DATABASE_URL (secret), MAGASIN_TOKEN_PUBLIC_KEY, MAGASIN_INVENTAIRE_URL,
// MAGASIN_SERVICE_TOKEN (secret), MAGASIN_CATALOGUE_URL, MAGASIN_COMMANDES_URL, MAGASIN_DEMO_DATA.
server::ServerDefinition definition();

}  // namespace magasin::supply_chain
