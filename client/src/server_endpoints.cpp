#include "magasin/client/server_endpoints.hpp"

#include <QtGlobal>

namespace magasin::client {

const char* serverName(Server server) noexcept {
    switch (server) {
        case Server::kCatalogue: return "catalogue";
        case Server::kInventaire: return "inventaire";
        case Server::kCommandes: return "commandes";
        case Server::kSupplyChain: return "supply-chain";
    }
    return "unknown";
}

ServerEndpoints ServerEndpoints::gateway(const QUrl& base, const QString& apiKey) {
    // StripTrailingSlash keeps a root path's "/" ("http://h:8080/" would give "http://h:8080//api/..."): trim by hand.
    QString root = base.toString(QUrl::StripTrailingSlash);
    while (root.endsWith(QLatin1Char('/'))) {
        root.chop(1);
    }
    ServerEndpoints e;
    e.catalogue = QUrl(root + QStringLiteral("/api/catalogue"));
    e.inventaire = QUrl(root + QStringLiteral("/api/inventaire"));
    e.commandes = QUrl(root + QStringLiteral("/api/commandes"));
    e.supplyChain = QUrl(root + QStringLiteral("/api/supply-chain"));
    e.apiKey = apiKey;
    return e;
}

ServerEndpoints ServerEndpoints::fromEnvironment() {
    const QString gatewayUrl = qEnvironmentVariable("MAGASIN_GATEWAY_URL");
    if (!gatewayUrl.isEmpty()) {
        return gateway(QUrl(gatewayUrl), qEnvironmentVariable("MAGASIN_API_KEY"));
    }
    ServerEndpoints e;
    e.catalogue = QUrl(qEnvironmentVariable("MAGASIN_CATALOGUE_URL", QStringLiteral("http://127.0.0.1:8001")));
    e.inventaire = QUrl(qEnvironmentVariable("MAGASIN_INVENTAIRE_URL", QStringLiteral("http://127.0.0.1:8002")));
    e.commandes = QUrl(qEnvironmentVariable("MAGASIN_COMMANDES_URL", QStringLiteral("http://127.0.0.1:8003")));
    e.supplyChain = QUrl(qEnvironmentVariable("MAGASIN_SUPPLY_CHAIN_URL"));
    e.apiKey = qEnvironmentVariable("MAGASIN_API_KEY");
    return e;
}

QUrl ServerEndpoints::base(Server server) const {
    switch (server) {
        case Server::kCatalogue: return catalogue;
        case Server::kInventaire: return inventaire;
        case Server::kCommandes: return commandes;
        case Server::kSupplyChain: return supplyChain;
    }
    return {};
}

QUrl ServerEndpoints::urlFor(Server server, const QString& pathAndQuery) const {
    const QUrl root = base(server);
    if (root.isEmpty()) {
        return {};
    }
    return QUrl(root.toString(QUrl::StripTrailingSlash) + pathAndQuery);
}

}  // namespace magasin::client
