#include "magasin/catalogue/catalogue_server.hpp"

#include "magasin/catalogue/demo_data.hpp"
#include "magasin/catalogue/openapi.hpp"
#include "magasin/catalogue/routes.hpp"
#include "magasin/server/id_source.hpp"
#include "magasin/server/idempotency.hpp"
#include "magasin/server/migrations.hpp"
#include "magasin/sql/catalogue_migrations.hpp"

namespace magasin::catalogue {

CatalogueService::CatalogueService(const CatalogueSettings& settings, const server::ServiceInfo& info,
                                   const server::HttpOptions& options, domain::Clock clock)
    : m_app(info, options),
      m_pool({.conninfo = settings.databaseUrl,
              .size = static_cast<std::size_t>(options.databaseConnections),
              .prepare = PostgresProductRepository::prepare},
             &m_app.metrics()),
      m_searchCache(settings.searchCacheEntries),
      m_repository(server::migrated(m_pool, "catalogue", sql::catalogue::migrations(), m_app.log())),
      m_catalogue(m_repository, clock, server::uuidV7Source(clock)),
      m_verifier(settings.tokenPublicKey, clock),
      m_feed(m_pool) {
    if (settings.searchCacheEntries > 0) {
        m_repository.useSearchCache(&m_searchCache);
    }
    if (settings.demoData) {
        m_app.log().info("demo data", {{"created", loadDemoData(m_catalogue)}});
    }
    auto idempotently = [this](server::Exchange& ex, const std::string& principal, const IdempotentUse& use) {
        server::respondIdempotently(ex, m_pool, principal, [&](pqxx::work& tx, const nlohmann::json& body) {
            PostgresProductRepository joined(m_pool, tx);
            ProductCatalogue catalogue = m_catalogue.withRepository(joined);
            return use(catalogue, body);
        });
    };
    installRoutes(m_app, {m_catalogue, m_verifier, idempotently, m_feed});
    m_app.setOpenApi(openApiDocument(info.version));
    m_app.setReadinessProbe([this] { return m_pool.ping(); });
}

server::ServerDefinition definition() {
    return {
        .name = "catalogue",
        .defaultPort = 8001,
        .vars = {{"MAGASIN_DATABASE_URL", "libpq conninfo or postgresql:// URL of the catalogue database (produits_db)",
                  std::nullopt, true},
                 {"MAGASIN_TOKEN_PUBLIC_KEY", "base64 Ed25519 public key that verifies staff tokens", std::nullopt},
                 {"MAGASIN_DEMO_DATA", "1 to create the demo products missing from the database at start", "0"},
                 {"MAGASIN_SEARCH_CACHE", "search pages kept per instance until the catalogue changes (0: none)",
                  "4096"}},
        .build = [](const server::Config& config, const server::ServiceInfo& info,
                    const server::HttpOptions& options) -> std::unique_ptr<server::Service> {
            server::PublicKey key;
            try {
                key = server::decodePublicKey(config.get("MAGASIN_TOKEN_PUBLIC_KEY"));
            } catch (const std::invalid_argument&) {
                throw server::ConfigError("MAGASIN_TOKEN_PUBLIC_KEY is not a base64 Ed25519 public key (32 bytes)");
            }
            const CatalogueSettings settings{
                .databaseUrl = config.get("MAGASIN_DATABASE_URL"),
                .tokenPublicKey = key,
                .demoData = config.integer("MAGASIN_DEMO_DATA", 0, 1) == 1,
                .searchCacheEntries = static_cast<std::size_t>(config.integer("MAGASIN_SEARCH_CACHE", 0, 1'000'000))};
            return std::make_unique<CatalogueService>(settings, info, options);
        },
    };
}

}  // namespace magasin::catalogue
