// The managers' view of their terminals' sync over HTTP: GET /v1/devices (last push and feed read, last device_seq,
// commands applied / applied with flags / rejected) and GET /v1/sync/rejections (each refused command with its
// problem), for the managers of the store only.
#include <QTest>

#include "commandes_test_server.hpp"
#include "magasin/commandes/feed_copies.hpp"
#include "magasin/server/transaction.hpp"

using namespace commandes_test;

namespace {

json command(const std::string& deviceId, int seq, const json& payload) {
    return {{"command_id", newV7()},
            {"device_id", deviceId},
            {"device_seq", seq},
            {"type", "RecordSale"},
            {"issued_at", "2026-11-25T14:21:00.000Z"},
            {"staff_id", kCashierA},
            {"payload", payload}};
}

// The catalogue copy says Clavier costs 89.99.
void catalogueSaysClavierAt8999(CommandesTestServer& s) {
    magasin::server::withTransaction(s.service().pool(), [](pqxx::work& tx) {
        magasin::commandes::applyCatalogueChange(tx, {0,
                                                      "product",
                                                      kClavier,
                                                      magasin::sync::ChangeOp::kUpsert,
                                                      {{"id", kClavier},
                                                       {"name", "Clavier mécanique"},
                                                       {"price_cents", 8999},
                                                       {"active", true},
                                                       {"taxable", true}}});
    });
}

json itemWithId(const json& list, const std::string& id) {
    for (const auto& item : list.at("items")) {
        if (item.at("id") == id) {
            return item;
        }
    }
    return nullptr;
}

}  // namespace

class CommandesDevicesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void devicesShowTheirSyncAndRejections() {
        CommandesTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        catalogueSaysClavierAt8999(s);
        auto c = s.client();
        const std::string manager = s.accessToken("1002", "1919");
        const json till = s.enrolDevice(manager, "Caisse 1");
        const json quiet = s.enrolDevice(manager, "Caisse 2");
        const std::string tillId = till["id"];

        // Nothing pushed yet: both listed, never synced.
        auto r = c.Get("/v1/devices", bearer(manager));
        QCOMPARE(statusOf(r), 200);
        QCOMPARE(bodyOf(r)["items"].size(), std::size_t(2));
        json item = itemWithId(bodyOf(r), tillId);
        QCOMPARE(item["name"].get<std::string>(), std::string("Caisse 1"));
        QVERIFY(item["last_push_at"].is_null());
        QVERIFY(item["last_sync_at"].is_null());
        QCOMPARE(item["last_device_seq"].get<int>(), 0);
        QCOMPARE(item["revoked"].get<bool>(), false);

        // One sale as priced, one at the old price (flagged), one for another store (rejected).
        const json push = {
            {"device_id", tillId},
            {"commands",
             {command(tillId, 1, saleBody(newV7(), 8999, quebecTotals())), command(tillId, 2, saleBody(newV7(), 7999)),
              command(tillId, 3, saleBody(newV7(), 8999, nullptr, kStoreB))}}};
        const auto tillAuth = bearer(s.deviceToken(till));
        r = c.Post("/v1/sync/commands", tillAuth, push.dump(), "application/json");
        QCOMPARE(statusOf(r), 200);
        QCOMPARE(bodyOf(r)["outcomes"][1]["status"].get<std::string>(), std::string("applied_with_flags"));
        QCOMPARE(bodyOf(r)["outcomes"][2]["status"].get<std::string>(), std::string("rejected"));

        r = c.Get("/v1/devices", bearer(manager));
        item = itemWithId(bodyOf(r), tillId);
        QVERIFY(item["last_push_at"].is_string());
        QVERIFY(item["last_sync_at"] == item["last_push_at"]);
        QVERIFY(item["last_feed_at"].is_null());
        QCOMPARE(item["last_device_seq"].get<int>(), 3);
        QCOMPARE(item["commands"]["applied"].get<int>(), 1);
        QCOMPARE(item["commands"]["applied_with_flags"].get<int>(), 1);
        QCOMPARE(item["commands"]["rejected"].get<int>(), 1);
        const json other = itemWithId(bodyOf(r), quiet["id"]);
        QVERIFY(other["last_push_at"].is_null());
        QCOMPARE(other["commands"]["applied"].get<int>(), 0);

        // The device reads the feed: noted; again 10 s later: the first time stays (one write per 30 s); 40 s
        // later it moves.
        QCOMPARE(statusOf(c.Get("/v1/sync/changes?since=0", tillAuth)), 200);
        const json firstRead = itemWithId(bodyOf(c.Get("/v1/devices", bearer(manager))), tillId)["last_feed_at"];
        QVERIFY(firstRead.is_string());
        s.advanceClock(std::chrono::seconds(10));
        QCOMPARE(statusOf(c.Get("/v1/sync/changes?since=0", tillAuth)), 200);
        item = itemWithId(bodyOf(c.Get("/v1/devices", bearer(manager))), tillId);
        QVERIFY(item["last_feed_at"] == firstRead);
        s.advanceClock(std::chrono::seconds(30));
        QCOMPARE(statusOf(c.Get("/v1/sync/changes?since=0", tillAuth)), 200);
        item = itemWithId(bodyOf(c.Get("/v1/devices", bearer(manager))), tillId);
        QVERIFY(item["last_feed_at"] != firstRead);
        QVERIFY(item["last_sync_at"] == item["last_feed_at"]);

        // The rejected command, with the rule it broke.
        r = c.Get("/v1/sync/rejections", bearer(manager));
        QCOMPARE(statusOf(r), 200);
        const json rejections = bodyOf(r);
        QCOMPARE(rejections["items"].size(), std::size_t(1));
        const json& rejected = rejections["items"][0];
        QCOMPARE(rejected["device_id"].get<std::string>(), tillId);
        QCOMPARE(rejected["device_name"].get<std::string>(), std::string("Caisse 1"));
        QCOMPARE(rejected["device_seq"].get<int>(), 3);
        QCOMPARE(rejected["type"].get<std::string>(), std::string("RecordSale"));
        QCOMPARE(rejected["problem"]["status"].get<int>(), 403);
        QVERIFY2(rejected["problem"]["detail"].get<std::string>().find("not enrolled in store") != std::string::npos,
                 rejected.dump().c_str());
        QVERIFY(rejected["at"].is_string());

        // A revoked terminal stays listed, marked revoked.
        QCOMPARE(statusOf(c.Delete(("/v1/devices/" + quiet["id"].get<std::string>()).c_str(), bearer(manager))), 204);
        QCOMPARE(itemWithId(bodyOf(c.Get("/v1/devices", bearer(manager))), quiet["id"])["revoked"].get<bool>(), true);
    }

    void onlyTheStoresManagersSeeIt_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("devices") << QString::fromLatin1("/v1/devices");
        QTest::newRow("rejections") << QString::fromLatin1("/v1/sync/rejections");
    }
    void onlyTheStoresManagersSeeIt() {
        QFETCH(QString, path);
        CommandesTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const std::string managerA = s.accessToken("1002", "1919");
        QVERIFY(!s.enrolDevice(managerA, "Caisse 1").empty());
        const std::string base = path.toStdString();
        const std::string ofA = base + "?store=" + kStoreA;
        QCOMPARE(statusOf(c.Get(ofA.c_str(), bearer(managerA))), 200);
        QCOMPARE(statusOf(c.Get(base.c_str())), 401);
        QCOMPARE(statusOf(c.Get(base.c_str(), bearer(s.accessToken("1001", "1111")))), 403);  // a cashier
        const std::string managerB = s.accessToken("2002", "2929");
        QCOMPARE(statusOf(c.Get(ofA.c_str(), bearer(managerB))), 403);  // a manager of another store
        const auto own = c.Get(base.c_str(), bearer(managerB));
        QCOMPARE(statusOf(own), 200);
        QCOMPARE(bodyOf(own)["items"].size(), std::size_t(0));  // Magasin Nord has no terminal here
        // A server names the store; an unknown one is a 404, a malformed one a 422.
        QCOMPARE(statusOf(c.Get(base.c_str(), bearer(s.serviceToken()))), 422);
        QCOMPARE(statusOf(c.Get(ofA.c_str(), bearer(s.serviceToken()))), 200);
        QCOMPARE(statusOf(c.Get((base + "?store=" + newV7()).c_str(), bearer(s.serviceToken()))), 404);
        QCOMPARE(statusOf(c.Get((base + "?store=nope").c_str(), bearer(managerA))), 422);
    }

    void rejectionsLimitIsBounded() {
        CommandesTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto manager = bearer(s.accessToken("1002", "1919"));
        QCOMPARE(statusOf(c.Get("/v1/sync/rejections?limit=0", manager)), 422);
        QCOMPARE(statusOf(c.Get("/v1/sync/rejections?limit=501", manager)), 422);
        QCOMPARE(statusOf(c.Get("/v1/sync/rejections?limit=500", manager)), 200);
    }
};

QTEST_GUILESS_MAIN(CommandesDevicesTest)
#include "commandes_devices_pgtest.moc"
