// How the app decides where its servers are: the gateway from ./magasin run's environment (MAGASIN_GATEWAY_URL and
// MAGASIN_API_KEY), else the one saved at enrolment; demo mode when asked; first start otherwise.
#include <QTemporaryDir>
#include <QTest>

#include "magasin/ui/app_config.hpp"

using magasin::ui::AppConfig;
using magasin::ui::AppMode;

Q_DECLARE_METATYPE(magasin::ui::AppMode)

class AppConfigTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void resolve_data() {
        QTest::addColumn<QString>("envGateway");
        QTest::addColumn<QString>("envKey");
        QTest::addColumn<bool>("demoFlag");
        QTest::addColumn<QString>("savedMode");
        QTest::addColumn<QString>("savedGateway");
        QTest::addColumn<AppMode>("mode");
        QTest::addColumn<QString>("commandesUrl");
        QTest::addColumn<QString>("apiKey");
        QTest::newRow("environment gateway, through /api/<ctx> with the key")
            << "http://127.0.0.1:8080"
            << "pos-key" << false << ""
            << "" << AppMode::kServers << "http://127.0.0.1:8080/api/commandes"
            << "pos-key";
        QTest::newRow("environment wins over the saved gateway")
            << "http://10.0.0.5:8080/"
            << "k2" << false << "servers"
            << "http://old:8080" << AppMode::kServers << "http://10.0.0.5:8080/api/commandes"
            << "k2";
        QTest::newRow("saved gateway without environment")
            << ""
            << "" << false << "servers"
            << "http://store:8080" << AppMode::kServers << "http://store:8080/api/commandes"
            << "saved-key";
        QTest::newRow("demo flag wins over everything") << "http://127.0.0.1:8080"
                                                        << "k" << true << "servers"
                                                        << "http://store:8080" << AppMode::kDemo << ""
                                                        << "";
        QTest::newRow("saved demo mode") << ""
                                         << "" << false << "demo"
                                         << "" << AppMode::kDemo << ""
                                         << "";
        QTest::newRow("nothing: first start") << ""
                                              << "" << false << ""
                                              << "" << AppMode::kFirstStart << ""
                                              << "";
    }

    void resolve() {
        QFETCH(QString, envGateway);
        QFETCH(QString, envKey);
        QFETCH(bool, demoFlag);
        QFETCH(QString, savedMode);
        QFETCH(QString, savedGateway);
        QFETCH(AppMode, mode);
        QFETCH(QString, commandesUrl);
        QFETCH(QString, apiKey);

        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        if (!savedMode.isEmpty()) {
            settings.setValue(QString::fromLatin1(magasin::ui::settings_keys::kMode), savedMode);
        }
        if (!savedGateway.isEmpty()) {
            settings.setValue(QString::fromLatin1(magasin::ui::settings_keys::kGatewayUrl), savedGateway);
            settings.setValue(QString::fromLatin1(magasin::ui::settings_keys::kApiKey), QStringLiteral("saved-key"));
        }
        QProcessEnvironment env;
        if (!envGateway.isEmpty()) {
            env.insert(QStringLiteral("MAGASIN_GATEWAY_URL"), envGateway);
            env.insert(QStringLiteral("MAGASIN_API_KEY"), envKey);
        }
        const auto config = AppConfig::resolve(env, settings, demoFlag, dir.path());
        QCOMPARE(config.mode, mode);
        if (mode == AppMode::kServers) {
            QCOMPARE(config.endpoints.commandes.toString(), commandesUrl);
            QCOMPARE(config.endpoints.apiKey, apiKey);
            QCOMPARE(config.dataDir(), dir.path() + QStringLiteral("/terminal"));
        }
        if (mode == AppMode::kDemo) {
            QCOMPARE(config.dataDir(), dir.path() + QStringLiteral("/demo"));  // never the real terminal's journal
        }
    }

    void dataDirFromEnvironment() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QProcessEnvironment env;
        env.insert(QStringLiteral("MAGASIN_DATA_DIR"), QStringLiteral("/srv/pos"));
        QCOMPARE(AppConfig::resolve(env, settings, true, dir.path()).dataDir(), QStringLiteral("/srv/pos/demo"));
    }
};

QTEST_GUILESS_MAIN(AppConfigTest)
#include "app_config_test.moc"
