// The supply chain's OpenAPI document and its routes agree both ways, and every route documents its problems and its
// bearer token. No database: the pool never connects.
#include "magasin/supply_chain/openapi.hpp"

#include <QTest>

#include "magasin/server/openapi.hpp"
#include "magasin/server/token_keys.hpp"
#include "magasin/supply_chain/routes.hpp"
#include "supply_chain_fakes.hpp"

using namespace magasin;

class OpenApiTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void routesAndDocumentAgree() {
        server::HttpOptions options;
        options.logRequests = false;
        server::HttpApp app({"supply-chain", "supply-chain-test", "test"}, options);
        server::DbPool pool({.conninfo = "host=/nonexistent dbname=none", .size = 1});
        supply_chain::testing::InMemoryRequestRepository repository;
        supply_chain::testing::FakeInventaire inventaire;
        supply_chain::ReplenishmentDesk desk(repository, inventaire, domain::systemClock(),
                                             [] { return domain::Uuid(); });
        server::TokenVerifier verifier(server::generateKeyPair().publicKey, domain::systemClock());
        server::ChangeFeed feed(pool);
        server::CommandProcessor processor(pool);
        supply_chain::installRoutes(app, {desk, verifier, pool, feed, processor});
        const auto document = supply_chain::openApiDocument("test");

        const auto registered = server::openapi::registeredOperations(app);
        const auto documented = server::openapi::documentedOperations(document);
        for (const auto& route : registered) {
            QVERIFY2(documented.count(route) == 1, ("not documented: " + route).c_str());
        }
        for (const auto& operation : documented) {
            QVERIFY2(registered.count(operation) == 1, ("documented but not registered: " + operation).c_str());
        }
        for (const auto& [path, operations] : document.at("paths").items()) {
            if (path.rfind("/v1/", 0) != 0) {
                continue;
            }
            for (const auto& [method, operation] : operations.items()) {
                QVERIFY2(operation.at("responses").contains("401"), (method + " " + path).c_str());
                QVERIFY2(operation.contains("security"), (method + " " + path).c_str());
            }
        }
        QCOMPARE(documented.size(), std::size_t(13));
    }

    void decisionsDocumentTheirProblems() {
        const auto paths = supply_chain::openApiDocument("test").at("paths");
        for (const char* status : {"200", "401", "403", "404", "409", "422", "503"}) {
            QVERIFY2(paths.at("/v1/requests/{id}/approve").at("post").at("responses").contains(status), status);
            QVERIFY2(paths.at("/v1/requests/{id}/reject").at("post").at("responses").contains(status), status);
        }
        QVERIFY(paths.at("/v1/requests").at("post").at("responses").contains("201"));
        QVERIFY(paths.at("/v1/sync/changes").at("get").at("responses").contains("410"));
    }
};

QTEST_GUILESS_MAIN(OpenApiTest)
#include "openapi_test.moc"
