// The magasin-commandes binary as an operator runs it: --help lists its variables, a missing or unusable required
// variable exits 2 with a message naming it, and with a database it serves (ready, demo stores, its OpenAPI document)
// until SIGTERM, which makes it exit 0.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <httplib.h>
#include <signal.h>

#include <nlohmann/json.hpp>

#include "magasin/server/token_keys.hpp"
#include "pg_test_database.hpp"
#include "server_process.hpp"

using nlohmann::json;

class CommandesServerTest : public QObject {
    Q_OBJECT

private:
    static QString binary() { return qEnvironmentVariable("MAGASIN_COMMANDES_BINARY"); }

    static QProcessEnvironment environment(const std::string& databaseUrl) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"MAGASIN_DATABASE_URL", "MAGASIN_TOKEN_SECRET_KEY", "MAGASIN_CATALOGUE_URL",
                                 "MAGASIN_INVENTAIRE_URL", "MAGASIN_SERVICE_TOKEN"}) {
            env.remove(QString::fromLatin1(name));
        }
        env.insert(QStringLiteral("MAGASIN_DATABASE_URL"), QString::fromStdString(databaseUrl));
        const auto keys = magasin::server::generateKeyPair();
        env.insert(QStringLiteral("MAGASIN_TOKEN_SECRET_KEY"),
                   QString::fromStdString(magasin::server::encodeKey(keys.secretKey)));
        env.insert(QStringLiteral("MAGASIN_PORT"), QStringLiteral("0"));
        env.insert(QStringLiteral("MAGASIN_DEMO_DATA"), QStringLiteral("1"));
        return env;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!binary().isEmpty(), "MAGASIN_COMMANDES_BINARY is not set (ctest sets it)"); }

    void helpListsTheVariables() {
        const std::string missing = missingFromHelp(
            binary(), {"MAGASIN_DATABASE_URL", "MAGASIN_TOKEN_SECRET_KEY", "MAGASIN_DEMO_DATA", "MAGASIN_CATALOGUE_URL",
                       "MAGASIN_INVENTAIRE_URL", "MAGASIN_SERVICE_TOKEN", "MAGASIN_PORT"});
        QVERIFY2(missing.empty(), missing.c_str());
    }

    void unusableRequiredVariableExits2_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");  // empty: removed
        QTest::newRow("database_url.missing") << QString::fromLatin1("MAGASIN_DATABASE_URL") << QString::fromLatin1("");
        QTest::newRow("token_secret_key.missing")
            << QString::fromLatin1("MAGASIN_TOKEN_SECRET_KEY") << QString::fromLatin1("");
        QTest::newRow("token_secret_key.not_a_key")
            << QString::fromLatin1("MAGASIN_TOKEN_SECRET_KEY") << QString::fromLatin1("not-a-key");
    }
    void unusableRequiredVariableExits2() {
        QFETCH(QString, name);
        QFETCH(QString, value);
        // The database is never reached: the configuration is checked first.
        QProcessEnvironment env = environment("host=/nonexistent dbname=none");
        env.remove(name);
        if (!value.isEmpty()) {
            env.insert(name, value);
        }
        QByteArray err;
        QCOMPARE(runToExit(binary(), env, err), 2);
        QVERIFY2(err.contains(name.toLatin1()), err.constData());
    }

    void servesThenStopsOnSigterm() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), db.error().c_str());
        QProcess p;
        QByteArray log;
        const int port = startReadyServer(p, binary(), environment(db.conninfo()), log);
        QVERIFY2(port > 0, log.constData());
        httplib::Client c("127.0.0.1", port);

        auto stores = c.Get("/v1/stores");
        QVERIFY(stores);
        QCOMPARE(stores->status, 200);
        const auto items = json::parse(stores->body).at("items");
        QCOMPARE(items.size(), std::size_t(4));
        QCOMPARE(items[0].value("name", ""), std::string("Magasin Central"));
        auto central = c.Get("/v1/stores/33333333-3333-3333-3333-333333333331");
        QVERIFY(central);
        QCOMPARE(central->status, 200);

        // The demo sales a manager sees: Magasin Central's offline sale at last week's price is flagged.
        auto session = c.Post("/v1/sessions", R"({"employee_code":"1002","pin":"1919"})", "application/json");
        QVERIFY(session);
        QCOMPARE(session->status, 201);
        const httplib::Headers manager = {
            {"Authorization", "Bearer " + json::parse(session->body).at("access_token").get<std::string>()}};
        auto flagged = c.Get("/v1/sales?flagged=true", manager);
        QVERIFY(flagged);
        QCOMPARE(flagged->status, 200);
        const auto flaggedItems = json::parse(flagged->body).at("items");
        QCOMPARE(flaggedItems.size(), std::size_t(1));
        QCOMPARE(flaggedItems[0].at("flags")[0].at("code").get<std::string>(),
                 std::string("price_differs_from_catalogue"));
        auto all = c.Get("/v1/sales", manager);
        QVERIFY(all);
        QCOMPARE(json::parse(all->body).at("items").size(), std::size_t(2));

        auto openApi = c.Get("/openapi.json");
        QVERIFY(openApi);
        QCOMPARE(openApi->status, 200);
        const auto document = json::parse(openApi->body);
        QCOMPARE(document.at("info").at("title").get<std::string>(), std::string("Magasin commandes"));
        QVERIFY(document.at("paths").contains("/v1/sales"));

        QVERIFY(stopsOnSigterm(p));
    }
};

QTEST_GUILESS_MAIN(CommandesServerTest)
#include "commandes_server_pgtest.moc"
