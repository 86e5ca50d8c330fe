// How the app starts: against the servers (the gateway from MAGASIN_GATEWAY_URL + MAGASIN_API_KEY, else the URL
// saved at enrolment), in demo mode, or at first start (enrol or demo). Usage: auto c = AppConfig::resolve(env, s);
#pragma once

#include <QProcessEnvironment>
#include <QSettings>
#include <QString>

#include "magasin/client/server_endpoints.hpp"

namespace magasin::ui {

enum class AppMode {
    kServers,     // talks to the servers (through the gateway); sells offline when they are unreachable
    kDemo,        // never calls a server; local demo store
    kFirstStart,  // nothing configured yet: the enrolment screen, with a demo button
};

struct AppConfig {
    AppMode mode = AppMode::kFirstStart;
    QString baseDir;  // demo data lives in baseDir/demo, the real terminal's in baseDir/terminal
    client::ServerEndpoints endpoints;
    QString gatewayUrl;            // as given (shown on the enrolment screen)
    bool fromEnvironment = false;  // the gateway came from MAGASIN_GATEWAY_URL (./magasin run)

    [[nodiscard]] QString dataDir() const;

    // Order: `demo` (--demo) or MAGASIN_DEMO=1 or the saved mode "demo"; MAGASIN_GATEWAY_URL (+ MAGASIN_API_KEY);
    // the gateway saved in settings at enrolment; otherwise first start. The base folder is MAGASIN_DATA_DIR or
    // `defaultBaseDir`.
    static AppConfig resolve(const QProcessEnvironment& env, QSettings& settings, bool demo,
                             const QString& defaultBaseDir);
};

namespace settings_keys {
inline constexpr const char* kMode = "terminal/mode";  // "demo" or "servers"
inline constexpr const char* kGatewayUrl = "terminal/gateway_url";
inline constexpr const char* kApiKey = "terminal/api_key";
inline constexpr const char* kLanguage = "ui/language";  // "", "fr", "en"
inline constexpr const char* kPrinterHost = "printer/host";
}  // namespace settings_keys

}  // namespace magasin::ui
