// The magasin-ecommerce binary as an operator runs it: --help lists its variables, a missing or unusable required
// variable exits 2 with a message naming it, and with a database it serves (ready, demo customers who can log in,
// its OpenAPI document) until SIGTERM, which makes it exit 0.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <httplib.h>
#include <signal.h>

#include <nlohmann/json.hpp>

#include "http_test_helpers.hpp"
#include "magasin/server/token_keys.hpp"
#include "pg_test_database.hpp"
#include "server_process.hpp"

using nlohmann::json;

class EcommerceServerTest : public QObject {
    Q_OBJECT

private:
    static QString binary() { return qEnvironmentVariable("MAGASIN_ECOMMERCE_BINARY"); }

    // The other servers are never called by these checks: their URLs only have to be well formed.
    static QProcessEnvironment environment(const std::string& databaseUrl) {
        QProcessEnvironment env = verifyingServerEnvironment(databaseUrl);
        env.insert(QStringLiteral("MAGASIN_CATALOGUE_URL"), QStringLiteral("http://127.0.0.1:1"));
        env.insert(QStringLiteral("MAGASIN_INVENTAIRE_URL"), QStringLiteral("http://127.0.0.1:1"));
        env.insert(QStringLiteral("MAGASIN_COMMANDES_URL"), QStringLiteral("http://127.0.0.1:1"));
        env.insert(QStringLiteral("MAGASIN_SERVICE_TOKEN"), QStringLiteral("not-checked-here"));
        env.remove(QStringLiteral("MAGASIN_FAULT_AFTER_STEP"));
        return env;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!binary().isEmpty(), "MAGASIN_ECOMMERCE_BINARY is not set (ctest sets it)"); }

    void helpListsTheVariables() {
        QProcess p;
        p.start(binary(), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        for (const char* name :
             {"MAGASIN_DATABASE_URL", "MAGASIN_TOKEN_PUBLIC_KEY", "MAGASIN_CATALOGUE_URL", "MAGASIN_INVENTAIRE_URL",
              "MAGASIN_COMMANDES_URL", "MAGASIN_SERVICE_TOKEN", "MAGASIN_DEMO_DATA", "MAGASIN_WEB_STORE_ID",
              "MAGASIN_FAULT_AFTER_STEP", "MAGASIN_SHOP_CSRF_KEY", "MAGASIN_PORT"}) {
            QVERIFY2(out.contains(name), name);
        }
    }

    void unusableRequiredVariableExits2_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");  // empty: removed
        QTest::newRow("database_url.missing") << QStringLiteral("MAGASIN_DATABASE_URL") << QString();
        QTest::newRow("token_public_key.not_a_key")
            << QStringLiteral("MAGASIN_TOKEN_PUBLIC_KEY") << QStringLiteral("not-a-key");
        QTest::newRow("inventaire_url.missing") << QStringLiteral("MAGASIN_INVENTAIRE_URL") << QString();
        QTest::newRow("commandes_url.no_port")
            << QStringLiteral("MAGASIN_COMMANDES_URL") << QStringLiteral("http://commandes");
        QTest::newRow("service_token.missing") << QStringLiteral("MAGASIN_SERVICE_TOKEN") << QString();
        QTest::newRow("web_store_id.not_a_uuid") << QStringLiteral("MAGASIN_WEB_STORE_ID") << QStringLiteral("central");
        QTest::newRow("shop_csrf_key.too_short") << QStringLiteral("MAGASIN_SHOP_CSRF_KEY") << QStringLiteral("short");
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
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(binary(), {});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains(name.toLatin1()), err.constData());
    }

    void servesThenStopsOnSigterm() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), db.error().c_str());
        QProcess p;
        p.setProcessEnvironment(environment(db.conninfo()));
        p.start(binary(), {});
        QVERIFY(p.waitForStarted(5000));
        QByteArray log;
        const int port = waitForListeningPort(p, log, 30000);
        QVERIFY2(port > 0, log.constData());
        httplib::Client c("127.0.0.1", port);
        QCOMPARE(statusOf(c.Get("/health/ready")), 200);

        // The demo customers of DOMAIN.md log in with their dev passwords.
        for (const auto& [email, password] : {std::pair{"jean.tremblay@example.com", "Tremblay-Demo-2026"},
                                              std::pair{"marie.dubois@example.com", "Dubois-Demo-2026"},
                                              std::pair{"pierre.martin@example.com", "Martin-Demo-2026"}}) {
            const auto session =
                sendJson(c, "POST", "/v1/sessions", json{{"email", email}, {"password", password}}.dump());
            QCOMPARE(statusOf(session), 201);
            const auto me =
                c.Get("/v1/customers/me", {{"Authorization", "Bearer " + bodyOf(session).value("token", "")}});
            QCOMPARE(bodyOf(me).value("email", ""), std::string(email));
        }

        const auto openApi = c.Get("/openapi.json");
        QCOMPARE(statusOf(openApi), 200);
        const auto document = bodyOf(openApi);
        QCOMPARE(document["info"].value("title", ""), std::string("Magasin ecommerce"));
        QVERIFY(document["paths"].contains("/v1/checkouts"));

        ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(EcommerceServerTest)
#include "ecommerce_server_pgtest.moc"
