// Customers and sessions over HTTP: registration with DOMAIN.md's rules and a 409 on a taken email, login with the
// password, hashed session tokens, logout, a password change that ends every session, and a login throttle that
// slows an attacker's address without locking the customer out at their own.
#include <QTest>

#include <pqxx/pqxx>

#include "ecommerce_test_server.hpp"
#include "magasin/server/http_error.hpp"

using nlohmann::json;

namespace {

json registration(const std::string& email) {
    return {{"first_name", "  élise "},
            {"last_name", "gagnon-roy"},
            {"email", email},
            {"password", "Erable-Sucre-42"},
            {"address", {{"street", "12 rue des Pins"}, {"city", "Laval"}, {"postal_code", "h7n 1a1"}}},
            {"phone", "(450) 555-0142"}};
}

}  // namespace

class EcommerceAccountsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void registrationNormalizesAndAnswers201() {
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto r = sendJson(c, "POST", "/v1/customers", registration(" Elise.Gagnon@Example.COM ").dump());
        QCOMPARE(statusOf(r), 201);
        const auto body = bodyOf(r);
        QCOMPARE(body.value("first_name", ""), std::string("Élise"));
        QCOMPARE(body.value("last_name", ""), std::string("Gagnon-Roy"));
        QCOMPARE(body.value("email", ""), std::string("elise.gagnon@example.com"));
        QCOMPARE(body["address"].value("postal_code", ""), std::string("H7N 1A1"));
        QCOMPARE(body["address"].value("province", ""), std::string("Québec"));
        QCOMPARE(body["address"].value("country", ""), std::string("Canada"));
        QCOMPARE(body.value("phone", ""), std::string("450-555-0142"));
        QVERIFY(!body.contains("password") && !body.contains("password_verifier"));
        // Only an Argon2id verifier is stored.
        pqxx::connection db(s.conninfo());
        const auto verifier =
            pqxx::nontransaction(db)
                .exec1("SELECT password_verifier FROM customers WHERE email = 'elise.gagnon@example.com'")[0]
                .as<std::string>();
        QVERIFY(verifier.rfind("$argon2id$", 0) == 0);
        QVERIFY(verifier.find("Erable-Sucre-42") == std::string::npos);
    }

    void aTakenEmailIs409() {
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        QCOMPARE(statusOf(sendJson(c, "POST", "/v1/customers", registration("elise@example.com").dump())), 201);
        const auto again = sendJson(c, "POST", "/v1/customers", registration("ELISE@example.com ").dump());
        QCOMPARE(statusOf(again), 409);
        QCOMPARE(ruleOf(again), std::string("customer.email.taken"));
        // The demo customer's email too.
        QCOMPARE(statusOf(sendJson(c, "POST", "/v1/customers", registration(EcommerceTestServer::kJean).dump())), 409);
    }

    void registrationRulesAre422_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("rule");
        QTest::newRow("email without a domain") << "email"
                                                << "jean@"
                                                << "email.format";
        QTest::newRow("password shorter than 8") << "password"
                                                 << "court"
                                                 << "password.length";
        QTest::newRow("a common password") << "password"
                                           << "motdepasse"
                                           << "password.common";
        QTest::newRow("first name with a digit") << "first_name"
                                                 << "J3an"
                                                 << "person_name.characters";
        QTest::newRow("blank last name") << "last_name"
                                         << "   "
                                         << "person_name.required";
        QTest::newRow("phone of 9 digits") << "phone"
                                           << "514-555-019"
                                           << "phone.format";
    }
    void registrationRulesAre422() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, rule);
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        json body = registration("rules@example.com");
        body[field.toStdString()] = value.toStdString();
        const auto r = sendJson(c, "POST", "/v1/customers", body.dump());
        QCOMPARE(statusOf(r), 422);
        QCOMPARE(ruleOf(r), rule.toStdString());
    }

    void addressRulesAre422_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("rule");
        QTest::newRow("postal code of the US") << "postal_code"
                                               << "90210"
                                               << "postal_code.format";
        QTest::newRow("street of 2 characters") << "street"
                                                << "ab"
                                                << "address.street.length";
    }
    void addressRulesAre422() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, rule);
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        json body = registration("address@example.com");
        body["address"][field.toStdString()] = value.toStdString();
        const auto r = sendJson(c, "POST", "/v1/customers", body.dump());
        QCOMPARE(statusOf(r), 422);
        QCOMPARE(ruleOf(r), rule.toStdString());
    }

    void loginGivesASessionOnlyItsHashIsStored() {
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto r = sendJson(
            c, "POST", "/v1/sessions",
            json{{"email", " Jean.Tremblay@example.com"}, {"password", EcommerceTestServer::kJeanPassword}}.dump());
        QCOMPARE(statusOf(r), 201);
        const std::string token = bodyOf(r).value("token", "");
        QVERIFY(token.rfind("cs_", 0) == 0);
        QVERIFY(token.size() >= 3 + 22);  // at least 128 bits in base64url (it carries 256)
        pqxx::connection db(s.conninfo());
        QCOMPARE(pqxx::nontransaction(db)
                     .exec_params1("SELECT count(*) FROM sessions WHERE token_hash = $1", token)[0]
                     .as<int>(),
                 0);
        const auto me = c.Get("/v1/customers/me", {{"Authorization", "Bearer " + token}});
        QCOMPARE(statusOf(me), 200);
        QCOMPARE(bodyOf(me).value("last_name", ""), std::string("Tremblay"));
    }

    void wrongPasswordAndUnknownEmailAreTheSame401() {
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto wrong = sendJson(c, "POST", "/v1/sessions",
                                    json{{"email", EcommerceTestServer::kJean}, {"password", "pas-le-bon"}}.dump());
        const auto unknown = sendJson(c, "POST", "/v1/sessions",
                                      json{{"email", "nobody@example.com"}, {"password", "pas-le-bon"}}.dump());
        QCOMPARE(statusOf(wrong), 401);
        QCOMPARE(statusOf(unknown), 401);
        QCOMPARE(bodyOf(wrong).value("detail", ""), bodyOf(unknown).value("detail", ""));
        QCOMPARE(wrong->get_header_value("WWW-Authenticate"), std::string("Bearer"));
    }

    void customerRoutesNeedALiveSession_data() {
        QTest::addColumn<QString>("authorization");
        QTest::newRow("no header") << "";
        QTest::newRow("another scheme") << "Basic amVhbjpwdw==";
        QTest::newRow("an unknown token") << "Bearer cs_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        QTest::newRow("a staff token is not a session") << "staff";
    }
    void customerRoutesNeedALiveSession() {
        QFETCH(QString, authorization);
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        httplib::Headers headers;
        if (authorization == QStringLiteral("staff")) {
            headers = s.staff(magasin::domain::Role::kManager);
        } else if (!authorization.isEmpty()) {
            headers = {{"Authorization", authorization.toStdString()}};
        }
        for (const char* path : {"/v1/customers/me", "/v1/carts/me", "/v1/orders"}) {
            QCOMPARE(statusOf(c.Get(path, headers)), 401);
        }
    }

    void logoutEndsTheSessionAndMayBeRepeated() {
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto jean = s.jean();
        QVERIFY(!jean.empty());
        QCOMPARE(statusOf(c.Get("/v1/carts/me", jean)), 200);
        QCOMPARE(statusOf(c.Delete("/v1/sessions/current", jean)), 204);
        QCOMPARE(statusOf(c.Get("/v1/carts/me", jean)), 401);
        QCOMPARE(statusOf(c.Delete("/v1/sessions/current", jean)), 204);
        QCOMPARE(statusOf(c.Delete("/v1/sessions/current")), 401);
    }

    void passwordChangeEndsEverySession() {
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto c = s.client();
        const auto phone = s.jean();
        const auto laptop = s.jean();
        const auto wrong =
            sendJson(c, "POST", "/v1/customers/me/password",
                     json{{"current_password", "pas-le-bon"}, {"new_password", "Nouveau-Mot-2027"}}.dump(), laptop);
        QCOMPARE(statusOf(wrong), 401);
        const auto weak = sendJson(
            c, "POST", "/v1/customers/me/password",
            json{{"current_password", EcommerceTestServer::kJeanPassword}, {"new_password", "password"}}.dump(),
            laptop);
        QCOMPARE(statusOf(weak), 422);
        QCOMPARE(ruleOf(weak), std::string("password.common"));
        const auto changed = sendJson(
            c, "POST", "/v1/customers/me/password",
            json{{"current_password", EcommerceTestServer::kJeanPassword}, {"new_password", "Nouveau-Mot-2027"}}.dump(),
            laptop);
        QCOMPARE(statusOf(changed), 200);
        const httplib::Headers fresh{{"Authorization", "Bearer " + bodyOf(changed).value("token", "")}};
        QCOMPARE(statusOf(c.Get("/v1/carts/me", phone)), 401);
        QCOMPARE(statusOf(c.Get("/v1/carts/me", laptop)), 401);
        QCOMPARE(statusOf(c.Get("/v1/carts/me", fresh)), 200);
        QVERIFY(s.login(EcommerceTestServer::kJean, EcommerceTestServer::kJeanPassword).empty());
        QVERIFY(!s.login(EcommerceTestServer::kJean, "Nouveau-Mot-2027").empty());
    }

    // Three typos are free; the fourth failure makes this (account, address) wait, with Retry-After. The customer
    // at another address is not slowed down at all: an attacker cannot lock them out.
    void throttleSlowsTheAttackerNotTheCustomer() {
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto& shop = s.shop();
        const auto attempt = [&](const std::string& password, const std::string& ip) {
            try {
                shop.login({EcommerceTestServer::kJean, password, ip});
                return 201;
            } catch (const magasin::server::HttpError& e) {
                return e.problem().status;
            }
        };
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(attempt("devine-" + std::to_string(i), "203.0.113.66"), 401);
        }
        QCOMPARE(attempt(EcommerceTestServer::kJeanPassword, "203.0.113.66"), 429);  // even the right one waits
        QCOMPARE(attempt(EcommerceTestServer::kJeanPassword, "198.51.100.7"), 201);  // the customer at home
        // Over HTTP through the gateway (a trusted peer): the client is the address in X-Forwarded-For, and the 429
        // carries Retry-After.
        auto c = s.client();
        const httplib::Headers attacker{{"X-Forwarded-For", "203.0.113.66"}};
        const httplib::Headers marieAtHome{{"X-Forwarded-For", "192.0.2.10"}};
        for (int i = 0; i < 4; ++i) {
            sendJson(c, "POST", "/v1/sessions", json{{"email", EcommerceTestServer::kMarie}, {"password", "x"}}.dump(),
                     attacker);
        }
        const json marie = {{"email", EcommerceTestServer::kMarie}, {"password", EcommerceTestServer::kMariePassword}};
        const auto limited = sendJson(c, "POST", "/v1/sessions", marie.dump(), attacker);
        QCOMPARE(statusOf(limited), 429);
        QVERIFY(std::stoi(limited->get_header_value("Retry-After")) >= 1);
        QCOMPARE(statusOf(sendJson(c, "POST", "/v1/sessions", marie.dump(), marieAtHome)), 201);
    }

    // One address trying many accounts is slowed down too, after more failures than one account gets.
    void oneAddressTryingManyAccountsWaits() {
        EcommerceTestServer s;
        QVERIFY2(s.ok(), s.error().c_str());
        auto& shop = s.shop();
        int status = 0;
        int failures = 0;
        for (; failures < 40 && status != 429; ++failures) {
            try {
                shop.login({"victim" + std::to_string(failures) + "@example.com", "devine", "203.0.113.99"});
            } catch (const magasin::server::HttpError& e) {
                status = e.problem().status;
            }
        }
        QCOMPARE(status, 429);
        QCOMPARE(failures, 22);  // 21 failures recorded, the 22nd attempt waits
    }
};

QTEST_GUILESS_MAIN(EcommerceAccountsTest)
#include "ecommerce_accounts_pgtest.moc"
