// The magasin-supply-chain binary as an operator runs it: --help lists its variables, a missing or malformed
// configuration exits 2 with a message naming the variable, and SIGTERM after serving (demo data loaded) exits 0.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <httplib.h>
#include <signal.h>

#include <nlohmann/json.hpp>

#include "magasin/server/token_keys.hpp"
#include "magasin/server/token_signer.hpp"
#include "pg_test_database.hpp"
#include "server_process.hpp"

class SupplyChainServerTest : public QObject {
    Q_OBJECT

private:
    static QString binary() { return qEnvironmentVariable("MAGASIN_SUPPLY_CHAIN_BINARY"); }

    // A complete environment: the database (when given), a fresh public key, an inventaire URL nobody answers at (the
    // server starts without it: only approvals and the stock feed need it) and a service token.
    static QProcessEnvironment environment(const std::string& databaseUrl) {
        QProcessEnvironment env = verifyingServerEnvironment(databaseUrl);
        env.insert(QStringLiteral("MAGASIN_INVENTAIRE_URL"), QStringLiteral("http://127.0.0.1:9"));
        env.insert(QStringLiteral("MAGASIN_SERVICE_TOKEN"), QStringLiteral("not-checked-at-start"));
        env.remove(QStringLiteral("MAGASIN_CATALOGUE_URL"));
        env.remove(QStringLiteral("MAGASIN_COMMANDES_URL"));
        return env;
    }

    static void expectExit2(const QProcessEnvironment& env, const char* naming) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(binary(), {});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(p.readAllStandardError().contains(naming), naming);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!binary().isEmpty(), "MAGASIN_SUPPLY_CHAIN_BINARY is not set (ctest sets it)"); }

    void helpListsTheVariables() {
        QProcess p;
        p.start(binary(), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        for (const char* name :
             {"MAGASIN_DATABASE_URL", "MAGASIN_TOKEN_PUBLIC_KEY", "MAGASIN_INVENTAIRE_URL", "MAGASIN_SERVICE_TOKEN",
              "MAGASIN_CATALOGUE_URL", "MAGASIN_COMMANDES_URL", "MAGASIN_DEMO_DATA", "MAGASIN_PORT"}) {
            QVERIFY2(out.contains(name), name);
        }
        QVERIFY(out.contains("8004"));
    }

    void missingDatabaseUrlExits2() { expectExit2(environment(""), "MAGASIN_DATABASE_URL"); }

    void missingInventaireUrlExits2() {
        auto env = environment("host=/nonexistent");
        env.remove(QStringLiteral("MAGASIN_INVENTAIRE_URL"));
        expectExit2(env, "MAGASIN_INVENTAIRE_URL");
    }

    void malformedInventaireUrlExits2() {
        auto env = environment("host=/nonexistent");
        env.insert(QStringLiteral("MAGASIN_INVENTAIRE_URL"), QStringLiteral("inventaire"));
        expectExit2(env, "MAGASIN_INVENTAIRE_URL");
    }

    void missingServiceTokenExits2() {
        auto env = environment("host=/nonexistent");
        env.remove(QStringLiteral("MAGASIN_SERVICE_TOKEN"));
        expectExit2(env, "MAGASIN_SERVICE_TOKEN");
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
        auto ready = c.Get("/health/ready");
        QVERIFY(ready);
        QCOMPARE(ready->status, 200);
        auto openapi = c.Get("/openapi.json");
        QVERIFY(openapi);
        QVERIFY(openapi->body.find("/v1/requests/{id}/approve") != std::string::npos);
        QCOMPARE(c.Get("/v1/requests")->status, 401);
        pqxx::connection check(db.conninfo());
        QCOMPARE(pqxx::nontransaction(check)
                     .exec1("SELECT count(*) FROM replenishment_requests WHERE status = 'pending'")[0]
                     .as<int>(),
                 2);
        ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(SupplyChainServerTest)
#include "supply_chain_server_pgtest.moc"
