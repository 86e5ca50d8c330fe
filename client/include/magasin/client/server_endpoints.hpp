// Where the terminal's servers are: each one directly, or all behind the gateway (prefixes /api/<ctx>, X-API-Key).
// Usage: auto e = ServerEndpoints::gateway(QUrl("http://localhost:8080"), key); e.urlFor(Server::kCatalogue, "/v1/x");
#pragma once

#include <QString>
#include <QUrl>

namespace magasin::client {

enum class Server { kCatalogue, kInventaire, kCommandes, kSupplyChain };
const char* serverName(Server server) noexcept;  // "catalogue", "inventaire", "commandes", "supply-chain"

struct ServerEndpoints {
    QUrl catalogue;
    QUrl inventaire;
    QUrl commandes;
    QUrl supplyChain;  // empty: not deployed yet, its commands stay queued
    QString apiKey;    // sent as X-API-Key when not empty (the gateway's key-auth)

    static ServerEndpoints gateway(const QUrl& base, const QString& apiKey);
    // From MAGASIN_GATEWAY_URL + MAGASIN_API_KEY, else MAGASIN_CATALOGUE_URL, MAGASIN_INVENTAIRE_URL,
    // MAGASIN_COMMANDES_URL, MAGASIN_SUPPLY_CHAIN_URL; defaults to the local ports 8001..8004.
    static ServerEndpoints fromEnvironment();

    [[nodiscard]] QUrl base(Server server) const;
    // base + path (path starts with "/v1/..."); an empty QUrl when that server is not configured.
    [[nodiscard]] QUrl urlFor(Server server, const QString& pathAndQuery) const;
};

}  // namespace magasin::client
