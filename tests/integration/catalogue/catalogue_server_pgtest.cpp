// The magasin-catalogue binary as an operator runs it: --help lists its variables, a missing database URL exits 2
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

class CatalogueServerTest : public QObject {
    Q_OBJECT

private:
    static QString binary() { return qEnvironmentVariable("MAGASIN_CATALOGUE_BINARY"); }

    static QProcessEnvironment environment(const std::string& databaseUrl) {
        return verifyingServerEnvironment(databaseUrl);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!binary().isEmpty(), "MAGASIN_CATALOGUE_BINARY is not set (ctest sets it)"); }

    void helpListsTheVariables() {
        const std::string missing = missingFromHelp(
            binary(), {"MAGASIN_DATABASE_URL", "MAGASIN_TOKEN_PUBLIC_KEY", "MAGASIN_DEMO_DATA", "MAGASIN_PORT"});
        QVERIFY2(missing.empty(), missing.c_str());
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
        auto demo = c.Get("/v1/products/550e8400-e29b-41d4-a716-446655440001");
        QVERIFY(demo);
        QCOMPARE(demo->status, 200);
        QCOMPARE(nlohmann::json::parse(demo->body)["name"].get<std::string>(), std::string("Clavier mécanique"));
        QVERIFY(stopsOnSigterm(p));
    }
};

QTEST_GUILESS_MAIN(CatalogueServerTest)
#include "catalogue_server_pgtest.moc"
