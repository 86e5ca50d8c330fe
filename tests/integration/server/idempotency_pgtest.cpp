// Idempotency-Key against a real PostgreSQL through HTTP: replays, reused keys, keys in flight, scopes per principal,
// and refusals that store nothing.
#include "magasin/server/http_app.hpp"
#include "magasin/server/http_error.hpp"
#include "magasin/server/idempotency.hpp"
#include "magasin/server/migrations.hpp"
#include "magasin/server/transaction.hpp"
#include "pg_test_database.hpp"

#include <httplib.h>

#include <QTest>

#include <thread>

using namespace magasin::server;
using nlohmann::json;

class IdempotencyTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PgTestDatabase> m_db;
    std::unique_ptr<DbPool> m_pool;
    std::unique_ptr<HttpApp> m_app;
    std::thread m_server;
    int m_port = 0;

    httplib::Result post(const std::string& body, const std::string& key, const std::string& principal = "alice") {
        httplib::Client client("127.0.0.1", m_port);
        client.set_read_timeout(std::chrono::seconds(5));
        httplib::Headers headers{{"X-Principal", principal}};
        if (!key.empty()) {
            headers.emplace("Idempotency-Key", key);
        }
        return client.Post("/v1/sales", headers, body, "application/json");
    }
    long long sales() {
        return withReadOnly(*m_pool, [](pqxx::nontransaction& tx) {
            return tx.exec("SELECT count(*) FROM sales")[0][0].as<long long>();
        });
    }

private Q_SLOTS:
    void initTestCase() {
        m_db = std::make_unique<PgTestDatabase>();
        QVERIFY2(m_db->ok(), m_db->error().c_str());
        m_pool = std::make_unique<DbPool>(DbPoolOptions{.conninfo = m_db->conninfo(), .size = 4});
        {
            auto lease = m_pool->acquire();
            applyMigrations(*lease, "platform", platformMigrations());
            pqxx::nontransaction(*lease).exec("CREATE TABLE sales (n serial PRIMARY KEY, total bigint NOT NULL)");
        }
        HttpOptions options;
        options.workers = 4;
        options.logRequests = false;
        m_app = std::make_unique<HttpApp>(ServiceInfo{"test", "test-1", "0"}, options);
        m_app->route(Method::kPost, "/v1/sales", [this](Exchange& ex) {
            respondIdempotently(
                ex, *m_pool, ex.header("X-Principal").value_or(""), [](pqxx::work& tx, const json& body) {
                    const auto total = body.at("total").get<long long>();
                    const auto n =
                        tx.exec_params("INSERT INTO sales (total) VALUES ($1) RETURNING n", total)[0][0].as<int>();
                    if (body.value("slow", false)) {
                        std::this_thread::sleep_for(std::chrono::milliseconds(400));
                    }
                    if (total < 0) {
                        throw HttpError::invalidField("total", "sale.total.sign", "negative total");
                    }
                    return IdempotentReply{201, {{"sale", n}, {"total", total}}};
                });
        });
        m_port = m_app->bind("127.0.0.1", 0);
        m_server = std::thread([this] { m_app->serve(); });
        for (int i = 0; i < 200 && !m_app->isRunning(); ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }
    void cleanupTestCase() {
        m_app->stop();
        m_server.join();
        m_app.reset();
        m_pool.reset();
        m_db.reset();
    }

    void sameKeySameBodyReplaysTheStoredReply() {
        const auto before = sales();
        auto first = post(R"({"total": 100, "note": "x"})", "key-replay");
        QVERIFY(first);
        QCOMPARE(first->status, 201);
        QVERIFY(!first->has_header("Idempotent-Replayed"));
        auto again = post(R"({ "note":"x",  "total":100 })", "key-replay");  // same JSON, other spelling
        QVERIFY(again);
        QCOMPARE(again->status, 201);
        QCOMPARE(again->body, first->body);
        QCOMPARE(again->get_header_value("Idempotent-Replayed"), std::string("true"));
        QCOMPARE(sales(), before + 1);
    }

    void sameKeyOtherBodyIs422() {
        QCOMPARE(post(R"({"total": 1})", "key-reused")->status, 201);
        auto r = post(R"({"total": 2})", "key-reused");
        QCOMPARE(r->status, 422);
        QVERIFY(r->body.find("idempotency_key_reused") != std::string::npos);
    }

    void sameKeyInFlightIs409() {
        const auto before = sales();
        int slowStatus = 0;
        std::string slowBody;
        std::thread first([&] {
            auto r = post(R"({"total": 5, "slow": true})", "key-flight");
            slowStatus = r ? r->status : -1;
            slowBody = r ? r->body : "";
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(150));
        auto second = post(R"({"total": 5, "slow": true})", "key-flight");
        first.join();
        QCOMPARE(second->status, 409);
        QVERIFY(second->body.find("idempotency_key_in_flight") != std::string::npos);
        QCOMPARE(slowStatus, 201);
        QCOMPARE(sales(), before + 1);
        QCOMPARE(post(R"({"total": 5, "slow": true})", "key-flight")->body, slowBody);  // and after: replay
    }

    void keysAreScopedByPrincipal() {
        const auto before = sales();
        QCOMPARE(post(R"({"total": 7})", "key-shared", "alice")->status, 201);
        auto bob = post(R"({"total": 7})", "key-shared", "bob");
        QCOMPARE(bob->status, 201);
        QVERIFY(!bob->has_header("Idempotent-Replayed"));
        QCOMPARE(sales(), before + 2);
    }

    void refusedRequestStoresNothing() {
        const auto before = sales();
        QCOMPARE(post(R"({"total": -1})", "key-refused")->status, 422);
        QCOMPARE(sales(), before);                                      // the insert before the refusal rolled back
        QCOMPARE(post(R"({"total": 3})", "key-refused")->status, 201);  // the key is still free
    }

    void withoutKeyEveryRequestRuns() {
        const auto before = sales();
        QCOMPARE(post(R"({"total": 9})", "")->status, 201);
        QCOMPARE(post(R"({"total": 9})", "")->status, 201);
        QCOMPARE(sales(), before + 2);
    }

    void unusableKeyIs400() { QCOMPARE(post(R"({"total": 9})", std::string(300, 'k'))->status, 400); }
};

QTEST_GUILESS_MAIN(IdempotencyTest)
#include "idempotency_pgtest.moc"
