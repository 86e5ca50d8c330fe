// Calls between servers: retries only what is safe to retry, passes the request id and token on, and a breaker
// stops hammering a server that does not answer.
#include "magasin/server/service_client.hpp"
#include "magasin/server/http_app.hpp"
#include "magasin/server/http_error.hpp"

#include <QTest>

#include <atomic>
#include <thread>

using namespace magasin::server;

class ServiceClientTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<HttpApp> m_app;
    std::thread m_thread;
    int m_port = 0;
    std::atomic<int> m_flakyCalls{0};
    std::atomic<int> m_failuresLeft{0};
    std::atomic<int> m_inFlightLeft{0};
    std::string m_seenRequestId;
    std::string m_seenAuthorization;
    std::string m_seenKey;

    ServiceClient client(int maxAttempts = 3, int breakerThreshold = 100) const {
        ServiceClientOptions o{"http://127.0.0.1:" + std::to_string(m_port), "service-token", "remote"};
        o.maxAttempts = maxAttempts;
        o.baseDelay = std::chrono::milliseconds(1);
        o.breakerThreshold = breakerThreshold;
        o.breakerOpenFor = std::chrono::milliseconds(300);
        return ServiceClient(o);
    }

private Q_SLOTS:
    void initTestCase() {
        HttpOptions options;
        options.logRequests = false;
        m_app = std::make_unique<HttpApp>(ServiceInfo{"remote", "remote-1", "0"}, options);
        auto flaky = [this](Exchange& ex) {
            ++m_flakyCalls;
            m_seenRequestId = ex.requestId();
            m_seenAuthorization = ex.header("Authorization").value_or("");
            m_seenKey = ex.header("Idempotency-Key").value_or("");
            if (m_failuresLeft > 0) {
                --m_failuresLeft;
                throw HttpError::unavailable("busy");
            }
            if (m_inFlightLeft > 0) {
                --m_inFlightLeft;
                throw HttpError::conflict("idempotency_key_in_flight", "A request with this key is still running");
            }
            ex.json(200, {{"ok", true}});
        };
        m_app->route(Method::kGet, "/flaky", flaky);
        m_app->route(Method::kPost, "/flaky", flaky);
        m_app->route(Method::kGet, "/missing", [](Exchange&) { throw HttpError::notFound("no such thing"); });
        m_port = m_app->bind("127.0.0.1", 0);
        m_thread = std::thread([this] { m_app->serve(); });
        QTRY_VERIFY(m_app->isRunning());
    }
    void cleanupTestCase() {
        m_app->stop();
        m_thread.join();
    }
    void init() {
        m_flakyCalls = 0;
        m_failuresLeft = 0;
        m_inFlightLeft = 0;
    }

    void retriesTransientFailuresOfSafeCalls_data() {
        QTest::addColumn<QString>("method");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("calls");
        QTest::newRow("GET retried through two 503s") << "GET" << false << 2 << 200 << 3;
        QTest::newRow("GET gives up after three attempts") << "GET" << false << 5 << 503 << 3;
        QTest::newRow("POST with a key retried") << "POST" << true << 1 << 200 << 2;
        QTest::newRow("POST without a key never retried") << "POST" << false << 1 << 503 << 1;
    }
    void retriesTransientFailuresOfSafeCalls() {
        QFETCH(QString, method);
        QFETCH(bool, withKey);
        QFETCH(int, failures);
        QFETCH(int, status);
        QFETCH(int, calls);
        m_failuresLeft = failures;
        auto c = client();
        const auto r = method == QStringLiteral("GET")
                           ? c.get("/flaky", "req-12345678")
                           : c.post("/flaky", {{"a", 1}}, "req-12345678",
                                    withKey ? std::optional<std::string>("key-1") : std::nullopt);
        QCOMPARE(r.status, status);
        QCOMPARE(m_flakyCalls.load(), calls);
        QCOMPARE(m_seenRequestId, std::string("req-12345678"));
        QCOMPARE(m_seenAuthorization, std::string("Bearer service-token"));
        QCOMPARE(m_seenKey, std::string(withKey ? "key-1" : ""));
    }

    // An earlier attempt still running there (ours timed out first): the stored answer comes on a later attempt.
    void aKeyStillInFlightIsRetried() {
        m_inFlightLeft = 1;
        auto c = client();
        const auto r = c.post("/flaky", {{"a", 1}}, "req-4", std::string("key-2"));
        QCOMPARE(r.status, 200);
        QCOMPARE(m_flakyCalls.load(), 2);
        m_inFlightLeft = 5;
        QCOMPARE(c.post("/flaky", {{"a", 1}}, "req-5", std::string("key-3")).status, 409);  // the last answer is kept
    }

    void clientErrorsAreAnswersNotFailures() {
        auto c = client();
        const auto r = c.get("/missing", "req-2");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().at("type").get<std::string>(), std::string("https://magasin.example/problems/not_found"));
        QVERIFY(!c.breakerOpen());
    }

    void anUnreachableServerIsA503Problem() {
        ServiceClientOptions o{"http://127.0.0.1:1", "", "inventaire"};
        o.baseDelay = std::chrono::milliseconds(1);
        ServiceClient c(o);
        try {
            (void)c.get("/anything", "req-3");
            QFAIL("an unreachable server answered");
        } catch (const HttpError& e) {
            QCOMPARE(e.problem().status, 503);
            QVERIFY(e.problem().detail.find("inventaire") != std::string::npos);
        }
    }

    void theBreakerOpensThenLetsCallsThroughAgain() {
        auto c = client(1, 3);
        m_failuresLeft = 3;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(c.get("/flaky", "req-4").status, 503);
        }
        QVERIFY(c.breakerOpen());
        QVERIFY_THROWS_EXCEPTION(HttpError, c.get("/flaky", "req-4"));
        QCOMPARE(m_flakyCalls.load(), 3);  // the open breaker did not call
        QTRY_VERIFY_WITH_TIMEOUT(!c.breakerOpen(), 2000);
        QCOMPARE(c.get("/flaky", "req-4").status, 200);
    }
};

QTEST_GUILESS_MAIN(ServiceClientTest)
#include "service_client_test.moc"
