// A server following another server's change feed: each page and its cursor commit together, so changes are applied
// exactly once across failures, re-bootstraps and a real HTTP feed.
#include "magasin/server/change_feed.hpp"
#include "magasin/server/feed_consumer.hpp"
#include "magasin/server/http_app.hpp"
#include "magasin/server/migrations.hpp"
#include "magasin/server/service_client.hpp"
#include "magasin/server/transaction.hpp"
#include "pg_test_database.hpp"

#include <QTest>

#include <thread>

using namespace magasin;
using namespace magasin::server;

namespace {

sync::Change change(std::int64_t seq) {
    return {seq, "product", "p" + std::to_string(seq), sync::ChangeOp::kUpsert, {{"n", seq}}};
}

// A feed of `count` changes served `limit` at a time; can be told to answer 410 once.
struct FakeFeed {
    std::int64_t count = 0;
    bool expireOnce = false;
    int calls = 0;
    sync::ChangePage operator()(std::int64_t since, int limit) {
        ++calls;
        if (expireOnce && since > 0) {
            expireOnce = false;
            throw FeedCursorExpired("compacted");
        }
        sync::ChangePage page;
        for (std::int64_t s = since + 1; s <= count && static_cast<int>(page.changes.size()) < limit; ++s) {
            page.changes.push_back(change(s));
        }
        page.cursor = page.changes.empty() ? since : page.changes.back().seq;
        page.hasMore = page.cursor < count;
        return page;
    }
};

void prepare(DbPool& pool) {
    auto lease = pool.acquire();
    applyMigrations(*lease, "platform", platformMigrations());
    pqxx::nontransaction(*lease).exec(
        "CREATE TABLE consumed (id text PRIMARY KEY, times int NOT NULL DEFAULT 1, n bigint NOT NULL)");
}

// Counts applications per id so that a double application shows as times = 2.
void applyCounting(pqxx::work& tx, const sync::Change& c) {
    tx.exec_params(
        "INSERT INTO consumed (id, n) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET times = consumed.times + 1", c.id,
        c.data.at("n").get<std::int64_t>());
}

std::int64_t scalar(DbPool& pool, const std::string& sql) {
    return withReadOnly(pool, [&](pqxx::nontransaction& tx) { return tx.exec(sql)[0][0].as<std::int64_t>(); });
}

}  // namespace

class FeedConsumerPgTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void appliesEveryPageOnceAndKeepsItsCursor() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), db.error().c_str());
        DbPool pool({db.conninfo(), 2});
        prepare(pool);
        FakeFeed feed{1234};
        FeedConsumer consumer(pool, {"source", 100}, std::ref(feed), applyCounting);
        FeedConsumer::PollResult r;
        int polls = 0;
        do {
            r = consumer.pollOnce();
            ++polls;
        } while (r.hasMore);
        QCOMPARE(polls, 13);
        QCOMPARE(consumer.cursor(), std::int64_t{1234});
        QCOMPARE(scalar(pool, "SELECT count(*) FROM consumed"), std::int64_t{1234});
        QCOMPARE(scalar(pool, "SELECT max(times) FROM consumed"), std::int64_t{1});
        // Caught up: another poll applies nothing and keeps the cursor.
        QCOMPARE(consumer.pollOnce().applied, std::size_t{0});
        QCOMPARE(consumer.cursor(), std::int64_t{1234});
    }

    void aFailingChangeLeavesItsWholePageForLater() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), db.error().c_str());
        DbPool pool({db.conninfo(), 2});
        prepare(pool);
        FakeFeed feed{50};
        bool failOn30 = true;
        FeedConsumer consumer(pool, {"source", 100}, std::ref(feed), [&](pqxx::work& tx, const sync::Change& c) {
            if (failOn30 && c.seq == 30) {
                throw std::runtime_error("the database of this consumer refused change 30");
            }
            applyCounting(tx, c);
        });
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, consumer.pollOnce());
        QCOMPARE(consumer.cursor(), std::int64_t{0});
        QCOMPARE(scalar(pool, "SELECT count(*) FROM consumed"), std::int64_t{0});
        failOn30 = false;
        QCOMPARE(consumer.pollOnce().applied, std::size_t{50});
        QCOMPARE(scalar(pool, "SELECT count(*) FROM consumed WHERE times = 1"), std::int64_t{50});
    }

    void anExpiredCursorReBootstraps() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), db.error().c_str());
        DbPool pool({db.conninfo(), 2});
        prepare(pool);
        FakeFeed feed{20};
        FeedConsumer consumer(pool, {"source", 10}, std::ref(feed), applyCounting);
        consumer.pollOnce();
        QCOMPARE(consumer.cursor(), std::int64_t{10});
        feed.expireOnce = true;
        const auto r = consumer.pollOnce();
        QCOMPARE(r.applied, std::size_t{0});
        QVERIFY(r.hasMore);
        QCOMPARE(consumer.cursor(), std::int64_t{0});
        while (consumer.pollOnce().hasMore) {
        }
        QCOMPARE(consumer.cursor(), std::int64_t{20});
        // The first ten were seen twice (bootstrap), the rest once; an upserting apply ends in the same state.
        QCOMPARE(scalar(pool, "SELECT count(*) FROM consumed"), std::int64_t{20});
        QCOMPARE(scalar(pool, "SELECT count(*) FROM consumed WHERE times = 2"), std::int64_t{10});
    }

    void followsARealFeedOverHttpInTheBackground() {
        PgTestDatabase sourceDb;
        PgTestDatabase consumerDb;
        QVERIFY2(sourceDb.ok() && consumerDb.ok(), sourceDb.error().c_str());
        DbPool source({sourceDb.conninfo(), 4});
        {
            auto lease = source.acquire();
            applyMigrations(*lease, "platform", platformMigrations());
        }
        DbPool pool({consumerDb.conninfo(), 2});
        prepare(pool);

        HttpOptions options;
        options.logRequests = false;
        HttpApp app({"source", "source-1", "0"}, options);
        ChangeFeed feed(source);
        registerChangeFeedRoute(app, feed, [](Exchange&) { return FeedScope::all(); });
        const int port = app.bind("127.0.0.1", 0);
        std::thread server([&] { app.serve(); });

        ServiceClient client({"http://127.0.0.1:" + std::to_string(port), "", "source"});
        FeedConsumer consumer(pool, {"source", 50, std::chrono::milliseconds(20)}, httpFeed(client), applyCounting);
        consumer.start();
        for (int batch = 0; batch < 10; ++batch) {
            withTransaction(source, [&](pqxx::work& tx) {
                for (int i = 0; i < 30; ++i) {
                    const int n = batch * 30 + i;
                    ChangeFeed::append(tx, "product", "p" + std::to_string(n), sync::ChangeOp::kUpsert, {{"n", n}},
                                       std::nullopt);
                }
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(scalar(pool, "SELECT count(*) FROM consumed"), std::int64_t{300}, 10000);
        consumer.stop();
        QCOMPARE(scalar(pool, "SELECT max(times) FROM consumed"), std::int64_t{1});
        QCOMPARE(consumer.cursor(), std::int64_t{300});
        app.stop();
        server.join();
    }
};

QTEST_GUILESS_MAIN(FeedConsumerPgTest)
#include "feed_consumer_pgtest.moc"
