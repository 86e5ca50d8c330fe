// The must-show of the supply chain (issue 5): approving moves exactly the approved quantity from the central
// warehouse to the store ONCE, even when the approval is sent several times at once, when inventaire is down, and when
// inventaire is killed right after committing the transfer (its answer lost) and restarted. The real magasin-inventaire
// binary runs behind a small proxy in this test (so that it can be restarted on another port and its answers can be
// lost); the supply chain runs in process; inventaire's levels and ledger are checked afterwards.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <httplib.h>
#include <signal.h>

#include <atomic>
#include <functional>
#include <thread>

#include "http_test_helpers.hpp"
#include "magasin/server/token_signer.hpp"
#include "magasin/supply_chain/supply_chain_server.hpp"
#include "pg_test_database.hpp"
#include "server_process.hpp"

using nlohmann::json;

namespace {

constexpr const char* kStoreA = "33333333-3333-3333-3333-333333333331";
constexpr const char* kP1 = "550e8400-e29b-41d4-a716-446655440001";
constexpr const char* kCashierA = "44444444-4444-4444-4444-444444444411";
constexpr const char* kManagerA = "44444444-4444-4444-4444-444444444412";

// Forwards every request to inventaire's current port. Armed, it forwards one POST, then runs `afterForward` (which
// kills inventaire) and answers 502 instead of inventaire's answer: the transfer committed, the caller never learns it.
class LossyProxy {
public:
    LossyProxy() {
        auto forward = [this](const httplib::Request& req, httplib::Response& res) {
            httplib::Client target("127.0.0.1", m_target.load());
            target.set_connection_timeout(std::chrono::milliseconds(300));
            target.set_read_timeout(std::chrono::seconds(5));
            httplib::Headers headers;
            for (const auto& [name, value] : req.headers) {
                if (name == "Authorization" || name == "Idempotency-Key" || name == "X-Request-ID") {
                    headers.emplace(name, value);
                }
            }
            auto answer = req.method == "POST" ? target.Post(req.target.c_str(), headers, req.body, "application/json")
                                               : target.Get(req.target.c_str(), headers);
            ++forwarded;
            if (req.method == "POST" && m_armed.exchange(false)) {
                m_afterForward();
                res.status = 502;
                return;
            }
            if (!answer) {
                res.status = 502;
                return;
            }
            res.status = answer->status;
            res.set_content(answer->body, answer->get_header_value("Content-Type").c_str());
        };
        m_server.Post(".*", forward);
        m_server.Get(".*", forward);
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
        while (!m_server.is_running()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    }
    ~LossyProxy() {
        m_server.stop();
        m_thread.join();
    }
    LossyProxy(const LossyProxy&) = delete;
    LossyProxy& operator=(const LossyProxy&) = delete;

    void target(int port) { m_target = port; }
    void loseNextAnswer(std::function<void()> afterForward) {
        m_afterForward = std::move(afterForward);
        m_armed = true;
    }
    [[nodiscard]] int port() const { return m_port; }
    std::atomic<int> forwarded{0};

private:
    httplib::Server m_server;
    std::atomic<int> m_target{0};
    std::atomic<bool> m_armed{false};
    std::function<void()> m_afterForward;
    int m_port = 0;
    std::thread m_thread;
};

}  // namespace

class SupplyChainApprovalTest : public QObject {
    Q_OBJECT

private:
    magasin::server::KeyPair m_keys = magasin::server::generateKeyPair();
    magasin::server::TokenSigner m_signer{m_keys.secretKey, magasin::domain::systemClock()};
    std::unique_ptr<PgTestDatabase> m_inventaireDb;
    std::unique_ptr<PgTestDatabase> m_db;
    std::unique_ptr<QProcess> m_inventaire;
    int m_inventairePort = 0;
    std::unique_ptr<LossyProxy> m_proxy;
    std::unique_ptr<magasin::supply_chain::SupplyChainService> m_supply;
    std::thread m_serving;
    int m_port = 0;

    std::string sign(magasin::server::TokenKind kind, const char* subject) const {
        magasin::server::Claims claims;
        claims.kind = kind;
        claims.subject = subject;
        if (kind == magasin::server::TokenKind::kStaff) {
            claims.role =
                std::string(subject) == kManagerA ? magasin::domain::Role::kManager : magasin::domain::Role::kCashier;
            claims.store = magasin::domain::StoreId::parse(kStoreA);
        }
        return m_signer.sign(claims, std::chrono::minutes(15));
    }
    httplib::Headers as(const char* staff) const {
        return {{"Authorization", "Bearer " + sign(magasin::server::TokenKind::kStaff, staff)}};
    }
    httplib::Headers service() const {
        return {{"Authorization", "Bearer " + sign(magasin::server::TokenKind::kService, "supply-chain")}};
    }

    // Starts the inventaire binary on its database (kept across restarts) and points the proxy at it.
    bool startInventaire(QByteArray& log) {
        if (m_inventaire) {
            m_inventaire->waitForFinished(5000);  // reaps a process killed from the proxy's thread
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MAGASIN_DATABASE_URL"), QString::fromStdString(m_inventaireDb->conninfo()));
        env.insert(QStringLiteral("MAGASIN_TOKEN_PUBLIC_KEY"),
                   QString::fromStdString(magasin::server::encodeKey(m_keys.publicKey)));
        env.insert(QStringLiteral("MAGASIN_PORT"), QStringLiteral("0"));
        env.insert(QStringLiteral("MAGASIN_DEMO_DATA"), QStringLiteral("1"));
        env.remove(QStringLiteral("MAGASIN_COMMANDES_URL"));
        m_inventaire = std::make_unique<QProcess>();
        m_inventaire->setProcessEnvironment(env);
        m_inventaire->start(qEnvironmentVariable("MAGASIN_INVENTAIRE_BINARY"), {});
        if (!m_inventaire->waitForStarted(5000)) {
            return false;
        }
        m_inventairePort = waitForListeningPort(*m_inventaire, log, 30000);
        m_proxy->target(m_inventairePort);
        return m_inventairePort > 0;
    }
    // From the proxy's thread: a signal only (QProcess is not thread-safe); the test thread reaps it.
    void killFromAnotherThread() {
        ::kill(static_cast<pid_t>(m_inventaire->processId()), SIGKILL);
        httplib::Client probe("127.0.0.1", m_inventairePort);
        probe.set_connection_timeout(std::chrono::milliseconds(100));
        for (int n = 0; n < 100 && probe.Get("/health/live"); ++n) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }
    void killInventaire() {
        if (m_inventaire && m_inventaire->state() == QProcess::Running) {
            ::kill(static_cast<pid_t>(m_inventaire->processId()), SIGKILL);
            m_inventaire->waitForFinished(5000);
        }
    }

    httplib::Client client() const {
        httplib::Client c("127.0.0.1", m_port);
        c.set_read_timeout(std::chrono::seconds(20));
        return c;
    }
    std::string createRequest(int quantity) {
        auto c = client();
        auto r = sendJson(c, "POST", "/v1/requests", json{{"product_id", kP1}, {"quantity", quantity}}.dump(),
                          as(kCashierA));
        return bodyOf(r).value("id", "");
    }
    httplib::Result approve(const std::string& id, int quantity) {
        auto c = client();
        return sendJson(c, "POST", "/v1/requests/" + id + "/approve", json{{"quantity", quantity}}.dump(),
                        as(kManagerA));
    }
    std::string statusOfRequest(const std::string& id) {
        auto c = client();
        return bodyOf(c.Get(("/v1/requests/" + id).c_str(), as(kManagerA))).value("status", "?");
    }
    // Reads inventaire directly (not through the proxy).
    std::int64_t level(const std::string& location) {
        httplib::Client c("127.0.0.1", m_inventairePort);
        return bodyOf(c.Get(("/v1/stocks/" + location + "/" + kP1).c_str(), service())).value("level", INT64_MIN);
    }
    // The ledger lines inventaire wrote for this request's transfer.
    std::vector<std::string> transferMovements(const std::string& id) {
        httplib::Client c("127.0.0.1", m_inventairePort);
        std::vector<std::string> reasons;
        const json page =
            bodyOf(c.Get((std::string("/v1/movements?product=") + kP1 + "&limit=1000").c_str(), service()));
        for (const auto& m : page["items"]) {
            if (m.value("source", "").find(id) != std::string::npos) {
                reasons.push_back(m.value("reason", "") + " " + std::to_string(m.value("delta", 0)));
            }
        }
        std::sort(reasons.begin(), reasons.end());
        return reasons;
    }
    // After inventaire's restart the client's circuit breaker may still be open for a moment: retry while 503.
    httplib::Result approveUntilAnswered(const std::string& id, int quantity) {
        for (int attempt = 0;; ++attempt) {
            auto r = approve(id, quantity);
            if (statusOf(r) != 503 || attempt == 50) {
                return r;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }

private Q_SLOTS:
    void init() {
        QVERIFY2(!qEnvironmentVariableIsEmpty("MAGASIN_INVENTAIRE_BINARY"), "MAGASIN_INVENTAIRE_BINARY is not set");
        m_inventaireDb = std::make_unique<PgTestDatabase>();
        m_db = std::make_unique<PgTestDatabase>();
        QVERIFY2(m_inventaireDb->ok(), m_inventaireDb->error().c_str());
        QVERIFY2(m_db->ok(), m_db->error().c_str());
        m_proxy = std::make_unique<LossyProxy>();
        QByteArray log;
        QVERIFY2(startInventaire(log), log.constData());
        magasin::server::HttpOptions options;
        options.workers = 8;
        options.logRequests = false;
        magasin::supply_chain::SupplyChainSettings settings{
            .databaseUrl = m_db->conninfo(),
            .tokenPublicKey = m_keys.publicKey,
            .demoData = true,
            .inventaireUrl = "http://127.0.0.1:" + std::to_string(m_proxy->port()),
            .serviceToken = sign(magasin::server::TokenKind::kService, "supply-chain"),
            .followInventaireFeed = false,
            .inventaireClient = {.baseUrl = "",
                                 .token = "",
                                 .name = "",
                                 .connectTimeout = std::chrono::milliseconds(300),
                                 .readTimeout = std::chrono::seconds(5),
                                 .breakerOpenFor = std::chrono::milliseconds(300)}};
        m_supply = std::make_unique<magasin::supply_chain::SupplyChainService>(
            settings, magasin::server::ServiceInfo{"supply-chain", "supply-chain-1", "test"}, options);
        m_port = m_supply->app().bind("127.0.0.1", 0);
        m_serving = std::thread([this] { m_supply->app().serve(); });
        while (!m_supply->app().isRunning()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        QCOMPARE(level("central"), std::int64_t(100));
        QCOMPARE(level(kStoreA), std::int64_t(20));
    }
    void cleanup() {
        if (m_supply) {
            m_supply->app().stop();
        }
        if (m_serving.joinable()) {
            m_serving.join();
        }
        m_supply.reset();
        m_proxy.reset();
        killInventaire();
        m_inventaire.reset();
        m_db.reset();
        m_inventaireDb.reset();
    }

    void concurrentApprovalsMoveTheStockOnce() {
        const auto id = createRequest(10);
        QVERIFY(!id.empty());
        constexpr int kClicks = 8;
        std::vector<int> statuses(kClicks);
        std::vector<std::thread> managers;
        for (int i = 0; i < kClicks; ++i) {
            managers.emplace_back([&, i] { statuses[i] = statusOf(approve(id, 10)); });
        }
        for (auto& t : managers) {
            t.join();
        }
        QCOMPARE(std::count(statuses.begin(), statuses.end(), 200), std::ptrdiff_t(1));
        QCOMPARE(std::count(statuses.begin(), statuses.end(), 409), std::ptrdiff_t(kClicks - 1));
        QCOMPARE(statusOfRequest(id), std::string("transferred"));
        QCOMPARE(level("central"), std::int64_t(90));
        QCOMPARE(level(kStoreA), std::int64_t(30));
        QCOMPARE(transferMovements(id), (std::vector<std::string>{"transfer_in 10", "transfer_out -10"}));
    }

    void inventaireDownLeavesItPendingAndTheRetryMovesOnce() {
        const auto id = createRequest(12);
        killInventaire();
        auto r = approve(id, 12);
        QCOMPARE(statusOf(r), 503);
        QCOMPARE(r->get_header_value("Content-Type"), std::string("application/problem+json"));
        QCOMPARE(statusOfRequest(id), std::string("pending"));
        QByteArray log;
        QVERIFY2(startInventaire(log), log.constData());
        QCOMPARE(level("central"), std::int64_t(100));  // nothing moved while it was down
        QCOMPARE(statusOf(approveUntilAnswered(id, 12)), 200);
        QCOMPARE(statusOfRequest(id), std::string("transferred"));
        QCOMPARE(level("central"), std::int64_t(88));
        QCOMPARE(level(kStoreA), std::int64_t(32));
        QCOMPARE(transferMovements(id), (std::vector<std::string>{"transfer_in 12", "transfer_out -12"}));
    }

    void inventaireKilledAfterCommittingThenRestartedMovesOnce() {
        const auto id = createRequest(7);
        // Inventaire commits the transfer, then dies before its answer reaches the supply chain.
        m_proxy->loseNextAnswer([this] { killFromAnotherThread(); });
        QCOMPARE(statusOf(approve(id, 7)), 503);
        QCOMPARE(statusOfRequest(id), std::string("pending"));
        QByteArray log;
        QVERIFY2(startInventaire(log), log.constData());
        QCOMPARE(level("central"), std::int64_t(93));  // the transfer did happen
        // Two managers retry at once after the restart: one 200, one 409, and the stock does not move again.
        std::vector<int> statuses(2);
        std::thread other([&] { statuses[1] = statusOf(approveUntilAnswered(id, 7)); });
        statuses[0] = statusOf(approveUntilAnswered(id, 7));
        other.join();
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (std::vector<int>{200, 409}));
        QCOMPARE(statusOfRequest(id), std::string("transferred"));
        QCOMPARE(level("central"), std::int64_t(93));
        QCOMPARE(level(kStoreA), std::int64_t(27));
        QCOMPARE(transferMovements(id), (std::vector<std::string>{"transfer_in 7", "transfer_out -7"}));
    }

    void rejectingAfterALostAnswerFindsTheTransfer() {
        const auto id = createRequest(5);
        m_proxy->loseNextAnswer([this] { killFromAnotherThread(); });
        QCOMPARE(statusOf(approve(id, 5)), 503);
        QByteArray log;
        QVERIFY2(startInventaire(log), log.constData());
        auto c = client();
        int status = 0;
        for (int attempt = 0; attempt < 50; ++attempt) {
            status = statusOf(sendJson(c, "POST", "/v1/requests/" + id + "/reject",
                                       json{{"reason", "Plus nécessaire"}}.dump(), as(kManagerA)));
            if (status != 503) {
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        // The stock moved: the request is transferred, and the rejection comes too late.
        QCOMPARE(status, 409);
        QCOMPARE(statusOfRequest(id), std::string("transferred"));
        QCOMPARE(level(kStoreA), std::int64_t(25));
        QCOMPARE(transferMovements(id), (std::vector<std::string>{"transfer_in 5", "transfer_out -5"}));
    }
};

QTEST_GUILESS_MAIN(SupplyChainApprovalTest)
#include "supply_chain_approval_pgtest.moc"
