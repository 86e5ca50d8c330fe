// Stores, the consolidated report and the indicators over HTTP (stock from inventaire's feed, applied to the local
// copy), and the hostile-input sweep (hostile_input.hpp): no route of commandes answers 5xx to malformed paths, queries
// or bodies.
#include <QTest>

#include "commandes_test_server.hpp"
#include "hostile_input.hpp"
#include "magasin/commandes/feed_copies.hpp"
#include "magasin/server/transaction.hpp"

using namespace commandes_test;

class CommandesReportsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void storesArePublic() {
        CommandesTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const json stores = bodyOf(c.Get("/v1/stores"));
        QCOMPARE(stores["items"].size(), std::size_t(4));
        auto r = c.Get((std::string("/v1/stores/") + kStoreA).c_str());
        QCOMPARE(statusOf(r), 200);
        QCOMPARE(bodyOf(r)["name"].get<std::string>(), std::string("Magasin Central"));
        QCOMPARE(bodyOf(r)["tax_profile"]["taxes"][1]["rate"].get<int>(), 9975);
        QCOMPARE(statusOf(c.Get(("/v1/stores/" + newV7()).c_str())), 404);
        QCOMPARE(statusOf(c.Get("/v1/stores/nope")), 422);
    }

    void consolidatedReportAndIndicators() {
        CommandesTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        magasin::server::withTransaction(s.service().pool(), [](pqxx::work& tx) {
            const auto level = [&](const char* product, int value) {
                magasin::commandes::applyStockChange(tx, {0,
                                                          "stock_level",
                                                          "x",
                                                          magasin::sync::ChangeOp::kUpsert,
                                                          {{"location_id", "77777777-7777-7777-7777-777777777771"},
                                                           {"store_id", kStoreA},
                                                           {"product_id", product},
                                                           {"level", value}}});
            };
            level(kClavier, 17);
            level(kSouris, 0);
            magasin::commandes::applyCatalogueChange(
                tx, {0,
                     "product",
                     kClavier,
                     magasin::sync::ChangeOp::kUpsert,
                     {{"id", kClavier}, {"name", "Clavier mécanique"}, {"price_cents", 8999}, {"active", true}}});
        });
        auto c = s.client();
        const std::string manager = s.accessToken("1002", "1919");
        json sale = saleBody(newV7());
        sale["device_id"] = s.enrolDevice(manager)["id"];
        QCOMPARE(statusOf(c.Post("/v1/sales", bearer(s.accessToken("1001", "1111")), sale.dump(), "application/json")),
                 201);
        const std::string period = "from=2026-11-20T00:00:00Z&to=2026-11-27T00:00:00Z";
        auto r = c.Get(("/v1/reports/consolidated?" + period).c_str(), bearer(manager));
        QCOMPARE(statusOf(r), 200);
        const json report = bodyOf(r);
        QCOMPARE(report["sale_count"].get<int>(), 1);
        QCOMPARE(report["revenue_cents"].get<int>(), 26997);
        QCOMPARE(report["taxes_collected_cents"].get<int>(), 4043);
        QCOMPARE(report["products_sold"][0]["quantity"].get<int>(), 3);
        QCOMPARE(report["ruptures"].size(), std::size_t(1));
        QCOMPARE(report["overstock"][0]["name"].get<std::string>(), std::string("Clavier mécanique"));
        r = c.Get(("/v1/reports/indicators?lang=en&" + period).c_str(), bearer(manager));
        QCOMPARE(statusOf(r), 200);
        QCOMPARE(bodyOf(r)["items"].size(), std::size_t(1));
        QCOMPARE(bodyOf(r)["items"][0]["trend"].get<std::string>(), std::string("Clavier mécanique (3)"));
        r = c.Get("/v1/reports/indicators?lang=fr&from=2020-01-01T00:00:00Z&to=2020-01-08T00:00:00Z",
                  bearer(s.serviceToken()));
        QCOMPARE(bodyOf(r)["items"].size(), std::size_t(4));
        QCOMPARE(bodyOf(r)["items"][0]["trend"].get<std::string>(), std::string("Aucune vente cette semaine"));
        QCOMPARE(statusOf(c.Get("/v1/reports/indicators?lang=de", bearer(manager))), 422);
        QCOMPARE(statusOf(c.Get("/v1/reports/consolidated?from=2026-11-27T00:00:00Z&to=2026-11-20T00:00:00Z",
                                bearer(manager))),
                 422);
        QCOMPARE(statusOf(c.Get("/v1/reports/indicators", bearer(s.accessToken("1001", "1111")))), 403);
    }

    void hostileInputNeverAnswers5xx() {
        CommandesTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto manager = bearer(s.accessToken("1002", "1919"));
        // Beside commonHostileBodies(): wrong types and absurd values for commandes' fields.
        const std::vector<std::string> bodies = {
            "{\"employee_code\":1,\"pin\":[]}",
            "{\"pin\":\"\\u0000\"}",
            "{\"id\":\"01890a5d-ac96-774b-bcce-b302099a8057\",\"store_id\":\"33333333-3333-3333-3333-333333333331\","
            "\"at\":\"2026-13-45T99:00:00Z\",\"lines\":[{\"quantity\":1e99}]}",
            "{\"lines\":[{\"product_id\":\"x\",\"unit_price_cents\":-9223372036854775808,\"quantity\":"
            "9223372036854775807}],\"payments\":{}}",
            "{\"active\":\"yes\",\"name\":" + json(std::string(5000, 'x')).dump() + "}",
            "{\"device_id\":\"bad\",\"commands\":[{\"device_seq\":-1}]}",
            "{\"reason\":\"" + std::string(600, 'a') + "\",\"manager_code\":\"1002\",\"manager_pin\":\"19\"}"};
        const std::vector<std::string> params = {"%FF",  "x", "%00", kCashierA, "01890a5d-ac96-774b-bcce-b302099a8057",
                                                 kStoreA};
        const std::vector<std::string> queries = {"", "?store=x", "?limit=abc", "?flagged=maybe", "?lang=de"};
        std::vector<std::string> failures;
        int checked = sweepRoutes(c, s.service().app().routes(),
                                  {params, queries, bodies, {manager, httplib::Headers{}}}, failures);
        QVERIFY2(failures.empty(), failures.empty() ? "" : failures.front().c_str());
        for (const char* query :
             {"/v1/sales?store=x", "/v1/sales?limit=0", "/v1/sales?limit=99999999999999999999", "/v1/sales?offset=-1",
              "/v1/sales?staff=%FF", "/v1/sales?from=%00", "/v1/reports/consolidated?store=%FF",
              "/v1/reports/consolidated?from=x", "/v1/reports/indicators?to=2026-02-30T00:00:00Z",
              "/v1/sync/changes?since=-5", "/v1/sync/changes?limit=abc"}) {
            const auto r = c.Get(query, manager);
            QVERIFY2(statusOf(r) >= 400 && statusOf(r) < 500, query);
            ++checked;
        }
        QVERIFY(checked > 150);
    }
};

QTEST_GUILESS_MAIN(CommandesReportsTest)
#include "commandes_reports_pgtest.moc"
