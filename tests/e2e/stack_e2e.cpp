// The whole product as `./magasin run` starts it (scripts/stack): a project-local PostgreSQL, the real servers with
// demo data, the nginx gateway rendered from kong.yml. Checked through the gateway as a client would, then stopped:
// nothing of ours may be left running. Ports are moved by an offset so that a developer's own stack keeps running.
#include <httplib.h>
#include <signal.h>
#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <set>
#include <thread>

#include "stack_fixture.hpp"

using nlohmann::json;

namespace {

constexpr int kOffset = 20000;  // servers on 28001-28007, gateway on 28080/28443: below the ephemeral range
constexpr int kGatewayPort = 8080 + kOffset;
const char* const kProduct = "550e8400-e29b-41d4-a716-446655440001";

}  // namespace

class StackE2e : public QObject {
    Q_OBJECT

    magasin::test::StackFixture m_stack{kOffset, QStringLiteral("25434")};
    std::string m_posKey;
    std::string m_webKey;

    // Runs scripts/stack COMMAND; returns its exit code and what it printed.
    std::pair<int, QString> stack(const QString& command) const { return m_stack.run(command); }

    std::map<QString, pid_t> pids() const {
        std::map<QString, pid_t> result;
        const QDir run(m_stack.filePath(QStringLiteral("run")));
        for (const QString& file : run.entryList({QStringLiteral("*.pid")}, QDir::Files)) {
            QFile f(run.filePath(file));
            if (f.open(QIODevice::ReadOnly)) {
                result[file.chopped(4)] = f.readAll().trimmed().toInt();
            }
        }
        return result;
    }

    QString log(const QString& name) const {
        QFile f(m_stack.filePath(QStringLiteral("logs/") + name));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    static httplib::Client gateway() {
        httplib::Client c("127.0.0.1", kGatewayPort);
        c.set_connection_timeout(std::chrono::seconds(2));
        c.set_read_timeout(std::chrono::seconds(10));
        return c;
    }

    httplib::Headers withKey(httplib::Headers headers = {}) const {
        headers.emplace("X-API-Key", m_posKey);
        return headers;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_stack.valid());
        const auto [rc, out] = stack(QStringLiteral("start"));
        QVERIFY2(rc == 0, qPrintable(out));
        QFile keys(m_stack.filePath(QStringLiteral("secrets/api-keys.env")));
        QVERIFY2(keys.open(QIODevice::ReadOnly), "the stack wrote no development API keys");
        const auto match = QRegularExpression(QStringLiteral("DECK_MAGASIN_API_KEY_POS_DESKTOP=(\\w+)"))
                               .match(QString::fromUtf8(keys.readAll()));
        QVERIFY(match.hasMatch());
        m_posKey = match.captured(1).toStdString();
        keys.seek(0);
        const auto web = QRegularExpression(QStringLiteral("DECK_MAGASIN_API_KEY_WEB_SHOP=(\\w+)"))
                             .match(QString::fromUtf8(keys.readAll()));
        QVERIFY(web.hasMatch());
        m_webKey = web.captured(1).toStdString();
    }

    void everyBuiltPartIsReady() {
        const auto [rc, out] = stack(QStringLiteral("status"));
        QVERIFY2(rc == 0, qPrintable(out));
        for (const char* part :
             {"postgres", "commandes", "catalogue-1", "catalogue-2", "catalogue-3", "inventaire", "gateway"}) {
            QVERIFY2(out.contains(QRegularExpression(QStringLiteral("^%1 +(up|ready)").arg(QLatin1String(part)),
                                                     QRegularExpression::MultilineOption)),
                     qPrintable(out));
        }
    }

    void secondStartReusesWhatRuns() {
        const auto before = pids();
        QVERIFY(before.size() >= 5);
        const auto [rc, out] = stack(QStringLiteral("start"));
        QVERIFY2(rc == 0, qPrintable(out));
        QCOMPARE(pids(), before);
        QVERIFY2(out.contains(QStringLiteral("(already)")), qPrintable(out));
    }

    void keyIsCheckedAtTheGateway() {
        auto c = gateway();
        const auto none = c.Get("/api/catalogue/v1/products");
        QVERIFY(none);
        QCOMPARE(none->status, 401);
        QVERIFY(none->get_header_value("WWW-Authenticate").starts_with("Key"));
        const auto wrong = c.Get("/api/catalogue/v1/products", {{"X-API-Key", std::string(64, '0')}});
        QVERIFY(wrong);
        QCOMPARE(wrong->status, 401);
        const auto inQuery = c.Get("/api/catalogue/v1/products?apikey=" + m_posKey);
        QVERIFY(inQuery);
        QCOMPARE(inQuery->status, 401);
        const auto valid = c.Get("/api/catalogue/v1/products?q=clavier", withKey());
        QVERIFY(valid);
        QCOMPARE(valid->status, 200);
        QVERIFY2(valid->body.find("Clavier") != std::string::npos, valid->body.c_str());
    }

    void demoStaffLogsInThroughTheGatewayAndReadsItsStock() {
        auto c = gateway();
        const auto login = c.Post("/api/commandes/v1/sessions", withKey(),
                                  json{{"employee_code", "1002"}, {"pin", "1919"}}.dump(), "application/json");
        QVERIFY(login);
        QCOMPARE(login->status, 201);
        const std::string token = json::parse(login->body).at("access_token");
        const auto stock = c.Get("/api/inventaire/v1/stocks?location=33333333-3333-3333-3333-333333333331",
                                 withKey({{"Authorization", "Bearer " + token}}));
        QVERIFY(stock);
        QVERIFY2(stock->status == 200, stock->body.c_str());
    }

    // The supply chain in the stack: its demo requests carry the names its feeds copied, and a manager's approval
    // through the gateway moves inventaire's stock (supply-chain -> inventaire with its service token).
    void managerApprovesADemoRequestThroughTheGateway() {
        auto c = gateway();
        const auto login = c.Post("/api/commandes/v1/sessions", withKey(),
                                  json{{"employee_code", "1002"}, {"pin", "1919"}}.dump(), "application/json");
        QVERIFY(login);
        QCOMPARE(login->status, 201);
        const auto manager =
            withKey({{"Authorization", "Bearer " + json::parse(login->body).at("access_token").get<std::string>()}});
        const char* const request = "66666666-6666-4666-8666-666666666601";  // Écouteurs Bluetooth x6, Magasin Central
        const auto pending = c.Get("/api/supply-chain/v1/requests?status=pending", manager);
        QVERIFY(pending);
        QVERIFY2(pending->status == 200 && pending->body.find(request) != std::string::npos, pending->body.c_str());
        const char* const stockPath = "/api/inventaire/v1/stocks/central/550e8400-e29b-41d4-a716-446655440004";
        const auto before = c.Get(stockPath, manager);
        QVERIFY(before);
        const auto centralBefore = json::parse(before->body).at("level").get<int>();
        const auto approved = c.Post((std::string("/api/supply-chain/v1/requests/") + request + "/approve").c_str(),
                                     manager, json{{"quantity", 2}}.dump(), "application/json");
        QVERIFY(approved);
        QVERIFY2(approved->status == 200, approved->body.c_str());
        QCOMPARE(json::parse(approved->body).at("status").get<std::string>(), std::string("transferred"));
        const auto after = c.Get(stockPath, manager);
        QVERIFY(after);
        QCOMPARE(json::parse(after->body).at("level").get<int>(), centralBefore - 2);
        // Suggestions come from the supply chain's copy of inventaire's feed, which its consumer keeps in step:
        // Magasin Central holds 5 Café Premium Bio (low), so 5 are suggested.
        std::string suggestions;
        for (int attempt = 0;
             attempt < 50 && suggestions.find("550e8400-e29b-41d4-a716-446655440003") == std::string::npos; ++attempt) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            const auto r =
                c.Get("/api/supply-chain/v1/suggestions?store=33333333-3333-3333-3333-333333333331", manager);
            suggestions = r ? r->body : "";
        }
        QVERIFY2(suggestions.find("Café Premium Bio") != std::string::npos, suggestions.c_str());
    }

    // The web shop is public: no key, HTML, the security headers, the demo catalogue.
    void shopIsReachableWithoutAKey() {
        auto c = gateway();
        const auto page = c.Get("/shop?q=clavier");
        QVERIFY(page);
        QVERIFY2(page->status == 200, page->body.c_str());
        QVERIFY(page->get_header_value("Content-Type").starts_with("text/html"));
        QVERIFY(!page->get_header_value("Content-Security-Policy").empty());
        QVERIFY2(page->body.find("Clavier") != std::string::npos, page->body.c_str());
    }

    // A web checkout through the gateway crosses ecommerce, catalogue, inventaire and commandes: the client's request
    // id comes back and is in the log lines of every one of them.
    void checkoutRequestIdIsInTheLogOfEveryServerItCrossed() {
        auto c = gateway();
        httplib::Headers web{{"X-API-Key", m_webKey}};
        const auto login = c.Post("/api/ecommerce/v1/sessions", web,
                                  json{{"email", "marie.dubois@example.com"}, {"password", "Dubois-Demo-2026"}}.dump(),
                                  "application/json");
        QVERIFY(login);
        QVERIFY2(login->status == 201, login->body.c_str());
        web.emplace("Authorization", "Bearer " + json::parse(login->body).at("token").get<std::string>());
        const auto added = c.Post("/api/ecommerce/v1/carts/me/lines", web,
                                  json{{"product_id", "550e8400-e29b-41d4-a716-446655440002"}, {"quantity", 1}}.dump(),
                                  "application/json");
        QVERIFY(added);
        QVERIFY2(added->status == 200 || added->status == 201, added->body.c_str());
        const std::string id = "e2e-checkout-7d21c9";
        httplib::Headers traced = web;
        traced.emplace("X-Request-ID", id);
        traced.emplace("Idempotency-Key", "e2e-checkout-7d21c9");
        const auto checkout = c.Post("/api/ecommerce/v1/checkouts", traced,
                                     json{{"delivery_method", "standard"}}.dump(), "application/json");
        QVERIFY(checkout);
        QVERIFY2(checkout->status == 201, checkout->body.c_str());
        QCOMPARE(checkout->get_header_value("X-Request-ID"), id);
        QCOMPARE(json::parse(checkout->body).at("state").get<std::string>(), std::string("completed"));
        const auto logged = [&](const QString& name) { return log(name).contains(QString::fromStdString(id)); };
        for (const char* server : {"ecommerce.log", "inventaire.log", "commandes.log", "gateway-access.log"}) {
            QTRY_VERIFY2_WITH_TIMEOUT(logged(QLatin1String(server)), server, 3000);
        }
        QTRY_VERIFY2_WITH_TIMEOUT(logged(QStringLiteral("catalogue-1.log")) ||
                                      logged(QStringLiteral("catalogue-2.log")) ||
                                      logged(QStringLiteral("catalogue-3.log")),
                                  "no catalogue log line carries the checkout's request id", 3000);
    }

    void catalogueRotatesOverThreeRealInstances() {
        auto c = gateway();
        std::set<std::string> instances;
        for (int i = 0; i < 12; ++i) {
            const auto r = c.Get(std::string("/api/catalogue/v1/products/") + kProduct, withKey());
            QVERIFY(r);
            QCOMPARE(r->status, 200);
            instances.insert(r->get_header_value("X-Instance-Id"));
        }
        QCOMPARE(instances.size(), std::size_t(3));
    }

    void requestIdReachesTheServersLog() {
        auto c = gateway();
        const std::string id = "e2e-stack-4f1c2a";
        const auto r = c.Get(std::string("/api/catalogue/v1/products/") + kProduct, withKey({{"X-Request-ID", id}}));
        QVERIFY(r);
        QCOMPARE(r->get_header_value("X-Request-ID"), id);
        // Each process writes its line once the response left, so give the lines a moment to land.
        const auto logged = [&](const QString& name) { return log(name).contains(QString::fromStdString(id)); };
        QTRY_VERIFY2_WITH_TIMEOUT(logged(QStringLiteral("catalogue-1.log")) ||
                                      logged(QStringLiteral("catalogue-2.log")) ||
                                      logged(QStringLiteral("catalogue-3.log")),
                                  "no catalogue log line carries the request id", 3000);
        QTRY_VERIFY2_WITH_TIMEOUT(logged(QStringLiteral("gateway-access.log")),
                                  "the gateway's access log does not carry the request id", 3000);
    }

    void killedCatalogueInstanceLosesNoRequest() {
        const pid_t victim = pids().at(QStringLiteral("catalogue-2"));
        QVERIFY(victim > 0);
        QCOMPARE(::kill(victim, SIGKILL), 0);
        auto c = gateway();
        int ok = 0;
        for (int i = 0; i < 30; ++i) {
            const auto r = c.Get(std::string("/api/catalogue/v1/products/") + kProduct, withKey());
            ok += r && r->status == 200 ? 1 : 0;
        }
        QCOMPARE(ok, 30);
        const auto [rc, out] = stack(QStringLiteral("status"));
        QVERIFY2(
            out.contains(QRegularExpression(QStringLiteral("^catalogue-2 +down"), QRegularExpression::MultilineOption)),
            qPrintable(out));
        QCOMPARE(rc, 3);
    }

    // PIN guessing meets the gateway's per-address limit on the login route before anything else (each attempt uses
    // another code, so commandes' own per-code throttle never triggers).
    void loginGuessingIsRateLimitedWithRetryAfter() {
        auto c = gateway();
        int refused = 0;
        int limited = 0;
        std::string retryAfter;
        for (int i = 0; i < 14; ++i) {
            const auto r =
                c.Post("/api/commandes/v1/sessions", withKey(),
                       json{{"employee_code", std::to_string(9100 + i)}, {"pin", "0000"}}.dump(), "application/json");
            QVERIFY(r);
            refused += r->status == 401 ? 1 : 0;
            if (r->status == 429) {
                ++limited;
                retryAfter = r->get_header_value("Retry-After");
            }
        }
        QVERIFY2(refused >= 8, qPrintable(QString::number(refused)));
        QVERIFY(limited >= 1);
        QVERIFY2(!retryAfter.empty() && std::stoi(retryAfter) > 0, retryAfter.c_str());
    }

    void stopLeavesNothingRunning() {
        const auto before = pids();
        QFile gatewayPid(m_stack.filePath(QStringLiteral("gateway/nginx.pid")));
        QVERIFY(gatewayPid.open(QIODevice::ReadOnly));
        const pid_t nginx = gatewayPid.readAll().trimmed().toInt();
        const auto [rc, out] = stack(QStringLiteral("stop"));
        QVERIFY2(rc == 0, qPrintable(out));
        for (const auto& [name, pid] : before) {
            QVERIFY2(::kill(pid, 0) != 0, qPrintable(name + QStringLiteral(" still runs after stop")));
        }
        QVERIFY2(::kill(nginx, 0) != 0, "nginx still runs after stop");
        QVERIFY(pids().empty());
        const auto [statusRc, status] = stack(QStringLiteral("status"));
        QCOMPARE(statusRc, 3);
        QVERIFY2(
            status.contains(QRegularExpression(QStringLiteral("^postgres +down"), QRegularExpression::MultilineOption)),
            qPrintable(status));
        QVERIFY(!gateway().Get("/api/catalogue/v1/products"));
    }

    void cleanupTestCase() { stack(QStringLiteral("stop")); }
};

QTEST_GUILESS_MAIN(StackE2e)
#include "stack_e2e.moc"
