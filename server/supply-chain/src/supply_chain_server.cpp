#include "magasin/supply_chain/supply_chain_server.hpp"

#include "magasin/server/migrations.hpp"
#include "magasin/sql/supply_chain_migrations.hpp"
#include "magasin/supply_chain/demo_data.hpp"
#include "magasin/supply_chain/feed_copies.hpp"
#include "magasin/supply_chain/openapi.hpp"
#include "magasin/supply_chain/routes.hpp"

namespace magasin::supply_chain {

namespace {

server::ServiceClientOptions inventaireOptions(const SupplyChainSettings& settings) {
    auto options = settings.inventaireClient;
    options.baseUrl = settings.inventaireUrl;
    options.token = settings.serviceToken;
    options.name = "inventaire";
    return options;
}

}  // namespace

SupplyChainService::SupplyChainService(const SupplyChainSettings& settings, const server::ServiceInfo& info,
                                       const server::HttpOptions& options, domain::Clock clock)
    : m_app(info, options),
      m_pool({.conninfo = settings.databaseUrl, .size = static_cast<std::size_t>(options.databaseConnections)},
             &m_app.metrics()),
      m_repository(server::migrated(m_pool, "supply-chain", sql::supply_chain::migrations(), m_app.log())),
      m_inventaire(inventaireOptions(settings)),
      m_transfers(m_inventaire),
      m_desk(m_repository, m_transfers, clock, server::uuidV7Source(clock)),
      m_verifier(settings.tokenPublicKey, clock),
      m_feed(m_pool),
      m_processor(m_pool) {
    if (settings.demoData) {
        m_app.log().info("demo data", {{"requests", loadDemoData(m_desk, m_pool)}});
    }
    registerRequestCommands(m_processor, m_desk);
    installRoutes(m_app, {m_desk, m_verifier, m_pool, m_feed, m_processor});
    m_app.setOpenApi(openApiDocument(info.version));
    m_app.setReadinessProbe([this] { return m_pool.ping(); });
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
    if (settings.followInventaireFeed) {
        follow(settings.inventaireUrl, "inventaire", applyStockChange);
    }
    follow(settings.catalogueUrl, "catalogue", applyCatalogueChange);
    follow(settings.commandesUrl, "commandes", applyStoreChange);
}

SupplyChainService::~SupplyChainService() {
    for (auto& consumer : m_consumers) {
        consumer->stop();
    }
}

server::ServerDefinition definition() {
    return {
        .name = "supply-chain",
        .defaultPort = 8004,
        .vars =
            {{"MAGASIN_DATABASE_URL",
              "libpq conninfo or postgresql:// URL of the supply chain database (supply_chain_db)", std::nullopt, true},
             {"MAGASIN_TOKEN_PUBLIC_KEY", "base64 Ed25519 public key that verifies staff, device and service tokens",
              std::nullopt},
             {"MAGASIN_INVENTAIRE_URL",
              "http://host:port of inventaire: approvals call its transfers, suggestions follow its stock feed",
              std::nullopt},
             {"MAGASIN_SERVICE_TOKEN",
              "service token (magasin-token service supply-chain) to call inventaire and read the feeds with",
              std::nullopt, true},
             {"MAGASIN_CATALOGUE_URL", "http://host:port of catalogue, whose feed names the products; empty: none", ""},
             {"MAGASIN_COMMANDES_URL", "http://host:port of commandes, whose feed names the stores; empty: none", ""},
             {"MAGASIN_DEMO_DATA", "1 to create the demo names and pending requests missing from the database", "0"}},
        .build = [](const server::Config& config, const server::ServiceInfo& info,
                    const server::HttpOptions& options) -> std::unique_ptr<server::Service> {
            server::PublicKey key;
            try {
                key = server::decodePublicKey(config.get("MAGASIN_TOKEN_PUBLIC_KEY"));
            } catch (const std::invalid_argument&) {
                throw server::ConfigError("MAGASIN_TOKEN_PUBLIC_KEY is not a base64 Ed25519 public key (32 bytes)");
            }
            const auto url = [&config](const std::string& name) {
                const auto& value = config.get(name);
                if (!value.empty() && (value.rfind("http://", 0) != 0 || value.find(':', 7) == std::string::npos)) {
                    throw server::ConfigError(name + " must look like http://host:port, not \"" + value + "\"");
                }
                return value;
            };
            SupplyChainSettings settings{.databaseUrl = config.get("MAGASIN_DATABASE_URL"),
                                         .tokenPublicKey = key,
                                         .demoData = config.integer("MAGASIN_DEMO_DATA", 0, 1) == 1,
                                         .inventaireUrl = url("MAGASIN_INVENTAIRE_URL"),
                                         .serviceToken = config.get("MAGASIN_SERVICE_TOKEN"),
                                         .catalogueUrl = url("MAGASIN_CATALOGUE_URL"),
                                         .commandesUrl = url("MAGASIN_COMMANDES_URL")};
            if (settings.inventaireUrl.empty()) {
                throw server::ConfigError("MAGASIN_INVENTAIRE_URL is empty: approvals need inventaire");
            }
            return std::make_unique<SupplyChainService>(settings, info, options);
        },
    };
}

}  // namespace magasin::supply_chain
