// commandes' sales feed applied by the platform's FeedConsumer over a fake fetch: a store sale takes its lines out of
// the store's stock, a cancellation puts them back, a web sale moves nothing; exactly once, with pages replayed by
// an overlapping source and by a re-bootstrap after 410, and with a feed compacted to a sale's cancelled state.
#include <QTest>

#include "http_test_helpers.hpp"
#include "inventaire_test_server.hpp"
#include "magasin/domain/domain_error.hpp"
#include "magasin/server/feed_consumer.hpp"

using magasin::sync::Change;
using magasin::sync::ChangeOp;
using magasin::sync::ChangePage;
using nlohmann::json;
using S = InventaireTestServer;

namespace {

const char* const kStoreC = "33333333-3333-3333-3333-333333333339";  // unknown to the demo data

json sale(const std::string& id, const char* store, const char* channel, const char* origin, const char* status,
          json lines) {
    return {{"id", id},         {"store_id", store},         {"channel", channel}, {"origin", origin},
            {"status", status}, {"lines", std::move(lines)}, {"total_cents", 1234}};
}
json line(const char* product, int quantity) {
    return {{"product_id", product}, {"quantity", quantity}, {"unit_price_cents", 899}};
}

// A source feed in memory: pages of `limit` after `since`, optionally re-sending the change before `since` (a
// source that replays), or answering 410 once.
struct FakeFeed {
    std::vector<Change> changes;
    bool overlap = false;
    bool expireOnce = false;
    int fetches = 0;
    ChangePage fetch(std::int64_t since, int limit) {
        ++fetches;
        if (expireOnce && since > 0) {
            expireOnce = false;
            throw magasin::server::FeedCursorExpired("cursor expired");
        }
        ChangePage page;
        const std::int64_t from = overlap && since > 0 ? since - 1 : since;
        for (const auto& change : changes) {
            if (change.seq > from && static_cast<int>(page.changes.size()) < limit) {
                page.changes.push_back(change);
            }
        }
        page.cursor = page.changes.empty() ? since : page.changes.back().seq;
        page.hasMore = !changes.empty() && page.cursor < changes.back().seq;
        return page;
    }
    void add(const std::string& entity, const json& data) {
        changes.push_back({static_cast<std::int64_t>(changes.size() + 1), entity, data["id"].get<std::string>(),
                           ChangeOp::kUpsert, data});
    }
};

}  // namespace

class SalesFeedTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<S> m_server;
    FakeFeed m_feed;

    std::int64_t level(const std::string& location, const char* product) {
        auto c = m_server->client();
        return bodyOf(c.Get(("/v1/stocks/" + location + "/" + product).c_str(), m_server->manager()))
            .value("level", INT64_MIN);
    }
    std::unique_ptr<magasin::server::FeedConsumer> consumer() {
        auto& service = m_server->service();
        return std::make_unique<magasin::server::FeedConsumer>(
            service.pool(), magasin::server::FeedConsumer::Options{.feed = "commandes", .pageSize = 2},
            [this](std::int64_t since, int limit) { return m_feed.fetch(since, limit); },
            [&service](pqxx::work& tx, const Change& change) { service.salesApplier().apply(tx, change); });
    }
    void drain(magasin::server::FeedConsumer& c) {
        for (int i = 0; i < 50; ++i) {
            try {
                if (!c.pollOnce().hasMore) {
                    return;
                }
            } catch (const magasin::server::FeedCursorExpired&) {
            }
        }
        QFAIL("the consumer never caught up");
    }
    std::int64_t count(const std::string& sql) {
        pqxx::connection db(m_server->conninfo());
        pqxx::nontransaction tx(db);
        return tx.exec1(sql)[0].as<std::int64_t>();
    }
    // Every expectation of the feed below, checked after each replay.
    void checkLevels() {
        QCOMPARE(level(S::kStoreA, S::kP1), std::int64_t(20 - 3 - 2 + 3 - 30));  // S1 cancelled, S3 below zero
        QCOMPARE(level(S::kStoreA, S::kP2), std::int64_t(0));                    // S1's second line, back
        QCOMPARE(level("central", S::kP1), std::int64_t(100));                   // the web sale moved nothing
        QCOMPARE(level(kStoreC, S::kP3), std::int64_t(0));                       // S4 seen only as cancelled
        QCOMPARE(count("SELECT count(*) FROM stock_movements WHERE source LIKE 'sale%'"), std::int64_t(8));
        // S1's P2 (none on the shelf), S4's 30 P1 and S5's P3 each took a level below zero once.
        QCOMPARE(count("SELECT count(*) FROM stock_exceptions"), std::int64_t(3));
    }

private Q_SLOTS:
    void init() {
        m_server = std::make_unique<S>();
        QVERIFY2(m_server->ok(), m_server->error().c_str());
        m_feed = FakeFeed{};
        m_feed.add("store", {{"id", S::kStoreA}, {"name", "Magasin Central"}, {"tax_profile", "QC"}});
        m_feed.add("sale", sale("0190a000-0000-7000-8000-000000000001", S::kStoreA, "store", "terminal", "active",
                                {line(S::kP1, 3), line(S::kP2, 1)}));
        m_feed.add("sale", sale("0190a000-0000-7000-8000-000000000002", S::kStoreA, "store", "rest", "active",
                                {line(S::kP1, 2)}));
        m_feed.add("sale",
                   sale("0190a000-0000-7000-8000-000000000003", S::kStoreA, "web", "web", "active", {line(S::kP1, 5)}));
        m_feed.add("staff_verifier", {{"id", "x"}});  // not inventaire's business
        m_feed.add("sale", sale("0190a000-0000-7000-8000-000000000001", S::kStoreA, "store", "terminal", "cancelled",
                                {line(S::kP1, 3), line(S::kP2, 1)}));
        m_feed.add("sale", sale("0190a000-0000-7000-8000-000000000004", S::kStoreA, "store", "terminal", "active",
                                {line(S::kP1, 30)}));
        m_feed.add("sale", sale("0190a000-0000-7000-8000-000000000005", kStoreC, "store", "terminal", "cancelled",
                                {line(S::kP3, 4)}));
        m_feed.changes[3].data["store_id"] = nullptr;
    }
    void cleanup() { m_server.reset(); }

    void salesAndCancellationsMoveStoreStockOnce() {
        auto c = consumer();
        drain(*c);
        checkLevels();
        QCOMPARE(c->cursor(), std::int64_t(8));
        auto http = m_server->client();
        const auto ledger =
            bodyOf(http.Get((std::string("/v1/movements?store=") + S::kStoreA + "&product=" + S::kP1).c_str(),
                            m_server->manager()))["items"];
        QCOMPARE(ledger[0]["source"].get<std::string>(), std::string("sale:0190a000-0000-7000-8000-000000000004:1"));
        QCOMPARE(ledger[0]["origin"].get<std::string>(), std::string("offline"));
        QCOMPARE(ledger[1]["source"].get<std::string>(),
                 std::string("sale_cancelled:0190a000-0000-7000-8000-000000000001:1"));
        QCOMPARE(ledger[2]["origin"].get<std::string>(), std::string("online"));  // S2 was rung up over REST
        // The store commandes never published still got a location, under a provisional name.
        QCOMPARE(count(std::string("SELECT count(*) FROM locations WHERE id = '") + kStoreC + "'"), std::int64_t(1));
    }

    void replayedPagesChangeNothing() {
        m_feed.overlap = true;  // every page re-sends the change before the cursor
        auto c = consumer();
        drain(*c);
        checkLevels();
        drain(*c);
        checkLevels();
        // A second consumer with its own reading of the same feed from 0 (as after a lost cursor).
        pqxx::connection db(m_server->conninfo());
        pqxx::nontransaction(db).exec("UPDATE feed_cursors SET cursor = 0");
        drain(*consumer());
        checkLevels();
    }

    void reBootstrapAfter410ChangesNothing() {
        auto c = consumer();
        drain(*c);
        m_feed.expireOnce = true;
        m_feed.add("sale", sale("0190a000-0000-7000-8000-000000000006", S::kStoreA, "store", "terminal", "active",
                                {line(S::kP2, 1)}));
        drain(*c);
        QCOMPARE(level(S::kStoreA, S::kP2), std::int64_t(-1));
        QCOMPARE(count("SELECT count(*) FROM stock_movements WHERE source LIKE 'sale%'"), std::int64_t(9));
    }

    void malformedSaleStopsTheCursor() {
        FakeFeed bad;
        bad.add("sale", {{"id", "0190a000-0000-7000-8000-000000000007"},
                         {"store_id", S::kStoreA},
                         {"channel", "store"},
                         {"origin", "terminal"},
                         {"status", "active"},
                         {"lines", {{{"product_id", S::kP1}, {"quantity", 0}}}}});
        m_feed = bad;
        auto c = consumer();
        bool refused = false;
        try {
            c->pollOnce();
        } catch (const magasin::domain::DomainError& e) {
            refused = e.rule() == "quantity.range";
        }
        QVERIFY(refused);
        QCOMPARE(c->cursor(), std::int64_t(0));
        QCOMPARE(level(S::kStoreA, S::kP1), std::int64_t(20));
    }
};

QTEST_GUILESS_MAIN(SalesFeedTest)
#include "sales_feed_pgtest.moc"
