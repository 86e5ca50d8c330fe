// The OpenAPI document and the routes agree both ways: every registered route is documented with its method, and
// every documented path and method is registered. No database: the pool never connects.
#include "magasin/catalogue/openapi.hpp"

#include <QTest>

#include <set>

#include "in_memory_product_repository.hpp"
#include "magasin/catalogue/routes.hpp"
#include "magasin/domain/domain_error.hpp"
#include "magasin/server/openapi.hpp"

using namespace magasin;

class OpenApiTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void routesAndDocumentAgree() {
        server::HttpOptions options;
        options.logRequests = false;
        server::HttpApp app({"catalogue", "catalogue-test", "test"}, options);
        server::DbPool pool({.conninfo = "host=/nonexistent dbname=none", .size = 1});
        catalogue::testing::InMemoryProductRepository repository;
        catalogue::ProductCatalogue products(repository, domain::systemClock(), [] { return domain::Uuid(); });
        server::TokenVerifier verifier(server::generateKeyPair().publicKey, domain::systemClock());
        server::ChangeFeed feed(pool);
        auto direct = [](server::Exchange&, const std::string&, const catalogue::IdempotentUse&) {};
        catalogue::installRoutes(app, {products, verifier, direct, feed});
        const auto document = catalogue::openApiDocument("test");

        const auto registered = server::openapi::registeredOperations(app);
        const auto documented = server::openapi::documentedOperations(document);
        for (const auto& [path, operations] : document.at("paths").items()) {
            for (const auto& [method, operation] : operations.items()) {
                QVERIFY2(operation.contains("responses") && !operation["responses"].empty(), path.c_str());
            }
        }
        for (const auto& route : registered) {
            QVERIFY2(documented.count(route) == 1, ("not documented: " + route).c_str());
        }
        for (const auto& operation : documented) {
            QVERIFY2(registered.count(operation) == 1, ("documented but not registered: " + operation).c_str());
        }
        QCOMPARE(document.at("openapi").get<std::string>(), std::string("3.1.0"));
        QVERIFY(registered.size() >= 17);
    }

    void writesDocumentTheirProblems() {
        const auto paths = catalogue::openApiDocument("test").at("paths");
        const auto& create = paths.at("/v1/products").at("post");
        for (const char* status : {"201", "400", "401", "403", "409", "413", "415", "422"}) {
            QVERIFY2(create.at("responses").contains(status), status);
        }
        QVERIFY(create.contains("security"));
        QVERIFY(!paths.at("/v1/products").at("get").contains("security"));
        QVERIFY(paths.at("/v1/sync/changes").at("get").at("responses").contains("410"));
        QVERIFY(paths.at("/v1/products/{id}/archive").at("post").at("responses").contains("409"));
    }
};

QTEST_GUILESS_MAIN(OpenApiTest)
#include "openapi_test.moc"
