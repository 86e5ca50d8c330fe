// The commandes server assembled: pool and migrations, sessions and token issuing, sales (REST and sync commands),
// reports, feed; and the ServerDefinition main() runs. Usage: CommandesService s(settings, info, options);
//   s.app().bind("127.0.0.1", 0);  or, in main.cpp: return runServer(argc, argv, definition());
#pragma once

#include <string>
#include <vector>

#include "magasin/commandes/sale_book.hpp"
#include "magasin/commandes/session_service.hpp"
#include "magasin/server/change_feed.hpp"
#include "magasin/server/command_processor.hpp"
#include "magasin/server/db_pool.hpp"
#include "magasin/server/feed_consumer.hpp"
#include "magasin/server/group_commit.hpp"
#include "magasin/server/http_app.hpp"
#include "magasin/server/server_main.hpp"
#include "magasin/server/token_signer.hpp"
#include "magasin/server/token_verifier.hpp"

namespace magasin::commandes {

struct CommandesSettings {
    std::string databaseUrl;           // commandes_db
    server::SecretKey tokenSecretKey;  // commandes issues the tokens; its public half verifies them
    bool demoData = false;             // the four demo stores and their demo staff
    bool demoSales = false;            // with demoData: the demo sales too (the pg tests start from an empty book)
    Argon2Parameters pinHashing{};     // OWASP's; tests may pass cheaper ones
    // Feeds followed into local tables (empty URL: not followed): catalogue products, inventaire stock levels.
    std::string catalogueUrl;
    std::string inventaireUrl;
    std::string serviceToken;  // MAGASIN_SERVICE_TOKEN, read by the feeds
    // MAGASIN_TRUSTED_PROXIES: gateways whose X-Forwarded-For names the client, so that the staff login throttle
    // counts per client address and not per gateway (one guesser would otherwise delay everyone behind it).
    std::vector<std::string> trustedProxies{};
};

class CommandesService : public server::Service {
public:
    // Throws std::exception with a message for the operator when the database cannot be prepared.
    CommandesService(const CommandesSettings& settings, const server::ServiceInfo& info,
                     const server::HttpOptions& options, domain::Clock clock = domain::systemClock());

    server::HttpApp& app() override { return m_app; }
    server::DbPool& pool() { return m_pool; }
    SessionService& sessions() { return m_sessions; }

private:
    server::HttpApp m_app;  // first: the pool reports into its metrics
    server::DbPool m_pool;
    server::TokenSigner m_signer;
    SessionService m_sessions;
    server::TokenVerifier m_verifier;
    SaleBook m_sales;
    server::ChangeFeed m_feed;
    server::CommandProcessor m_processor;
    server::GroupCommit m_saleCommits;
    // Last: they stop (their destructors) before the pool they write through goes.
    std::vector<std::unique_ptr<server::ServiceClient>> m_clients;
    std::vector<std::unique_ptr<server::FeedConsumer>> m_consumers;
};

// Creates the demo stores missing from the database; returns how many.
int loadDemoStores(server::DbPool& pool);

// name "commandes", port 8003; MAGASIN_DATABASE_URL (secret), MAGASIN_TOKEN_SECRET_KEY (secret), MAGASIN_DEMO_DATA,
// MAGASIN_CATALOGUE_URL, MAGASIN_INVENTAIRE_URL, MAGASIN_SERVICE_TOKEN (secret).
server::ServerDefinition definition();

}  // namespace magasin::commandes
