// The attack suite (docs/security.md): hostile requests against the whole stack as scripts/stack starts it (real
// servers, PostgreSQL with demo data, the nginx gateway). Each attack is a row attack / expected / observed; a row
// whose observation differs fails its test function, and the whole table is written to
// <build>/tests/security/attack-table.md for the documentation.
#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <thread>
#include <vector>

#include "stack_fixture.hpp"

using nlohmann::json;

namespace {

constexpr int kOffset = 19500;  // servers on 27501-27507, gateway on 27580: below the ephemeral range
constexpr int kGatewayPort = 8080 + kOffset;
constexpr int kCatalogue = 8001 + kOffset;
constexpr int kInventaire = 8002 + kOffset;
constexpr int kCommandes = 8003 + kOffset;
constexpr int kSupplyChain = 8004 + kOffset;
constexpr int kEcommerce = 8005 + kOffset;
const std::string kCentral = "33333333-3333-3333-3333-333333333331";
const std::string kNord = "33333333-3333-3333-3333-333333333332";
const std::string kProduct = "550e8400-e29b-41d4-a716-446655440001";
const std::string kUnknown = "0190a6f2-3c4d-7e5f-8a9b-0c1d2e3f4a5b";
// What an attacker types into every text field: SQL that would break a concatenated query, markup that would run
// if a page echoed it raw.
const std::string kHostile = "<script>alert('x')</script>' OR '1'='1'; DROP TABLE products; --";

struct Row {
    std::string attack;
    std::string expected;
    std::string observed;
    bool ok = false;
};

std::vector<Row>& table() {
    static std::vector<Row> rows;
    return rows;
}

httplib::Client client(int port) {
    httplib::Client c("127.0.0.1", port);
    c.set_connection_timeout(std::chrono::seconds(2));
    c.set_read_timeout(std::chrono::seconds(15));
    return c;
}

int statusOf(const httplib::Result& r) {
    return r ? r->status : -1;
}

std::string str(int status) {
    return status < 0 ? "no answer" : std::to_string(status);
}

// Sends method path with body (JSON when not empty) and headers; answers the result.
httplib::Result send(httplib::Client& c, const std::string& method, const std::string& path,
                     const httplib::Headers& headers, const std::string& body = "",
                     const std::string& type = "application/json") {
    if (method == "get") {
        return c.Get(path.c_str(), headers);
    }
    if (method == "delete") {
        return body.empty() ? c.Delete(path.c_str(), headers) : c.Delete(path.c_str(), headers, body, type.c_str());
    }
    const std::string b = body.empty() ? "{}" : body;
    if (method == "post") {
        return c.Post(path.c_str(), headers, b, type.c_str());
    }
    if (method == "put") {
        return c.Put(path.c_str(), headers, b, type.c_str());
    }
    return c.Patch(path.c_str(), headers, b, type.c_str());
}

std::string withIds(std::string path) {
    static const QRegularExpression param(QStringLiteral("\\{[a-z_]+\\}"));
    return QString::fromStdString(path).replace(param, QString::fromStdString(kUnknown)).toStdString();
}

std::string upper(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::toupper(c); });
    return text;
}

}  // namespace

class AttackSuiteE2e : public QObject {
    Q_OBJECT

    magasin::test::StackFixture m_stack{kOffset, QStringLiteral("25461")};
    std::string m_posKey;
    std::string m_managerA, m_cashierA, m_cashierRefresh, m_managerB;
    std::string m_cashierId;
    std::vector<std::string> m_secrets;  // every credential of the run: none may reach a log

    std::pair<int, QString> stack(const QString& command) const { return m_stack.run(command); }

    httplib::Headers withKey(httplib::Headers headers = {}) const {
        headers.emplace("X-API-Key", m_posKey);
        return headers;
    }
    static httplib::Headers bearer(const std::string& token) { return {{"Authorization", "Bearer " + token}}; }

    static bool record(std::string attack, std::string expected, std::string observed, bool ok) {
        table().push_back({std::move(attack), std::move(expected), std::move(observed), ok});
        return ok;
    }

    // The staff session of a demo member (employee code / PIN) through the gateway: {access_token, refresh_token}.
    json staffLogin(const std::string& code, const std::string& pin, const std::string& device = "") {
        auto gw = client(kGatewayPort);
        json body{{"employee_code", code}, {"pin", pin}};
        if (!device.empty()) {
            body["device_credential"] = device;
        }
        const auto r = gw.Post("/api/commandes/v1/sessions", withKey(), body.dump(), "application/json");
        if (!r || r->status != 201) {
            return json();
        }
        json session = json::parse(r->body);
        m_secrets.push_back(session.at("access_token"));
        m_secrets.push_back(session.at("refresh_token"));
        return session;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_stack.valid());
        const auto [rc, out] = stack(QStringLiteral("start"));
        QVERIFY2(rc == 0, qPrintable(out));
        QFile keys(m_stack.filePath(QStringLiteral("secrets/api-keys.env")));
        QVERIFY(keys.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(keys.readAll());
        const auto pos = QRegularExpression(QStringLiteral("DECK_MAGASIN_API_KEY_POS_DESKTOP=(\\w+)")).match(text);
        QVERIFY(pos.hasMatch());
        m_posKey = pos.captured(1).toStdString();
        auto it = QRegularExpression(QStringLiteral("DECK_MAGASIN_API_KEY_\\w+=(\\w+)")).globalMatch(text);
        while (it.hasNext()) {
            m_secrets.push_back(it.next().captured(1).toStdString());
        }
        const json managerA = staffLogin("1002", "1919");
        const json cashierA = staffLogin("1001", "1111");
        const json managerB = staffLogin("2002", "2929");
        QVERIFY(managerA.is_object() && cashierA.is_object() && managerB.is_object());
        m_managerA = managerA.at("access_token");
        m_cashierA = cashierA.at("access_token");
        m_cashierRefresh = cashierA.at("refresh_token");
        m_managerB = managerB.at("access_token");
        m_cashierId = cashierA.at("staff").at("id");
    }

    void cleanupTestCase() {
        std::ofstream out(MAGASIN_TABLE_FILE);
        out << "| # | Attack | Expected | Observed | |\n|---|---|---|---|---|\n";
        int n = 0;
        for (const auto& row : table()) {
            out << "| " << ++n << " | " << row.attack << " | " << row.expected << " | " << row.observed << " | "
                << (row.ok ? "as expected" : "**DIFFERS**") << " |\n";
        }
        stack(QStringLiteral("stop"));
    }

    // Every bearer route each server documents, called straight on the server (past the gateway) without a token.
    void directCallsWithoutATokenAre401() {
        bool all = true;
        for (const auto& [name, port] : std::vector<std::pair<std::string, int>>{{"catalogue", kCatalogue},
                                                                                 {"inventaire", kInventaire},
                                                                                 {"commandes", kCommandes},
                                                                                 {"supply-chain", kSupplyChain},
                                                                                 {"ecommerce", kEcommerce}}) {
            auto c = client(port);
            const auto doc = c.Get("/openapi.json");
            QVERIFY2(doc && doc->status == 200, name.c_str());
            const json document = json::parse(doc->body);
            int total = 0;
            std::vector<std::string> wrong;
            for (const auto& [path, item] : document.at("paths").items()) {
                for (const auto& [method, op] : item.items()) {
                    if (!op.contains("security")) {
                        continue;
                    }
                    ++total;
                    const int status = statusOf(send(c, method, withIds(path), {}));
                    if (status != 401) {
                        wrong.push_back(upper(method) + " " + path + ": " + str(status));
                    }
                }
            }
            std::string observed = wrong.empty() ? "401 on " + std::to_string(total) + "/" + std::to_string(total) : "";
            for (const auto& w : wrong) {
                observed += w + "; ";
            }
            all &= record("No token, straight to " + name + " (its " + std::to_string(total) + " bearer routes)",
                          "401 on each", observed, wrong.empty() && total > 0);
        }
        QVERIFY(all);
    }

    void cashierTokenOnManagerRoutesIs403() {
        const std::string loc = "/v1/stocks/" + kCentral + "/" + kProduct;
        const std::vector<std::tuple<int, std::string, std::string, std::string>> routes = {
            {kCatalogue, "post", "/v1/products",
             "{\"name\":\"x\",\"category\":\"Boissons\",\"price_cents\":1,\"sku\":\"X1\"}"},
            {kCatalogue, "patch", "/v1/products/" + kProduct, "{\"name\":\"x\"}"},
            {kCatalogue, "post", "/v1/products/" + kProduct + "/price", "{\"price_cents\":1}"},
            {kCatalogue, "post", "/v1/products/" + kProduct + "/archive", ""},
            {kCatalogue, "post", "/v1/products/" + kProduct + "/unarchive", ""},
            {kCatalogue, "post", "/v1/categories", "{\"name\":\"Pirates\"}"},
            {kCommandes, "post", "/v1/devices", "{\"name\":\"Caisse pirate\"}"},
            {kCommandes, "delete", "/v1/devices/" + kUnknown, ""},
            {kCommandes, "patch", "/v1/staff/" + m_cashierId, "{\"active\":false}"},
            {kCommandes, "get", "/v1/sales", ""},
            {kCommandes, "get", "/v1/reports/consolidated", ""},
            {kCommandes, "get", "/v1/reports/indicators", ""},
            {kInventaire, "put", loc + "/thresholds", "{\"low\":1,\"high\":2}"},
            {kInventaire, "post", loc + "/adjustments", "{\"delta\":100,\"reason\":\"x\"}"},
            {kInventaire, "post", loc + "/counts", "{\"counted\":100}"},
            {kInventaire, "post", "/v1/transfers", "{}"},
            {kInventaire, "post", "/v1/reservations", "{}"},
            {kInventaire, "post", "/v1/reservations/" + kUnknown + "/commit", ""},
            {kInventaire, "post", "/v1/reservations/" + kUnknown + "/release", ""},
            {kSupplyChain, "post", "/v1/requests/66666666-6666-4666-8666-666666666601/approve", "{\"quantity\":1}"},
            {kSupplyChain, "post", "/v1/requests/66666666-6666-4666-8666-666666666601/reject", "{\"reason\":\"x\"}"},
            {kEcommerce, "post", "/v1/orders/" + kUnknown + "/ship", ""},
            {kEcommerce, "post", "/v1/orders/" + kUnknown + "/deliver", ""},
            {kEcommerce, "post", "/v1/orders/" + kUnknown + "/cancel", "{\"reason\":\"x\"}"},
        };
        std::vector<std::string> wrong;
        for (const auto& [port, method, path, body] : routes) {
            auto c = client(port);
            const int status = statusOf(send(c, method, path, bearer(m_cashierA), body));
            if (status != 403) {
                wrong.push_back(upper(method) + " " + path + ": " + str(status));
            }
        }
        std::string observed =
            "403 on " + std::to_string(routes.size() - wrong.size()) + "/" + std::to_string(routes.size());
        for (const auto& w : wrong) {
            observed += "; " + w;
        }
        QVERIFY(record("Cashier token on every manager route of every server (" + std::to_string(routes.size()) + ")",
                       "403 on each", observed, wrong.empty()));
    }

    void deviceOfStoreAReadingStoreBFeedIs403() {
        auto gw = client(kGatewayPort);
        const auto enrol = gw.Post("/api/commandes/v1/devices", withKey(bearer(m_managerA)),
                                   json{{"name", "Caisse 9"}}.dump(), "application/json");
        QVERIFY2(enrol && enrol->status == 201, enrol ? enrol->body.c_str() : "no answer");
        const json device = json::parse(enrol->body);
        const std::string credential = device.at("credential");
        m_secrets.push_back(credential);
        const auto token =
            gw.Post("/api/commandes/v1/devices/token", withKey(),
                    json{{"device_id", device.at("id")}, {"credential", credential}}.dump(), "application/json");
        QVERIFY2(token && token->status == 200, token ? token->body.c_str() : "no answer");
        const std::string deviceToken = json::parse(token->body).at("access_token");
        m_secrets.push_back(deviceToken);
        m_deviceToken = deviceToken;
        m_deviceId = device.at("id").get<std::string>();
        auto inv = client(kInventaire);
        const int other = statusOf(inv.Get(("/v1/sync/changes?since=0&store=" + kNord).c_str(), bearer(deviceToken)));
        const int own = statusOf(inv.Get(("/v1/sync/changes?since=0&store=" + kCentral).c_str(), bearer(deviceToken)));
        bool ok =
            record("Device of Magasin Central reads Magasin Nord's inventaire feed (?store=)",
                   "403 (its own store: 200)", str(other) + " (own: " + str(own) + ")", other == 403 && own == 200);
        const int cashier = statusOf(inv.Get(("/v1/sync/changes?since=0&store=" + kNord).c_str(), bearer(m_cashierA)));
        ok &= record("Cashier of Magasin Central reads Magasin Nord's inventaire feed", "403", str(cashier),
                     cashier == 403);
        auto sc = client(kSupplyChain);
        const int requests = statusOf(sc.Get(("/v1/suggestions?store=" + kNord).c_str(), bearer(deviceToken)));
        ok &= record("Device of Magasin Central reads Magasin Nord's supply suggestions", "403", str(requests),
                     requests == 403);
        // The device keeps working for its own sync afterwards (the stack keeps it for the brute-force row).
        m_deviceCredential = credential;
        QVERIFY(ok);
    }

    void hostileTextIsStoredVerbatimAndShownEscaped() {
        auto gw = client(kGatewayPort);
        const auto manager = withKey(bearer(m_managerA));
        bool ok = true;
        // Catalogue: create with hostile text in every text field, read it back, see it in the shop's HTML.
        // A name refuses markup characters by rule (ProductName: no < > " ' &); the SQL in it must be stored as text.
        const int markupName = statusOf(gw.Post(
            "/api/catalogue/v1/products", manager,
            json{{"name", kHostile.substr(0, 60)}, {"category", "Boissons"}, {"price_cents", 199}, {"sku", "XSS0000"}}
                .dump(),
            "application/json"));
        ok &= record("Script payload in a product name (POST /v1/products)", "422 (name rule), never 500",
                     str(markupName), markupName == 422);
        const json product{{"name", "Piège -- OR 1=1; DROP TABLE products"},
                           {"category", "Boissons"},
                           {"price_cents", 199},
                           {"description", kHostile},
                           {"sku", "XSS0001"}};
        const auto created = gw.Post("/api/catalogue/v1/products", manager, product.dump(), "application/json");
        ok &= record("SQL payload in a product name, SQL and script in its description (POST /v1/products)",
                     "201, stored verbatim", created ? str(created->status) : "no answer",
                     created && created->status == 201);
        std::string id;
        if (created && created->status == 201) {
            id = json::parse(created->body).at("id");
            const auto read = gw.Get(("/api/catalogue/v1/products/" + id).c_str(), withKey());
            const bool verbatim = read && read->status == 200 &&
                                  json::parse(read->body).at("description") == kHostile &&
                                  json::parse(read->body).at("name") == product.at("name");
            ok &= record("… read back (GET /v1/products/{id})", "200, the same text",
                         verbatim ? "200, same" : "differs", verbatim);
            std::string html;
            for (int attempt = 0; attempt < 50; ++attempt) {  // the shop reads the catalogue through its own client
                const auto page = gw.Get(("/shop/products/" + id).c_str());
                html = page && page->status == 200 ? page->body : "";
                if (!html.empty()) {
                    break;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
            const bool escaped = html.find("&lt;script&gt;alert(") != std::string::npos &&
                                 html.find("<script>alert(") == std::string::npos;
            ok &= record("… shown in the web shop's product page", "escaped (&lt;script&gt;), never raw",
                         html.empty() ? "no page" : (escaped ? "escaped" : "RAW MARKUP"), escaped);
        }
        const std::vector<std::tuple<std::string, std::string, std::string, json>> writes = {
            {"PATCH /v1/products/{id} (description)", "patch", "/api/catalogue/v1/products/" + kProduct,
             json{{"description", kHostile}}},
            {"POST /v1/categories (name)", "post", "/api/catalogue/v1/categories",
             json{{"name", kHostile.substr(0, 50)}}},
            {"POST /v1/devices (name)", "post", "/api/commandes/v1/devices", json{{"name", kHostile}}},
            {"POST /v1/stocks/…/adjustments (reason)", "post",
             "/api/inventaire/v1/stocks/" + kCentral + "/" + kProduct + "/adjustments",
             json{{"delta", 1}, {"reason", kHostile}}},
            {"POST /v1/requests/{id}/reject (reason)", "post",
             "/api/supply-chain/v1/requests/66666666-6666-4666-8666-666666666602/reject", json{{"reason", kHostile}}},
            {"POST /v1/customers (names, address, email)", "post", "/api/ecommerce/v1/customers",
             json{{"first_name", kHostile.substr(0, 40)},
                  {"last_name", kHostile},
                  {"email", "x'--@example.com"},
                  {"password", "Xss-Payload-2026!"},
                  {"address",
                   {{"street", kHostile},
                    {"city", kHostile},
                    {"province", "QC"},
                    {"country", "CA"},
                    {"postal_code", "H2X 1Y4"}}}}},
            {"POST /v1/sessions (employee_code, pin)", "post", "/api/commandes/v1/sessions",
             json{{"employee_code", kHostile}, {"pin", kHostile}}},
            {"POST /v1/sessions (customer email, password)", "post", "/api/ecommerce/v1/sessions",
             json{{"email", kHostile}, {"password", kHostile}}},
        };
        for (const auto& [what, method, path, body] : writes) {
            const int status = statusOf(send(gw, method, path, manager, body.dump()));
            ok &= record("SQL/script payload in " + what, "2xx stored, or 4xx refused; never 500", str(status),
                         status >= 200 && status < 500);
        }
        for (const std::string query : {"/api/catalogue/v1/products?q=%27%20OR%201%3D1--",
                                        "/api/catalogue/v1/products?q=%3Cscript%3E&category=%27%3B--",
                                        "/api/inventaire/v1/stocks?location=%27%20OR%201%3D1--",
                                        "/api/commandes/v1/sales?store=%27%3BDROP%20TABLE%20sales--"}) {
            const int status = statusOf(gw.Get(query.c_str(), manager));
            ok &= record("SQL payload in a query string: " + query.substr(0, query.find('?')), "200 or 4xx; never 500",
                         str(status), status >= 200 && status < 500);
        }
        // No card data anywhere: a card tender carries the payment terminal's reference, never a card number.
        const std::string cardNumber = "4111 1111 1111 1111";
        m_secrets.push_back(cardNumber);
        m_secrets.emplace_back("4111111111111111");
        const json sale{{"id", kUnknown},
                        {"store_id", kCentral},
                        {"at", "2026-11-25T14:20:13.000Z"},
                        {"lines",
                         {{{"product_id", kProduct},
                           {"name", "Clavier"},
                           {"unit_price_cents", 1000},
                           {"quantity", 1},
                           {"taxable", false}}}},
                        {"payments", {{{"method", "card"}, {"amount_cents", 1000}, {"reference", cardNumber}}}}};
        const auto card =
            gw.Post("/api/commandes/v1/sales", withKey(bearer(m_cashierA)), sale.dump(), "application/json");
        const bool refused =
            card && card->status == 422 && card->body.find("payment.card.reference.card_number") != std::string::npos;
        ok &= record("A card number as a card payment's reference (POST /v1/sales)",
                     "422 payment.card.reference.card_number", card ? str(card->status) : "no answer", refused);
        const auto search = gw.Get("/shop?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        const bool escaped =
            search && search->status == 200 && search->body.find("<script>alert(1)") == std::string::npos;
        ok &= record("Script payload in the shop's search box (/shop?q=)", "200, echoed escaped",
                     search ? str(search->status) + (escaped ? ", escaped" : ", RAW") : "no answer", escaped);
        QVERIFY(ok);
    }

    void forgedCsrfPostsAre403() {
        auto gw = client(kGatewayPort);
        bool ok = true;
        // A browser that visited the shop has a browser id cookie; the forged form comes without the token.
        const auto visit = gw.Get("/shop/login");
        QVERIFY(visit && visit->status == 200);
        std::string cookies;
        for (const auto& [name, value] : visit->headers) {
            if (name == "Set-Cookie") {
                cookies += value.substr(0, value.find(';')) + "; ";
            }
        }
        const httplib::Headers browser{{"Cookie", cookies}, {"Origin", "https://evil.example"}};
        for (const auto& [path, form] : std::vector<std::pair<std::string, std::string>>{
                 {"/shop/cart/items", "product_id=" + kProduct + "&quantity=1"},
                 {"/shop/login", "email=jean.tremblay%40example.com&password=x"},
                 {"/shop/checkout", "delivery=standard"},
                 {"/shop/logout", ""}}) {
            const int none = statusOf(gw.Post(path.c_str(), browser, form, "application/x-www-form-urlencoded"));
            const int forged = statusOf(
                gw.Post(path.c_str(), browser, form + "&csrf=AAAA.forged", "application/x-www-form-urlencoded"));
            ok &= record("Forged POST " + path + " (no token / made-up token)", "403 / 403",
                         str(none) + " / " + str(forged), none == 403 && forged == 403);
        }
        QVERIFY(ok);
    }

    void loginBruteForceIsThrottledWithoutLockingTheRealUserOut() {
        bool ok = true;
        // Customers: the attacker at 203.0.113.7 (as the gateway reports it in X-Forwarded-For), the real customer
        // at 198.51.100.20.
        auto shop = client(kEcommerce);
        int last = 0;
        std::string retryAfter;
        for (int i = 0; i < 8 && last != 429; ++i) {
            const auto r = shop.Post(
                "/v1/sessions", {{"X-Forwarded-For", "203.0.113.7"}},
                json{{"email", "jean.tremblay@example.com"}, {"password", "guess-" + std::to_string(i)}}.dump(),
                "application/json");
            last = statusOf(r);
            retryAfter = r ? r->get_header_value("Retry-After") : "";
        }
        ok &= record("Customer password guessing from one address (8 tries)", "429 with Retry-After",
                     str(last) + (retryAfter.empty() ? ", no Retry-After" : ", Retry-After " + retryAfter),
                     last == 429 && !retryAfter.empty());
        const auto real =
            shop.Post("/v1/sessions", {{"X-Forwarded-For", "198.51.100.20"}},
                      json{{"email", "jean.tremblay@example.com"}, {"password", "Tremblay-Demo-2026"}}.dump(),
                      "application/json");
        if (real && real->status == 201) {
            m_secrets.push_back(json::parse(real->body).value("token", ""));
        }
        ok &= record("… the real customer logs in from another address meanwhile", "201", str(statusOf(real)),
                     statusOf(real) == 201);
        // Staff: the attacker guesses cashier 1001's PIN; the real cashier logs in at an enrolled terminal.
        auto cmd = client(kCommandes);
        last = 0;
        retryAfter.clear();
        for (int i = 0; i < 8 && last != 429; ++i) {
            const auto r = cmd.Post("/v1/sessions", {{"X-Forwarded-For", "203.0.113.7"}},
                                    json{{"employee_code", "1001"}, {"pin", "000" + std::to_string(i)}}.dump(),
                                    "application/json");
            last = statusOf(r);
            retryAfter = r ? r->get_header_value("Retry-After") : "";
        }
        ok &= record("Staff PIN guessing for cashier 1001 from one address (8 tries)", "429 with Retry-After",
                     str(last) + (retryAfter.empty() ? ", no Retry-After" : ", Retry-After " + retryAfter),
                     last == 429 && !retryAfter.empty());
        const auto atTerminal =
            cmd.Post("/v1/sessions", {},
                     json{{"employee_code", "1001"}, {"pin", "1111"}, {"device_credential", m_deviceCredential}}.dump(),
                     "application/json");
        ok &= record("… cashier 1001 logs in at an enrolled terminal meanwhile", "201", str(statusOf(atTerminal)),
                     statusOf(atTerminal) == 201);
        if (statusOf(atTerminal) == 201) {
            m_secrets.push_back(json::parse(atTerminal->body).at("access_token"));
            m_secrets.push_back(json::parse(atTerminal->body).at("refresh_token"));
        }
        const auto otherAddress = cmd.Post("/v1/sessions", {{"X-Forwarded-For", "198.51.100.20"}},
                                           json{{"employee_code", "1001"}, {"pin", "1111"}}.dump(), "application/json");
        ok &= record("… cashier 1001 logs in from another address (back office, via the gateway) meanwhile", "201",
                     str(statusOf(otherAddress)), statusOf(otherAddress) == 201);
        if (statusOf(otherAddress) == 201) {
            m_secrets.push_back(json::parse(otherAddress->body).at("access_token"));
            m_secrets.push_back(json::parse(otherAddress->body).at("refresh_token"));
        }
        QVERIFY(ok);
    }

    void revokedSessionsAndDisabledStaffAreRefused() {
        auto gw = client(kGatewayPort);
        bool ok = true;
        // Staff logout revokes the refresh token: it cannot mint new access tokens.
        const json session = staffLogin("3001", "3333");
        QVERIFY(session.is_object());
        const auto out = gw.Delete("/api/commandes/v1/sessions", withKey(),
                                   json{{"refresh_token", session.at("refresh_token")}}.dump(), "application/json");
        const int refreshed =
            statusOf(gw.Post("/api/commandes/v1/sessions/refresh", withKey(),
                             json{{"refresh_token", session.at("refresh_token")}}.dump(), "application/json"));
        ok &= record("Staff refresh token reused after logout", "401", str(statusOf(out)) + " then " + str(refreshed),
                     statusOf(out) == 204 && refreshed == 401);
        // Customer logout and password change end the session.
        auto shop = client(kEcommerce);
        const auto login = shop.Post(
            "/v1/sessions", {{"X-Forwarded-For", "198.51.100.30"}},
            json{{"email", "marie.dubois@example.com"}, {"password", "Dubois-Demo-2026"}}.dump(), "application/json");
        QVERIFY2(login && login->status == 201, login ? login->body.c_str() : "no answer");
        const std::string customerToken = json::parse(login->body).at("token");
        m_secrets.push_back(customerToken);
        QCOMPARE(statusOf(shop.Get("/v1/customers/me", bearer(customerToken))), 200);
        shop.Delete("/v1/sessions/current", bearer(customerToken));
        const int afterLogout = statusOf(shop.Get("/v1/customers/me", bearer(customerToken)));
        ok &= record("Customer session token after logout", "401", str(afterLogout), afterLogout == 401);
        const auto a = shop.Post("/v1/sessions", {{"X-Forwarded-For", "198.51.100.30"}},
                                 json{{"email", "pierre.martin@example.com"}, {"password", "Martin-Demo-2026"}}.dump(),
                                 "application/json");
        const auto b = shop.Post("/v1/sessions", {{"X-Forwarded-For", "198.51.100.31"}},
                                 json{{"email", "pierre.martin@example.com"}, {"password", "Martin-Demo-2026"}}.dump(),
                                 "application/json");
        QVERIFY(a && a->status == 201 && b && b->status == 201);
        const std::string first = json::parse(a->body).at("token"), second = json::parse(b->body).at("token");
        m_secrets.push_back(first);
        m_secrets.push_back(second);
        m_secrets.push_back("Martin-Demo-2027!x");
        const auto changed =
            shop.Post("/v1/customers/me/password", bearer(second),
                      json{{"current_password", "Martin-Demo-2026"}, {"new_password", "Martin-Demo-2027!x"}}.dump(),
                      "application/json");
        if (changed && changed->status == 200) {
            m_secrets.push_back(json::parse(changed->body).value("token", ""));
        }
        const int otherSession = statusOf(shop.Get("/v1/customers/me", bearer(first)));
        ok &= record("Customer's other session after a password change", "401",
                     str(statusOf(changed)) + " then " + str(otherSession),
                     statusOf(changed) == 200 && otherSession == 401);
        // A disabled member's token and PIN stop working at once.
        const json cashier = staffLogin("4001", "4444");
        QVERIFY(cashier.is_object());
        const std::string id = cashier.at("staff").at("id");
        // Magasin Est's manager disables Magasin Est's cashier (a manager acts on their own store's staff).
        const json managerEst = staffLogin("4002", "4949");
        QVERIFY(managerEst.is_object());
        const int disabledByOwn = statusOf(gw.Patch(("/api/commandes/v1/staff/" + id).c_str(),
                                                    withKey(bearer(managerEst.at("access_token").get<std::string>())),
                                                    json{{"active", false}}.dump(), "application/json"));
        const int tokenAfter = statusOf(gw.Get("/api/commandes/v1/sync/changes?since=0",
                                               withKey(bearer(cashier.at("access_token").get<std::string>()))));
        const int loginAfter =
            statusOf(gw.Post("/api/commandes/v1/sessions", withKey(),
                             json{{"employee_code", "4001"}, {"pin", "4444"}}.dump(), "application/json"));
        const int refreshAfter =
            statusOf(gw.Post("/api/commandes/v1/sessions/refresh", withKey(),
                             json{{"refresh_token", cashier.at("refresh_token")}}.dump(), "application/json"));
        ok &= record("Disabled staff (PATCH /v1/staff/{id} active=false): token, PIN login, refresh", "401 / 401 / 401",
                     str(tokenAfter) + " / " + str(loginAfter) + " / " + str(refreshAfter) +
                         " (disable: " + str(disabledByOwn) + ")",
                     disabledByOwn == 200 && tokenAfter == 401 && loginAfter == 401 && refreshAfter == 401);
        QVERIFY(ok);
    }

    void oversizedAndDeeplyNestedBodiesAreRefused() {
        bool ok = true;
        for (const auto& [name, port] :
             std::vector<std::pair<std::string, int>>{{"commandes", kCommandes}, {"ecommerce", kEcommerce}}) {
            auto c = client(port);
            const std::string big = "{\"pad\":\"" + std::string(2 * 1024 * 1024, 'a') + "\"}";
            const int oversized = statusOf(c.Post("/v1/sessions", big, "application/json"));
            ok &= record("2 MiB body straight to " + name + " POST /v1/sessions", "413", str(oversized),
                         oversized == 413);
            const std::string nested = std::string(500000, '[') + std::string(500000, ']');
            const int deep = statusOf(c.Post("/v1/sessions", nested, "application/json"));
            // The second body goes where a handler copies a part of it: a sync command's payload (commandes, with
            // the device's token), a registration (ecommerce). Unbounded, such a copy overflowed the worker's stack.
            const std::string deepPayload = std::string(400000, '[') + std::string(400000, ']');
            const int second =
                name == "commandes"
                    ? statusOf(c.Post(
                          "/v1/sync/commands", bearer(m_deviceToken),
                          "{\"device_id\":\"" + m_deviceId + "\",\"commands\":[{\"payload\":" + deepPayload + "}]}",
                          "application/json"))
                    : statusOf(c.Post("/v1/customers", "{\"first_name\":" + deepPayload + "}", "application/json"));
            const int alive = statusOf(c.Get("/health/live"));
            ok &=
                record("JSON nested 500,000 / 400,000 deep straight to " + name +
                           (name == "commandes" ? " (login; sync push with a device token)" : " (login; registration)"),
                       "400 / 400, server still up", str(deep) + " / " + str(second) + ", live: " + str(alive),
                       deep == 400 && second == 400 && alive == 200);
        }
        auto gw = client(kGatewayPort);
        const std::string big = "{\"pad\":\"" + std::string(9 * 1024 * 1024, 'a') + "\"}";
        const int viaGateway = statusOf(gw.Post("/api/ecommerce/v1/customers", withKey(), big, "application/json"));
        ok &= record("9 MiB body through the gateway", "413", str(viaGateway), viaGateway == 413);
        QVERIFY(ok);
    }

    // Slow-loris: many connections that trickle a header byte by byte; a normal client must still be served.
    void slowClientsDoNotStarveOthers() {
        bool ok = true;
        for (const auto& [name, port, path, connections] : std::vector<std::tuple<std::string, int, std::string, int>>{
                 {"gateway", kGatewayPort, "/api/catalogue/v1/products/" + kProduct, 256}}) {
            std::vector<int> sockets;
            for (int i = 0; i < connections; ++i) {
                const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
                sockaddr_in addr{};
                addr.sin_family = AF_INET;
                addr.sin_port = htons(static_cast<std::uint16_t>(port));
                addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
                if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) {
                    const std::string start = "GET " + path + " HTTP/1.1\r\nHost: x\r\n";
                    (void)::send(fd, start.data(), start.size(), MSG_NOSIGNAL);
                    sockets.push_back(fd);
                } else {
                    ::close(fd);
                }
            }
            std::atomic<bool> trickling = true;
            std::thread loris([&] {
                while (trickling) {
                    for (int fd : sockets) {
                        (void)::send(fd, "X", 1, MSG_NOSIGNAL | MSG_DONTWAIT);
                    }
                    std::this_thread::sleep_for(std::chrono::milliseconds(500));
                }
            });
            std::this_thread::sleep_for(std::chrono::seconds(1));
            double worst = 0;
            int failures = 0;
            for (int i = 0; i < 10; ++i) {
                auto c = client(port);
                c.set_read_timeout(std::chrono::seconds(5));
                const auto t0 = std::chrono::steady_clock::now();
                const auto r = port == kGatewayPort ? c.Get(path.c_str(), withKey()) : c.Get(path.c_str());
                const double ms =
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
                worst = std::max(worst, ms);
                failures += (!r || r->status != 200) ? 1 : 0;
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
            }
            trickling = false;
            loris.join();
            for (int fd : sockets) {
                ::close(fd);
            }
            char observed[160];
            std::snprintf(observed, sizeof observed, "%d/10 served, slowest %.0f ms (%zu slow connections)",
                          10 - failures, worst, sockets.size());
            ok &= record(
                "Slow-loris on the " + name + ": " + std::to_string(connections) + " connections trickling headers",
                "normal requests served, each < 1 s", observed, failures == 0 && worst < 1000);
        }
        // The servers serve one connection per worker thread (cpp-httplib): N slow connections straight on a
        // server hold N workers. They are not exposed: each listens on loopback (MAGASIN_HOST) behind the gateway.
        for (const auto& [name, port] : std::vector<std::pair<std::string, int>>{{"catalogue-1", kCatalogue},
                                                                                 {"inventaire", kInventaire},
                                                                                 {"commandes", kCommandes},
                                                                                 {"supply-chain", kSupplyChain},
                                                                                 {"ecommerce", kEcommerce}}) {
            QProcess ss;
            ss.start(QStringLiteral("ss"), {QStringLiteral("-Htln"), QStringLiteral("sport = :%1").arg(port)});
            QVERIFY(ss.waitForFinished(5000));
            const QString listening = QString::fromUtf8(ss.readAllStandardOutput()).simplified();
            const QString local = listening.section(QLatin1Char(' '), 3, 3);
            ok &= record("Slow-loris straight on the " + name + " server from another machine",
                         "unreachable: listens on 127.0.0.1 only (behind the gateway)",
                         "listens on " + (local.isEmpty() ? std::string("nothing") : local.toStdString()),
                         local == QStringLiteral("127.0.0.1:%1").arg(port));
        }
        QVERIFY(ok);
    }

    // Last: every log line the run wrote, searched for every credential it used.
    void noCredentialReachesALog() {
        std::vector<std::string> needles = m_secrets;
        for (const char* s : {"Tremblay-Demo-2026", "Dubois-Demo-2026", "Martin-Demo-2026", "Xss-Payload-2026!"}) {
            needles.emplace_back(s);
        }
        static const QRegularExpression pin(
            QStringLiteral("\"pin\"|(?<![0-9a-f-])(1111|1919|2222|2929|3333|4444|4949)(?![0-9a-f-])"));
        std::vector<std::string> leaks;
        std::size_t lines = 0;
        QDirIterator it(m_stack.filePath(QStringLiteral("logs")), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            while (!f.atEnd()) {
                const QByteArray line = f.readLine();
                ++lines;
                const std::string text = line.toStdString();
                for (const auto& needle : needles) {
                    if (needle.size() >= 8 && text.find(needle) != std::string::npos) {
                        leaks.push_back(QFileInfo(f).fileName().toStdString() + ": " + needle.substr(0, 8) + "…");
                    }
                }
                if (pin.match(QString::fromUtf8(line)).hasMatch()) {
                    leaks.push_back(QFileInfo(f).fileName().toStdString() + ": a PIN");
                }
            }
        }
        std::string observed = std::to_string(lines) + " lines, " + std::to_string(needles.size()) + " secrets, ";
        observed += leaks.empty() ? "none found" : leaks.front() + " (" + std::to_string(leaks.size()) + " hits)";
        QVERIFY(record("Passwords, PINs, access/refresh/session tokens, device credentials, API keys in any log line",
                       "none", observed, leaks.empty() && lines > 0));
    }

private:
    std::string m_deviceCredential;
    std::string m_deviceToken;
    std::string m_deviceId;
};

QTEST_GUILESS_MAIN(AttackSuiteE2e)
#include "attack_suite_e2e.moc"
