// The must-show rule under load: 50 concurrent online decrements (reservations over real HTTP) of the same product's
// last units never take the level below zero, and the final level is the initial one minus the successful ones.
#include <QTest>

#include <atomic>
#include <thread>

#include "http_test_helpers.hpp"
#include "inventaire_test_server.hpp"

using nlohmann::json;
using S = InventaireTestServer;

class InventaireConcurrencyTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fiftyConcurrentReservationsNeverGoBelowZero() {
        S server(true, 16);
        QVERIFY2(server.ok(), server.error().c_str());
        const std::string p5 = "550e8400-e29b-41d4-a716-446655440005";  // 4 at the central warehouse
        auto c = server.client();
        QCOMPARE(statusOf(sendJson(c, "POST", "/v1/stocks/central/" + p5 + "/adjustments", R"({"delta":26})",
                                   server.manager())),
                 201);
        const std::int64_t initial = 30;

        constexpr int kClients = 50;
        std::atomic<int> ready{0};
        std::atomic<std::int64_t> reserved{0};
        std::atomic<int> succeeded{0};
        std::atomic<int> refused{0};
        std::atomic<int> other{0};
        std::vector<std::thread> clients;
        for (int i = 0; i < kClients; ++i) {
            clients.emplace_back([&, i] {
                auto client = server.client();
                const int quantity = 1 + i % 2;  // 75 units asked for 30
                char id[37];
                std::snprintf(id, sizeof id, "99999999-9999-4999-8999-%012d", i);
                const json body = {{"id", id}, {"product_id", p5}, {"quantity", quantity}};
                ++ready;
                while (ready.load() < kClients) {
                    std::this_thread::yield();
                }
                // httplib listens with a backlog of 5: a connection refused did nothing, and the same reservation id
                // makes the retry safe.
                auto r = sendJson(client, "POST", "/v1/reservations", body.dump(), server.serviceToken());
                for (int attempt = 0; attempt < 20 && !r; ++attempt) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                    r = sendJson(client, "POST", "/v1/reservations", body.dump(), server.serviceToken());
                }
                if (statusOf(r) == 201) {
                    ++succeeded;
                    reserved += quantity;
                } else if (statusOf(r) == 409 && ruleOf(r) == "stock_level.insufficient") {
                    ++refused;
                } else {
                    ++other;
                    qWarning("unexpected answer %d: %s", statusOf(r), r ? r->body.c_str() : "");
                }
            });
        }
        for (auto& t : clients) {
            t.join();
        }
        QCOMPARE(other.load(), 0);
        QCOMPARE(succeeded.load() + refused.load(), kClients);
        QVERIFY(refused.load() > 0);
        const auto level = bodyOf(c.Get(("/v1/stocks/central/" + p5).c_str(), server.manager()))["level"];
        QCOMPARE(level.get<std::int64_t>(), initial - reserved.load());
        QVERIFY(level.get<std::int64_t>() >= 0);
        QVERIFY(level.get<std::int64_t>() <= 1);  // only a 2-unit ask can be refused with 1 left

        pqxx::connection db(server.conninfo());
        pqxx::nontransaction tx(db);
        const auto row = tx.exec_params1(
            "SELECT min(level_after), count(*) FILTER (WHERE reason = 'reservation'), sum(-delta) FILTER (WHERE reason "
            "= "
            "'reservation') FROM stock_movements WHERE product_id = $1 AND location_id = "
            "'00000000-0000-4000-8000-00000000c0de'",
            p5);
        QVERIFY(row[0].as<std::int64_t>() >= 0);  // no line of the ledger ever went below zero
        QCOMPARE(row[1].as<int>(), succeeded.load());
        QCOMPARE(row[2].as<std::int64_t>(), reserved.load());
        qInfo("%d clients: %d reservations (%lld units) held, %d refused, final level %lld", kClients, succeeded.load(),
              static_cast<long long>(reserved.load()), refused.load(),
              static_cast<long long>(level.get<std::int64_t>()));
    }
};

QTEST_GUILESS_MAIN(InventaireConcurrencyTest)
#include "inventaire_concurrency_pgtest.moc"
