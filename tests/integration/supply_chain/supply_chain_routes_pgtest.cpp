// Every supply-chain route over real HTTP, a real database and a real inventaire (in process, demo stock): the success
// path and each documented problem, who sees which store, the terminals' sync command and change feed, suggestions
// from inventaire's own feed, and hostile input on every route never giving 5xx.
#include <QTest>

#include <thread>

#include "http_test_helpers.hpp"
#include "magasin/domain/domain_error.hpp"
#include "magasin/server/feed_consumer.hpp"
#include "magasin/server/transaction.hpp"
#include "magasin/supply_chain/feed_copies.hpp"
#include "supply_chain_test_server.hpp"

using nlohmann::json;
using S = SupplyChainTestServer;

namespace {

const char* const kUnknownId = "550e8400-e29b-41d4-a716-446655449999";
const char* const kCentral = "central";

}  // namespace

class SupplyChainRoutesTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<S> m_server;

    httplib::Result post(const std::string& target, const json& body, const httplib::Headers& headers) {
        auto c = m_server->client();
        return sendJson(c, "POST", target, body.dump(), headers);
    }
    httplib::Result get(const std::string& target, const httplib::Headers& headers) {
        auto c = m_server->client();
        return c.Get(target.c_str(), headers);
    }
    // A level at inventaire, read with the supply chain's own service token.
    std::int64_t levelAt(const std::string& location, const std::string& product) {
        auto c = m_server->inventaireClient();
        return bodyOf(c.Get(("/v1/stocks/" + location + "/" + product).c_str(), m_server->serviceToken()))
            .value("level", INT64_MIN);
    }
    std::string create(const char* product, int quantity, const httplib::Headers& who) {
        auto r = post("/v1/requests", {{"product_id", product}, {"quantity", quantity}}, who);
        return statusOf(r) == 201 ? bodyOf(r).value("id", "") : "status " + std::to_string(statusOf(r));
    }
    json push(const httplib::Headers& who, const char* device, int seq, const json& payload,
              const std::string& commandId) {
        const json batch = {{"device_id", device},
                            {"commands",
                             {{{"command_id", commandId},
                               {"device_id", device},
                               {"device_seq", seq},
                               {"type", "CreateReplenishmentRequest"},
                               {"issued_at", "2026-11-25T09:00:00.000Z"},
                               {"staff_id", S::kCashierA},
                               {"payload", payload}}}}};
        auto r = post("/v1/sync/commands", batch, who);
        json body = bodyOf(r);
        body["http_status"] = statusOf(r);
        return body;
    }

private Q_SLOTS:
    void init() {
        m_server = std::make_unique<S>();
        QVERIFY2(m_server->ok(), m_server->error().c_str());
    }
    void cleanup() { m_server.reset(); }

    void demoDataHasTwoPendingRequestsWithNames() {
        const auto items = bodyOf(get("/v1/requests?status=pending", m_server->manager()))["items"];
        QCOMPARE(items.size(), std::size_t(2));
        const auto demo = bodyOf(get(std::string("/v1/requests/") + S::kDemoRequest, m_server->manager()));
        QCOMPARE(demo.value("product_name", ""), std::string("Écouteurs Bluetooth"));
        QCOMPARE(demo.value("store_name", ""), std::string("Magasin Central"));
        QCOMPARE(demo.value("quantity", 0), 6);
        QCOMPARE(demo.value("origin", ""), std::string("demo"));
    }

    void createOverRest() {
        auto r = post("/v1/requests", {{"product_id", S::kP1}, {"quantity", 10}}, m_server->cashier());
        QCOMPARE(statusOf(r), 201);
        const auto created = bodyOf(r);
        QCOMPARE(r->get_header_value("Location"), "/v1/requests/" + created.value("id", ""));
        QCOMPARE(created.value("status", ""), std::string("pending"));
        QCOMPARE(created.value("store_id", ""), std::string(S::kStoreA));
        QCOMPARE(created.value("requested_by", ""), std::string(S::kCashierA));
        QCOMPARE(created.value("product_name", ""), std::string("Clavier mécanique"));
        // One pending request per (product, store): another one is a conflict, even from a manager.
        r = post("/v1/requests", {{"product_id", S::kP1}, {"quantity", 3}}, m_server->manager());
        QCOMPARE(statusOf(r), 409);
        QCOMPARE(ruleOf(r), std::string("replenishment.pending.exists"));
        // The client's id again with the same content: the stored request.
        const json again = {{"id", created["id"]}, {"product_id", S::kP1}, {"quantity", 10}};
        r = post("/v1/requests", again, m_server->cashier());
        QCOMPARE(statusOf(r), 200);
        QCOMPARE(bodyOf(r).value("id", ""), created.value("id", ""));
        json other = again;
        other["quantity"] = 11;
        QCOMPARE(ruleOf(post("/v1/requests", other, m_server->cashier())), std::string("replenishment.id.taken"));
    }

    void createErrors() {
        auto bad = [&](const json& body, const httplib::Headers& who) { return post("/v1/requests", body, who); };
        QCOMPARE(statusOf(bad({{"product_id", S::kP1}, {"quantity", 0}}, m_server->cashier())), 422);
        QCOMPARE(ruleOf(bad({{"product_id", S::kP1}, {"quantity", 10001}}, m_server->cashier())),
                 std::string("quantity.range"));
        QCOMPARE(ruleOf(bad({{"product_id", kUnknownId}, {"quantity", 1}}, m_server->cashier())),
                 std::string("product.not_found"));
        QCOMPARE(statusOf(bad({{"product_id", kUnknownId}, {"quantity", 1}}, m_server->cashier())), 404);
        QCOMPARE(
            statusOf(bad({{"product_id", S::kP1}, {"quantity", 1}, {"store_id", S::kStoreB}}, m_server->cashier())),
            403);
        QCOMPARE(statusOf(bad({{"product_id", S::kP1}, {"quantity", 1}}, m_server->device())), 403);
        QCOMPARE(statusOf(bad({{"product_id", S::kP1}, {"quantity", 1}}, m_server->serviceToken())), 403);
        QCOMPARE(statusOf(bad({{"product_id", S::kP1}, {"quantity", 1}}, {})), 401);
        QCOMPARE(statusOf(bad({{"product_id", S::kP1}, {"quantity", "ten"}}, m_server->cashier())), 422);
        auto c = m_server->client();
        QCOMPARE(statusOf(sendJson(c, "POST", "/v1/requests", "{", m_server->cashier())), 400);
        QCOMPARE(statusOf(sendJson(c, "POST", "/v1/requests", "{}", m_server->cashier(), "text/plain")), 415);
        QCOMPARE(statusOf(sendJson(c, "POST", "/v1/requests", std::string(70 * 1024, ' '), m_server->cashier())), 413);
        QCOMPARE(bodyOf(get("/v1/requests?product=" + std::string(kUnknownId), m_server->manager()))["items"].size(),
                 std::size_t(0));
    }

    void aManagerAsksForAnyStoreACashierForTheirOwn() {
        const json body = {{"product_id", S::kP2}, {"quantity", 3}, {"store_id", S::kStoreB}};
        QCOMPARE(statusOf(post("/v1/requests", body, m_server->cashier())), 403);
        auto r = post("/v1/requests", body, m_server->manager());
        QCOMPARE(statusOf(r), 201);
        const json created = bodyOf(r);
        QCOMPARE(created.value("store_id", ""), std::string(S::kStoreB));
        QCOMPARE(created.value("requested_by", ""), std::string(S::kManagerA));
        QCOMPARE(created.value("status", ""), std::string("pending"));
        // Store B's own people see it as theirs.
        const json mine =
            bodyOf(get("/v1/requests", m_server->cashier(S::kStoreB, "44444444-4444-4444-4444-444444444421")));
        QCOMPARE(mine["items"].size(), std::size_t(1));
        QCOMPARE(mine["items"][0].value("id", ""), created.value("id", ""));
    }

    void concurrentCreationsKeepOnePendingRequest() {
        // Eight cashiers' terminals ask for the same product at once: the database's one-pending index decides.
        constexpr int kAsks = 8;
        std::vector<int> statuses(kAsks);
        std::vector<std::thread> cashiers;
        for (int i = 0; i < kAsks; ++i) {
            cashiers.emplace_back([&, i] {
                auto c = m_server->client();
                const auto r = sendJson(c, "POST", "/v1/requests",
                                        json{{"product_id", S::kP1}, {"quantity", i + 1}}.dump(), m_server->cashier());
                statuses[i] = statusOf(r);
                if (statuses[i] != 201 && statuses[i] != 409) {
                    std::fprintf(stderr, "unexpected answer %d: %s\n", statuses[i], r ? r->body.c_str() : "none");
                }
            });
        }
        for (auto& t : cashiers) {
            t.join();
        }
        QCOMPARE(std::count(statuses.begin(), statuses.end(), 201), std::ptrdiff_t(1));
        QCOMPARE(std::count(statuses.begin(), statuses.end(), 409), std::ptrdiff_t(kAsks - 1));
        QCOMPARE(bodyOf(get(std::string("/v1/requests?status=pending&product=") + S::kP1, m_server->manager()))["items"]
                     .size(),
                 std::size_t(1));
    }

    void concurrentRetriesOfOneRequestIdCreateItOnce() {
        // A terminal retries its POST while the first attempt is still running: one 201, the others the same request.
        const json body = {{"id", "0190b000-0000-7000-8000-0000000000aa"}, {"product_id", S::kP2}, {"quantity", 6}};
        constexpr int kRetries = 8;
        std::vector<int> statuses(kRetries);
        std::vector<std::string> ids(kRetries);
        std::vector<std::thread> retries;
        for (int i = 0; i < kRetries; ++i) {
            retries.emplace_back([&, i] {
                auto c = m_server->client();
                const auto r = sendJson(c, "POST", "/v1/requests", body.dump(), m_server->cashier());
                statuses[i] = statusOf(r);
                ids[i] = bodyOf(r).value("id", "");
            });
        }
        for (auto& t : retries) {
            t.join();
        }
        QCOMPARE(std::count(statuses.begin(), statuses.end(), 201), std::ptrdiff_t(1));
        QCOMPARE(std::count(statuses.begin(), statuses.end(), 200), std::ptrdiff_t(kRetries - 1));
        QCOMPARE(std::count(ids.begin(), ids.end(), body["id"].get<std::string>()), std::ptrdiff_t(kRetries));
    }

    void idempotencyKeyReplaysTheCreation() {
        httplib::Headers headers = m_server->cashier();
        headers.emplace("Idempotency-Key", "k-1");
        const json body = {{"product_id", S::kP2}, {"quantity", 4}};
        auto first = post("/v1/requests", body, headers);
        QCOMPARE(statusOf(first), 201);
        auto second = post("/v1/requests", body, headers);
        QCOMPARE(statusOf(second), 201);
        QCOMPARE(second->get_header_value("Idempotent-Replayed"), std::string("true"));
        QCOMPARE(bodyOf(second).value("id", ""), bodyOf(first).value("id", ""));
        QCOMPARE(statusOf(post("/v1/requests", {{"product_id", S::kP2}, {"quantity", 5}}, headers)), 422);
    }

    void listAndGetAreScopedToTheStore() {
        const auto mine = create(S::kP1, 5, m_server->cashier());
        QCOMPARE(bodyOf(get("/v1/requests", m_server->manager()))["items"].size(), std::size_t(3));
        QCOMPARE(bodyOf(get("/v1/requests", m_server->cashier()))["items"].size(), std::size_t(2));
        QCOMPARE(bodyOf(get("/v1/requests", m_server->cashier(S::kStoreB)))["items"].size(), std::size_t(0));
        QCOMPARE(bodyOf(get("/v1/requests?store=" + std::string(S::kStoreA) + "&status=pending&limit=1",
                            m_server->manager()))["items"]
                     .size(),
                 std::size_t(1));
        QCOMPARE(bodyOf(get("/v1/requests?status=transferred", m_server->manager()))["items"].size(), std::size_t(0));
        QCOMPARE(statusOf(get("/v1/requests?store=" + std::string(S::kStoreA), m_server->cashier(S::kStoreB))), 403);
        QCOMPARE(statusOf(get("/v1/requests?status=shipped", m_server->manager())), 422);
        QCOMPARE(statusOf(get("/v1/requests?limit=0", m_server->manager())), 422);
        QCOMPARE(statusOf(get("/v1/requests?offset=-1", m_server->manager())), 422);
        QCOMPARE(statusOf(get("/v1/requests", {})), 401);

        QCOMPARE(bodyOf(get("/v1/requests/" + mine, m_server->device())).value("id", ""), mine);
        QCOMPARE(statusOf(get("/v1/requests/" + mine, m_server->device(S::kStoreB))), 403);
        QCOMPARE(statusOf(get(std::string("/v1/requests/") + kUnknownId, m_server->manager())), 404);
        QCOMPARE(statusOf(get("/v1/requests/x", m_server->manager())), 422);
        QCOMPARE(statusOf(get("/v1/requests/" + mine, {})), 401);
    }

    void approvalMovesTheApprovedQuantityOnce() {
        QCOMPARE(levelAt(kCentral, S::kP4), std::int64_t(8));
        QCOMPARE(levelAt(S::kStoreA, S::kP4), std::int64_t(2));
        const std::string target = std::string("/v1/requests/") + S::kDemoRequest + "/approve";
        QCOMPARE(statusOf(post(target, {{"quantity", 5}}, m_server->cashier())), 403);
        QCOMPARE(statusOf(post(target, {{"quantity", 5}}, m_server->device())), 403);
        QCOMPARE(statusOf(post(target, {{"quantity", 5}}, {})), 401);
        auto r = post(target, {{"quantity", 7}}, m_server->manager());
        QCOMPARE(statusOf(r), 422);
        QCOMPARE(ruleOf(r), std::string("replenishment.approve.quantity_raised"));
        r = post(target, {{"quantity", 5}}, m_server->manager());
        QCOMPARE(statusOf(r), 200);
        QCOMPARE(bodyOf(r).value("status", ""), std::string("transferred"));
        QCOMPARE(bodyOf(r).value("approved_quantity", 0), 5);
        QCOMPARE(bodyOf(r).value("decided_by", ""), std::string("staff:") + S::kManagerA);
        QCOMPARE(levelAt(kCentral, S::kP4), std::int64_t(3));
        QCOMPARE(levelAt(S::kStoreA, S::kP4), std::int64_t(7));
        // Approving twice: 409, and the stock does not move again.
        r = post(target, {{"quantity", 5}}, m_server->manager());
        QCOMPARE(statusOf(r), 409);
        QCOMPARE(ruleOf(r), std::string("replenishment.approve.not_pending"));
        QCOMPARE(levelAt(kCentral, S::kP4), std::int64_t(3));
        // Inventaire recorded one transfer, under the request's id.
        auto inv = m_server->inventaireClient();
        QCOMPARE(bodyOf(inv.Get((std::string("/v1/transfers/") + S::kDemoRequest).c_str(), m_server->serviceToken()))
                     .value("quantity", 0),
                 5);
        QCOMPARE(
            statusOf(post(std::string("/v1/requests/") + kUnknownId + "/approve", json::object(), m_server->manager())),
            404);
    }

    void shortCentralStockKeepsTheRequestPendingAndSaysWhy() {
        // P4: 8 at the central warehouse; store B asks for 10.
        const auto id = create(S::kP4, 10, m_server->cashier(S::kStoreB, "44444444-4444-4444-4444-444444444421"));
        auto r = post("/v1/requests/" + id + "/approve", json::object(), m_server->manager());
        QCOMPARE(statusOf(r), 409);
        QCOMPARE(ruleOf(r), std::string("replenishment.approve.insufficient_stock"));
        QVERIFY2(bodyOf(r).value("detail", "").find("8 available") != std::string::npos, r->body.c_str());
        QCOMPARE(r->get_header_value("Content-Type"), std::string("application/problem+json"));
        QCOMPARE(bodyOf(get("/v1/requests/" + id, m_server->manager())).value("status", ""), std::string("pending"));
        QCOMPARE(levelAt(S::kStoreB, S::kP4), std::int64_t(0));
        // Lowered to what the central holds, it goes through; an empty body approves the requested quantity.
        QCOMPARE(statusOf(post("/v1/requests/" + id + "/approve", {{"quantity", 8}}, m_server->manager())), 200);
        QCOMPARE(levelAt(S::kStoreB, S::kP4), std::int64_t(8));
        auto c = m_server->client();
        const auto other = create(S::kP2, 3, m_server->cashier());
        QCOMPARE(statusOf(c.Post(("/v1/requests/" + other + "/approve").c_str(), m_server->manager(), "",
                                 "application/json")),
                 200);
        QCOMPARE(levelAt(S::kStoreA, S::kP2), std::int64_t(3));
    }

    void rejectionKeepsItsReason() {
        const auto id = create(S::kP1, 5, m_server->cashier());
        const std::string target = "/v1/requests/" + id + "/reject";
        auto r = post(target, {{"reason", "abc"}}, m_server->manager());
        QCOMPARE(statusOf(r), 422);
        QCOMPARE(ruleOf(r), std::string("reason.length"));
        QCOMPARE(ruleOf(post(target, {{"reason", "12345"}}, m_server->manager())), std::string("reason.letter"));
        QCOMPARE(statusOf(post(target, json::object(), m_server->manager())), 422);
        QCOMPARE(statusOf(post(target, {{"reason", "Pas de budget"}}, m_server->cashier())), 403);
        r = post(target, {{"reason", "  Pas de budget ce mois-ci  "}}, m_server->manager());
        QCOMPARE(statusOf(r), 200);
        QCOMPARE(bodyOf(r).value("status", ""), std::string("rejected"));
        QCOMPARE(bodyOf(get("/v1/requests/" + id, m_server->cashier())).value("rejection_reason", ""),
                 std::string("Pas de budget ce mois-ci"));
        QCOMPARE(ruleOf(post(target, {{"reason", "Encore non"}}, m_server->manager())),
                 std::string("replenishment.reject.not_pending"));
        QCOMPARE(statusOf(post("/v1/requests/" + id + "/approve", json::object(), m_server->manager())), 409);
        QCOMPARE(statusOf(post(std::string("/v1/requests/") + kUnknownId + "/reject", {{"reason", "Pas besoin"}},
                               m_server->manager())),
                 404);
    }

    void withdrawalByTheRequesterOrAManager() {
        const auto id = create(S::kP1, 5, m_server->cashier());
        const std::string target = "/v1/requests/" + id + "/withdraw";
        QCOMPARE(statusOf(post(target, json::object(), m_server->cashier(S::kStoreA, S::kOtherCashierA))), 403);
        QCOMPARE(statusOf(post(target, json::object(), m_server->cashier(S::kStoreB))), 403);
        QCOMPARE(statusOf(post(target, json::object(), m_server->device())), 403);
        auto r = post(target, json::object(), m_server->cashier());
        QCOMPARE(statusOf(r), 200);
        QCOMPARE(bodyOf(r).value("status", ""), std::string("withdrawn"));
        QCOMPARE(ruleOf(post(target, json::object(), m_server->manager())),
                 std::string("replenishment.withdraw.not_pending"));
        const auto next = create(S::kP1, 5, m_server->cashier());
        QCOMPARE(statusOf(post("/v1/requests/" + next + "/withdraw", json::object(), m_server->manager())), 200);
        QCOMPARE(statusOf(post(std::string("/v1/requests/") + kUnknownId + "/withdraw", json::object(),
                               m_server->manager())),
                 404);
    }

    void terminalsCreateOfflineAndSeeTheDecisionOnTheFeed() {
        const std::string requestId = "0190b000-0000-7000-8000-000000000001";
        const json payload = {{"id", requestId}, {"product_id", S::kP1}, {"store_id", S::kStoreA}, {"quantity", 12}};
        auto pushed = push(m_server->device(), S::kDeviceA, 1, payload, "0190b000-0000-7000-8000-0000000000c1");
        QCOMPARE(pushed.value("http_status", 0), 200);
        QCOMPARE(pushed["outcomes"][0].value("status", ""), std::string("applied"));
        QCOMPARE(pushed["outcomes"][0]["result"].value("request_id", ""), requestId);
        // The same command again: its stored outcome; nothing new.
        const auto replay = push(m_server->device(), S::kDeviceA, 1, payload, "0190b000-0000-7000-8000-0000000000c1");
        QVERIFY(sameJson(replay["outcomes"], pushed["outcomes"]));
        // A second request for the same product: rejected, with the problem kept for managers.
        json second = payload;
        second["id"] = "0190b000-0000-7000-8000-000000000002";
        pushed = push(m_server->device(), S::kDeviceA, 2, second, "0190b000-0000-7000-8000-0000000000c2");
        QCOMPARE(pushed["outcomes"][0].value("status", ""), std::string("rejected"));
        QCOMPARE(pushed["outcomes"][0]["problem"].value("status", 0), 409);
        // A product the catalogue copy does not know: kept, flagged.
        json unknown = payload;
        unknown["id"] = "0190b000-0000-7000-8000-000000000003";
        unknown["product_id"] = kUnknownId;
        pushed = push(m_server->device(), S::kDeviceA, 3, unknown, "0190b000-0000-7000-8000-0000000000c3");
        QCOMPARE(pushed["outcomes"][0].value("status", ""), std::string("applied_with_flags"));
        QCOMPARE(pushed["outcomes"][0]["flags"][0].value("code", ""), std::string("unknown_product"));
        // Another store's request, or another device's token: the push is refused.
        json elsewhere = payload;
        elsewhere["store_id"] = S::kStoreB;
        QCOMPARE(push(m_server->device(), S::kDeviceA, 4, elsewhere, "0190b000-0000-7000-8000-0000000000c4")
                     .value("http_status", 0),
                 403);
        QCOMPARE(push(m_server->device(S::kStoreA, "55555555-5555-4555-8555-555555555502"), S::kDeviceA, 4, payload,
                      "0190b000-0000-7000-8000-0000000000c5")
                     .value("http_status", 0),
                 403);
        QCOMPARE(push(m_server->cashier(), S::kDeviceA, 4, payload, "0190b000-0000-7000-8000-0000000000c6")
                     .value("http_status", 0),
                 403);

        // The manager approves; the terminal reads the decision on its feed.
        QCOMPARE(statusOf(post("/v1/requests/" + requestId + "/approve", {{"quantity", 10}}, m_server->manager())),
                 200);
        const auto page = bodyOf(get("/v1/sync/changes?since=0", m_server->device()));
        std::string lastStatus;
        for (const auto& change : page["changes"]) {
            QCOMPARE(change.value("entity", ""), std::string("replenishment_request"));
            QCOMPARE(change["data"].value("store_id", ""), std::string(S::kStoreA));
            if (change.value("id", "") == requestId) {
                lastStatus = change["data"].value("status", "");
            }
        }
        QCOMPARE(lastStatus, std::string("transferred"));
        // Store B's devices see none of store A's requests; managers see all, or one store.
        QCOMPARE(bodyOf(get("/v1/sync/changes?since=0", m_server->device(S::kStoreB)))["changes"].size(),
                 std::size_t(0));  // Magasin Nord asked for nothing
        QCOMPARE(
            statusOf(get("/v1/sync/changes?since=0&store=" + std::string(S::kStoreA), m_server->device(S::kStoreB))),
            403);
        QVERIFY(bodyOf(get("/v1/sync/changes?since=0", m_server->manager()))["changes"].size() >
                page["changes"].size());
        QCOMPARE(statusOf(get("/v1/sync/changes?since=0", {})), 401);
        QCOMPARE(statusOf(get("/v1/sync/changes?since=abc", m_server->manager())), 400);
        QCOMPARE(statusOf(get("/v1/sync/changes?since=999999", m_server->manager())), 410);
    }

    void suggestionsComeFromInventairesFeed() {
        // The supply chain's consumer of inventaire's feed, driven page by page here.
        magasin::server::ServiceClient client(
            {.baseUrl = "http://127.0.0.1:" + std::to_string(m_server->inventairePort()),
             .token = m_server->serviceTokenText(),
             .name = "inventaire"});
        magasin::server::FeedConsumer consumer(m_server->service().pool(), {.feed = "inventaire"},
                                               magasin::server::httpFeed(client),
                                               magasin::supply_chain::applyStockChange);
        for (int page = 0; page < 20 && consumer.pollOnce().hasMore; ++page) {
        }
        // Store A (demo): P1 20 (fine), P3 5 (low: 5 suggested), P4 2 (critical, but the demo request is pending).
        auto items = bodyOf(get("/v1/suggestions", m_server->cashier()))["items"];
        QCOMPARE(items.size(), std::size_t(1));
        QCOMPARE(items[0].value("product_name", ""), std::string("Café Premium Bio"));
        QCOMPARE(items[0].value("level", 0), 5);
        QCOMPARE(items[0].value("quantity", 0), 5);
        QCOMPARE(statusOf(post(std::string("/v1/requests/") + S::kDemoRequest + "/withdraw", json::object(),
                               m_server->manager())),
                 200);
        items = bodyOf(get("/v1/suggestions?store=" + std::string(S::kStoreA), m_server->manager()))["items"];
        QCOMPARE(items.size(), std::size_t(2));
        QCOMPARE(items[0].value("product_id", ""), std::string(S::kP4));  // the lowest level first
        QCOMPARE(items[0].value("quantity", 0), 8);
        QVERIFY(bodyOf(get("/v1/suggestions", m_server->manager()))["items"].size() > 2);  // every store
        QCOMPARE(statusOf(get("/v1/suggestions?store=" + std::string(S::kStoreA), m_server->cashier(S::kStoreB))), 403);
        QCOMPARE(statusOf(get("/v1/suggestions?store=x", m_server->manager())), 422);
        QCOMPARE(statusOf(get("/v1/suggestions", {})), 401);
    }

    void feedsNameProductsAndStores() {
        auto apply = [this](auto fn, const std::string& entity, const std::string& id, magasin::sync::ChangeOp op,
                            const json& data) {
            const magasin::sync::Change change{.seq = 1, .entity = entity, .id = id, .op = op, .data = data};
            magasin::server::withTransaction(m_server->service().pool(), [&](pqxx::work& tx) { fn(tx, change); });
        };
        using magasin::sync::ChangeOp;
        namespace sc = magasin::supply_chain;
        apply(sc::applyCatalogueChange, "product", S::kP4, ChangeOp::kUpsert,
              {{"id", S::kP4}, {"name", "Écouteurs sans fil"}, {"active", true}, {"price_cents", 4599}});
        apply(sc::applyStoreChange, "store", S::kStoreA, ChangeOp::kUpsert, {{"id", S::kStoreA}, {"name", "Centre"}});
        apply(sc::applyStoreChange, "sale", "x", ChangeOp::kUpsert, {{"id", "x"}});  // not the supply chain's concern
        auto demo = bodyOf(get(std::string("/v1/requests/") + S::kDemoRequest, m_server->manager()));
        QCOMPARE(demo.value("product_name", ""), std::string("Écouteurs sans fil"));
        QCOMPARE(demo.value("store_name", ""), std::string("Centre"));
        // An archived product can no longer be asked for over REST; a deleted one loses its name.
        apply(sc::applyCatalogueChange, "product", S::kP2, ChangeOp::kUpsert,
              {{"id", S::kP2}, {"name", "Souris optique"}, {"active", false}});
        QCOMPARE(ruleOf(post("/v1/requests", {{"product_id", S::kP2}, {"quantity", 1}}, m_server->cashier())),
                 std::string("product.not_found"));
        apply(sc::applyCatalogueChange, "product", S::kP4, ChangeOp::kDelete, nullptr);
        demo = bodyOf(get(std::string("/v1/requests/") + S::kDemoRequest, m_server->manager()));
        QVERIFY(demo["product_name"].is_null());
        // A malformed change throws (the consumer keeps its cursor before it) and changes nothing.
        QVERIFY_THROWS_EXCEPTION(
            magasin::domain::DomainError,
            apply(sc::applyStoreChange, "store", S::kStoreA, ChangeOp::kUpsert, {{"id", S::kStoreA}, {"name", 42}}));
        QCOMPARE(
            bodyOf(get(std::string("/v1/requests/") + S::kDemoRequest, m_server->manager())).value("store_name", ""),
            std::string("Centre"));
    }

    void hostileInputNeverGives5xx() {
        const std::vector<std::string> bodies = {
            "",
            "{",
            "[]",
            "null",
            "42",
            "\"text\"",
            "{\"quantity\":{}}",
            "{\"quantity\":null,\"reason\":null}",
            "{\"quantity\":1e400}",
            "{\"quantity\":-9223372036854775808}",
            "{\"quantity\":18446744073709551616}",
            "{\"reason\":\"abc\"}",
            "{\"reason\":[\"Pas besoin\"]}",
            "{\"id\":\"x\",\"product_id\":[],\"store_id\":{},\"quantity\":1}",
            "{\"product_id\":\"550e8400-e29b-41d4-a716-446655440001\",\"quantity\":\"1\"}",
            "{\"device_id\":\"x\",\"commands\":[{}]}",
            "{\"device_id\":\"55555555-5555-4555-8555-555555555501\",\"commands\":[]}",
            "{\"reason\":\"\\u0000\\udc00\"}",
            "{\"reason\":\"\xff\xfe\"}",
            std::string(100 * 1024, '['),
        };
        const std::vector<std::string> params = {S::kDemoRequest,        kUnknownId, "x", "%00", "%FF%FE",
                                                 std::string(3000, '9'), ".."};
        const std::vector<std::string> queries = {"",
                                                  "?status=%00",
                                                  "?store=" + std::string(300, 'a'),
                                                  "?product=%27%22%3B--",
                                                  "?limit=0",
                                                  "?limit=99999999999999999999",
                                                  "?offset=-1",
                                                  "?since=-1",
                                                  "?since=99999999999",
                                                  "?store=x",
                                                  "?limit=abc"};
        auto c = m_server->client();
        int calls = 0;
        for (const auto& route : m_server->service().app().routes()) {
            const std::string method(magasin::server::methodName(route.method));
            for (const auto& param : params) {
                std::string target = route.path;
                for (auto open = target.find('{'); open != std::string::npos; open = target.find('{')) {
                    target.replace(open, target.find('}', open) - open + 1, param);
                }
                for (const auto& who :
                     {m_server->manager(), m_server->cashier(S::kStoreB), m_server->device(), httplib::Headers{}}) {
                    if (method == "GET") {
                        for (const auto& query : queries) {
                            auto r = c.Get((target + query).c_str(), who);
                            ++calls;
                            QVERIFY2(r && r->status < 500,
                                     (method + " " + target + query + " " + (r ? r->body : "")).c_str());
                        }
                    } else {
                        for (const auto& body : bodies) {
                            auto r = sendJson(c, method, target, body, who);
                            ++calls;
                            QVERIFY2(
                                r && r->status < 500,
                                (method + " " + target + " " + body.substr(0, 60) + " " + (r ? r->body : "")).c_str());
                        }
                    }
                }
            }
        }
        qInfo("%d hostile calls, none answered 5xx", calls);
    }
};

QTEST_GUILESS_MAIN(SupplyChainRoutesTest)
#include "supply_chain_routes_pgtest.moc"
