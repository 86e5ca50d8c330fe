// The sync engine against a scripted server: bootstrap by pages then deltas from the stored cursor, catalogue before
// stock before staff, store scoping, re-bootstrap on 410, pushes in order in batches with outcomes applied, the
// outbox kept intact when the server cannot be reached; plus the backoff and the terminal lock it relies on.
#include <QTemporaryDir>
#include <QTest>

#include "fake_transport.hpp"
#include "magasin/client/backoff.hpp"
#include "magasin/client/catalogue_cache.hpp"
#include "magasin/client/journal.hpp"
#include "magasin/client/outbox.hpp"
#include "magasin/client/staff_directory.hpp"
#include "magasin/client/stock_snapshot.hpp"
#include "magasin/client/sync_engine.hpp"
#include "magasin/client/terminal_lock.hpp"

using namespace magasin;
using nlohmann::json;

namespace {

const char* kStore = "33333333-3333-3333-3333-333333333331";

client::DeviceIdentity identity() {
    return {domain::DeviceId::parse("0190f0a0-0000-7000-8000-000000000001"), domain::StoreId::parse(kStore), "Caisse 1",
            "dc_secret"};
}

json productChange(std::int64_t seq, const std::string& id, const std::string& name, std::int64_t cents) {
    return {{"seq", seq},
            {"entity", "product"},
            {"id", id},
            {"op", "upsert"},
            {"data",
             {{"id", id},
              {"name", name},
              {"category", "Boissons"},
              {"price_cents", cents},
              {"description", ""},
              {"sku", "ABC0001"},
              {"barcodes", json::array()},
              {"taxable", true},
              {"active", true}}}};
}

// A server whose feed is `changes` (ordered by seq) served in pages of `pageSize`.
FakeTransport::Handler feed(std::vector<json> changes, std::size_t pageSize = 2) {
    return [changes, pageSize](const client::HttpRequest& r) {
        const auto since = FakeTransport::since(r);
        json page = json::array();
        std::int64_t cursor = since;
        bool more = false;
        for (const auto& c : changes) {
            if (c.at("seq").get<std::int64_t>() <= since) {
                continue;
            }
            if (page.size() == pageSize) {
                more = true;
                break;
            }
            page.push_back(c);
            cursor = c.at("seq").get<std::int64_t>();
        }
        return FakeTransport::answer(200, {{"changes", page}, {"cursor", cursor}, {"has_more", more}});
    };
}

void tokenRoute(FakeTransport& t) {
    t.on("POST", QStringLiteral("/v1/devices/token"), [](const client::HttpRequest&) {
        return FakeTransport::answer(200, {{"access_token", "dt"}, {"expires_in", 900}});
    });
}

// A commandes that applies every command and remembers what it saw.
struct FakeCommandes {
    std::vector<json> pushed;
    FakeTransport::Handler handler() {
        return [this](const client::HttpRequest& r) {
            const auto body = json::parse(r.body.toStdString());
            json outcomes = json::array();
            for (const auto& c : body.at("commands")) {
                pushed.push_back(c);
                outcomes.push_back({{"command_id", c.at("command_id")},
                                    {"device_seq", c.at("device_seq")},
                                    {"status", "applied"},
                                    {"flags", json::array()},
                                    {"result", json::object()}});
            }
            return FakeTransport::answer(200, {{"outcomes", outcomes}});
        };
    }
};

client::ServerEndpoints endpoints() {
    client::ServerEndpoints e;
    e.catalogue = QUrl(QStringLiteral("http://catalogue"));
    e.inventaire = QUrl(QStringLiteral("http://inventaire"));
    e.commandes = QUrl(QStringLiteral("http://commandes"));
    return e;
}

}  // namespace

class SyncEngineTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bootstrapThenDeltasFromTheStoredCursor() {
        QTemporaryDir dir;
        client::Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        FakeTransport transport;
        tokenRoute(transport);
        std::vector<json> catalogue = {productChange(1, "p1", "Café", 1599), productChange(2, "p2", "Thé", 500),
                                       productChange(3, "p3", "Eau", 200)};
        transport.on("GET", QStringLiteral("/v1/sync/changes"), feed({}));
        transport.on("GET", QStringLiteral("/v1/sync/changes"), [&](const client::HttpRequest& r) {
            return r.url.host() == QLatin1String("catalogue") ? feed(catalogue)(r) : feed({})(r);
        });
        FakeCommandes commandes;
        transport.on("POST", QStringLiteral("/v1/sync/commands"), commandes.handler());
        client::ApiClient api(transport, endpoints());
        client::SyncEngine engine(journal, api, identity(), domain::systemClock());
        auto round = engine.runOnce();
        QVERIFY2(round.complete, qPrintable(round.error));
        QCOMPARE(round.changesApplied, 3);
        client::CatalogueCache cache(journal);
        QCOMPARE(cache.count(), 3);
        // Feed order: catalogue first (two pages), then inventaire, then commandes.
        QStringList hosts;
        for (const auto& r : transport.requests) {
            if (r.url.path().endsWith(QLatin1String("/changes"))) {
                hosts << r.url.host() + QLatin1Char(':') + QString::number(FakeTransport::since(r));
            }
        }
        QCOMPARE(hosts.join(QLatin1Char(' ')), QStringLiteral("catalogue:0 catalogue:2 inventaire:0 commandes:0"));
        // A price change later: the next round asks from cursor 3 and applies only it.
        catalogue.push_back(productChange(4, "p1", "Café", 1699));
        transport.requests.clear();
        round = engine.runOnce();
        QVERIFY(round.complete);
        QCOMPARE(round.changesApplied, 1);
        QCOMPARE(cache.byId("p1")->priceCents, 1699);
        QCOMPARE(FakeTransport::since(transport.requests.at(0)) + 0, 3);
        QVERIFY(!engine.status().lastCatalogueSync.isNull());
    }

    void stockAndStaffOfThisStoreOnly() {
        QTemporaryDir dir;
        client::Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        FakeTransport transport;
        tokenRoute(transport);
        const std::vector<json> stock = {
            {{"seq", 1},
             {"entity", "stock_level"},
             {"id", "x"},
             {"op", "upsert"},
             {"data",
              {{"store_id", kStore}, {"product_id", "p1"}, {"level", 20}, {"updated_at", "2026-11-25T10:00:00Z"}}}},
            {{"seq", 2},
             {"entity", "stock_level"},
             {"id", "y"},
             {"op", "upsert"},
             {"data",
              {{"store_id", nullptr}, {"product_id", "p1"}, {"level", 100}, {"updated_at", "2026-11-25T10:00:00Z"}}}}};
        const std::vector<json> staff = {{{"seq", 1},
                                          {"entity", "staff_verifier"},
                                          {"id", "s1"},
                                          {"op", "upsert"},
                                          {"data",
                                           {{"id", "44444444-4444-4444-4444-444444444411"},
                                            {"employee_code", "1001"},
                                            {"name", "Julie Roy"},
                                            {"role", "cashier"},
                                            {"store_id", kStore},
                                            {"pin_verifier", "$argon2id$x"},
                                            {"active", true}}}},
                                         {{"seq", 2},
                                          {"entity", "staff_verifier"},
                                          {"id", "s2"},
                                          {"op", "upsert"},
                                          {"data",
                                           {{"id", "44444444-4444-4444-4444-444444444421"},
                                            {"employee_code", "2001"},
                                            {"name", "Sophie"},
                                            {"role", "cashier"},
                                            {"store_id", "33333333-3333-3333-3333-333333333332"},
                                            {"pin_verifier", "$argon2id$y"},
                                            {"active", true}}}}};
        transport.on("GET", QStringLiteral("/v1/sync/changes"), [&](const client::HttpRequest& r) {
            if (r.url.host() == QLatin1String("inventaire")) {
                return feed(stock)(r);
            }
            return r.url.host() == QLatin1String("commandes") ? feed(staff)(r) : feed({})(r);
        });
        client::ApiClient api(transport, endpoints());
        client::SyncEngine engine(journal, api, identity(), domain::systemClock());
        QVERIFY(engine.pull().complete);
        QCOMPARE(client::StockSnapshot(journal).levelOf("p1").value_or(-1), 20);  // not the warehouse's 100
        client::StaffDirectory directory(journal);
        QVERIFY(directory.byCode("1001").has_value());
        QVERIFY(!directory.byCode("2001").has_value());
        // The inventaire feed is asked for this store.
        bool scoped = false;
        for (const auto& r : transport.requests) {
            scoped = scoped || (r.url.host() == QLatin1String("inventaire") &&
                                r.url.query().contains(QStringLiteral("store=") + QLatin1String(kStore)));
        }
        QVERIFY(scoped);
    }

    void aGoneCursorRebootstraps() {
        QTemporaryDir dir;
        client::Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        client::CatalogueCache cache(journal);
        client::CachedProduct stale;
        stale.id = "deleted-while-away";
        stale.name = "Ancien";
        cache.upsert(stale);
        journal.exec(QStringLiteral("INSERT INTO sync_cursors (feed, cursor) VALUES ('catalogue', 5)"));
        FakeTransport transport;
        tokenRoute(transport);
        transport.on("GET", QStringLiteral("/v1/sync/changes"), [&](const client::HttpRequest& r) {
            if (r.url.host() == QLatin1String("catalogue") && FakeTransport::since(r) == 5) {
                return FakeTransport::answer(410, {{"detail", "cursor older than the horizon"}});
            }
            return r.url.host() == QLatin1String("catalogue") ? feed({productChange(9, "p1", "Café", 1599)})(r)
                                                              : feed({})(r);
        });
        client::ApiClient api(transport, endpoints());
        client::SyncEngine engine(journal, api, identity(), domain::systemClock());
        const auto round = engine.pull();
        QVERIFY2(round.complete, qPrintable(round.error));
        QCOMPARE(round.rebootstraps, 1);
        QCOMPARE(cache.count(), 1);
        QVERIFY(cache.byId("p1").has_value());
        QVERIFY(!cache.byId("deleted-while-away").has_value());
    }

    void pushesInOrderInBatchesAndEmptiesTheOutbox() {
        QTemporaryDir dir;
        client::Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        domain::UuidV7Generator ids(domain::systemClock(), domain::systemRandom());
        client::Outbox outbox(journal, identity().deviceId, domain::systemClock(), [&] { return ids.next(); });
        for (int i = 0; i < 25; ++i) {
            outbox.append("RecordSale", domain::StaffId::parse("44444444-4444-4444-4444-444444444411"), {{"i", i}});
        }
        FakeTransport transport;
        tokenRoute(transport);
        transport.on("GET", QStringLiteral("/v1/sync/changes"), feed({}));
        FakeCommandes commandes;
        transport.on("POST", QStringLiteral("/v1/sync/commands"), commandes.handler());
        client::ApiClient api(transport, endpoints());
        client::SyncEngine engine(journal, api, identity(), domain::systemClock());
        engine.setBatchSize(10);
        const auto round = engine.push();
        QVERIFY2(round.complete, qPrintable(round.error));
        QCOMPARE(round.commandsAnswered, 25);
        QCOMPARE(outbox.pendingCount(), 0);
        QCOMPARE(commandes.pushed.size(), std::size_t(25));
        for (std::size_t i = 0; i < commandes.pushed.size(); ++i) {
            QCOMPARE(commandes.pushed[i].at("device_seq").get<std::int64_t>(), std::int64_t(i + 1));
        }
        int posts = 0;
        for (const auto& r : transport.requests) {
            if (r.method == "POST" && r.url.path().endsWith(QLatin1String("/commands"))) {
                ++posts;
                bool bearer = false;
                for (const auto& [name, value] : r.headers) {
                    bearer = bearer || (name == "Authorization" && value == "Bearer dt");
                }
                QVERIFY(bearer);
            }
        }
        QCOMPARE(posts, 3);
    }

    void anUnreachableServerKeepsEveryCommand() {
        QTemporaryDir dir;
        client::Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        domain::UuidV7Generator ids(domain::systemClock(), domain::systemRandom());
        client::Outbox outbox(journal, identity().deviceId, domain::systemClock(), [&] { return ids.next(); });
        outbox.append("RecordSale", domain::StaffId::parse("44444444-4444-4444-4444-444444444411"), {});
        FakeTransport transport;  // nothing answers
        client::ApiClient api(transport, endpoints());
        client::SyncEngine engine(journal, api, identity(), domain::systemClock());
        const auto round = engine.runOnce();
        QVERIFY(!round.complete);
        QVERIFY(!round.error.isEmpty());
        QCOMPARE(outbox.pendingCount(), 1);
        const auto status = engine.status();
        QVERIFY(!status.online);
        QCOMPARE(status.pending, 1);
        QVERIFY(status.lastCatalogueSync.isNull());
    }

    void aReplenishmentWaitsWhileSupplyChainIsNotDeployed() {
        QTemporaryDir dir;
        client::Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        domain::UuidV7Generator ids(domain::systemClock(), domain::systemRandom());
        client::Outbox outbox(journal, identity().deviceId, domain::systemClock(), [&] { return ids.next(); });
        outbox.append("CreateReplenishmentRequest", domain::StaffId::parse("44444444-4444-4444-4444-444444444411"), {});
        FakeTransport transport;
        tokenRoute(transport);
        transport.on("GET", QStringLiteral("/v1/sync/changes"), feed({}));
        client::ApiClient api(transport, endpoints());
        client::SyncEngine engine(journal, api, identity(), domain::systemClock());
        QVERIFY(engine.runOnce().complete);
        QCOMPARE(outbox.pendingCount(client::Outbox::kSupplyChain), 1);
    }

    void pricesArriveWhileCommandesIsDown() {
        QTemporaryDir dir;
        client::Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        FakeTransport transport;  // no token route: commandes does not answer
        transport.on("GET", QStringLiteral("/v1/sync/changes"), [&](const client::HttpRequest& r) {
            return r.url.host() == QLatin1String("catalogue") ? feed({productChange(1, "p1", "Café", 1599)})(r)
                                                              : FakeTransport::unreachable();
        });
        client::ApiClient api(transport, endpoints());
        client::SyncEngine engine(journal, api, identity(), domain::systemClock());
        const auto round = engine.pull();
        QVERIFY(!round.complete);
        QVERIFY2(round.error.startsWith(QStringLiteral("inventaire feed")), qPrintable(round.error));
        QCOMPARE(client::CatalogueCache(journal).byId("p1")->priceCents, 1599);
        QVERIFY(!engine.status().lastCatalogueSync.isNull());
        QVERIFY(engine.status().lastInventaireSync.isNull());
    }

    void backoffGrowsWithFullJitterUpToTheCap() {
        std::vector<std::int64_t> bounds;
        client::Backoff backoff({std::chrono::milliseconds(100), std::chrono::milliseconds(1000)},
                                [&](std::int64_t bound) {
                                    bounds.push_back(bound);
                                    return bound;  // the top of the range
                                });
        std::vector<std::int64_t> delays;
        for (int i = 0; i < 6; ++i) {
            delays.push_back(backoff.next().count());
        }
        QCOMPARE(bounds, (std::vector<std::int64_t>{100, 200, 400, 800, 1000, 1000}));
        QCOMPARE(delays, bounds);
        backoff.reset();
        QCOMPARE(backoff.next().count(), 100);
        client::Backoff real({}, client::Backoff::systemRandom());
        for (int i = 0; i < 50; ++i) {
            const auto d = real.next().count();
            QVERIFY(d >= 0 && d <= 60000);
        }
    }

    void onlyOneLockHolderPerJournal() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        client::TerminalLock first(path);
        client::TerminalLock second(path);
        QVERIFY(first.tryAcquire());
        QVERIFY(!second.tryAcquire());
        first.release();
        QVERIFY(second.tryAcquire());
    }
};

QTEST_GUILESS_MAIN(SyncEngineTest)
#include "sync_engine_test.moc"
