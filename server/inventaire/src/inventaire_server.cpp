#include "magasin/inventaire/inventaire_server.hpp"

#include "magasin/inventaire/demo_data.hpp"
#include "magasin/inventaire/openapi.hpp"
#include "magasin/inventaire/routes.hpp"
#include "magasin/server/migrations.hpp"
#include "magasin/sql/inventaire_migrations.hpp"

namespace magasin::inventaire {

InventaireService::InventaireService(const InventaireSettings& settings, const server::ServiceInfo& info,
                                     const server::HttpOptions& options, domain::Clock clock)
    : m_app(info, options),
      m_pool({.conninfo = settings.databaseUrl, .size = static_cast<std::size_t>(options.databaseConnections)},
             &m_app.metrics()),
      m_ledger(server::migrated(m_pool, "inventaire", sql::inventaire::migrations(), m_app.log()), clock,
               server::uuidV7Source(clock)),
      m_applier(m_ledger),
      m_verifier(settings.tokenPublicKey, clock),
      m_feed(m_pool) {
    if (settings.demoData) {
        m_app.log().info("demo data", {{"movements", loadDemoData(m_ledger, m_pool, settings.demoSales)}});
    }
    installRoutes(m_app, {m_ledger, m_verifier, m_pool, m_feed});
    m_app.setOpenApi(openApiDocument(info.version));
    m_app.setReadinessProbe([this] { return m_pool.ping(); });
    if (!settings.commandesUrl.empty()) {
        m_commandes = std::make_unique<server::ServiceClient>(server::ServiceClientOptions{
            .baseUrl = settings.commandesUrl, .token = settings.serviceToken, .name = "commandes"});
        m_consumer = std::make_unique<server::FeedConsumer>(
            m_pool, server::FeedConsumer::Options{.feed = "commandes"}, server::httpFeed(*m_commandes),
            [this](pqxx::work& tx, const sync::Change& change) { m_applier.apply(tx, change); }, &m_app.log(),
            &m_app.metrics());
        m_consumer->start();
    }
    if (settings.sweepInterval.count() > 0) {
        m_sweeper = std::thread([this, interval = settings.sweepInterval] { sweep(interval); });
    }
}

InventaireService::~InventaireService() {
    if (m_consumer) {
        m_consumer->stop();
    }
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_sweeper.joinable()) {
        m_sweeper.join();
    }
}

void InventaireService::sweep(std::chrono::milliseconds interval) {
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, interval, [this] { return m_stopping; })) {
        lock.unlock();
        try {
            if (const auto expired = m_ledger.expireDueReservations(); expired > 0) {
                m_app.log().info("reservations expired", {{"count", expired}});
            }
            // For the dashboards: how many levels stand below zero after offline sales.
            LevelFilter belowZero;
            belowZero.belowZeroOnly = true;
            m_app.metrics()
                .gauge("magasin_stock_exceptions", "Stock levels below zero (stock exceptions for managers)")
                .Set(static_cast<double>(m_ledger.levels(belowZero).size()));
        } catch (const std::exception& e) {
            // The database may be down for a while: the next sweep tries again.
            m_app.log().error("reservation sweep failed", {{"error", e.what()}});
        }
        lock.lock();
    }
}

server::ServerDefinition definition() {
    return {
        .name = "inventaire",
        .defaultPort = 8002,
        .vars = {{"MAGASIN_DATABASE_URL",
                  "libpq conninfo or postgresql:// URL of the inventory database (inventaire_db)", std::nullopt, true},
                 {"MAGASIN_TOKEN_PUBLIC_KEY",
                  "base64 Ed25519 public key that verifies staff, device and service tokens", std::nullopt},
                 {"MAGASIN_DEMO_DATA", "1 to create the demo locations and stock missing from the database at start",
                  "0"},
                 {"MAGASIN_RESERVATION_SWEEP_SECONDS", "seconds between two sweeps of expired reservations", "30"},
                 {"MAGASIN_COMMANDES_URL",
                  "http://host:port of commandes, whose sales feed moves store stock; empty: none", ""},
                 {"MAGASIN_SERVICE_TOKEN", "service token (kind service) to read commandes' feed with", "", true}},
        .build = [](const server::Config& config, const server::ServiceInfo& info,
                    const server::HttpOptions& options) -> std::unique_ptr<server::Service> {
            server::PublicKey key;
            try {
                key = server::decodePublicKey(config.get("MAGASIN_TOKEN_PUBLIC_KEY"));
            } catch (const std::invalid_argument&) {
                throw server::ConfigError("MAGASIN_TOKEN_PUBLIC_KEY is not a base64 Ed25519 public key (32 bytes)");
            }
            const InventaireSettings settings{
                .databaseUrl = config.get("MAGASIN_DATABASE_URL"),
                .tokenPublicKey = key,
                .demoData = config.integer("MAGASIN_DEMO_DATA", 0, 1) == 1,
                .demoSales = config.integer("MAGASIN_DEMO_DATA", 0, 1) == 1,
                .sweepInterval = std::chrono::seconds(config.integer("MAGASIN_RESERVATION_SWEEP_SECONDS", 1, 3600)),
                .commandesUrl = config.get("MAGASIN_COMMANDES_URL"),
                .serviceToken = config.get("MAGASIN_SERVICE_TOKEN")};
            return std::make_unique<InventaireService>(settings, info, options);
        },
    };
}

}  // namespace magasin::inventaire
