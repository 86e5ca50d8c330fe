// Sales over REST and as sync commands, one code path: totals recomputed, differences kept as flags visible to
// managers (never a rejection), a replayed sale or batch has one effect, cancellation rules, web sales, list/get and
// the store-scoped "sale" feed. The catalogue copy is filled through the FeedConsumer from a fake catalogue feed.
#include <QTest>

#include <set>

#include "commandes_test_server.hpp"
#include "magasin/commandes/feed_copies.hpp"
#include "magasin/server/feed_consumer.hpp"
#include "magasin/server/transaction.hpp"

using namespace commandes_test;

namespace {

// The catalogue says: Clavier 89.99 active, Souris 25.50 archived.
void followFakeCatalogue(CommandesTestServer& s) {
    magasin::sync::ChangePage page;
    page.cursor = 2;
    page.changes.push_back({1,
                            "product",
                            kClavier,
                            magasin::sync::ChangeOp::kUpsert,
                            {{"id", kClavier},
                             {"name", "Clavier mécanique"},
                             {"price_cents", 8999},
                             {"active", true},
                             {"taxable", true}}});
    page.changes.push_back(
        {2,
         "product",
         kSouris,
         magasin::sync::ChangeOp::kUpsert,
         {{"id", kSouris}, {"name", "Souris optique"}, {"price_cents", 2550}, {"active", false}, {"taxable", true}}});
    magasin::server::FeedConsumer consumer(
        s.service().pool(), {.feed = "catalogue"},
        [page](std::int64_t since, int) {
            return since == 0 ? page : magasin::sync::ChangePage{{}, since, false};
        },
        magasin::commandes::applyCatalogueChange);
    QCOMPARE(consumer.pollOnce().applied, std::size_t(2));
}

json command(const std::string& deviceId, int seq, const std::string& type, const json& payload,
             const std::string& staff = kCashierA) {
    return {{"command_id", newV7()},
            {"device_id", deviceId},
            {"device_seq", seq},
            {"type", type},
            {"issued_at", "2026-11-25T14:21:00.000Z"},
            {"staff_id", staff},
            {"payload", payload}};
}

std::int64_t saleRows(CommandesTestServer& s) {
    return magasin::server::withTransaction(s.service().pool(), [](pqxx::work& tx) {
        return tx.exec("SELECT count(*) FROM sales")[0][0].as<std::int64_t>();
    });
}

}  // namespace

class CommandesSalesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void restSaleIsRecordedOnceWithDomainTotals() {
        CommandesTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        followFakeCatalogue(s);
        auto c = s.client();
        const auto cashier = bearer(s.accessToken("1001", "1111"));
        const json device = s.enrolDevice(s.accessToken("1002", "1919"));
        json body = saleBody(newV7(), 8999, quebecTotals());
        body["device_id"] = device["id"];
        auto r = c.Post("/v1/sales", cashier, body.dump(), "application/json");
        QCOMPARE(statusOf(r), 201);
        const json sale = bodyOf(r);
        QCOMPARE(sale["totals"]["total_cents"].get<int>(), 31040);
        QCOMPARE(sale["change_due_cents"].get<int>(), 40000 - 31040);
        QCOMPARE(sale["origin"].get<std::string>(), std::string("rest"));
        QCOMPARE(sale["staff_id"].get<std::string>(), std::string(kCashierA));
        QVERIFY(sale["flags"].empty());
        QCOMPARE(r->get_header_value("Location"), "/v1/sales/" + body["id"].get<std::string>());
        // The same id again: the stored sale, nothing new.
        r = c.Post("/v1/sales", cashier, body.dump(), "application/json");
        QCOMPARE(statusOf(r), 200);
        QVERIFY(bodyOf(r) == sale);
        QCOMPARE(saleRows(s), std::int64_t(1));
        // Idempotency-Key: same key, other body -> 422.
        auto keyed = cashier;
        keyed.emplace("Idempotency-Key", "k-1");
        json other = saleBody(newV7());
        other["device_id"] = device["id"];
        QCOMPARE(statusOf(c.Post("/v1/sales", keyed, other.dump(), "application/json")), 201);
        r = c.Post("/v1/sales", keyed, other.dump(), "application/json");
        QCOMPARE(r->get_header_value("Idempotent-Replayed"), std::string("true"));
        other["id"] = newV7();
        QCOMPARE(statusOf(c.Post("/v1/sales", keyed, other.dump(), "application/json")), 422);
        QCOMPARE(saleRows(s), std::int64_t(2));
    }

    void restSaleRefusals_data() {
        QTest::addColumn<QString>("changeName");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("rule");
        QTest::newRow("cash short of the total is 422") << "short" << 422 << "sale.payment.short";
        QTest::newRow("a UUIDv4 sale id is 422") << "v4" << 422 << "sale.id.version";
        QTest::newRow("quantity 0 is 422") << "quantity" << 422 << "quantity.range";
        QTest::newRow("a store that is not the token's is 403") << "store" << 403 << "forbidden";
        QTest::newRow("store B with a store A token is 403") << "storeB" << 403 << "forbidden";
        QTest::newRow("a web sale without a service token is 403") << "web" << 403 << "forbidden";
        QTest::newRow("no lines is 422") << "nolines" << 422 << "sale.lines.count";
        QTest::newRow("a card number as reference is 422") << "card" << 422 << "payment.card.reference.card_number";
    }
    void restSaleRefusals() {
        QFETCH(QString, changeName);
        QFETCH(int, status);
        QFETCH(QString, rule);
        const std::string change = changeName.toStdString();
        CommandesTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        json body = saleBody(newV7());
        body["device_id"] = s.enrolDevice(s.accessToken("1002", "1919"))["id"];
        if (change == "short") {
            body["payments"][0]["amount_cents"] = 30000;
        } else if (change == "v4") {
            body["id"] = "0f8fad5b-d9cb-469f-a165-70867728950e";
        } else if (change == "quantity") {
            body["lines"][0]["quantity"] = 0;
        } else if (change == "store") {
            body["store_id"] = newV7();
        } else if (change == "storeB") {
            body["store_id"] = kStoreB;
        } else if (change == "web") {
            body["channel"] = "web";
            body["customer_id"] = newV7();
        } else if (change == "nolines") {
            body["lines"] = json::array();
        } else if (change == "card") {
            body["payments"] = {{{"method", "card"}, {"amount_cents", 31040}, {"reference", "4111 1111 1111 1111"}}};
        }
        auto r = c.Post("/v1/sales", bearer(s.accessToken("1001", "1111")), body.dump(), "application/json");
        QCOMPARE(statusOf(r), status);
        QCOMPARE(QString::fromStdString(ruleOf(r)), rule);
        QCOMPARE(saleRows(s), std::int64_t(0));
    }

    void webSaleNeedsTheServiceToken() {
        CommandesTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        json body = saleBody(newV7());
        body["channel"] = "web";
        body["customer_id"] = newV7();
        auto r = c.Post("/v1/sales", bearer(s.serviceToken()), body.dump(), "application/json");
        QCOMPARE(statusOf(r), 201);
        QCOMPARE(bodyOf(r)["origin"].get<std::string>(), std::string("web"));
        QCOMPARE(bodyOf(r)["channel"].get<std::string>(), std::string("web"));
        body["id"] = newV7();
        body["store_id"] = newV7();
        r = c.Post("/v1/sales", bearer(s.serviceToken()), body.dump(), "application/json");
        QCOMPARE(statusOf(r), 404);
        QCOMPARE(ruleOf(r), std::string("store.unknown"));
        body = saleBody(newV7());  // a store sale needs a cashier, not a server
        QCOMPARE(statusOf(c.Post("/v1/sales", bearer(s.serviceToken()), body.dump(), "application/json")), 403);
    }

    // The offline rules: a price that differs from the catalogue, an archived product, totals that differ from the
    // terminal's: applied_with_flags, the sale kept as sold, and the manager sees it under flagged=true.
    void offlineSalesAreFlaggedNeverRejected() {
        CommandesTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        followFakeCatalogue(s);
        auto c = s.client();
        const std::string managerToken = s.accessToken("1002", "1919");
        const json device = s.enrolDevice(managerToken);
        const std::string deviceId = device["id"];
        const auto deviceAuth = bearer(s.deviceToken(device));

        const std::string okId = newV7(), priceId = newV7(), archivedId = newV7(), totalsId = newV7();
        json archived = saleBody(archivedId, 2550, nullptr, kStoreA, kSouris);
        archived["lines"][0]["name"] = "Souris optique";
        archived["payments"][0]["amount_cents"] = 10000;
        const json push = {
            {"device_id", deviceId},
            {"commands",
             {command(deviceId, 1, "RecordSale", saleBody(okId, 8999, quebecTotals())),
              command(deviceId, 2, "RecordSale", saleBody(priceId, 7999)), command(deviceId, 3, "RecordSale", archived),
              command(deviceId, 4, "RecordSale", saleBody(totalsId, 8999, quebecTotals(31000)))}}};
        auto r = c.Post("/v1/sync/commands", deviceAuth, push.dump(), "application/json");
        QCOMPARE(statusOf(r), 200);
        const json outcomes = bodyOf(r)["outcomes"];
        QCOMPARE(outcomes.size(), std::size_t(4));
        QCOMPARE(outcomes[0]["status"].get<std::string>(), std::string("applied"));
        QCOMPARE(outcomes[1]["status"].get<std::string>(), std::string("applied_with_flags"));
        QCOMPARE(outcomes[1]["flags"][0]["code"].get<std::string>(), std::string("price_differs_from_catalogue"));
        QCOMPARE(outcomes[1]["flags"][0]["server_value_cents"].get<int>(), 8999);
        QCOMPARE(outcomes[1]["flags"][0]["terminal_value_cents"].get<int>(), 7999);
        QCOMPARE(outcomes[2]["status"].get<std::string>(), std::string("applied_with_flags"));
        QCOMPARE(outcomes[2]["flags"][0]["code"].get<std::string>(), std::string("archived_product"));
        QCOMPARE(outcomes[3]["status"].get<std::string>(), std::string("applied_with_flags"));
        QCOMPARE(outcomes[3]["flags"][0]["code"].get<std::string>(), std::string("totals_differ_from_terminal"));
        QCOMPARE(outcomes[3]["flags"][0]["server_value_cents"].get<int>(), 31040);

        // Kept as sold: the flagged sale's line still says 79.99.
        r = c.Get(("/v1/sales/" + priceId).c_str(), bearer(managerToken));
        QCOMPARE(bodyOf(r)["lines"][0]["unit_price_cents"].get<int>(), 7999);
        QCOMPARE(bodyOf(r)["origin"].get<std::string>(), std::string("terminal"));
        r = c.Get("/v1/sales?flagged=true", bearer(managerToken));
        QCOMPARE(statusOf(r), 200);
        std::set<std::string> flagged;
        const json list = bodyOf(r);  // kept: a range-for over a temporary's member would dangle
        for (const auto& sale : list["items"]) {
            flagged.insert(sale["id"].get<std::string>());
        }
        QVERIFY(flagged == (std::set<std::string>{priceId, archivedId, totalsId}));
        QCOMPARE(bodyOf(c.Get("/v1/sales?flagged=false", bearer(managerToken)))["items"].size(), std::size_t(1));

        // The same batch again: the same outcomes, no new sale.
        r = c.Post("/v1/sync/commands", deviceAuth, push.dump(), "application/json");
        QCOMPARE(statusOf(r), 200);
        QVERIFY(bodyOf(r)["outcomes"] == outcomes);
        QCOMPARE(saleRows(s), std::int64_t(4));
        // The same sale under a new command (the terminal lost the outcome and re-queued it): still one sale.
        const json again = {{"device_id", deviceId},
                            {"commands", {command(deviceId, 5, "RecordSale", saleBody(okId, 8999, quebecTotals()))}}};
        r = c.Post("/v1/sync/commands", deviceAuth, again.dump(), "application/json");
        QCOMPARE(bodyOf(r)["outcomes"][0]["status"].get<std::string>(), std::string("applied"));
        QCOMPARE(saleRows(s), std::int64_t(4));

        // Another device's token cannot push for this one.
        const json other = s.enrolDevice(managerToken, "Caisse 2");
        QCOMPARE(statusOf(c.Post("/v1/sync/commands", bearer(s.deviceToken(other)), push.dump(), "application/json")),
                 403);
    }

    void cancellationRules() {
        CommandesTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const std::string manager = s.accessToken("1002", "1919");
        const std::string cashier = s.accessToken("1001", "1111");
        const json device = s.enrolDevice(manager);
        auto record = [&] {
            json body = saleBody(newV7());
            body["device_id"] = device["id"];
            return bodyOf(c.Post("/v1/sales", bearer(cashier), body.dump(), "application/json"))["id"]
                .get<std::string>();
        };
        const std::string first = record();
        const std::string path = "/v1/sales/" + first + "/cancel";
        const std::string reason = json{{"reason", "Client a changé d'avis"}}.dump();
        QCOMPARE(statusOf(c.Post(path.c_str(), bearer(cashier), reason, "application/json")), 403);
        QCOMPARE(statusOf(c.Post(path.c_str(), bearer(manager), R"({"reason":"no"})", "application/json")), 422);
        auto r = c.Post(path.c_str(), bearer(manager), reason, "application/json");
        QCOMPARE(statusOf(r), 200);
        QCOMPARE(bodyOf(r)["status"].get<std::string>(), std::string("cancelled"));
        QCOMPARE(bodyOf(r)["cancellation"]["by"].get<std::string>(), std::string(kManagerA));
        QCOMPARE(statusOf(c.Post(path.c_str(), bearer(manager), reason, "application/json")), 409);
        QCOMPARE(
            statusOf(c.Post(("/v1/sales/" + newV7() + "/cancel").c_str(), bearer(manager), reason, "application/json")),
            404);
        // A cashier with the manager's code and PIN typed on the spot.
        const std::string second = record();
        json withOverride = {{"reason", "Erreur de caisse"}, {"manager_code", "1002"}, {"manager_pin", "1919"}};
        r = c.Post(("/v1/sales/" + second + "/cancel").c_str(), bearer(cashier), withOverride.dump(),
                   "application/json");
        QCOMPARE(statusOf(r), 200);
        QCOMPARE(bodyOf(r)["cancellation"]["approved_by"].get<std::string>(), std::string(kManagerA));
        const std::string third = record();
        withOverride["manager_pin"] = "0000";
        QCOMPARE(statusOf(c.Post(("/v1/sales/" + third + "/cancel").c_str(), bearer(cashier), withOverride.dump(),
                                 "application/json")),
                 403);
        withOverride = {{"reason", "Erreur de caisse"}, {"manager_code", "1001"}, {"manager_pin", "1111"}};
        QCOMPARE(statusOf(c.Post(("/v1/sales/" + third + "/cancel").c_str(), bearer(cashier), withOverride.dump(),
                                 "application/json")),
                 403);  // a cashier cannot approve
        // CancelSale as a sync command, approved offline by the manager.
        const std::string deviceId = device["id"];
        const json push = {{"device_id", deviceId},
                           {"commands",
                            {command(deviceId, 1, "CancelSale",
                                     {{"sale_id", third}, {"reason", "Retour immédiat"}, {"approved_by", kManagerA}}),
                             command(deviceId, 2, "CancelSale", {{"sale_id", third}, {"reason", "Retour immédiat"}})}}};
        r = c.Post("/v1/sync/commands", bearer(s.deviceToken(device)), push.dump(), "application/json");
        QCOMPARE(bodyOf(r)["outcomes"][0]["status"].get<std::string>(), std::string("applied"));
        QCOMPARE(bodyOf(r)["outcomes"][1]["status"].get<std::string>(), std::string("rejected"));
        QCOMPARE(bodyOf(c.Get("/v1/sales?status=cancelled", bearer(manager)))["items"].size(), std::size_t(3));
    }

    void listGetAndFeedAreScopedToTheStore() {
        CommandesTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const std::string managerA = s.accessToken("1002", "1919");
        const std::string managerB = s.accessToken("2002", "2929");
        const json deviceA = s.enrolDevice(managerA);
        const json deviceB = s.enrolDevice(managerB);
        json saleA = saleBody(newV7());
        saleA["device_id"] = deviceA["id"];
        json saleB = saleBody(newV7(), 8999, nullptr, kStoreB);
        saleB["device_id"] = deviceB["id"];
        QCOMPARE(statusOf(c.Post("/v1/sales", bearer(s.accessToken("1001", "1111")), saleA.dump(), "application/json")),
                 201);
        QCOMPARE(statusOf(c.Post("/v1/sales", bearer(s.accessToken("2001", "2222")), saleB.dump(), "application/json")),
                 201);
        QCOMPARE(statusOf(c.Get(("/v1/sales/" + saleB["id"].get<std::string>()).c_str(), bearer(managerA))), 403);
        QCOMPARE(statusOf(c.Get(("/v1/sales/" + saleA["id"].get<std::string>()).c_str(), bearer(managerA))), 200);
        QCOMPARE(statusOf(c.Get("/v1/sales/not-a-uuid", bearer(managerA))), 422);
        auto r =
            c.Get((std::string("/v1/sales?staff=") + kCashierA + "&from=2026-11-25T00:00:00Z&to=2026-11-26T00:00:00Z")
                      .c_str(),
                  bearer(managerA));
        QCOMPARE(bodyOf(r)["items"].size(), std::size_t(1));
        QCOMPARE(statusOf(c.Get("/v1/sales?status=lost", bearer(managerA))), 422);
        QCOMPARE(statusOf(c.Get("/v1/sales?flagged=maybe", bearer(managerA))), 422);
        QCOMPARE(statusOf(c.Get("/v1/sales?from=yesterday", bearer(managerA))), 422);
        QCOMPARE(bodyOf(c.Get("/v1/sales", bearer(s.serviceToken())))["items"].size(), std::size_t(2));

        // The cashier filter's choices: the manager's store's staff by name, never their PIN verifiers; another
        // store's staff stay with that store's manager; a cashier does not list them.
        const json staff = bodyOf(c.Get("/v1/staff", bearer(managerA)));
        QCOMPARE(staff["items"].size(), std::size_t(2));
        for (const auto& member : staff["items"]) {
            QCOMPARE(member["store_id"].get<std::string>(), std::string(kStoreA));
            QVERIFY(!member.contains("pin_verifier"));
            QVERIFY(member["name"].is_string() && !member["name"].get<std::string>().empty());
        }
        QVERIFY(staff["items"][0]["id"] == kCashierA || staff["items"][1]["id"] == kCashierA);
        QCOMPARE(statusOf(c.Get((std::string("/v1/staff?store=") + kStoreB).c_str(), bearer(managerA))), 403);
        QCOMPARE(bodyOf(c.Get((std::string("/v1/staff?store=") + kStoreB).c_str(), bearer(managerB)))["items"].size(),
                 std::size_t(2));
        QCOMPARE(statusOf(c.Get("/v1/staff", bearer(s.accessToken("1001", "1111")))), 403);

        // Store A's terminal sees store A's sale, never B's; the published sale has the agreed shape.
        r = c.Get("/v1/sync/changes?limit=1000", bearer(s.deviceToken(deviceA)));
        const json page = bodyOf(r);
        std::vector<json> sales;
        for (const auto& change : page["changes"]) {
            if (change["entity"] == "sale") {
                sales.push_back(change["data"]);
            }
        }
        QCOMPARE(sales.size(), std::size_t(1));
        const json& sale = sales[0];
        QVERIFY(sale["id"] == saleA["id"]);
        for (const char* key : {"id", "store_id", "channel", "origin", "status", "lines", "totals", "flags"}) {
            QVERIFY2(sale.contains(key), key);
        }
        for (const char* key :
             {"product_id", "name", "unit_price_cents", "quantity", "taxable", "discount_cents", "total_cents"}) {
            QVERIFY2(sale["lines"][0].contains(key), key);
        }
        QCOMPARE(sale["lines"][0]["total_cents"].get<int>(), 26997);
        QCOMPARE(statusOf(c.Get("/v1/sync/changes")), 401);
    }
};

QTEST_GUILESS_MAIN(CommandesSalesTest)
#include "commandes_sales_pgtest.moc"
