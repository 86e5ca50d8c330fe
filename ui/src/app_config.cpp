#include "magasin/ui/app_config.hpp"

#include <QUrl>

namespace magasin::ui {

QString AppConfig::dataDir() const {
    return baseDir + (mode == AppMode::kDemo ? QStringLiteral("/demo") : QStringLiteral("/terminal"));
}

AppConfig AppConfig::resolve(const QProcessEnvironment& env, QSettings& settings, bool demo,
                             const QString& defaultBaseDir) {
    AppConfig config;
    config.baseDir = env.value(QStringLiteral("MAGASIN_DATA_DIR"), defaultBaseDir);
    const QString savedMode = settings.value(QString::fromLatin1(settings_keys::kMode)).toString();
    const QString gateway = env.value(QStringLiteral("MAGASIN_GATEWAY_URL")).trimmed();
    const QString savedGateway = settings.value(QString::fromLatin1(settings_keys::kGatewayUrl)).toString();

    if (demo || env.value(QStringLiteral("MAGASIN_DEMO")) == QStringLiteral("1")) {
        config.mode = AppMode::kDemo;
    } else if (!gateway.isEmpty()) {
        // ./magasin run: the environment wins over what was saved, so the app follows the stack it was started with.
        config.mode = AppMode::kServers;
        config.fromEnvironment = true;
        config.gatewayUrl = gateway;
        config.endpoints =
            client::ServerEndpoints::gateway(QUrl(gateway), env.value(QStringLiteral("MAGASIN_API_KEY")));
    } else if (savedMode == QStringLiteral("demo")) {
        config.mode = AppMode::kDemo;
    } else if (!savedGateway.isEmpty()) {
        config.mode = AppMode::kServers;
        config.gatewayUrl = savedGateway;
        config.endpoints = client::ServerEndpoints::gateway(
            QUrl(savedGateway), settings.value(QString::fromLatin1(settings_keys::kApiKey)).toString());
    }
    return config;
}

}  // namespace magasin::ui
