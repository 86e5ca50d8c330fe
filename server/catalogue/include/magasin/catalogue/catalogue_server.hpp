// The catalogue server assembled: database pool and migrations, use cases, routes, OpenAPI, demo data; and the
// ServerDefinition main() runs.  Usage: CatalogueService service({url, publicKey, false}, info, options);
//   service.app().bind("127.0.0.1", 0);  or, in main.cpp: return runServer(argc, argv, definition());
#pragma once

#include <memory>
#include <string>

#include "magasin/catalogue/postgres_product_repository.hpp"
#include "magasin/catalogue/product_catalogue.hpp"
#include "magasin/server/change_feed.hpp"
#include "magasin/server/db_pool.hpp"
#include "magasin/server/http_app.hpp"
#include "magasin/server/server_main.hpp"
#include "magasin/server/token_verifier.hpp"

namespace magasin::catalogue {

struct CatalogueSettings {
    std::string databaseUrl;                // libpq conninfo or postgresql:// URL of produits_db
    server::PublicKey tokenPublicKey;       // verifies the managers' bearer tokens
    bool demoData = false;                  // create the demo products missing from the database
    std::size_t searchCacheEntries = 4096;  // 0: every search goes to PostgreSQL
};

class CatalogueService : public server::Service {
public:
    // Connects, applies the platform's and the catalogue's migrations, loads demo data if asked, installs the
    // routes. Throws std::exception with a message for the operator when the database cannot be prepared.
    CatalogueService(const CatalogueSettings& settings, const server::ServiceInfo& info,
                     const server::HttpOptions& options, domain::Clock clock = domain::systemClock());

    server::HttpApp& app() override { return m_app; }
    ProductCatalogue& catalogue() { return m_catalogue; }

private:
    server::HttpApp m_app;  // first: the pool reports into its metrics
    server::DbPool m_pool;
    SearchCache m_searchCache;
    PostgresProductRepository m_repository;
    ProductCatalogue m_catalogue;
    server::TokenVerifier m_verifier;
    server::ChangeFeed m_feed;
};

// name "catalogue", port 8001, and the variables MAGASIN_DATABASE_URL (secret), MAGASIN_TOKEN_PUBLIC_KEY,
// MAGASIN_DEMO_DATA, MAGASIN_SEARCH_CACHE.
server::ServerDefinition definition();

}  // namespace magasin::catalogue
