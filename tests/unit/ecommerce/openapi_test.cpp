// The ecommerce OpenAPI document and the routes agree both ways: every registered route is documented with its
// method, and every documented path and method is registered. No database: the pool never connects.
#include "magasin/ecommerce/openapi.hpp"

#include <QTest>

#include "magasin/ecommerce/routes.hpp"
#include "magasin/server/id_source.hpp"
#include "magasin/server/openapi.hpp"
#include "magasin/server/token_keys.hpp"

using namespace magasin;
using nlohmann::json;

namespace {

// Never called: the routes are only registered.
class NoDownstreams : public ecommerce::Downstreams {
public:
    std::optional<ecommerce::ProductView> product(const domain::ProductId&, const std::string&) override {
        return std::nullopt;
    }
    ecommerce::ProductPage searchProducts(const ecommerce::ProductQuery&, const std::string&) override { return {}; }
    ecommerce::RemoteOutcome reserve(const domain::ReservationId&, const domain::ProductId&, std::int64_t,
                                     std::chrono::seconds, const std::string&, const std::string&) override {
        return {};
    }
    ecommerce::RemoteOutcome commitReservation(const domain::ReservationId&, const std::string&) override { return {}; }
    ecommerce::RemoteOutcome releaseReservation(const domain::ReservationId&, const std::string&) override {
        return {};
    }
    ecommerce::RemoteOutcome recordSale(const json&, const std::string&, const std::string&) override { return {}; }
};

}  // namespace

class EcommerceOpenApiTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void routesAndDocumentAgree() {
        server::HttpOptions options;
        options.logRequests = false;
        server::HttpApp app({"ecommerce", "ecommerce-test", "test"}, options);
        server::DbPool pool({.conninfo = "host=/nonexistent dbname=none", .size = 1});
        NoDownstreams downstreams;
        ecommerce::Shop shop(pool, downstreams, {}, domain::systemClock(), server::uuidV7Source(domain::systemClock()));
        const auto keys = server::generateKeyPair();
        const server::TokenVerifier verifier(keys.publicKey, domain::systemClock());
        ecommerce::installRoutes(app, {shop, verifier});
        const auto document = ecommerce::openApiDocument("test");

        const auto registered = server::openapi::registeredOperations(app);
        const auto documented = server::openapi::documentedOperations(document);
        for (const auto& route : registered) {
            QVERIFY2(documented.count(route) == 1, ("not documented: " + route).c_str());
        }
        for (const auto& operation : documented) {
            QVERIFY2(registered.count(operation) == 1, ("documented but not registered: " + operation).c_str());
        }
        QCOMPARE(document.at("openapi").get<std::string>(), std::string("3.1.0"));
        QCOMPARE(registered.size(), std::size_t(24));  // 20 ecommerce routes, 4 platform
    }

    void everyOperationHasSummaryAndResponses() {
        const auto all = ecommerce::openApiDocument("test").at("paths");
        for (const auto& [path, operations] : all.items()) {
            for (const auto& [method, operation] : operations.items()) {
                const std::string where = method + " " + path;
                QVERIFY2(!operation.value("summary", "").empty(), where.c_str());
                QVERIFY2(operation.contains("responses") && !operation["responses"].empty(), where.c_str());
                for (const auto& [status, response] : operation["responses"].items()) {
                    QVERIFY2(!response.value("description", "").empty(), (where + " " + status).c_str());
                }
            }
        }
    }

    void documentsTheErrorsOfARoute_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("statuses");
        QTest::newRow("register.email_taken")
            << QStringLiteral("/v1/customers") << QStringLiteral("post") << QStringLiteral("201 400 409 422");
        QTest::newRow("login.throttled") << QStringLiteral("/v1/sessions") << QStringLiteral("post")
                                         << QStringLiteral("201 401 422 429");
        QTest::newRow("checkout.failed_or_down")
            << QStringLiteral("/v1/checkouts") << QStringLiteral("post") << QStringLiteral("201 401 409 422 503");
        QTest::newRow("order.ship.manager") << QStringLiteral("/v1/orders/{id}/ship") << QStringLiteral("post")
                                            << QStringLiteral("200 401 403 404 409");
    }
    void documentsTheErrorsOfARoute() {
        QFETCH(QString, path);
        QFETCH(QString, method);
        QFETCH(QString, statuses);
        const auto operation =
            ecommerce::openApiDocument("test").at("paths").at(path.toStdString()).at(method.toStdString());
        for (const auto& status : statuses.split(QLatin1Char(' '))) {
            QVERIFY2(operation.at("responses").contains(status.toStdString()), qPrintable(status));
        }
    }
};

QTEST_GUILESS_MAIN(EcommerceOpenApiTest)
#include "openapi_test.moc"
