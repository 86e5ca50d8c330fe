#include "magasin/ecommerce/ecommerce_server.hpp"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "magasin/ecommerce/http_downstreams.hpp"
#include "magasin/ecommerce/openapi.hpp"
#include "magasin/ecommerce/routes.hpp"
#include "magasin/server/client_address.hpp"
#include "magasin/server/id_source.hpp"
#include "magasin/server/migrations.hpp"
#include "magasin/sql/ecommerce_migrations.hpp"
#include "magasin/webshop/web_shop.hpp"

namespace magasin::ecommerce {

EcommerceService::EcommerceService(const EcommerceSettings& settings, const server::ServiceInfo& info,
                                   const server::HttpOptions& options, domain::Clock clock)
    : m_app(info, options),
      m_pool({.conninfo = settings.databaseUrl, .size = static_cast<std::size_t>(options.databaseConnections)},
             &m_app.metrics()),
      m_downstreams(settings.downstreams ? settings.downstreams
                                         : std::make_shared<HttpDownstreams>(
                                               DownstreamUrls{settings.catalogueUrl, settings.inventaireUrl,
                                                              settings.commandesUrl, settings.serviceToken})),
      m_verifier(settings.tokenPublicKey, clock) {
    server::migrated(m_pool, "ecommerce", sql::ecommerce::migrations(), m_app.log());
    ShopOptions shopOptions = settings.shop;
    if (shopOptions.instance.empty() || shopOptions.instance == "ecommerce") {
        shopOptions.instance = info.instance;
    }
    m_shop =
        std::make_unique<Shop>(m_pool, *m_downstreams, shopOptions, clock, server::uuidV7Source(clock), &m_app.log());
    if (settings.demoData) {
        m_app.log().info("demo data", {{"customers", m_shop->loadDemoCustomers()}});
    }
    installRoutes(m_app, {*m_shop, m_verifier, settings.trustedProxies});
    webshop::installWebShop(m_app, *m_shop,
                            {.csrfKey = settings.csrfKey, .pageSize = 12, .trustedProxies = settings.trustedProxies});
    m_app.setOpenApi(openApiDocument(info.version));
    m_app.setReadinessProbe([this] { return m_pool.ping(); });
    if (settings.recoveryInterval.count() > 0) {
        m_recoverer = std::thread([this, interval = settings.recoveryInterval] { recover(interval); });
    }
}

EcommerceService::~EcommerceService() {
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_recoverer.joinable()) {
        m_recoverer.join();
    }
}

void EcommerceService::recover(std::chrono::milliseconds interval) {
    std::unique_lock lock(m_mutex);
    // First pass at once: checkouts this instance left when it stopped are settled right after a restart.
    do {
        lock.unlock();
        try {
            if (const auto settled = m_shop->recoverCheckouts(); settled > 0) {
                m_app.log().info("checkouts recovered", {{"count", settled}});
            }
        } catch (const std::exception& e) {
            // The database may be down for a while: the next pass tries again.
            m_app.log().error("checkout recovery failed", {{"error", e.what()}});
        }
        lock.lock();
    } while (!m_wake.wait_for(lock, interval, [this] { return m_stopping; }));
}

namespace {

// MAGASIN_FAULT_AFTER_STEP=<step>: the process dies (as in a power cut: no destructor, no flush) right after that
// saga step; for the fault tests only.
std::function<void(std::string_view)> faultHook(const std::string& step) {
    if (step.empty()) {
        return nullptr;
    }
    return [step](std::string_view reached) {
        if (reached == step) {
            std::cerr << "MAGASIN_FAULT_AFTER_STEP: exiting after " << step << std::endl;
            ::_exit(86);
        }
    };
}

}  // namespace

server::ServerDefinition definition() {
    return {
        .name = "ecommerce",
        .defaultPort = 8005,
        .vars = {{"MAGASIN_DATABASE_URL",
                  "libpq conninfo or postgresql:// URL of the e-commerce database (ecommerce_db)", std::nullopt, true},
                 {"MAGASIN_TOKEN_PUBLIC_KEY",
                  "base64 Ed25519 public key that verifies staff tokens (order status changes)", std::nullopt},
                 {"MAGASIN_CATALOGUE_URL", "http://host:port of catalogue (prices, products)", std::nullopt},
                 {"MAGASIN_INVENTAIRE_URL", "http://host:port of inventaire (stock reservations)", std::nullopt},
                 {"MAGASIN_COMMANDES_URL", "http://host:port of commandes (web sales)", std::nullopt},
                 {"MAGASIN_SERVICE_TOKEN", "service token (kind service) for the calls to the three servers above",
                  std::nullopt, true},
                 {"MAGASIN_DEMO_DATA", "1 to create the demo customers missing from the database at start", "0"},
                 {"MAGASIN_WEB_STORE_ID", "the store web sales are recorded in (its tax profile applies)",
                  "33333333-3333-3333-3333-333333333331"},
                 {"MAGASIN_CHECKOUT_RECOVERY_SECONDS", "seconds between two looks for unfinished checkouts", "10"},
                 {"MAGASIN_RESERVATION_TTL_SECONDS", "how long inventaire holds the stock of a checkout", "900"},
                 {"MAGASIN_TRUSTED_PROXIES",
                  "comma-separated addresses of the gateways whose X-Forwarded-For names the client (login throttle)",
                  ""},
                 {"MAGASIN_SHOP_CSRF_KEY",
                  "at least 32 characters signing the web shop's form tokens; every instance behind one gateway needs "
                  "the same (empty: a random key per process)",
                  "", true},
                 {"MAGASIN_FAULT_AFTER_STEP", "tests only: exit right after this checkout step (e.g. sale_recorded)",
                  ""}},
        .build = [](const server::Config& config, const server::ServiceInfo& info,
                    const server::HttpOptions& options) -> std::unique_ptr<server::Service> {
            server::PublicKey key;
            try {
                key = server::decodePublicKey(config.get("MAGASIN_TOKEN_PUBLIC_KEY"));
            } catch (const std::invalid_argument&) {
                throw server::ConfigError("MAGASIN_TOKEN_PUBLIC_KEY is not a base64 Ed25519 public key (32 bytes)");
            }
            EcommerceSettings settings{
                .databaseUrl = config.get("MAGASIN_DATABASE_URL"),
                .tokenPublicKey = key,
                .catalogueUrl = config.get("MAGASIN_CATALOGUE_URL"),
                .inventaireUrl = config.get("MAGASIN_INVENTAIRE_URL"),
                .commandesUrl = config.get("MAGASIN_COMMANDES_URL"),
                .serviceToken = config.get("MAGASIN_SERVICE_TOKEN"),
                .demoData = config.integer("MAGASIN_DEMO_DATA", 0, 1) == 1,
                .recoveryInterval = std::chrono::seconds(config.integer("MAGASIN_CHECKOUT_RECOVERY_SECONDS", 1, 3600))};
            try {
                settings.shop.webStore = domain::StoreId::parse(config.get("MAGASIN_WEB_STORE_ID"));
            } catch (const std::exception&) {
                throw server::ConfigError("MAGASIN_WEB_STORE_ID is not a UUID");
            }
            for (const char* url : {"MAGASIN_CATALOGUE_URL", "MAGASIN_INVENTAIRE_URL", "MAGASIN_COMMANDES_URL"}) {
                const auto& value = config.get(url);
                if (value.rfind("http://", 0) != 0 || value.rfind(':') <= 6) {
                    throw server::ConfigError(std::string(url) + " must be http://host:port");
                }
            }
            settings.shop.reservationTtl =
                std::chrono::seconds(config.integer("MAGASIN_RESERVATION_TTL_SECONDS", 60, 86400));
            settings.shop.instance = info.instance;
            settings.trustedProxies = server::splitAddressList(config.get("MAGASIN_TRUSTED_PROXIES"));
            settings.csrfKey = config.get("MAGASIN_SHOP_CSRF_KEY");
            if (!settings.csrfKey.empty() && settings.csrfKey.size() < 32) {
                throw server::ConfigError(
                    "MAGASIN_SHOP_CSRF_KEY must be at least 32 characters (openssl rand -hex 32)");
            }
            settings.shop.afterStep = faultHook(config.get("MAGASIN_FAULT_AFTER_STEP"));
            return std::make_unique<EcommerceService>(settings, info, options);
        },
    };
}

}  // namespace magasin::ecommerce
