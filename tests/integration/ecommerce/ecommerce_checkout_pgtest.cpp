// Carts, the checkout saga and orders over HTTP, with fake catalogue, inventaire and commandes: prices captured when
// added and re-checked at checkout (a changed price is shown and must be accepted), shipping and Québec taxes, stock
// reserved then committed or released, one web sale per order, a down server answered 503 with a resumable
// checkout, and the order statuses a manager moves on.
#include <QTest>

#include <pqxx/pqxx>

#include "ecommerce_test_server.hpp"

using nlohmann::json;

namespace {

constexpr const char* kP1 = FakeDownstreams::kP1;
constexpr const char* kP2 = FakeDownstreams::kP2;
constexpr const char* kP3 = FakeDownstreams::kP3;

httplib::Result add(httplib::Client& c, const httplib::Headers& who, const std::string& product, int quantity) {
    return sendJson(c, "POST", "/v1/carts/me/lines", json{{"product_id", product}, {"quantity", quantity}}.dump(), who);
}

httplib::Result checkout(httplib::Client& c, const httplib::Headers& who, const json& body = json::object()) {
    return sendJson(c, "POST", "/v1/checkouts", body.dump(), who);
}

int countRows(const EcommerceTestServer& s, const std::string& sql) {
    pqxx::connection db(s.conninfo());
    return pqxx::nontransaction(db).exec1(sql)[0].as<int>();
}

}  // namespace

class EcommerceCheckoutTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cartAddsMergesAndCapturesThePrice() {
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto jean = s.jean();
        QCOMPARE(statusOf(add(c, jean, kP1, 2)), 200);
        s.fake().setPrice(kP1, 9999);  // the line keeps what the customer saw
        const auto merged = add(c, jean, kP1, 3);
        QCOMPARE(statusOf(merged), 200);
        const auto cart = bodyOf(merged);
        QCOMPARE(cart["lines"].size(), std::size_t(1));
        QCOMPARE(cart["lines"][0].value("quantity", 0), 5);
        QCOMPARE(cart["lines"][0].value("unit_price_cents", 0), 8999);
        QCOMPARE(cart.value("subtotal_cents", 0), 5 * 8999);
        QCOMPARE(cart.value("item_count", 0), 5);
        // Another customer's cart is their own.
        QCOMPARE(bodyOf(c.Get("/v1/carts/me",
                              s.login(EcommerceTestServer::kMarie, EcommerceTestServer::kMariePassword)))["lines"]
                     .size(),
                 std::size_t(0));
    }

    void cartErrors_data() {
        QTest::addColumn<QString>("product");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("rule");
        QTest::newRow("quantity 0 is not an addition") << kP1 << 0 << 422 << "cart.quantity.min";
        QTest::newRow("quantity 100 is over 99") << kP1 << 100 << 422 << "cart.quantity.max";
        QTest::newRow("an unknown product is 404")
            << "550e8400-e29b-41d4-a716-4466554400ff" << 1 << 404 << "product.not_found";
        QTest::newRow("an archived product is 409")
            << FakeDownstreams::kArchived << 1 << 409 << "cart.product.inactive";
        QTest::newRow("a product id that is no UUID") << "abc" << 1 << 422 << "uuid.format";
    }
    void cartErrors() {
        QFETCH(QString, product);
        QFETCH(int, quantity);
        QFETCH(int, status);
        QFETCH(QString, rule);
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto r = add(c, s.jean(), product.toStdString(), quantity);
        QCOMPARE(statusOf(r), status);
        if (rule != QStringLiteral("uuid.format")) {
            QCOMPARE(ruleOf(r), rule.toStdString());
        }
    }

    void mergingPast99Is422AndLeavesTheCart() {
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto jean = s.jean();
        QCOMPARE(statusOf(add(c, jean, kP2, 60)), 200);
        const auto r = add(c, jean, kP2, 40);
        QCOMPARE(statusOf(r), 422);
        QCOMPARE(ruleOf(r), std::string("cart.quantity.max"));
        QCOMPARE(bodyOf(c.Get("/v1/carts/me", jean))["lines"][0].value("quantity", 0), 60);
    }

    void setQuantityRemoveAndEmpty() {
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto jean = s.jean();
        add(c, jean, kP1, 1);
        add(c, jean, kP2, 1);
        const auto set =
            sendJson(c, "PUT", std::string("/v1/carts/me/lines/") + kP2, json{{"quantity", 7}}.dump(), jean);
        QCOMPARE(statusOf(set), 200);
        QCOMPARE(bodyOf(set)["lines"][1].value("quantity", 0), 7);
        const auto notInCart =
            sendJson(c, "PUT", std::string("/v1/carts/me/lines/") + kP3, json{{"quantity", 1}}.dump(), jean);
        QCOMPARE(statusOf(notInCart), 404);
        QCOMPARE(ruleOf(notInCart), std::string("cart.line.not_found"));
        const auto negative =
            sendJson(c, "PUT", std::string("/v1/carts/me/lines/") + kP2, json{{"quantity", -1}}.dump(), jean);
        QCOMPARE(statusOf(negative), 422);
        const auto removed = c.Delete((std::string("/v1/carts/me/lines/") + kP1).c_str(), jean);
        QCOMPARE(statusOf(removed), 200);
        QCOMPARE(bodyOf(removed)["lines"].size(), std::size_t(1));
        const auto emptied = c.Delete("/v1/carts/me", jean);
        QCOMPARE(statusOf(emptied), 200);
        QCOMPARE(bodyOf(emptied)["lines"].size(), std::size_t(0));
    }

    // 89.99 + standard 7.50 = 97.49; GST 5 % = 4.87 (4.8745), QST 9.975 % = 9.72 (9.7246); total 112.08.
    void checkoutCompletesWithShippingAndTaxes() {
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto jean = s.jean();
        add(c, jean, kP1, 1);
        const auto r = checkout(c, jean);
        QVERIFY2(statusOf(r) == 201, r ? r->body.c_str() : "no answer");
        const auto body = bodyOf(r);
        QCOMPARE(body.value("state", ""), std::string("completed"));
        QCOMPARE(body.value("shipping_cents", 0), 750);
        QCOMPARE(body["totals"].value("subtotal_cents", 0), 9749);
        QCOMPARE(body["totals"]["taxes"][0].value("amount_cents", 0), 487);
        QCOMPARE(body["totals"]["taxes"][1].value("amount_cents", 0), 972);
        QCOMPARE(body["totals"].value("total_cents", 0), 11208);
        QCOMPARE(body["delivery_address"].value("city", ""), std::string("Montréal"));  // the customer's own
        const std::string id = body.value("id", "");
        QCOMPARE(body.value("order_id", ""), id);
        QCOMPARE(body.value("sale_id", ""), id);
        // Stock: reserved then committed; one web sale, paid by card for the merchandise and its taxes.
        QCOMPARE(s.fake().stock(kP1), std::int64_t(99));
        const auto reservations = s.fake().reservations();
        QCOMPARE(reservations.size(), std::size_t(1));
        QCOMPARE(reservations.begin()->second.status, std::string("committed"));
        const auto sales = s.fake().sales();
        QCOMPARE(sales.size(), std::size_t(1));
        const auto& sale = sales.at(id);
        QCOMPARE(sale.value("channel", ""), std::string("web"));
        QCOMPARE(sale["payments"][0].value("amount_cents", 0), 8999 + 450 + 898);  // 89.99 + 4.50 + 8.98
        // The cart is empty, the order is in the history.
        QCOMPARE(bodyOf(c.Get("/v1/carts/me", jean))["lines"].size(), std::size_t(0));
        const auto orders = bodyOf(c.Get("/v1/orders", jean));
        QCOMPARE(orders.value("total", 0), 1);
        QCOMPARE(orders["items"][0].value("status", ""), std::string("confirmed"));
        QCOMPARE(orders["items"][0]["totals"].value("total_cents", 0), 11208);
        QCOMPARE(statusOf(c.Get(("/v1/orders/" + id).c_str(), jean)), 200);
        QCOMPARE(statusOf(c.Get(("/v1/checkouts/" + id).c_str(), jean)), 200);
        // Another customer sees neither.
        const auto marie = s.login(EcommerceTestServer::kMarie, EcommerceTestServer::kMariePassword);
        QCOMPARE(statusOf(c.Get(("/v1/orders/" + id).c_str(), marie)), 404);
        QCOMPARE(statusOf(c.Get(("/v1/checkouts/" + id).c_str(), marie)), 404);
    }

    void shippingRules_data() {
        QTest::addColumn<int>("quantity");
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("shipping");
        QTest::newRow("subtotal 179.98 ships free") << 2 << "express" << 0;
        QTest::newRow("subtotal 89.99 express costs 15.00") << 1 << "express" << 1500;
        QTest::newRow("subtotal 89.99 standard costs 7.50") << 1 << "standard" << 750;
    }
    void shippingRules() {
        QFETCH(int, quantity);
        QFETCH(QString, method);
        QFETCH(int, shipping);
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto jean = s.jean();
        add(c, jean, kP1, quantity);
        const json address = {{"street", "45 boulevard Charest Est"}, {"city", "Québec"}, {"postal_code", "g1k3g4"}};
        const auto r = checkout(c, jean, {{"delivery_method", method.toStdString()}, {"delivery_address", address}});
        QCOMPARE(statusOf(r), 201);
        QCOMPARE(bodyOf(r).value("shipping_cents", -1), shipping);
        QCOMPARE(bodyOf(r)["delivery_address"].value("postal_code", ""), std::string("G1K 3G4"));
    }

    void checkoutInputErrors_data() {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("rule");
        QTest::newRow("unknown delivery method")
            << R"({"delivery_method":"drone"})" << 422 << "checkout.delivery_method.unknown";
        QTest::newRow("bad postal code")
            << R"({"delivery_address":{"street":"1 rue A","city":"Laval","postal_code":"123"}})" << 422
            << "postal_code.format";
        QTest::newRow("address of the wrong type") << R"({"delivery_address":"chez moi"})" << 422 << "";
    }
    void checkoutInputErrors() {
        QFETCH(QString, body);
        QFETCH(int, status);
        QFETCH(QString, rule);
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto jean = s.jean();
        add(c, jean, kP1, 1);
        const auto r = sendJson(c, "POST", "/v1/checkouts", body.toStdString(), jean);
        QCOMPARE(statusOf(r), status);
        if (!rule.isEmpty()) {
            QCOMPARE(ruleOf(r), rule.toStdString());
        }
        QCOMPARE(countRows(s, "SELECT count(*) FROM checkouts"), 0);
        QVERIFY(s.fake().reservations().empty());
    }

    void emptyCartIs409() {
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto r = checkout(c, s.jean());
        QCOMPARE(statusOf(r), 409);
        QCOMPARE(ruleOf(r), std::string("checkout.cart.empty"));
    }

    // A price that moved since the product entered the cart stops the checkout before anything is reserved, lists
    // old and new prices, and the cart holds them pending until the customer accepts them.
    void changedPriceMustBeAcceptedBeforePaying() {
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto jean = s.jean();
        add(c, jean, kP1, 1);
        add(c, jean, kP2, 2);
        s.fake().setPrice(kP2, 2799);
        const auto stopped = checkout(c, jean);
        QCOMPARE(statusOf(stopped), 409);
        const auto problem = bodyOf(stopped);
        QCOMPARE(problem.value("type", ""), std::string("https://magasin.example/problems/prices_changed"));
        QCOMPARE(problem["price_changes"].size(), std::size_t(1));
        QCOMPARE(problem["price_changes"][0].value("product_id", ""), std::string(kP2));
        QCOMPARE(problem["price_changes"][0].value("name", ""), std::string("Souris optique"));
        QCOMPARE(problem["price_changes"][0].value("old_price_cents", 0), 2550);
        QCOMPARE(problem["price_changes"][0].value("new_price_cents", 0), 2799);
        QVERIFY(s.fake().reservations().empty());
        QCOMPARE(countRows(s, "SELECT count(*) FROM checkouts"), 0);
        // Checking out again without accepting is still refused.
        QCOMPARE(statusOf(checkout(c, jean)), 409);
        const auto cart = bodyOf(c.Get("/v1/carts/me", jean));
        QCOMPARE(cart.value("needs_price_acceptance", false), true);
        QCOMPARE(cart["price_changes"][0].value("new_price_cents", 0), 2799);
        const auto accepted = sendJson(c, "POST", "/v1/carts/me/accept-prices", "", jean);
        QCOMPARE(statusOf(accepted), 200);
        QCOMPARE(bodyOf(accepted)["lines"][1].value("unit_price_cents", 0), 2799);
        QCOMPARE(bodyOf(accepted).value("needs_price_acceptance", true), false);
        const auto paid = checkout(c, jean);
        QCOMPARE(statusOf(paid), 201);
        QCOMPARE(bodyOf(paid)["totals"].value("subtotal_cents", 0), 8999 + 2 * 2799);  // 145.97: free shipping
    }

    void priceReviewShowsChangesWithoutCheckingOut() {
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto jean = s.jean();
        add(c, jean, kP3, 1);
        s.fake().setPrice(kP3, 1499);
        const auto reviewed = sendJson(c, "POST", "/v1/carts/me/price-review", "", jean);
        QCOMPARE(statusOf(reviewed), 200);
        QCOMPARE(bodyOf(reviewed)["price_changes"][0].value("old_price_cents", 0), 1599);
        QCOMPARE(bodyOf(reviewed)["lines"][0].value("unit_price_cents", 0), 1599);  // not yet accepted
    }

    void notEnoughStockFailsReleasesAndKeepsTheCart() {
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto jean = s.jean();
        add(c, jean, kP1, 1);
        add(c, jean, kP2, 3);
        s.fake().setStock(kP2, 2);
        const auto r = checkout(c, jean);
        QCOMPARE(statusOf(r), 409);
        const auto problem = bodyOf(r);
        QCOMPARE(problem.value("type", ""), std::string("https://magasin.example/problems/checkout_failed"));
        QVERIFY(problem.value("detail", "").find("Souris optique") != std::string::npos);
        QCOMPARE(problem["checkout"].value("state", ""), std::string("failed"));
        // The first line's reservation was given back; nothing sold; the cart is as it was.
        QCOMPARE(s.fake().stock(kP1), std::int64_t(100));
        QCOMPARE(s.fake().stock(kP2), std::int64_t(2));
        for (const auto& [id, reservation] : s.fake().reservations()) {
            QCOMPARE(reservation.status, std::string("released"));
        }
        QVERIFY(s.fake().sales().empty());
        QCOMPARE(bodyOf(c.Get("/v1/carts/me", jean))["lines"].size(), std::size_t(2));
        QCOMPARE(countRows(s, "SELECT count(*) FROM orders"), 0);
        // A new checkout may start once the cart fits the stock.
        sendJson(c, "PUT", std::string("/v1/carts/me/lines/") + kP2, json{{"quantity", 2}}.dump(), jean);
        QCOMPARE(statusOf(checkout(c, jean)), 201);
        QCOMPARE(s.fake().stock(kP2), std::int64_t(0));
    }

    void refusedSaleCompensates() {
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto jean = s.jean();
        add(c, jean, kP1, 2);
        s.fake().refuseSale = true;
        const auto r = checkout(c, jean);
        QCOMPARE(statusOf(r), 409);
        QCOMPARE(bodyOf(r)["checkout"].value("state", ""), std::string("failed"));
        QCOMPARE(s.fake().stock(kP1), std::int64_t(100));
        QVERIFY(s.fake().sales().empty());
        QCOMPARE(countRows(s, "SELECT count(*) FROM orders"), 0);
    }

    // commandes down after the stock is reserved: 503, nothing half done (no order, the stock held for the
    // checkout), and resuming once it is back completes the very same checkout.
    void aDownServerIs503AndTheCheckoutResumes() {
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto jean = s.jean();
        add(c, jean, kP1, 1);
        s.fake().commandesDown = true;
        const auto r = checkout(c, jean);
        QCOMPARE(statusOf(r), 503);
        QCOMPARE(bodyOf(r).value("type", ""), std::string("https://magasin.example/problems/upstream_unavailable"));
        QCOMPARE(countRows(s, "SELECT count(*) FROM orders"), 0);
        QCOMPARE(countRows(s, "SELECT count(*) FROM checkouts WHERE state = 'stock_reserved'"), 1);
        QCOMPARE(s.fake().stock(kP1), std::int64_t(99));
        // A second checkout of the customer is refused while this one runs.
        const auto second = checkout(c, jean);
        QCOMPARE(statusOf(second), 409);
        QCOMPARE(ruleOf(second), std::string("checkout.in_progress"));
        pqxx::connection db(s.conninfo());
        const auto id = pqxx::nontransaction(db).exec1("SELECT id FROM checkouts")[0].as<std::string>();
        QCOMPARE(statusOf(sendJson(c, "POST", "/v1/checkouts/" + id + "/resume", "", jean)), 503);
        s.fake().commandesDown = false;
        const auto resumed = sendJson(c, "POST", "/v1/checkouts/" + id + "/resume", "", jean);
        QCOMPARE(statusOf(resumed), 200);
        QCOMPARE(bodyOf(resumed).value("state", ""), std::string("completed"));
        QCOMPARE(s.fake().sales().size(), std::size_t(1));
        QCOMPARE(countRows(s, "SELECT count(*) FROM orders"), 1);
        QCOMPARE(s.fake().stock(kP1), std::int64_t(99));
        // Resuming a finished checkout answers it as it is.
        QCOMPARE(statusOf(sendJson(c, "POST", "/v1/checkouts/" + id + "/resume", "", jean)), 200);
        QCOMPARE(s.fake().sales().size(), std::size_t(1));
    }

    // Before the stock is surely held, the recoverer gives up a checkout nobody resumed within the lease: every
    // reservation released, failed, the cart kept.
    void theRecovererCompensatesAnAbandonedEarlyCheckout() {
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto jean = s.jean();
        add(c, jean, kP1, 1);
        s.fake().down = true;
        QCOMPARE(statusOf(checkout(c, jean)), 503);  // the catalogue is down: nothing started at all
        QCOMPARE(countRows(s, "SELECT count(*) FROM checkouts"), 0);
        s.fake().down = false;
        s.fake().inventaireDown = true;
        QCOMPARE(statusOf(checkout(c, jean)), 503);
        QCOMPARE(countRows(s, "SELECT count(*) FROM checkouts WHERE state = 'prices_checked'"), 1);
        QCOMPARE(s.shop().recoverCheckouts(), 0);  // within the lease the customer may still resume it
        s.fake().inventaireDown = false;
        std::this_thread::sleep_for(std::chrono::milliseconds(1100));
        QCOMPARE(s.shop().recoverCheckouts(), 1);
        QCOMPARE(countRows(s, "SELECT count(*) FROM checkouts WHERE state = 'failed'"), 1);
        QCOMPARE(countRows(s, "SELECT count(*) FROM orders"), 0);
        QVERIFY(s.fake().sales().empty());
        QCOMPARE(s.fake().stock(kP1), std::int64_t(100));
        QCOMPARE(bodyOf(c.Get("/v1/carts/me", jean))["lines"].size(), std::size_t(1));
        QCOMPARE(statusOf(checkout(c, jean)), 201);  // and the customer checks out again
    }

    // From stock_reserved on the sale may exist, so the recoverer goes forward, as soon as commandes answers.
    void theRecovererFinishesACheckoutPastTheReservation() {
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto jean = s.jean();
        add(c, jean, kP1, 1);
        add(c, jean, kP2, 1);
        s.fake().commandesDown = true;
        QCOMPARE(statusOf(checkout(c, jean)), 503);
        QCOMPARE(countRows(s, "SELECT count(*) FROM checkouts WHERE state = 'stock_reserved'"), 1);
        std::this_thread::sleep_for(std::chrono::milliseconds(1100));  // past the lease
        QCOMPARE(s.shop().recoverCheckouts(), 0);
        QCOMPARE(countRows(s, "SELECT count(*) FROM checkouts WHERE state = 'stock_reserved'"), 1);
        s.fake().commandesDown = false;
        std::this_thread::sleep_for(std::chrono::milliseconds(1100));
        QCOMPARE(s.shop().recoverCheckouts(), 1);
        QCOMPARE(countRows(s, "SELECT count(*) FROM checkouts WHERE state = 'completed'"), 1);
        QCOMPARE(countRows(s, "SELECT count(*) FROM orders"), 1);
        QCOMPARE(s.fake().sales().size(), std::size_t(1));
        QCOMPARE(s.fake().stock(kP1), std::int64_t(99));
        QCOMPARE(bodyOf(c.Get("/v1/carts/me", jean))["lines"].size(), std::size_t(0));
    }

    void idempotencyKeyAnswersTheSameCheckout() {
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        auto jean = s.jean();
        add(c, jean, kP1, 1);
        jean.emplace("Idempotency-Key", "clic-1");
        const auto first = checkout(c, jean);
        QCOMPARE(statusOf(first), 201);
        const auto again = checkout(c, jean);
        QCOMPARE(statusOf(again), 201);
        QCOMPARE(bodyOf(again).value("id", ""), bodyOf(first).value("id", ""));
        QCOMPARE(s.fake().sales().size(), std::size_t(1));
        QCOMPARE(countRows(s, "SELECT count(*) FROM orders"), 1);
    }

    void ordersPageAndLimits() {
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto jean = s.jean();
        for (int i = 0; i < 3; ++i) {
            add(c, jean, kP3, i + 1);
            QCOMPARE(statusOf(checkout(c, jean)), 201);
        }
        const auto page = bodyOf(c.Get("/v1/orders?limit=2", jean));
        QCOMPARE(page.value("total", 0), 3);
        QCOMPARE(page["items"].size(), std::size_t(2));
        QCOMPARE(page["items"][0]["lines"][0].value("quantity", 0), 3);  // newest first
        QCOMPARE(bodyOf(c.Get("/v1/orders?limit=2&offset=2", jean))["items"].size(), std::size_t(1));
        QCOMPARE(statusOf(c.Get("/v1/orders?limit=0", jean)), 422);
        QCOMPARE(statusOf(c.Get("/v1/orders?limit=abc", jean)), 422);
        QCOMPARE(statusOf(c.Get("/v1/orders/not-a-uuid", jean)), 422);
        QCOMPARE(statusOf(c.Get("/v1/orders/0192f3a0-0000-7000-8000-000000000001", jean)), 404);
    }

    void managerMovesAnOrderOn() {
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto jean = s.jean();
        add(c, jean, kP1, 1);
        const std::string id = bodyOf(checkout(c, jean)).value("order_id", "");
        const auto manager = s.staff(magasin::domain::Role::kManager);
        const auto cashier = s.staff(magasin::domain::Role::kCashier);
        const auto path = [&](const char* action) { return "/v1/orders/" + id + "/" + action; };
        QCOMPARE(statusOf(sendJson(c, "POST", path("ship"), "")), 401);
        QCOMPARE(statusOf(sendJson(c, "POST", path("ship"), "", jean)), 401);  // a session is not a staff token
        QCOMPARE(statusOf(sendJson(c, "POST", path("ship"), "", cashier)), 403);
        QCOMPARE(statusOf(sendJson(c, "POST", path("deliver"), "", manager)), 409);  // not shipped yet
        const auto shipped = sendJson(c, "POST", path("ship"), "", manager);
        QCOMPARE(statusOf(shipped), 200);
        QCOMPARE(bodyOf(shipped).value("status", ""), std::string("shipped"));
        const auto twice = sendJson(c, "POST", path("ship"), "", manager);
        QCOMPARE(statusOf(twice), 409);
        QCOMPARE(ruleOf(twice), std::string("order.transition"));
        QCOMPARE(
            statusOf(sendJson(c, "POST", path("cancel"), json{{"reason", "Client a changé d'avis"}}.dump(), manager)),
            409);  // shipped orders are not cancelled
        QCOMPARE(statusOf(sendJson(c, "POST", path("deliver"), "", manager)), 200);
        QCOMPARE(bodyOf(c.Get(("/v1/orders/" + id).c_str(), jean)).value("status", ""), std::string("delivered"));
        QCOMPARE(statusOf(sendJson(c, "POST", "/v1/orders/0192f3a0-0000-7000-8000-000000000001/ship", "", manager)),
                 404);
    }

    void cancelNeedsAReason() {
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto jean = s.jean();
        add(c, jean, kP1, 1);
        const std::string id = bodyOf(checkout(c, jean)).value("order_id", "");
        const auto manager = s.staff(magasin::domain::Role::kManager);
        const auto abc = sendJson(c, "POST", "/v1/orders/" + id + "/cancel", json{{"reason", "abc"}}.dump(), manager);
        QCOMPARE(statusOf(abc), 422);
        QCOMPARE(statusOf(sendJson(c, "POST", "/v1/orders/" + id + "/cancel", "{}", manager)), 422);
        const auto cancelled = sendJson(c, "POST", "/v1/orders/" + id + "/cancel",
                                        json{{"reason", "Adresse introuvable"}}.dump(), manager);
        QCOMPARE(statusOf(cancelled), 200);
        QCOMPARE(bodyOf(cancelled).value("cancel_reason", ""), std::string("Adresse introuvable"));
        QCOMPARE(statusOf(sendJson(c, "POST", "/v1/orders/" + id + "/ship", "", manager)), 409);
    }
};

QTEST_GUILESS_MAIN(EcommerceCheckoutTest)
#include "ecommerce_checkout_pgtest.moc"
