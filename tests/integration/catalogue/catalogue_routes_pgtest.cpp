// Every catalogue route over real HTTP and a real database: the success path and each documented problem (400, 401,
// 403, 404, 409, 410, 413, 415, 422), the Idempotency-Key replays, and hostile input on every route never giving 5xx.
#include <QTest>

#include <pqxx/pqxx>

#include "catalogue_test_server.hpp"
#include "hostile_input.hpp"
#include "http_test_helpers.hpp"

using nlohmann::json;

namespace {

const char* const kUnknownId = "550e8400-e29b-41d4-a716-446655449999";

json keyboard() {
    return {{"name", "Clavier mécanique"},
            {"category", "Informatique"},
            {"price_cents", 8999},
            {"description", "Touches AZERTY"},
            {"sku", "CLA0001"},
            {"barcodes", {"4006381333931"}},
            {"taxable", true}};
}

}  // namespace

class CatalogueRoutesTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<CatalogueTestServer> m_server;
    std::string m_id;  // the keyboard, created by init()

    httplib::Headers headersFor(const QByteArray& who) const {
        if (who == "manager") {
            return m_server->managerHeaders();
        }
        if (who == "cashier") {
            return m_server->cashierHeaders();
        }
        if (who == "bad") {
            return {{"Authorization", "Bearer not.a-token"}};
        }
        return {};
    }

    json create(const json& body) {
        auto c = m_server->client();
        auto r = sendJson(c, "POST", "/v1/products", body.dump(), m_server->managerHeaders());
        if (statusOf(r) != 201) {
            qWarning("create answered %d: %s", statusOf(r), r ? r->body.c_str() : "");
        }
        return bodyOf(r);
    }

    // Columns of every error-table test: who calls, the body, its content type, the status and rule expected.
    static void errorColumns() {
        QTest::addColumn<QByteArray>("who");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("rule");
    }
    void checkError(const std::string& method, const std::string& path) {
        QFETCH(QByteArray, who);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QByteArray, rule);
        auto c = m_server->client();
        auto r = sendJson(c, method, path, body.toStdString(), headersFor(who), contentType.toStdString());
        QCOMPARE(statusOf(r), status);
        QCOMPARE(r->get_header_value("Content-Type"), std::string("application/problem+json"));
        if (!rule.isEmpty()) {
            QCOMPARE(ruleOf(r), rule.toStdString());
        }
    }

private Q_SLOTS:
    void init() {
        m_server = std::make_unique<CatalogueTestServer>(1);
        QVERIFY2(m_server->ok(), m_server->error().c_str());
        m_id = create(keyboard()).value("id", "");
        QVERIFY(!m_id.empty());
    }
    void cleanup() { m_server.reset(); }

    void createAnswersTheProduct() {
        auto c = m_server->client();
        json body = {
            {"name", "Souris optique"}, {"category", "informatique"}, {"price_cents", 2550}, {"sku", "sou0001"}};
        auto r = sendJson(c, "POST", "/v1/products", body.dump(), m_server->managerHeaders());
        QCOMPARE(statusOf(r), 201);
        const json p = bodyOf(r);
        QCOMPARE(p["name"].get<std::string>(), std::string("Souris optique"));
        QCOMPARE(p["category"].get<std::string>(), std::string("Informatique"));
        QCOMPARE(p["price_cents"].get<std::int64_t>(), std::int64_t{2550});
        QCOMPARE(p["sku"].get<std::string>(), std::string("SOU0001"));
        QVERIFY(sameJson(p["barcodes"], json::array()));
        QCOMPARE(p["taxable"].get<bool>(), true);
        QCOMPARE(p["active"].get<bool>(), true);
        QCOMPARE(p["description"].get<std::string>(), std::string(""));
        QVERIFY(sameJson(p["created_at"], p["modified_at"]));
        QCOMPARE(r->get_header_value("Location"), "/v1/products/" + p["id"].get<std::string>());
        QCOMPARE(r->get_header_value("X-Instance-Id"), std::string("catalogue-1"));
        auto got = c.Get(("/v1/products/" + p["id"].get<std::string>()).c_str());
        QCOMPARE(statusOf(got), 200);
        QVERIFY(sameJson(bodyOf(got), p));
    }

    void createErrors_data() {
        errorColumns();
        const auto valid = QByteArray::fromStdString(
            json({{"name", "Table"}, {"category", "Meubles"}, {"price_cents", 100}, {"sku", "TAB0001"}}).dump());
        auto with = [](const char* key, const json& value) {
            json b = {{"name", "Table"}, {"category", "Meubles"}, {"price_cents", 100}, {"sku", "TAB0001"}};
            b[key] = value;
            return QByteArray::fromStdString(b.dump());
        };
        const QByteArray js("application/json");
        QTest::newRow("no token is 401") << QByteArray("none") << valid << js << 401 << QByteArray();
        QTest::newRow("bad token is 401") << QByteArray("bad") << valid << js << 401 << QByteArray();
        QTest::newRow("cashier is 403") << QByteArray("cashier") << valid << js << 403 << QByteArray();
        QTest::newRow("malformed JSON is 400")
            << QByteArray("manager") << QByteArray("{\"name\":") << js << 400 << QByteArray();
        QTest::newRow("text body is 415")
            << QByteArray("manager") << valid << QByteArray("text/plain") << 415 << QByteArray();
        QTest::newRow("array body is 422")
            << QByteArray("manager") << QByteArray("[]") << js << 422 << QByteArray("json.type");
        QTest::newRow("name too short is 422")
            << QByteArray("manager") << with("name", "T") << js << 422 << QByteArray("product.name.length");
        QTest::newRow("name with markup is 422") << QByteArray("manager") << with("name", "<b>Table</b>") << js << 422
                                                 << QByteArray("product.name.characters");
        QTest::newRow("price as text is 422")
            << QByteArray("manager") << with("price_cents", "100") << js << 422 << QByteArray("json.type");
        QTest::newRow("price as decimal is 422")
            << QByteArray("manager") << with("price_cents", 1.5) << js << 422 << QByteArray("json.type");
        QTest::newRow("negative price is 422")
            << QByteArray("manager") << with("price_cents", -1) << js << 422 << QByteArray("price.range");
        QTest::newRow("price over 999999.99 is 422")
            << QByteArray("manager") << with("price_cents", 100000000) << js << 422 << QByteArray("price.range");
        QTest::newRow("bad sku is 422") << QByteArray("manager") << with("sku", "TA0001") << js << 422
                                        << QByteArray("product.sku.format");
        QTest::newRow("missing sku is 422")
            << QByteArray("manager") << with("sku", nullptr) << js << 422 << QByteArray("json.required");
        QTest::newRow("bad check digit is 422") << QByteArray("manager") << with("barcodes", {"4006381333932"}) << js
                                                << 422 << QByteArray("product.barcode.check_digit");
        QTest::newRow("barcode as number is 422")
            << QByteArray("manager") << with("barcodes", {4006381333931}) << js << 422 << QByteArray("json.type");
        QTest::newRow("taxable as text is 422")
            << QByteArray("manager") << with("taxable", "yes") << js << 422 << QByteArray("json.type");
        QTest::newRow("unknown category is 422") << QByteArray("manager") << with("category", "Jardin") << js << 422
                                                 << QByteArray("product.category.unknown");
        QTest::newRow("bad id is 422") << QByteArray("manager") << with("id", "42") << js << 422 << QByteArray();
        QTest::newRow("same name ignoring case is 409") << QByteArray("manager") << with("name", "CLAVIER MÉCANIQUE")
                                                        << js << 409 << QByteArray("product.name.taken");
        QTest::newRow("same sku is 409") << QByteArray("manager") << with("sku", "cla0001") << js << 409
                                         << QByteArray("product.sku.taken");
        QTest::newRow("same barcode is 409") << QByteArray("manager") << with("barcodes", {"4006381333931"}) << js
                                             << 409 << QByteArray("product.barcode.taken");
    }
    void createErrors() { checkError("POST", "/v1/products"); }

    void wrongFieldTypeNamesTheWireField() {
        auto c = m_server->client();
        json body = keyboard();
        body["name"] = "Autre";
        body["sku"] = "AUT0001";
        body["barcodes"] = json::array();
        body["price_cents"] = -5;
        auto r = sendJson(c, "POST", "/v1/products", body.dump(), m_server->managerHeaders());
        QCOMPARE(statusOf(r), 422);
        QCOMPARE(fieldOf(r), std::string("price_cents"));
    }

    void hugeBodyIs413() {
        auto c = m_server->client();
        const std::string huge = "{\"name\":\"" + std::string(200 * 1024, 'a') + "\"}";
        for (const char* path : {"/v1/products", "/v1/categories"}) {
            auto r = sendJson(c, "POST", path, huge, m_server->managerHeaders());
            QCOMPARE(statusOf(r), 413);
        }
        auto r = sendJson(c, "PATCH", "/v1/products/" + m_id, huge, m_server->managerHeaders());
        QCOMPARE(statusOf(r), 413);
    }

    void idempotencyKeyReplaysTheAnswer() {
        auto c = m_server->client();
        auto headers = m_server->managerHeaders();
        headers.emplace("Idempotency-Key", "create-table-1");
        const json body = {{"name", "Table"}, {"category", "Meubles"}, {"price_cents", 100}, {"sku", "TAB0001"}};
        auto first = sendJson(c, "POST", "/v1/products", body.dump(), headers);
        QCOMPARE(statusOf(first), 201);
        auto again = sendJson(c, "POST", "/v1/products", body.dump(), headers);
        QCOMPARE(statusOf(again), 201);
        QVERIFY(sameJson(bodyOf(again), bodyOf(first)));
        json other = body;
        other["price_cents"] = 200;
        QCOMPARE(statusOf(sendJson(c, "POST", "/v1/products", other.dump(), headers)), 422);
        auto search = c.Get("/v1/products?q=table");
        QCOMPARE(bodyOf(search)["total"].get<int>(), 1);
    }

    void getProduct() {
        auto c = m_server->client();
        auto r = c.Get(("/v1/products/" + m_id).c_str());
        QCOMPARE(statusOf(r), 200);
        QVERIFY(sameJson(bodyOf(r)["barcodes"], json({"4006381333931"})));
        auto unknown = c.Get((std::string("/v1/products/") + kUnknownId).c_str());
        QCOMPARE(statusOf(unknown), 404);
        QCOMPARE(ruleOf(unknown), std::string("product.not_found"));
        QCOMPARE(statusOf(c.Get("/v1/products/not-a-uuid")), 422);
    }

    void patchProduct() {
        auto c = m_server->client();
        const json changes = {{"name", "Clavier sans fil"},           {"category", "Électronique"},
                              {"description", "Bluetooth"},           {"taxable", false},
                              {"remove_barcodes", {"4006381333931"}}, {"add_barcodes", {"96385074"}}};
        auto r = sendJson(c, "PATCH", "/v1/products/" + m_id, changes.dump(), m_server->managerHeaders());
        QCOMPARE(statusOf(r), 200);
        const json p = bodyOf(r);
        QCOMPARE(p["name"].get<std::string>(), std::string("Clavier sans fil"));
        QCOMPARE(p["category"].get<std::string>(), std::string("Électronique"));
        QCOMPARE(p["description"].get<std::string>(), std::string("Bluetooth"));
        QCOMPARE(p["taxable"].get<bool>(), false);
        QVERIFY(sameJson(p["barcodes"], json({"96385074"})));
        QVERIFY(sameJson(bodyOf(c.Get(("/v1/products/" + m_id).c_str())), p));
    }

    void patchErrors_data() {
        errorColumns();
        const QByteArray js("application/json");
        const QByteArray rename("{\"name\":\"Souris\"}");
        QTest::newRow("no token is 401") << QByteArray("none") << rename << js << 401 << QByteArray();
        QTest::newRow("cashier is 403") << QByteArray("cashier") << rename << js << 403 << QByteArray();
        QTest::newRow("malformed JSON is 400") << QByteArray("manager") << QByteArray("{") << js << 400 << QByteArray();
        QTest::newRow("text body is 415")
            << QByteArray("manager") << rename << QByteArray("text/plain") << 415 << QByteArray();
        QTest::newRow("name as number is 422")
            << QByteArray("manager") << QByteArray("{\"name\":5}") << js << 422 << QByteArray("json.type");
        QTest::newRow("price is not patched, it has a route")
            << QByteArray("manager") << QByteArray("{\"price_cents\":5}") << js << 422
            << QByteArray("product.price.separate_route");
        QTest::newRow("removing a code it lacks is 404")
            << QByteArray("manager") << QByteArray("{\"remove_barcodes\":[\"96385074\"]}") << js << 404
            << QByteArray("product.barcode.not_found");
        QTest::newRow("name of another product is 409") << QByteArray("manager") << QByteArray("{\"name\":\"souris\"}")
                                                        << js << 409 << QByteArray("product.name.taken");
    }
    void patchErrors() {
        create({{"name", "Souris"}, {"category", "Informatique"}, {"price_cents", 100}, {"sku", "SOU0001"}});
        checkError("PATCH", "/v1/products/" + m_id);
    }

    void patchUnknownIdIs404() {
        auto c = m_server->client();
        auto r = sendJson(c, "PATCH", std::string("/v1/products/") + kUnknownId, "{\"taxable\":false}",
                          m_server->managerHeaders());
        QCOMPARE(statusOf(r), 404);
    }

    void priceChangeKeepsHistory() {
        auto c = m_server->client();
        auto headers = m_server->managerHeaders();
        headers.emplace("Idempotency-Key", "price-1");
        auto r = sendJson(c, "POST", "/v1/products/" + m_id + "/price", "{\"price_cents\":9499}", headers);
        QCOMPARE(statusOf(r), 200);
        QCOMPARE(bodyOf(r)["price_cents"].get<int>(), 9499);
        auto replay = sendJson(c, "POST", "/v1/products/" + m_id + "/price", "{\"price_cents\":9499}", headers);
        QCOMPARE(statusOf(replay), 200);  // the stored answer, not "price.unchanged"
        auto history = bodyOf(c.Get(("/v1/products/" + m_id + "/price-history").c_str()));
        QCOMPARE(history["items"].size(), std::size_t{1});
        QCOMPARE(history["items"][0]["old_price_cents"].get<int>(), 8999);
        QCOMPARE(history["items"][0]["new_price_cents"].get<int>(), 9499);
        QCOMPARE(history["items"][0]["changed_by"].get<std::string>(), std::string(CatalogueTestServer::kManagerId));
        QVERIFY(history["items"][0]["changed_at"].is_string());
        QCOMPARE(statusOf(c.Get((std::string("/v1/products/") + kUnknownId + "/price-history").c_str())), 404);
    }

    void priceErrors_data() {
        errorColumns();
        const QByteArray js("application/json");
        const QByteArray valid("{\"price_cents\":100}");
        QTest::newRow("no token is 401") << QByteArray("none") << valid << js << 401 << QByteArray();
        QTest::newRow("cashier is 403") << QByteArray("cashier") << valid << js << 403 << QByteArray();
        QTest::newRow("malformed JSON is 400")
            << QByteArray("manager") << QByteArray("{]") << js << 400 << QByteArray();
        QTest::newRow("text body is 415")
            << QByteArray("manager") << valid << QByteArray("text/plain") << 415 << QByteArray();
        QTest::newRow("zero is 422") << QByteArray("manager") << QByteArray("{\"price_cents\":0}") << js << 422
                                     << QByteArray("product.price.positive");
        QTest::newRow("same price is 422") << QByteArray("manager") << QByteArray("{\"price_cents\":8999}") << js << 422
                                           << QByteArray("product.price.unchanged");
        QTest::newRow("text price is 422")
            << QByteArray("manager") << QByteArray("{\"price_cents\":\"1\"}") << js << 422 << QByteArray("json.type");
        QTest::newRow("missing price is 422")
            << QByteArray("manager") << QByteArray("{}") << js << 422 << QByteArray("json.required");
    }
    void priceErrors() { checkError("POST", "/v1/products/" + m_id + "/price"); }

    void priceOfUnknownIdIs404() {
        auto c = m_server->client();
        auto r = sendJson(c, "POST", std::string("/v1/products/") + kUnknownId + "/price", "{\"price_cents\":100}",
                          m_server->managerHeaders());
        QCOMPARE(statusOf(r), 404);
    }

    void archiveAndUnarchive() {
        auto c = m_server->client();
        const auto manager = m_server->managerHeaders();
        auto r = sendJson(c, "POST", "/v1/products/" + m_id + "/archive", "", manager);
        QCOMPARE(statusOf(r), 200);
        QCOMPARE(bodyOf(r)["active"].get<bool>(), false);
        auto twice = sendJson(c, "POST", "/v1/products/" + m_id + "/archive", "", manager);
        QCOMPARE(statusOf(twice), 409);
        QCOMPARE(ruleOf(twice), std::string("product.archive.already_archived"));
        // An archived product's name is free for a new one, and then unarchiving it conflicts.
        create({{"name", "clavier mécanique"}, {"category", "Informatique"}, {"price_cents", 100}, {"sku", "CLA0002"}});
        auto back = sendJson(c, "POST", "/v1/products/" + m_id + "/unarchive", "", manager);
        QCOMPARE(statusOf(back), 409);
        QCOMPARE(ruleOf(back), std::string("product.name.taken"));
        for (const char* action : {"/archive", "/unarchive"}) {
            const std::string path = "/v1/products/" + m_id + action;
            QCOMPARE(statusOf(sendJson(c, "POST", path, "", {})), 401);
            QCOMPARE(statusOf(sendJson(c, "POST", path, "", m_server->cashierHeaders())), 403);
            QCOMPARE(statusOf(sendJson(c, "POST", std::string("/v1/products/") + kUnknownId + action, "", manager)),
                     404);
        }
    }

    void unarchiveWhenFree() {
        auto c = m_server->client();
        const auto manager = m_server->managerHeaders();
        QCOMPARE(statusOf(sendJson(c, "POST", "/v1/products/" + m_id + "/archive", "", manager)), 200);
        auto back = sendJson(c, "POST", "/v1/products/" + m_id + "/unarchive", "", manager);
        QCOMPARE(statusOf(back), 200);
        QCOMPARE(bodyOf(back)["active"].get<bool>(), true);
        auto twice = sendJson(c, "POST", "/v1/products/" + m_id + "/unarchive", "", manager);
        QCOMPARE(statusOf(twice), 409);
        QCOMPARE(ruleOf(twice), std::string("product.unarchive.already_active"));
    }

    void lookups() {
        auto c = m_server->client();
        auto byCode = c.Get("/v1/products/by-barcode/4006381333931");
        QCOMPARE(statusOf(byCode), 200);
        QCOMPARE(bodyOf(byCode)["id"].get<std::string>(), m_id);
        auto bySku = c.Get("/v1/products/by-sku/cla0001");
        QCOMPARE(statusOf(bySku), 200);
        QCOMPARE(bodyOf(bySku)["id"].get<std::string>(), m_id);
        QCOMPARE(statusOf(c.Get("/v1/products/by-barcode/96385074")), 404);
        QCOMPARE(statusOf(c.Get("/v1/products/by-sku/ZZZ9999")), 404);
        QCOMPARE(statusOf(c.Get("/v1/products/by-barcode/4006381333932")), 422);
        QCOMPARE(statusOf(c.Get("/v1/products/by-sku/12")), 422);
    }

    void categories() {
        auto c = m_server->client();
        auto list = bodyOf(c.Get("/v1/categories"));
        QCOMPARE(list["items"].size(), std::size_t{6});
        QCOMPARE(list["items"][3]["name"].get<std::string>(), std::string("Électronique"));
        auto r = sendJson(c, "POST", "/v1/categories", "{\"name\":\"Jardin\"}", m_server->managerHeaders());
        QCOMPARE(statusOf(r), 201);
        QCOMPARE(bodyOf(r)["name"].get<std::string>(), std::string("Jardin"));
        QCOMPARE(bodyOf(c.Get("/v1/categories"))["items"].size(), std::size_t{7});
    }

    void categoryErrors_data() {
        errorColumns();
        const QByteArray js("application/json");
        const QByteArray valid("{\"name\":\"Jardin\"}");
        QTest::newRow("no token is 401") << QByteArray("none") << valid << js << 401 << QByteArray();
        QTest::newRow("cashier is 403") << QByteArray("cashier") << valid << js << 403 << QByteArray();
        QTest::newRow("malformed JSON is 400")
            << QByteArray("manager") << QByteArray("nope") << js << 400 << QByteArray();
        QTest::newRow("text body is 415")
            << QByteArray("manager") << valid << QByteArray("text/plain") << 415 << QByteArray();
        QTest::newRow("short name is 422") << QByteArray("manager") << QByteArray("{\"name\":\"J\"}") << js << 422
                                           << QByteArray("category.name.length");
        QTest::newRow("name as list is 422")
            << QByteArray("manager") << QByteArray("{\"name\":[]}") << js << 422 << QByteArray("json.type");
        QTest::newRow("existing name ignoring case is 409")
            << QByteArray("manager") << QByteArray("{\"name\":\"boissons\"}") << js << 409
            << QByteArray("category.name.taken");
    }
    void categoryErrors() { checkError("POST", "/v1/categories"); }

    void changeFeedCarriesProducts() {
        auto c = m_server->client();
        auto page = bodyOf(c.Get("/v1/sync/changes?since=0&limit=100"));
        QVERIFY(page["changes"].is_array());
        QCOMPARE(page["changes"].size(), std::size_t{1});
        QCOMPARE(page["changes"][0]["entity"].get<std::string>(), std::string("product"));
        QCOMPARE(page["changes"][0]["id"].get<std::string>(), m_id);
        QCOMPARE(page["changes"][0]["data"]["sku"].get<std::string>(), std::string("CLA0001"));
        const auto cursor = page["cursor"].get<std::int64_t>();
        sendJson(c, "POST", "/v1/products/" + m_id + "/archive", "", m_server->managerHeaders());
        auto next = bodyOf(c.Get(("/v1/sync/changes?since=" + std::to_string(cursor)).c_str()));
        QCOMPARE(next["changes"].size(), std::size_t{1});
        QCOMPARE(next["changes"][0]["data"]["active"].get<bool>(), false);
        QCOMPARE(statusOf(c.Get("/v1/sync/changes?since=abc")), 400);
    }

    void expiredFeedCursorIs410() {
        for (int i = 2; i <= 4; ++i) {
            create({{"name", "Produit " + std::to_string(i)},
                    {"category", "Meubles"},
                    {"price_cents", 100},
                    {"sku", "PRO000" + std::to_string(i)}});
        }
        {
            pqxx::connection db(m_server->conninfo());
            pqxx::nontransaction(db).exec("UPDATE feed_state SET horizon = 3");
        }
        auto c = m_server->client();
        QCOMPARE(statusOf(c.Get("/v1/sync/changes?since=1")), 410);
        QCOMPARE(statusOf(c.Get("/v1/sync/changes?since=3")), 200);
    }

    // Malformed JSON, wrong types, huge bodies and unknown or absurd ids on every route: a 4xx, never a 5xx.
    void hostileInputNeverGives5xx() {
        // Beside commonHostileBodies(): wrong types and absurd values for this server's fields.
        const std::vector<std::string> bodies = {
            "{\"name\":{}}",
            "{\"name\":null,\"price_cents\":null}",
            "{\"price_cents\":1e400}",
            "{\"price_cents\":-9223372036854775808}",
            "{\"price_cents\":18446744073709551616}",
            "{\"barcodes\":[null,{},[]]}",
            "{\"add_barcodes\":\"4006381333931\"}",
            "{\"name\":\"\\u0000\\udc00\"}",
            "{\"name\":\"\xff\xfe\"}",
            "{\"id\":\"" + std::string(kUnknownId) + "\"}",
        };
        const std::vector<std::string> params = {
            m_id, kUnknownId, "x", "%00", "%FF%FE", std::string(3000, '9'), "..", "4006381333931", "CLA0001"};
        const std::vector<std::string> queries = {"",
                                                  "?q=%FF",
                                                  "?q=%27%22%3B--",
                                                  "?q=" + std::string(300, 'a'),
                                                  "?q=%21%26%7C%3A%2A()",
                                                  "?page=0",
                                                  "?page=99999999999999999999",
                                                  "?page_size=-1",
                                                  "?min_price_cents=5&max_price_cents=1",
                                                  "?active=maybe",
                                                  "?category=%3Cb%3E",
                                                  "?since=-1",
                                                  "?since=99999999999",
                                                  "?limit=0",
                                                  "?limit=abc"};
        auto c = m_server->client();
        std::vector<std::string> failures;
        const int calls =
            sweepRoutes(c, m_server->service().app().routes(),
                        {params, queries, bodies, {m_server->managerHeaders(), httplib::Headers{}}}, failures);
        QVERIFY2(failures.empty(), failures.empty() ? "" : failures.front().c_str());
        qInfo("%d hostile calls, none answered 5xx", calls);
    }
};

QTEST_GUILESS_MAIN(CatalogueRoutesTest)
#include "catalogue_routes_pgtest.moc"
