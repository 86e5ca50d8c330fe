// The local gateway end to end: server/gateway/run-gateway renders kong.yml and starts Debian's nginx in front of
// stand-in servers (HttpApp stubs on free ports, one per kong.yml target), and every edge rule is checked through
// real HTTP and HTTPS: the key check, consumer headers, round-robin and failover, rate limits, request ids, /shop.
#include "magasin/server/http_app.hpp"

#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <set>
#include <thread>

using namespace magasin::server;
using nlohmann::json;

namespace {

const std::string kPosKey(64, 'a');
const std::string kWebKey = "web-" + std::string(60, 'b');
const std::string kPartnerKey = "partner_" + std::string(56, 'c');

int freePort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address));
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

// A stand-in server: answers with what it saw, so that the test can check what the gateway forwarded.
struct Stub {
    std::unique_ptr<HttpApp> app;
    std::thread thread;
    int port = 0;
    int kongPort = 0;

    Stub(const std::string& name, const std::string& instance, int kongPortOf) : kongPort(kongPortOf) {
        HttpOptions options;
        options.workers = 8;
        options.logRequests = false;
        app = std::make_unique<HttpApp>(ServiceInfo{name, instance, "0"}, options);
        const auto echo = [](Exchange& ex) {
            const auto& req = ex.request();
            ex.json(200, {{"path", req.path},
                          {"query", req.params.empty() ? "" : req.params.begin()->first},
                          {"consumer", ex.header("X-Consumer-Username").value_or("")},
                          {"api_key_seen", req.has_header("X-API-Key")},
                          {"consumer_id_seen", req.has_header("X-Consumer-ID")},
                          {"request_id", ex.header("X-Request-ID").value_or("")}});
        };
        for (const char* path : {"/", "/v1/things", "/v1/things/{id}", "/v1/sessions", "/shop", "/shop/{page}"}) {
            app->route(Method::kGet, path, echo);
        }
        app->route(Method::kPost, "/shop/login", echo);
        app->route(Method::kPost, "/v1/sessions", echo);
        port = app->bind("127.0.0.1", 0);
        thread = std::thread([this] { app->serve(); });
        for (int i = 0; i < 200 && !app->isRunning(); ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }
    void stop() {
        if (thread.joinable()) {
            app->stop();
            thread.join();
        }
    }
    ~Stub() { stop(); }
};

}  // namespace

class GatewayE2e : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<Stub>> m_stubs;
    int m_httpPort = 0;
    int m_httpsPort = 0;

    httplib::Client client() const {
        httplib::Client c("127.0.0.1", m_httpPort);
        c.set_connection_timeout(std::chrono::seconds(2));
        c.set_read_timeout(std::chrono::seconds(5));
        return c;
    }

    QProcessEnvironment gatewayEnvironment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QStringList portMap;
        for (const auto& stub : m_stubs) {
            portMap << QStringLiteral("%1=%2").arg(stub->kongPort).arg(stub->port);
        }
        env.insert(QStringLiteral("MAGASIN_GATEWAY_RENDER"), QStringLiteral(MAGASIN_GATEWAY_RENDER));
        env.insert(QStringLiteral("MAGASIN_GATEWAY_HTTP_PORT"), QString::number(m_httpPort));
        env.insert(QStringLiteral("MAGASIN_GATEWAY_HTTPS_PORT"), QString::number(m_httpsPort));
        env.insert(QStringLiteral("MAGASIN_GATEWAY_PORT_MAP"), portMap.join(QLatin1Char(',')));
        env.insert(QStringLiteral("DECK_MAGASIN_API_KEY_POS_DESKTOP"), QString::fromStdString(kPosKey));
        env.insert(QStringLiteral("DECK_MAGASIN_API_KEY_WEB_SHOP"), QString::fromStdString(kWebKey));
        env.insert(QStringLiteral("DECK_MAGASIN_API_KEY_PARTNER"), QString::fromStdString(kPartnerKey));
        return env;
    }

    QString runGateway(const QString& command) {
        QProcess script;
        script.setProcessEnvironment(gatewayEnvironment());
        script.start(QStringLiteral(MAGASIN_SOURCE_DIR "/server/gateway/run-gateway"), {command, m_dir.path()});
        if (!script.waitForFinished(30000) || script.exitCode() != 0) {
            return QString::fromUtf8(script.readAllStandardError());
        }
        return {};
    }

    static json body(const httplib::Result& r) { return r ? json::parse(r->body, nullptr, false) : json(); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_stubs.push_back(std::make_unique<Stub>("catalogue", "catalogue-1", 8001));
        m_stubs.push_back(std::make_unique<Stub>("catalogue", "catalogue-2", 8006));
        m_stubs.push_back(std::make_unique<Stub>("catalogue", "catalogue-3", 8007));
        m_stubs.push_back(std::make_unique<Stub>("inventaire", "inventaire-1", 8002));
        m_stubs.push_back(std::make_unique<Stub>("commandes", "commandes-1", 8003));
        m_stubs.push_back(std::make_unique<Stub>("supply-chain", "supply-chain-1", 8004));
        m_stubs.push_back(std::make_unique<Stub>("ecommerce", "ecommerce-1", 8005));
        m_httpPort = freePort();
        m_httpsPort = freePort();
        const QString error = runGateway(QStringLiteral("start"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() {
        QFile pidFile(m_dir.filePath(QStringLiteral("nginx.pid")));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const pid_t pid = pidFile.readAll().trimmed().toInt();
        QVERIFY(pid > 0);
        const QString error = runGateway(QStringLiteral("stop"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(::kill(pid, 0) != 0, "nginx still runs after run-gateway stop");
        m_stubs.clear();
    }

    void keyCheck_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("key");
        QTest::newRow("no key is 401") << "/api/inventaire/v1/things"
                                       << "";
        QTest::newRow("a wrong key is 401")
            << "/api/inventaire/v1/things" << QStringLiteral("wrong-") + QString(60, QLatin1Char('z'));
        QTest::newRow("a key differing in case is 401")
            << "/api/inventaire/v1/things" << QString::fromStdString(kPosKey).toUpper();
        QTest::newRow("a key in the query string is 401")
            << QStringLiteral("/api/inventaire/v1/things?X-API-Key=") + QString::fromStdString(kPosKey) << "";
        QTest::newRow("a key as apikey in the query string is 401")
            << QStringLiteral("/api/inventaire/v1/things?apikey=") + QString::fromStdString(kPosKey) << "";
        QTest::newRow("the login route needs a key too") << "/api/commandes/v1/sessions"
                                                         << "";
    }
    void keyCheck() {
        QFETCH(QString, path);
        QFETCH(QString, key);
        httplib::Headers headers;
        if (!key.isEmpty()) {
            headers.emplace("X-API-Key", key.toStdString());
        }
        auto r = client().Get(path.toStdString(), headers);
        QVERIFY(r);
        QCOMPARE(r->status, 401);
        QVERIFY(r->get_header_value("WWW-Authenticate").rfind("Key", 0) == 0);
        QCOMPARE(r->get_header_value("Content-Type"), std::string("application/problem+json"));
        QCOMPARE(body(r).value("type", ""), std::string("https://magasin.example/problems/unauthorized"));
    }

    void validKeyReachesTheServerAsItsConsumer_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("consumer");
        QTest::newRow("pos-desktop") << QString::fromStdString(kPosKey) << "pos-desktop";
        QTest::newRow("web-shop") << QString::fromStdString(kWebKey) << "web-shop";
        QTest::newRow("partner") << QString::fromStdString(kPartnerKey) << "partner";
    }
    void validKeyReachesTheServerAsItsConsumer() {
        QFETCH(QString, key);
        QFETCH(QString, consumer);
        // The client's own consumer headers must not survive.
        const httplib::Headers headers{
            {"X-API-Key", key.toStdString()}, {"X-Consumer-Username", "admin"}, {"X-Consumer-ID", "forged"}};
        auto r = client().Get("/api/inventaire/v1/things/42?x=1", headers);
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        const json seen = body(r);
        QCOMPARE(seen.value("path", ""), std::string("/v1/things/42"));
        QCOMPARE(seen.value("query", ""), std::string("x"));
        QCOMPARE(seen.value("consumer", ""), consumer.toStdString());
        QCOMPARE(seen.value("api_key_seen", true), false);
        QCOMPARE(seen.value("consumer_id_seen", true), false);
        QCOMPARE(r->get_header_value("X-Instance-Id"), std::string("inventaire-1"));
    }

    void everyPrefixIsStrippedToItsServer_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("instancePrefix");
        QTest::addColumn<QString>("upstreamPath");
        QTest::newRow("catalogue") << "/api/catalogue/v1/things"
                                   << "catalogue-"
                                   << "/v1/things";
        QTest::newRow("commandes") << "/api/commandes/v1/things"
                                   << "commandes-1"
                                   << "/v1/things";
        QTest::newRow("commandes login") << "/api/commandes/v1/sessions"
                                         << "commandes-1"
                                         << "/v1/sessions";
        QTest::newRow("supply-chain") << "/api/supply-chain/v1/things"
                                      << "supply-chain-1"
                                      << "/v1/things";
        QTest::newRow("ecommerce") << "/api/ecommerce/v1/things"
                                   << "ecommerce-1"
                                   << "/v1/things";
    }
    void everyPrefixIsStrippedToItsServer() {
        QFETCH(QString, path);
        QFETCH(QString, instancePrefix);
        QFETCH(QString, upstreamPath);
        auto r = client().Get(path.toStdString(), {{"X-API-Key", kPartnerKey}});
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QVERIFY(r->get_header_value("X-Instance-Id").rfind(instancePrefix.toStdString(), 0) == 0);
        QCOMPARE(body(r).value("path", ""), upstreamPath.toStdString());
    }

    void unknownPathIs404Problem() {
        auto r = client().Get("/api/nowhere/v1/x", {{"X-API-Key", kPartnerKey}});
        QVERIFY(r);
        QCOMPARE(r->status, 404);
        QCOMPARE(body(r).value("type", ""), std::string("https://magasin.example/problems/no_route"));
    }

    void catalogueRotatesOverItsThreeInstances() {
        std::map<std::string, int> seen;
        auto c = client();
        for (int i = 0; i < 30; ++i) {
            auto r = c.Get("/api/catalogue/v1/things", {{"X-API-Key", kPosKey}});
            QVERIFY(r);
            QCOMPARE(r->status, 200);
            ++seen[r->get_header_value("X-Instance-Id")];
        }
        QCOMPARE(seen.size(), std::size_t(3));
        for (const auto& [instance, count] : seen) {
            QVERIFY2(count >= 5, instance.c_str());  // two nginx workers each rotate: roughly even, never starved
        }
    }

    void requestIdIsPassedOnAndEchoed() {
        auto r = client().Get("/api/catalogue/v1/things", {{"X-API-Key", kPosKey}, {"X-Request-ID", "e2e-req-0042"}});
        QVERIFY(r);
        QCOMPARE(r->get_header_value("X-Request-ID"), std::string("e2e-req-0042"));
        QCOMPARE(r->headers.count("X-Request-ID"), std::size_t(1));
        QCOMPARE(body(r).value("request_id", ""), std::string("e2e-req-0042"));
        // Without one (or with a malformed one), the gateway makes one and the server sees the same.
        for (const httplib::Headers& headers :
             {httplib::Headers{{"X-API-Key", kPosKey}},
              httplib::Headers{{"X-API-Key", kPosKey}, {"X-Request-ID", "bad id\"}"}}}) {
            auto made = client().Get("/api/catalogue/v1/things", headers);
            QVERIFY(made);
            const std::string id = made->get_header_value("X-Request-ID");
            QCOMPARE(id.size(), std::size_t(32));
            QCOMPARE(body(made).value("request_id", ""), id);
        }
        // The access log is JSON, one line per request, with the id.
        QFile log(m_dir.filePath(QStringLiteral("logs/access.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        bool found = false;
        for (const QByteArray& line : log.readAll().split('\n')) {
            const json entry = json::parse(line.toStdString(), nullptr, false);
            found = found || (entry.is_object() && entry.value("request_id", "") == "e2e-req-0042" &&
                              entry.value("consumer", "") == "pos-desktop" && entry.value("status", 0) == 200);
        }
        QVERIFY(found);
    }

    void shopIsPublicAndHstsOnTls() {
        auto r = client().Get("/shop/cart", {{"X-Consumer-Username", "admin"}});
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(body(r).value("path", ""), std::string("/shop/cart"));
        QCOMPARE(body(r).value("consumer", "?"), std::string(""));

        httplib::SSLClient tls("127.0.0.1", m_httpsPort);
        tls.set_ca_cert_path(m_dir.filePath(QStringLiteral("tls/gateway.crt")).toStdString());
        tls.enable_server_certificate_verification(true);
        auto secure = tls.Get("/shop");
        QVERIFY2(secure, httplib::to_string(secure.error()).c_str());
        QCOMPARE(secure->status, 200);
        QVERIFY(secure->get_header_value("Strict-Transport-Security").rfind("max-age=31536000", 0) == 0);
        auto api = tls.Get("/api/catalogue/v1/things", {{"X-API-Key", kWebKey}});
        QVERIFY(api);
        QCOMPARE(api->status, 200);
        QVERIFY(!api->has_header("Strict-Transport-Security"));
    }

    // Last but one: the login limit is per address and its window lasts a minute.
    void loginRateLimitAnswers429WithRetryAfter() {
        auto c = client();
        int passed = 0;
        std::optional<httplib::Response> limited;
        for (int i = 0; i < 30 && !limited; ++i) {
            auto r = c.Post("/shop/login", "{}", "application/json");
            QVERIFY(r);
            if (r->status == 429) {
                limited = *r;
            } else {
                QCOMPARE(r->status, 200);
                ++passed;
            }
        }
        QVERIFY2(limited.has_value(), "no 429 after 30 logins");
        QVERIFY2(passed >= 10 && passed <= 12, qPrintable(QString::number(passed)));  // minute: 10 in kong.yml
        QCOMPARE(limited->get_header_value("Retry-After"), std::string("6"));
        QCOMPARE(json::parse(limited->body).value("retry_after", 0), 6);
        // Another route's budget is untouched.
        auto other = c.Get("/shop/cart");
        QVERIFY(other);
        QCOMPARE(other->status, 200);
    }

    // Last: it leaves one catalogue instance down.
    void killedCatalogueInstanceLosesNoRequest() {
        m_stubs.at(1)->stop();
        std::set<std::string> instances;
        auto c = client();
        for (int i = 0; i < 60; ++i) {
            auto r = c.Get("/api/catalogue/v1/things", {{"X-API-Key", kPartnerKey}});
            QVERIFY(r);
            QCOMPARE(r->status, 200);
            instances.insert(r->get_header_value("X-Instance-Id"));
        }
        QCOMPARE(instances, (std::set<std::string>{"catalogue-1", "catalogue-3"}));
    }
};

QTEST_GUILESS_MAIN(GatewayE2e)
#include "gateway_e2e.moc"
