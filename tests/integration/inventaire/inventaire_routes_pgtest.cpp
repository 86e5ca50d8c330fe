// Every inventaire route over real HTTP and a real database (demo data loaded): the success path and each documented
// problem, Idempotency-Key replays, who sees which store, and hostile input on every route never giving 5xx.
#include <QTest>

#include <set>

#include "hostile_input.hpp"
#include "http_test_helpers.hpp"
#include "inventaire_test_server.hpp"
#include "magasin/server/transaction.hpp"

using nlohmann::json;
using S = InventaireTestServer;

namespace {

const char* const kUnknownId = "550e8400-e29b-41d4-a716-446655449999";
const char* const kCentralId = "00000000-0000-4000-8000-00000000c0de";

std::string path(const std::string& location, const std::string& product, const std::string& tail = "") {
    return "/v1/stocks/" + location + "/" + product + tail;
}

}  // namespace

class InventaireRoutesTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<S> m_server;

    std::int64_t levelOf(const std::string& location, const std::string& product) {
        auto c = m_server->client();
        return bodyOf(c.Get(path(location, product).c_str(), m_server->manager())).value("level", INT64_MIN);
    }
    httplib::Result post(const std::string& target, const json& body, const httplib::Headers& headers) {
        auto c = m_server->client();
        return sendJson(c, "POST", target, body.dump(), headers);
    }
    // An offline sale of `quantity` P1 at store A, as commandes' feed would carry it.
    void offlineSale(const std::string& saleId, std::int64_t quantity) {
        magasin::sync::Change change{.seq = 1,
                                     .entity = "sale",
                                     .id = saleId,
                                     .op = magasin::sync::ChangeOp::kUpsert,
                                     .data = {{"id", saleId},
                                              {"store_id", S::kStoreA},
                                              {"channel", "store"},
                                              {"origin", "terminal"},
                                              {"status", "active"},
                                              {"lines", {{{"product_id", S::kP1}, {"quantity", quantity}}}}}};
        magasin::server::withTransaction(m_server->service().pool(),
                                         [&](pqxx::work& tx) { m_server->service().salesApplier().apply(tx, change); });
    }

private Q_SLOTS:
    void init() {
        m_server = std::make_unique<S>();
        QVERIFY2(m_server->ok(), m_server->error().c_str());
    }
    void cleanup() { m_server.reset(); }

    void locationsAreScopedToTheReader() {
        auto c = m_server->client();
        QCOMPARE(bodyOf(c.Get("/v1/locations", m_server->manager()))["items"].size(), std::size_t(5));
        const auto seen = bodyOf(c.Get("/v1/locations", m_server->device()))["items"];
        QCOMPARE(seen.size(), std::size_t(2));
        QCOMPARE(seen[0]["kind"].get<std::string>(), std::string("central"));
        QCOMPARE(seen[1]["id"].get<std::string>(), std::string(S::kStoreA));
        QCOMPARE(statusOf(c.Get("/v1/locations")), 401);
    }

    void stocksWithLabelsAndFilters() {
        auto c = m_server->client();
        auto central = bodyOf(c.Get("/v1/stocks?location=central", m_server->manager()))["items"];
        QCOMPARE(central.size(), std::size_t(5));
        QCOMPARE(central[0]["level"].get<int>(), 100);
        QCOMPARE(central[0]["label"].get<std::string>(), std::string("high"));
        QCOMPARE(central[0]["label_fr"].get<std::string>(), std::string("Élevé"));
        auto one = bodyOf(c.Get((std::string("/v1/stocks?store=") + S::kStoreA + "&product=" + S::kP1).c_str(),
                                m_server->manager()))["items"];
        QCOMPARE(one.size(), std::size_t(1));
        QCOMPARE(one[0]["level"].get<int>(), 20);
        QCOMPARE(one[0]["label"].get<std::string>(), std::string("medium"));
        auto critical = bodyOf(c.Get("/v1/stocks?location=central&label=critical", m_server->manager()))["items"];
        QCOMPARE(critical.size(), std::size_t(1));
        QCOMPARE(critical[0]["level"].get<int>(), 4);
        // A store's device sees the central warehouse and its own store only.
        // Kept in a variable: a range-for over a member of a temporary would read freed memory.
        const json deviceLevels = bodyOf(c.Get("/v1/stocks", m_server->device()))["items"];
        for (const auto& level : deviceLevels) {
            QVERIFY(level["store_id"].is_null() || level["store_id"] == S::kStoreA);
        }
        QCOMPARE(statusOf(c.Get("/v1/stocks?label=bogus", m_server->manager())), 422);
        QCOMPARE(ruleOf(c.Get("/v1/stocks?label=bogus", m_server->manager())), std::string("query.label"));
        QCOMPARE(statusOf(c.Get((std::string("/v1/stocks?location=") + kUnknownId).c_str(), m_server->manager())), 404);
        QCOMPARE(statusOf(c.Get("/v1/stocks?location=nowhere", m_server->manager())), 422);
        QCOMPARE(statusOf(c.Get("/v1/stocks?product=x", m_server->manager())), 422);
        QCOMPARE(statusOf(c.Get("/v1/stocks")), 401);
        QCOMPARE(statusOf(c.Get((std::string("/v1/stocks?store=") + S::kStoreB).c_str(), m_server->device())), 403);
    }

    void oneLevel() {
        auto c = m_server->client();
        auto r = c.Get(path("central", S::kP2).c_str(), m_server->cashier());
        QCOMPARE(statusOf(r), 200);
        QCOMPARE(bodyOf(r)["level"].get<int>(), 200);
        QCOMPARE(bodyOf(r)["location_id"].get<std::string>(), std::string(kCentralId));
        QCOMPARE(levelOf(S::kStoreB, S::kP2), std::int64_t(30));
        QCOMPARE(levelOf(S::kStoreA, kUnknownId), std::int64_t(0));  // never moved there
        QCOMPARE(statusOf(c.Get(path(S::kStoreB, S::kP2).c_str(), m_server->device())), 403);
        QCOMPARE(statusOf(c.Get(path(S::kStoreB, S::kP2).c_str(), m_server->cashier())), 403);
        QCOMPARE(statusOf(c.Get(path(kUnknownId, S::kP2).c_str(), m_server->manager())), 404);
        QCOMPARE(statusOf(c.Get(path("central", "nope").c_str(), m_server->manager())), 422);
        QCOMPARE(statusOf(c.Get(path("central", S::kP2).c_str())), 401);
        QCOMPARE(statusOf(c.Get(path("central", S::kP2).c_str(), {{"Authorization", "Bearer x.y"}})), 401);
    }

    void thresholds() {
        auto c = m_server->client();
        const auto target = path(S::kStoreA, S::kP1, "/thresholds");
        auto r = sendJson(c, "PUT", target, R"({"critical":10,"low":20,"high":30})", m_server->manager());
        QCOMPARE(statusOf(r), 200);
        QCOMPARE(bodyOf(r)["label"].get<std::string>(), std::string("low"));  // 20 <= low
        QCOMPARE(bodyOf(r)["thresholds"]["custom"].get<bool>(), true);
        r = sendJson(c, "PUT", target, R"({"critical":10,"low":5,"high":30})", m_server->manager());
        QCOMPARE(statusOf(r), 422);
        QCOMPARE(ruleOf(r), std::string("thresholds.order"));
        QCOMPARE(statusOf(sendJson(c, "PUT", target, R"({"critical":1})", m_server->manager())), 422);
        QCOMPARE(statusOf(sendJson(c, "PUT", target, "{", m_server->manager())), 400);
        QCOMPARE(statusOf(sendJson(c, "PUT", target, "{}", m_server->manager(), "text/plain")), 415);
        QCOMPARE(statusOf(sendJson(c, "PUT", target, R"({"critical":1,"low":2,"high":3})", m_server->cashier())), 403);
        QCOMPARE(statusOf(sendJson(c, "PUT", target, R"({"critical":1,"low":2,"high":3})")), 401);
    }

    void adjustments() {
        const auto target = path(S::kStoreA, S::kP1, "/adjustments");
        auto r = post(target, {{"delta", 5}}, m_server->manager());
        QCOMPARE(statusOf(r), 201);
        QCOMPARE(bodyOf(r)["level"]["level"].get<int>(), 25);
        QCOMPARE(bodyOf(r)["movement"]["reason"].get<std::string>(), std::string("adjustment"));
        r = post(target, {{"delta", -26}}, m_server->manager());
        QCOMPARE(statusOf(r), 409);
        QCOMPARE(ruleOf(r), std::string("stock_level.insufficient"));
        QVERIFY2(bodyOf(r)["detail"].get<std::string>().find("25 available") != std::string::npos, r->body.c_str());
        QCOMPARE(statusOf(post(target, {{"delta", 0}}, m_server->manager())), 422);
        QCOMPARE(statusOf(post(target, {{"delta", "1"}}, m_server->manager())), 422);
        QCOMPARE(statusOf(post(target, {{"delta", 1}}, m_server->cashier())), 403);
        QCOMPARE(statusOf(post(target, {{"delta", 1}}, m_server->device())), 403);
        QCOMPARE(levelOf(S::kStoreA, S::kP1), std::int64_t(25));
    }

    void idempotencyKeyMovesOnce() {
        const auto target = path(S::kStoreA, S::kP1, "/adjustments");
        auto headers = m_server->manager();
        headers.emplace("Idempotency-Key", "adjust-once");
        auto first = post(target, {{"delta", -3}}, headers);
        auto again = post(target, {{"delta", -3}}, headers);
        QCOMPARE(statusOf(first), 201);
        QCOMPARE(statusOf(again), 201);
        QCOMPARE(again->get_header_value("Idempotent-Replayed"), std::string("true"));
        QVERIFY(sameJson(bodyOf(again), bodyOf(first)));
        QCOMPARE(levelOf(S::kStoreA, S::kP1), std::int64_t(17));
        QCOMPARE(statusOf(post(target, {{"delta", -4}}, headers)), 422);
    }

    void counts() {
        const auto target = path(S::kStoreA, S::kP1, "/counts");
        auto r = post(target, {{"counted", 7}}, m_server->manager());
        QCOMPARE(statusOf(r), 201);
        QCOMPARE(bodyOf(r)["movement"]["delta"].get<int>(), -13);
        QCOMPARE(bodyOf(r)["movement"]["counted"].get<int>(), 7);
        QCOMPARE(levelOf(S::kStoreA, S::kP1), std::int64_t(7));
        QCOMPARE(statusOf(post(target, {{"counted", -1}}, m_server->manager())), 422);
        QCOMPARE(ruleOf(post(target, {{"counted", -1}}, m_server->manager())), std::string("movement.count.negative"));
        QCOMPARE(statusOf(post(target, {{"counted", 1}}, m_server->cashier())), 403);
    }

    void movementLedger() {
        QCOMPARE(statusOf(post(path(S::kStoreA, S::kP1, "/adjustments"), {{"delta", 2}}, m_server->manager())), 201);
        auto c = m_server->client();
        auto page = bodyOf(c.Get((std::string("/v1/movements?store=") + S::kStoreA + "&product=" + S::kP1).c_str(),
                                 m_server->manager()));
        QCOMPARE(page["items"].size(), std::size_t(2));  // the demo stock, then the adjustment: newest first
        QCOMPARE(page["items"][0]["delta"].get<int>(), 2);
        QCOMPARE(page["items"][0]["level_after"].get<int>(), 22);
        QCOMPARE(page["items"][1]["source"].get<std::string>().rfind("demo:", 0), std::size_t(0));
        auto first = bodyOf(c.Get("/v1/movements?limit=1", m_server->manager()));
        QCOMPARE(first["items"].size(), std::size_t(1));
        auto older =
            bodyOf(c.Get(("/v1/movements?limit=1&before=" + first["next_before"].dump()).c_str(), m_server->manager()));
        QVERIFY(older["items"][0]["seq"].get<int>() < first["items"][0]["seq"].get<int>());
        const json deviceLines = bodyOf(c.Get("/v1/movements?limit=1000", m_server->device()))["items"];
        for (const auto& line : deviceLines) {
            QVERIFY(line["location_id"] == kCentralId || line["location_id"] == S::kStoreA);
        }
        QCOMPARE(statusOf(c.Get("/v1/movements?limit=0", m_server->manager())), 422);
        QCOMPARE(statusOf(c.Get("/v1/movements?before=x", m_server->manager())), 422);
        QCOMPARE(statusOf(c.Get((std::string("/v1/movements?store=") + S::kStoreB).c_str(), m_server->device())), 403);
        QCOMPARE(statusOf(c.Get("/v1/movements")), 401);
    }

    void transfers() {
        const std::string id = "77777777-7777-4777-8777-777777777777";
        const json body = {{"id", id}, {"product_id", S::kP1}, {"store_id", S::kStoreB}, {"quantity", 10}};
        auto r = post("/v1/transfers", body, m_server->serviceToken());
        QCOMPARE(statusOf(r), 201);
        QCOMPARE(r->get_header_value("Location"), "/v1/transfers/" + id);
        QCOMPARE(levelOf("central", S::kP1), std::int64_t(90));
        QCOMPARE(levelOf(S::kStoreB, S::kP1), std::int64_t(10));
        // The same request id again (a retried approval): the first transfer, nothing moved twice.
        r = post("/v1/transfers", body, m_server->manager());
        QCOMPARE(statusOf(r), 200);
        QCOMPARE(bodyOf(r)["quantity"].get<int>(), 10);
        QCOMPARE(levelOf("central", S::kP1), std::int64_t(90));
        json other = body;
        other["quantity"] = 11;
        QCOMPARE(ruleOf(post("/v1/transfers", other, m_server->manager())), std::string("transfer.id.taken"));
        json tooMuch = body;
        tooMuch["id"] = "77777777-7777-4777-8777-777777777778";
        tooMuch["quantity"] = 91;
        r = post("/v1/transfers", tooMuch, m_server->manager());
        QCOMPARE(statusOf(r), 409);
        QCOMPARE(ruleOf(r), std::string("stock_level.insufficient"));
        QVERIFY2(bodyOf(r)["detail"].get<std::string>().find("90 available") != std::string::npos, r->body.c_str());
        QCOMPARE(levelOf(S::kStoreB, S::kP1), std::int64_t(10));  // neither movement
        json unknownStore = tooMuch;
        unknownStore["quantity"] = 1;
        unknownStore["store_id"] = kUnknownId;
        QCOMPARE(statusOf(post("/v1/transfers", unknownStore, m_server->manager())), 404);
        unknownStore["store_id"] = kCentralId;
        QCOMPARE(ruleOf(post("/v1/transfers", unknownStore, m_server->manager())), std::string("transfer.to.store"));
        QCOMPARE(statusOf(post("/v1/transfers", {{"id", id}}, m_server->manager())), 422);
        QCOMPARE(statusOf(post("/v1/transfers", body, m_server->cashier())), 403);
        QCOMPARE(statusOf(post("/v1/transfers", body, {})), 401);

        auto c = m_server->client();
        QCOMPARE(bodyOf(c.Get(("/v1/transfers/" + id).c_str(), m_server->manager())).value("to_location_id", ""),
                 std::string(S::kStoreB));
        QCOMPARE(statusOf(c.Get((std::string("/v1/transfers/") + kUnknownId).c_str(), m_server->manager())), 404);
        QCOMPARE(statusOf(c.Get(("/v1/transfers/" + id).c_str(), m_server->device(S::kStoreA))), 403);
        QCOMPARE(bodyOf(c.Get((std::string("/v1/transfers?store=") + S::kStoreB).c_str(), m_server->manager()))["items"]
                     .size(),
                 std::size_t(1));
        QCOMPARE(bodyOf(c.Get("/v1/transfers", m_server->device(S::kStoreA)))["items"].size(), std::size_t(0));
        QCOMPARE(statusOf(c.Get("/v1/transfers?limit=-1", m_server->manager())), 422);
    }

    void reservations() {
        const std::string id = "88888888-8888-4888-8888-888888888881";
        const json body = {{"id", id}, {"product_id", S::kP2}, {"quantity", 5}};
        auto r = post("/v1/reservations", body, m_server->serviceToken());
        QCOMPARE(statusOf(r), 201);
        QCOMPARE(bodyOf(r)["status"].get<std::string>(), std::string("held"));
        QCOMPARE(levelOf("central", S::kP2), std::int64_t(195));
        QCOMPARE(statusOf(post("/v1/reservations", body, m_server->serviceToken())), 200);
        QCOMPARE(levelOf("central", S::kP2), std::int64_t(195));
        json other = body;
        other["quantity"] = 6;
        QCOMPARE(ruleOf(post("/v1/reservations", other, m_server->serviceToken())),
                 std::string("reservation.id.taken"));
        auto c = m_server->client();
        QCOMPARE(bodyOf(c.Get(("/v1/reservations/" + id).c_str(), m_server->serviceToken()))["quantity"].get<int>(), 5);
        r = post("/v1/reservations/" + id + "/commit", json::object(), m_server->serviceToken());
        QCOMPARE(statusOf(r), 200);
        QCOMPARE(bodyOf(r)["status"].get<std::string>(), std::string("committed"));
        QCOMPARE(statusOf(post("/v1/reservations/" + id + "/commit", json::object(), m_server->serviceToken())), 200);
        r = post("/v1/reservations/" + id + "/release", json::object(), m_server->serviceToken());
        QCOMPARE(statusOf(r), 409);
        QCOMPARE(ruleOf(r), std::string("reservation.release.not_held"));
        QCOMPARE(levelOf("central", S::kP2), std::int64_t(195));  // sold

        const std::string second = "88888888-8888-4888-8888-888888888882";
        QCOMPARE(statusOf(post("/v1/reservations", {{"id", second}, {"product_id", S::kP2}, {"quantity", 15}},
                               m_server->serviceToken())),
                 201);
        QCOMPARE(levelOf("central", S::kP2), std::int64_t(180));
        r = post("/v1/reservations/" + second + "/release", json::object(), m_server->serviceToken());
        QCOMPARE(bodyOf(r)["status"].get<std::string>(), std::string("released"));
        QCOMPARE(levelOf("central", S::kP2), std::int64_t(195));
        QCOMPARE(statusOf(post("/v1/reservations/" + second + "/release", json::object(), m_server->serviceToken())),
                 200);
        QCOMPARE(levelOf("central", S::kP2), std::int64_t(195));

        r = post("/v1/reservations", {{"id", kUnknownId}, {"product_id", S::kP2}, {"quantity", 196}},
                 m_server->serviceToken());
        QCOMPARE(statusOf(r), 409);
        QVERIFY2(bodyOf(r)["detail"].get<std::string>().find("195 available") != std::string::npos, r->body.c_str());
        QCOMPARE(statusOf(post("/v1/reservations", {{"id", kUnknownId}, {"product_id", S::kP2}, {"quantity", 0}},
                               m_server->serviceToken())),
                 422);
        QCOMPARE(ruleOf(post("/v1/reservations",
                             {{"id", kUnknownId}, {"product_id", S::kP2}, {"quantity", 1}, {"ttl_seconds", 0}},
                             m_server->serviceToken())),
                 std::string("reservation.ttl.range"));
        QCOMPARE(statusOf(post(std::string("/v1/reservations/") + kUnknownId + "/commit", json::object(),
                               m_server->serviceToken())),
                 404);
        QCOMPARE(statusOf(c.Get((std::string("/v1/reservations/") + kUnknownId).c_str(), m_server->serviceToken())),
                 404);
        QCOMPARE(statusOf(post("/v1/reservations", body, m_server->cashier())), 403);
        QCOMPARE(statusOf(post("/v1/reservations/" + id + "/commit", json::object(), m_server->device())), 403);
    }

    void expiredReservationsGiveTheirStockBack() {
        const std::string id = "88888888-8888-4888-8888-888888888883";
        QCOMPARE(statusOf(post("/v1/reservations",
                               {{"id", id}, {"product_id", S::kP1}, {"quantity", 30}, {"ttl_seconds", 1}},
                               m_server->serviceToken())),
                 201);
        QCOMPARE(levelOf("central", S::kP1), std::int64_t(70));
        QCOMPARE(m_server->service().ledger().expireDueReservations(), std::size_t(0));  // not due yet
        QTest::qWait(1100);
        QCOMPARE(m_server->service().ledger().expireDueReservations(), std::size_t(1));
        QCOMPARE(levelOf("central", S::kP1), std::int64_t(100));
        auto r = post("/v1/reservations/" + id + "/commit", json::object(), m_server->serviceToken());
        QCOMPARE(statusOf(r), 409);
        QCOMPARE(ruleOf(r), std::string("reservation.commit.not_held"));
        // A late compensation of the checkout: nothing is held any more, so the release answers the reservation.
        r = post("/v1/reservations/" + id + "/release", json::object(), m_server->serviceToken());
        QCOMPARE(statusOf(r), 200);
        QCOMPARE(bodyOf(r)["status"].get<std::string>(), std::string("expired"));
        QCOMPARE(levelOf("central", S::kP1), std::int64_t(100));
        QCOMPARE(m_server->service().ledger().expireDueReservations(), std::size_t(0));
    }

    void stockExceptionsNameTheirSales() {
        const std::string sale = "0190a000-0000-7000-8000-000000000001";
        offlineSale(sale, 25);  // 20 on the shelf
        auto c = m_server->client();
        auto items = bodyOf(c.Get("/v1/stock-exceptions", m_server->manager()))["items"];
        QCOMPARE(items.size(), std::size_t(1));
        QCOMPARE(items[0]["level"].get<int>(), -5);
        QCOMPARE(items[0]["causes"][0]["sale_id"].get<std::string>(), sale);
        QCOMPARE(items[0]["causes"][0]["origin"].get<std::string>(), std::string("offline"));
        QCOMPARE(bodyOf(c.Get("/v1/stock-exceptions", m_server->device(S::kStoreA)))["items"].size(), std::size_t(1));
        QCOMPARE(bodyOf(c.Get("/v1/stock-exceptions", m_server->device(S::kStoreB)))["items"].size(), std::size_t(0));
        QCOMPARE(statusOf(c.Get((std::string("/v1/stock-exceptions?store=") + S::kStoreA).c_str(),
                                m_server->device(S::kStoreB))),
                 403);
        QCOMPARE(statusOf(c.Get("/v1/stock-exceptions")), 401);
        // Online operations still may not go further below zero.
        QCOMPARE(statusOf(post(path(S::kStoreA, S::kP1, "/adjustments"), {{"delta", -1}}, m_server->manager())), 409);
    }

    void feedIsScopedPerStore() {
        auto c = m_server->client();
        auto storesIn = [](const json& page) -> std::set<std::string> {
            std::set<std::string> stores;
            for (const auto& change : page["changes"]) {
                stores.insert(change["data"]["store_id"].is_null() ? "central"
                                                                   : change["data"]["store_id"].get<std::string>());
                if (change["entity"] != "stock_level") {
                    stores.insert("unexpected entity " + change["entity"].dump());
                }
            }
            return stores;
        };
        const auto all = storesIn(bodyOf(c.Get("/v1/sync/changes?since=0&limit=1000", m_server->manager())));
        QCOMPARE(all.size(), std::size_t(5));
        const auto ofA = storesIn(bodyOf(c.Get("/v1/sync/changes?since=0&limit=1000", m_server->device(S::kStoreA))));
        QVERIFY(sameJson(json(ofA), json((std::set<std::string>{"central", S::kStoreA}))));
        const auto ofB = storesIn(bodyOf(c.Get("/v1/sync/changes?since=0&limit=1000", m_server->device(S::kStoreB))));
        QVERIFY(sameJson(json(ofB), json((std::set<std::string>{"central", S::kStoreB}))));
        QCOMPARE(statusOf(c.Get((std::string("/v1/sync/changes?since=0&store=") + S::kStoreA).c_str(),
                                m_server->device(S::kStoreB))),
                 403);
        const auto asked = storesIn(bodyOf(
            c.Get((std::string("/v1/sync/changes?since=0&store=") + S::kStoreB).c_str(), m_server->serviceToken())));
        QVERIFY(sameJson(json(asked), json((std::set<std::string>{"central", S::kStoreB}))));
        QCOMPARE(statusOf(c.Get("/v1/sync/changes?since=0")), 401);
        QCOMPARE(statusOf(c.Get("/v1/sync/changes?since=abc", m_server->manager())), 400);
        QCOMPARE(statusOf(c.Get("/v1/sync/changes?since=999999", m_server->manager())), 410);
    }

    void hostileInputNeverGives5xx() {
        // Beside commonHostileBodies(): wrong types and absurd values for this server's fields.
        const std::vector<std::string> bodies = {
            "{\"delta\":{}}",
            "{\"delta\":null,\"counted\":null}",
            "{\"delta\":1e400}",
            "{\"delta\":-9223372036854775808}",
            "{\"counted\":9223372036854775807}",
            "{\"critical\":-9223372036854775808,\"low\":0,\"high\":9223372036854775807}",
            "{\"quantity\":18446744073709551616}",
            "{\"id\":\"x\",\"product_id\":[],\"store_id\":{},\"quantity\":1}",
            "{\"id\":\"88888888-8888-4888-8888-888888888889\",\"product_id\":\"550e8400-e29b-41d4-a716-446655440001\","
            "\"quantity\":1,\"ttl_seconds\":9223372036854775807}",
            "{\"name\":\"\\u0000\\udc00\"}",
            "{\"delta\":\"\xff\xfe\"}",
        };
        const std::vector<std::string> params = {
            "central", S::kStoreA, kUnknownId, "x", "%00", "%FF%FE", std::string(3000, '9'), ".."};
        const std::vector<std::string> queries = {"",
                                                  "?location=%FF",
                                                  "?location=central&product=%27%22%3B--",
                                                  "?store=" + std::string(300, 'a'),
                                                  "?label=%00",
                                                  "?limit=0",
                                                  "?limit=99999999999999999999",
                                                  "?before=-1",
                                                  "?since=-1",
                                                  "?since=99999999999",
                                                  "?store=x",
                                                  "?limit=abc"};
        auto c = m_server->client();
        std::vector<std::string> failures;
        const int calls = sweepRoutes(
            c, m_server->service().app().routes(),
            {params, queries, bodies, {m_server->manager(), m_server->device(S::kStoreB), httplib::Headers{}}},
            failures);
        QVERIFY2(failures.empty(), failures.empty() ? "" : failures.front().c_str());
        qInfo("%d hostile calls, none answered 5xx", calls);
    }
};

QTEST_GUILESS_MAIN(InventaireRoutesTest)
#include "inventaire_routes_pgtest.moc"
