// Three catalogue instances on one database, as deployed: what one writes the others read, demo data loads once,
// and concurrent creates of the same name through different instances give exactly one product.
#include <QTest>

#include <atomic>
#include <thread>

#include "catalogue_test_server.hpp"
#include "http_test_helpers.hpp"

using nlohmann::json;

class CatalogueInstancesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writesOnOneAreSeenByAll() {
        CatalogueTestServer server(3, /*demoData=*/true);
        QVERIFY2(server.ok(), server.error().c_str());
        for (int i = 0; i < 3; ++i) {
            auto c = server.client(i);
            auto r = c.Get("/v1/products?page_size=100");
            QCOMPARE(bodyOf(r)["total"].get<int>(), 5);  // demo data applied three times, created once
            QCOMPARE(r->get_header_value("X-Instance-Id"), "catalogue-" + std::to_string(i + 1));
        }
        auto first = server.client(0);
        auto created = sendJson(
            first, "POST", "/v1/products",
            json({{"name", "Table"}, {"category", "Meubles"}, {"price_cents", 100}, {"sku", "TAB0001"}}).dump(),
            server.managerHeaders());
        QCOMPARE(statusOf(created), 201);
        const std::string id = bodyOf(created)["id"].get<std::string>();
        for (int i = 1; i < 3; ++i) {
            auto c = server.client(i);
            auto r = c.Get(("/v1/products/" + id).c_str());
            QCOMPARE(statusOf(r), 200);
            QVERIFY(sameJson(bodyOf(r), bodyOf(created)));
        }
    }

    void concurrentSameNameGivesOneProduct() {
        CatalogueTestServer server(3);
        QVERIFY2(server.ok(), server.error().c_str());
        constexpr int kRounds = 10;
        for (int round = 0; round < kRounds; ++round) {
            std::atomic<int> created{0};
            std::atomic<int> conflicts{0};
            std::vector<std::thread> threads;
            for (int i = 0; i < 3; ++i) {
                threads.emplace_back([&, i] {
                    auto c = server.client(i);
                    const json body = {
                        {"name", "Lampe " + std::to_string(round)},
                        {"category", "Meubles"},
                        {"price_cents", 100},
                        {"sku", "L" + std::string(1, static_cast<char>('A' + i)) + "A" + std::to_string(1000 + round)}};
                    const int status =
                        statusOf(sendJson(c, "POST", "/v1/products", body.dump(), server.managerHeaders()));
                    (status == 201 ? created : conflicts)++;
                });
            }
            for (auto& t : threads) {
                t.join();
            }
            QCOMPARE(created.load(), 1);
            QCOMPARE(conflicts.load(), 2);
        }
        auto c = server.client(1);
        QCOMPARE(bodyOf(c.Get("/v1/products?q=lampe&page_size=100"))["total"].get<int>(), kRounds);
    }
};

QTEST_GUILESS_MAIN(CatalogueInstancesTest)
#include "catalogue_instances_pgtest.moc"
