// The inventaire's OpenAPI document and its routes agree both ways, and every route documents its problems and its
// bearer token. No database: the pool never connects.
#include "magasin/inventaire/openapi.hpp"

#include <QTest>

#include <algorithm>
#include <set>

#include "magasin/inventaire/routes.hpp"
#include "magasin/server/token_keys.hpp"

using namespace magasin;

class OpenApiTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void routesAndDocumentAgree() {
        server::HttpOptions options;
        options.logRequests = false;
        server::HttpApp app({"inventaire", "inventaire-test", "test"}, options);
        server::DbPool pool({.conninfo = "host=/nonexistent dbname=none", .size = 1});
        inventaire::StockLedger ledger(pool, domain::systemClock(), [] { return domain::Uuid(); });
        server::TokenVerifier verifier(server::generateKeyPair().publicKey, domain::systemClock());
        server::ChangeFeed feed(pool);
        inventaire::installRoutes(app, {ledger, verifier, pool, feed});
        const auto document = inventaire::openApiDocument("test");

        std::set<std::string> registered;
        for (const auto& route : app.routes()) {
            std::string method(server::methodName(route.method));
            std::transform(method.begin(), method.end(), method.begin(), [](char c) { return char(c - 'A' + 'a'); });
            registered.insert(method + " " + route.path);
        }
        std::set<std::string> documented;
        for (const auto& [path, operations] : document.at("paths").items()) {
            for (const auto& [method, operation] : operations.items()) {
                documented.insert(method + " " + path);
                QVERIFY2(operation.at("responses").contains("401"), (method + " " + path).c_str());
                QVERIFY2(operation.contains("security"), (method + " " + path).c_str());
            }
        }
        for (const auto& route : registered) {
            if (route.find("/v1/") != std::string::npos) {
                QVERIFY2(documented.count(route) == 1, ("not documented: " + route).c_str());
            }
        }
        for (const auto& operation : documented) {
            QVERIFY2(registered.count(operation) == 1, ("documented but not registered: " + operation).c_str());
        }
        QCOMPARE(documented.size(), std::size_t(16));
    }

    void writesDocumentTheirProblems() {
        const auto paths = inventaire::openApiDocument("test").at("paths");
        for (const char* status : {"201", "400", "401", "403", "404", "409", "413", "415", "422"}) {
            QVERIFY2(paths.at("/v1/transfers").at("post").at("responses").contains(status), status);
            QVERIFY2(paths.at("/v1/reservations").at("post").at("responses").contains(status), status);
        }
        QVERIFY(paths.at("/v1/sync/changes").at("get").at("responses").contains("410"));
        QVERIFY(paths.at("/v1/sync/changes").at("get").at("responses").contains("403"));
    }
};

QTEST_GUILESS_MAIN(OpenApiTest)
#include "openapi_test.moc"
