// The magasin-inventaire binary as an operator runs it: --help lists its variables, a missing database URL exits 2
// with a message naming it, and SIGTERM after serving exits 0.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <httplib.h>
#include <signal.h>

#include <nlohmann/json.hpp>

#include "magasin/server/token_keys.hpp"
#include "pg_test_database.hpp"
#include "server_process.hpp"

class InventaireServerTest : public QObject {
    Q_OBJECT

private:
    static QString binary() { return qEnvironmentVariable("MAGASIN_INVENTAIRE_BINARY"); }

    static QProcessEnvironment environment(const std::string& databaseUrl) {
        return verifyingServerEnvironment(databaseUrl);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!binary().isEmpty(), "MAGASIN_INVENTAIRE_BINARY is not set (ctest sets it)"); }

    void helpListsTheVariables() {
        const std::string missing = missingFromHelp(
            binary(), {"MAGASIN_DATABASE_URL", "MAGASIN_TOKEN_PUBLIC_KEY", "MAGASIN_DEMO_DATA", "MAGASIN_PORT",
                       "MAGASIN_RESERVATION_SWEEP_SECONDS", "MAGASIN_COMMANDES_URL", "MAGASIN_SERVICE_TOKEN"});
        QVERIFY2(missing.empty(), missing.c_str());
    }

    void badSweepIntervalExits2() {
        auto env = environment("host=/nonexistent");
        env.insert(QStringLiteral("MAGASIN_RESERVATION_SWEEP_SECONDS"), QStringLiteral("0"));
        QByteArray err;
        QCOMPARE(runToExit(binary(), env, err), 2);
        QVERIFY(err.contains("MAGASIN_RESERVATION_SWEEP_SECONDS"));
    }

    void missingDatabaseUrlExits2() {
        QByteArray err;
        QCOMPARE(runToExit(binary(), environment(""), err), 2);
        QVERIFY(err.contains("MAGASIN_DATABASE_URL"));
    }

    void servesThenStopsOnSigterm() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), db.error().c_str());
        QProcess p;
        QByteArray log;
        const int port = startReadyServer(p, binary(), environment(db.conninfo()), log);
        QVERIFY2(port > 0, log.constData());
        httplib::Client c("127.0.0.1", port);
        // Every stock route needs a token: the demo stock is there, behind a 401 for an anonymous caller.
        auto demo = c.Get("/v1/stocks/central/550e8400-e29b-41d4-a716-446655440001");
        QVERIFY(demo);
        QCOMPARE(demo->status, 401);
        pqxx::connection check(db.conninfo());
        QCOMPARE(pqxx::nontransaction(check)
                     .exec1("SELECT level FROM stock_levels WHERE product_id = '550e8400-e29b-41d4-a716-446655440001' "
                            "AND location_id = '00000000-0000-4000-8000-00000000c0de'")[0]
                     .as<int>(),
                 100);
        // commandes' demo offline sale took Magasin Est's last Clavier below zero: the exception a manager sees.
        const auto exception =
            pqxx::nontransaction(check).exec("SELECT location_id::text, level_after, source FROM stock_exceptions");
        QCOMPARE(exception.size(), std::size_t(1));
        QCOMPARE(exception[0][0].as<std::string>(), std::string("33333333-3333-3333-3333-333333333334"));
        QCOMPARE(exception[0][1].as<int>(), -2);
        QCOMPARE(exception[0][2].as<std::string>(), std::string("sale:01936b2a-0000-7000-8000-0000000000d4:1"));
        QVERIFY(stopsOnSigterm(p));
    }
};

QTEST_GUILESS_MAIN(InventaireServerTest)
#include "inventaire_server_pgtest.moc"
