#include "magasin/commandes/commandes_server.hpp"

#include "magasin/commandes/demo_sales.hpp"
#include "magasin/commandes/feed_copies.hpp"
#include "magasin/commandes/openapi.hpp"
#include "magasin/commandes/routes.hpp"
#include "magasin/commandes/store_directory.hpp"
#include "magasin/server/client_address.hpp"
#include "magasin/server/migrations.hpp"
#include "magasin/server/transaction.hpp"
#include "magasin/sql/commandes_migrations.hpp"

namespace magasin::commandes {

int loadDemoStores(server::DbPool& pool) {
    int created = 0;
    for (const auto& store : demoStores()) {
        server::withTransaction(pool, [&](pqxx::work& tx) {
            if (!findStore(tx, store.id())) {
                saveStore(tx, store);
                ++created;
            }
        });
    }
    return created;
}

CommandesService::CommandesService(const CommandesSettings& settings, const server::ServiceInfo& info,
                                   const server::HttpOptions& options, domain::Clock clock)
    : m_app(info, options),
      m_pool({.conninfo = settings.databaseUrl, .size = static_cast<std::size_t>(options.databaseConnections)},
             &m_app.metrics()),
      m_signer(settings.tokenSecretKey, clock),
      m_sessions(server::migrated(m_pool, "commandes", sql::commandes::migrations(), m_app.log()), m_signer,
                 PinHasher(settings.pinHashing), clock),
      m_verifier(server::publicKeyOf(settings.tokenSecretKey), clock, m_sessions.revocationCheck()),
      m_sales(clock),
      m_feed(m_pool),
      m_processor(m_pool),
      m_saleCommits(m_pool) {
    if (settings.demoData) {
        const int stores = loadDemoStores(m_pool);
        const int staff = m_sessions.loadDemoStaff();
        const int sales = settings.demoSales ? loadDemoSales(m_pool, m_sales, clock) : 0;
        m_app.log().info("demo data", {{"stores", stores}, {"staff", staff}, {"sales", sales}});
    }
    auto follow = [this, &settings](const std::string& url, const std::string& name,
                                    server::FeedConsumer::Apply apply) {
        if (url.empty()) {
            return;
        }
        m_clients.push_back(std::make_unique<server::ServiceClient>(
            server::ServiceClientOptions{.baseUrl = url, .token = settings.serviceToken, .name = name}));
        m_consumers.push_back(std::make_unique<server::FeedConsumer>(
            m_pool, server::FeedConsumer::Options{.feed = name}, server::httpFeed(*m_clients.back()), std::move(apply),
            &m_app.log(), &m_app.metrics()));
        m_consumers.back()->start();
    };
    follow(settings.catalogueUrl, "catalogue", applyCatalogueChange);
    follow(settings.inventaireUrl, "inventaire", applyStockChange);
    registerSaleCommands(m_processor, m_sales);
    installRoutes(m_app, {m_pool, m_verifier, m_sessions, m_sales, m_feed, m_processor, clock, &m_saleCommits,
                          settings.trustedProxies});
    m_app.setOpenApi(openApiDocument(info.version));
    m_app.setReadinessProbe([this] { return m_pool.ping(); });
}

server::ServerDefinition definition() {
    return {
        .name = "commandes",
        .defaultPort = 8003,
        .vars = {{"MAGASIN_DATABASE_URL",
                  "libpq conninfo or postgresql:// URL of the commandes database (commandes_db)", std::nullopt, true},
                 {"MAGASIN_TOKEN_SECRET_KEY",
                  "base64 Ed25519 secret key that signs every access token (magasin-token "
                  "keypair prints one)",
                  std::nullopt, true},
                 {"MAGASIN_DEMO_DATA",
                  "1 to create the demo stores, staff, tills and sales missing from the database at start", "0"},
                 {"MAGASIN_CATALOGUE_URL",
                  "base URL of the catalogue server whose product feed gives current prices "
                  "(empty: not followed)",
                  ""},
                 {"MAGASIN_INVENTAIRE_URL",
                  "base URL of the inventaire server whose stock_level feed the reports use "
                  "(empty: not followed)",
                  ""},
                 {"MAGASIN_SERVICE_TOKEN", "service token (magasin-token service commandes) for reading those feeds",
                  "", true},
                 {"MAGASIN_TRUSTED_PROXIES",
                  "comma-separated addresses of the gateways whose X-Forwarded-For names the client (login throttle)",
                  ""}},
        .build = [](const server::Config& config, const server::ServiceInfo& info,
                    const server::HttpOptions& options) -> std::unique_ptr<server::Service> {
            server::SecretKey key;
            try {
                key = server::decodeSecretKey(config.get("MAGASIN_TOKEN_SECRET_KEY"));
            } catch (const std::invalid_argument&) {
                throw server::ConfigError("MAGASIN_TOKEN_SECRET_KEY is not a base64 Ed25519 secret key (64 bytes)");
            }
            const CommandesSettings settings{
                .databaseUrl = config.get("MAGASIN_DATABASE_URL"),
                .tokenSecretKey = key,
                .demoData = config.integer("MAGASIN_DEMO_DATA", 0, 1) == 1,
                .demoSales = config.integer("MAGASIN_DEMO_DATA", 0, 1) == 1,
                .catalogueUrl = config.get("MAGASIN_CATALOGUE_URL"),
                .inventaireUrl = config.get("MAGASIN_INVENTAIRE_URL"),
                .serviceToken = config.get("MAGASIN_SERVICE_TOKEN"),
                .trustedProxies = server::splitAddressList(config.get("MAGASIN_TRUSTED_PROXIES"))};
            return std::make_unique<CommandesService>(settings, info, options);
        },
    };
}

}  // namespace magasin::commandes
