// The commandes OpenAPI document and the routes agree both ways: every registered route is documented with its
// method, and every documented path and method is registered. No database: the pool never connects.
#include "magasin/commandes/openapi.hpp"

#include <QTest>

#include "magasin/commandes/routes.hpp"
#include "magasin/server/openapi.hpp"
#include "magasin/server/token_keys.hpp"

using namespace magasin;
using nlohmann::json;

class CommandesOpenApiTest : public QObject {
    Q_OBJECT

private:
    static json paths() { return commandes::openApiDocument("test").at("paths"); }

private Q_SLOTS:
    void routesAndDocumentAgree() {
        server::HttpOptions options;
        options.logRequests = false;
        server::HttpApp app({"commandes", "commandes-test", "test"}, options);
        server::DbPool pool({.conninfo = "host=/nonexistent dbname=none", .size = 1});
        const auto keys = server::generateKeyPair();
        const server::TokenSigner signer(keys.secretKey, domain::systemClock());
        commandes::SessionService sessions(pool, signer, commandes::PinHasher(), domain::systemClock());
        const server::TokenVerifier verifier(keys.publicKey, domain::systemClock());
        const commandes::SaleBook sales(domain::systemClock());
        const server::ChangeFeed feed(pool);
        server::CommandProcessor processor(pool);
        commandes::installRoutes(app,
                                 {pool, verifier, sessions, sales, feed, processor, domain::systemClock(), nullptr});
        const auto document = commandes::openApiDocument("test");

        const auto registered = server::openapi::registeredOperations(app);
        const auto documented = server::openapi::documentedOperations(document);
        for (const auto& route : registered) {
            QVERIFY2(documented.count(route) == 1, ("not documented: " + route).c_str());
        }
        for (const auto& operation : documented) {
            QVERIFY2(registered.count(operation) == 1, ("documented but not registered: " + operation).c_str());
        }
        for (const char* platform : {"get /health/live", "get /health/ready", "get /metrics", "get /openapi.json",
                                     "get /v1/sync/changes", "post /v1/sync/commands"}) {
            QVERIFY2(documented.count(platform) == 1, platform);
        }
        QCOMPARE(document.at("openapi").get<std::string>(), std::string("3.1.0"));
        QCOMPARE(registered.size(), std::size_t(24));  // 18 commandes routes, 2 sync, 4 platform
    }

    void everyOperationHasSummaryAndResponses() {
        const auto all = paths();
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
        QTest::addColumn<bool>("bearer");
        QTest::newRow("login.throttled") << QString::fromLatin1("/v1/sessions") << QString::fromLatin1("post")
                                         << QString::fromLatin1("201 400 401 415 422 429") << false;
        QTest::newRow("refresh.spent") << QString::fromLatin1("/v1/sessions/refresh") << QString::fromLatin1("post")
                                       << QString::fromLatin1("200 401 422") << false;
        QTest::newRow("logout.no_content") << QString::fromLatin1("/v1/sessions") << QString::fromLatin1("delete")
                                           << QString::fromLatin1("204 400 422") << false;
        QTest::newRow("store.unknown") << QString::fromLatin1("/v1/stores/{id}") << QString::fromLatin1("get")
                                       << QString::fromLatin1("200 404 422") << false;
        QTest::newRow("device.enrol.manager") << QString::fromLatin1("/v1/devices") << QString::fromLatin1("post")
                                              << QString::fromLatin1("201 401 403 404 422") << true;
        QTest::newRow("device.revoke.already_revoked")
            << QString::fromLatin1("/v1/devices/{id}") << QString::fromLatin1("delete")
            << QString::fromLatin1("204 401 403 404 409") << true;
        QTest::newRow("staff.disable.manager") << QString::fromLatin1("/v1/staff/{id}") << QString::fromLatin1("patch")
                                               << QString::fromLatin1("200 401 403 404 422") << true;
        QTest::newRow("sale.record.idempotent") << QString::fromLatin1("/v1/sales") << QString::fromLatin1("post")
                                                << QString::fromLatin1("201 400 401 403 409 413 415 422") << true;
        QTest::newRow("sale.list.manager") << QString::fromLatin1("/v1/sales") << QString::fromLatin1("get")
                                           << QString::fromLatin1("200 401 403 422") << true;
        QTest::newRow("sale.cancel.override_throttled")
            << QString::fromLatin1("/v1/sales/{id}/cancel") << QString::fromLatin1("post")
            << QString::fromLatin1("200 401 403 404 409 429") << true;
        QTest::newRow("report.store.other")
            << QString::fromLatin1("/v1/reports/consolidated") << QString::fromLatin1("get")
            << QString::fromLatin1("200 401 403 404 422") << true;
        QTest::newRow("devices.sync.manager") << QString::fromLatin1("/v1/devices") << QString::fromLatin1("get")
                                              << QString::fromLatin1("200 401 403 404 422") << true;
        QTest::newRow("rejections.manager") << QString::fromLatin1("/v1/sync/rejections") << QString::fromLatin1("get")
                                            << QString::fromLatin1("200 401 403 404 422") << true;
        QTest::newRow("feed.cursor_expired") << QString::fromLatin1("/v1/sync/changes") << QString::fromLatin1("get")
                                             << QString::fromLatin1("200 400 401 410 422") << true;
        QTest::newRow("commands.other_device")
            << QString::fromLatin1("/v1/sync/commands") << QString::fromLatin1("post")
            << QString::fromLatin1("200 401 403 422") << true;
        QTest::newRow("health.ready.draining") << QString::fromLatin1("/health/ready") << QString::fromLatin1("get")
                                               << QString::fromLatin1("200 503") << false;
    }
    void documentsTheErrorsOfARoute() {
        QFETCH(QString, path);
        QFETCH(QString, method);
        QFETCH(QString, statuses);
        QFETCH(bool, bearer);
        const auto operation = paths().at(path.toStdString()).at(method.toStdString());
        for (const auto& status : statuses.split(QLatin1Char(' '))) {
            QVERIFY2(operation.at("responses").contains(status.toStdString()), qPrintable(status));
        }
        QCOMPARE(operation.contains("security"), bearer);
    }

    void bodiesAndSchemasResolve() {
        const auto document = commandes::openApiDocument("test");
        const auto& schemas = document.at("components").at("schemas");
        // Every $ref points at a schema of the document.
        std::vector<const json*> pending{&document};
        int refs = 0;
        while (!pending.empty()) {
            const json* node = pending.back();
            pending.pop_back();
            if (node->is_object() && node->contains("$ref")) {
                const auto target = node->at("$ref").get<std::string>();
                QVERIFY2(schemas.contains(target.substr(target.find_last_of('/') + 1)), target.c_str());
                ++refs;
            }
            if (node->is_structured()) {
                for (const auto& child : *node) {
                    pending.push_back(&child);
                }
            }
        }
        QVERIFY(refs > 30);
        QVERIFY(paths().at("/v1/sales").at("post").at("requestBody").at("required").get<bool>());
        QCOMPARE(document.at("components").at("securitySchemes").at("bearer").at("scheme").get<std::string>(),
                 std::string("bearer"));
    }
};

QTEST_GUILESS_MAIN(CommandesOpenApiTest)
#include "openapi_test.moc"
