// Hostile input on every ecommerce route (bad JSON, wrong types, huge numbers, invalid UTF-8, odd path parameters,
// every kind of caller) never gives a 5xx: each is a 4xx problem, or a normal answer.
#include <QTest>

#include "ecommerce_test_server.hpp"

using nlohmann::json;

class EcommerceHostileTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hostileInputNeverGives5xx() {
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto jean = s.jean();
        QVERIFY(!jean.empty());
        // A cart with something in it, so that checkouts really run.
        QCOMPARE(statusOf(sendJson(c, "POST", "/v1/carts/me/lines",
                                   json{{"product_id", FakeDownstreams::kP2}, {"quantity", 1}}.dump(), jean)),
                 200);
        const std::vector<std::string> bodies = {
            "",
            "{",
            "[]",
            "null",
            "42",
            "\"text\"",
            "{\"quantity\":{}}",
            "{\"product_id\":\"550e8400-e29b-41d4-a716-446655440001\",\"quantity\":9223372036854775807}",
            "{\"product_id\":\"550e8400-e29b-41d4-a716-446655440001\",\"quantity\":-9223372036854775808}",
            "{\"product_id\":\"550e8400-e29b-41d4-a716-446655440001\",\"quantity\":1e400}",
            "{\"quantity\":18446744073709551616}",
            "{\"email\":\"\\u0000\",\"password\":\"\\udc00\"}",
            "{\"email\":\"a@b.cc\",\"password\":\"" + std::string(60000, 'x') + "\"}",
            "{\"first_name\":\"Jean\",\"last_name\":\"T\",\"email\":\"x@y.zz\",\"password\":\"\xff\xfe\xfd\xfc\xfb\xfa"
            "\xf9\xf8\",\"address\":[]}",
            "{\"first_name\":[],\"last_name\":{},\"email\":1,\"password\":true,\"address\":{\"street\":5}}",
            "{\"delivery_address\":{\"street\":5},\"delivery_method\":[]}",
            "{\"delivery_address\":null,\"delivery_method\":\"express\"}",
            "{\"delivery_method\":\"\\u0000\"}",
            "{\"reason\":\"\xff\xfe\"}",
            "{\"reason\":\"" + std::string(5000, 'a') + "\"}",
            "{\"current_password\":\"x\",\"new_password\":\"\\u0000\"}",
            std::string(60 * 1024, '['),
        };
        const std::vector<std::string> params = {FakeDownstreams::kP1,
                                                 "550e8400-e29b-41d4-a716-446655449999",
                                                 "x",
                                                 "%00",
                                                 "%FF%FE",
                                                 std::string(3000, '9'),
                                                 ".."};
        const std::vector<std::string> queries = {"",           "?limit=0",   "?limit=99999999999999999999",
                                                  "?offset=-1", "?limit=%00", "?offset=abc"};
        const httplib::Headers garbage{{"Authorization", "Bearer \xff\xfe" + std::string(300, 'z')}};
        int calls = 0;
        for (const auto& route : s.service().app().routes()) {
            const std::string method(magasin::server::methodName(route.method));
            for (const auto& param : params) {
                std::string target = route.path;
                for (auto open = target.find('{'); open != std::string::npos; open = target.find('{')) {
                    target.replace(open, target.find('}', open) - open + 1, param);
                }
                for (const auto& who : {jean, s.staff(magasin::domain::Role::kManager), garbage, httplib::Headers{}}) {
                    if (method == "GET") {
                        for (const auto& query : queries) {
                            auto r = c.Get((target + query).c_str(), who);
                            ++calls;
                            QVERIFY2(r && r->status < 500,
                                     (method + " " + target + query + " " + (r ? r->body : "")).c_str());
                        }
                    } else if (target.rfind("/v1/sessions/current", 0) == 0 && who == jean) {
                        continue;  // would end the session the sweep goes on with
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

QTEST_GUILESS_MAIN(EcommerceHostileTest)
#include "ecommerce_hostile_pgtest.moc"
