// The checkout saga across the four real servers (catalogue, inventaire, commandes, ecommerce binaries, each on its
// own database). The fault test kills ecommerce right after each saga step in turn (MAGASIN_FAULT_AFTER_STEP: the
// process _exits as in a power cut), restarts it, and checks that the restarted server settled the checkout: exactly
// one order and one web sale, or none; the central stock committed or given back; the cart emptied or kept. The
// concurrency test sends 20 checkouts of the last units of a product at once: never oversold.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <httplib.h>
#include <signal.h>

#include <atomic>
#include <memory>
#include <thread>

#include <pqxx/pqxx>

#include "http_test_helpers.hpp"
#include "magasin/server/token_keys.hpp"
#include "magasin/server/token_signer.hpp"
#include "pg_test_database.hpp"
#include "server_process.hpp"

using nlohmann::json;

namespace {

constexpr const char* kP1 = "550e8400-e29b-41d4-a716-446655440001";  // central 100
constexpr const char* kP3 = "550e8400-e29b-41d4-a716-446655440003";  // central 60
constexpr const char* kP5 = "550e8400-e29b-41d4-a716-446655440005";  // central 4

// One server binary on a free port, stopped with SIGTERM (or found dead) at the end.
class Server {
public:
    // `log` receives this process's standard error (emptied first: the port is read from it).
    bool start(const QString& binary, QProcessEnvironment env, QByteArray& log, int port = 0) {
        log.clear();
        env.insert(QStringLiteral("MAGASIN_PORT"), QString::number(port));
        m_process = std::make_unique<QProcess>();
        m_process->setProcessEnvironment(env);
        m_process->start(binary, {});
        if (!m_process->waitForStarted(10000)) {
            log += "cannot start " + binary.toUtf8();
            return false;
        }
        m_port = waitForListeningPort(*m_process, log, 30000);
        return m_port > 0;
    }
    ~Server() { stop(); }
    void stop() {
        if (m_process && m_process->state() == QProcess::Running) {
            ::kill(static_cast<pid_t>(m_process->processId()), SIGTERM);
            if (!m_process->waitForFinished(10000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
    }
    // Waits for the process to end by itself; its exit code, or -1 when it is still running after `ms`.
    int waitForExit(int ms) {
        if (!m_process->waitForFinished(ms)) {
            return -1;
        }
        return m_process->exitCode();
    }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] std::string url() const { return "http://127.0.0.1:" + std::to_string(m_port); }
    [[nodiscard]] httplib::Client client() const {
        httplib::Client c("127.0.0.1", m_port);
        c.set_connection_timeout(std::chrono::seconds(2));
        c.set_read_timeout(std::chrono::seconds(30));
        return c;
    }

private:
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
};

QProcessEnvironment baseEnvironment(const std::string& databaseUrl) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name :
         {"MAGASIN_DATABASE_URL", "MAGASIN_TOKEN_SECRET_KEY", "MAGASIN_TOKEN_PUBLIC_KEY", "MAGASIN_CATALOGUE_URL",
          "MAGASIN_INVENTAIRE_URL", "MAGASIN_COMMANDES_URL", "MAGASIN_SERVICE_TOKEN", "MAGASIN_FAULT_AFTER_STEP"}) {
        env.remove(QString::fromLatin1(name));
    }
    env.insert(QStringLiteral("MAGASIN_DATABASE_URL"), QString::fromStdString(databaseUrl));
    env.insert(QStringLiteral("MAGASIN_PORT"), QStringLiteral("0"));
    env.insert(QStringLiteral("MAGASIN_DEMO_DATA"), QStringLiteral("1"));
    return env;
}

std::int64_t scalar(const std::string& conninfo, const std::string& sql, const std::string& param) {
    pqxx::connection db(conninfo);
    return pqxx::nontransaction(db).exec_params1(sql, param)[0].as<std::int64_t>();
}

}  // namespace

class CheckoutSagaTest : public QObject {
    Q_OBJECT

private:
    PgTestDatabase m_catalogueDb;
    PgTestDatabase m_inventaireDb;
    PgTestDatabase m_commandesDb;
    PgTestDatabase m_ecommerceDb;
    magasin::server::KeyPair m_keys = magasin::server::generateKeyPair();
    std::string m_serviceToken;
    Server m_catalogue;
    Server m_inventaire;
    Server m_commandes;
    int m_customers = 0;

    static QString binary(const char* name) { return qEnvironmentVariable(name); }

    QProcessEnvironment ecommerceEnvironment(const QString& faultStep) const {
        auto env = baseEnvironment(m_ecommerceDb.conninfo());
        env.insert(QStringLiteral("MAGASIN_TOKEN_PUBLIC_KEY"),
                   QString::fromStdString(magasin::server::encodeKey(m_keys.publicKey)));
        env.insert(QStringLiteral("MAGASIN_CATALOGUE_URL"), QString::fromStdString(m_catalogue.url()));
        env.insert(QStringLiteral("MAGASIN_INVENTAIRE_URL"), QString::fromStdString(m_inventaire.url()));
        env.insert(QStringLiteral("MAGASIN_COMMANDES_URL"), QString::fromStdString(m_commandes.url()));
        env.insert(QStringLiteral("MAGASIN_SERVICE_TOKEN"), QString::fromStdString(m_serviceToken));
        env.insert(QStringLiteral("MAGASIN_INSTANCE"), QStringLiteral("ecommerce-fault"));
        env.insert(QStringLiteral("MAGASIN_WORKERS"), QStringLiteral("32"));
        env.insert(QStringLiteral("MAGASIN_CHECKOUT_RECOVERY_SECONDS"), QStringLiteral("1"));
        if (!faultStep.isEmpty()) {
            env.insert(QStringLiteral("MAGASIN_FAULT_AFTER_STEP"), faultStep);
        }
        return env;
    }

    // A new customer with a session; its id and "Authorization" headers.
    std::pair<std::string, httplib::Headers> newCustomer(httplib::Client& c) {
        const std::string email = "client" + std::to_string(++m_customers) + "@example.com";
        const json body = {{"first_name", "Client"},
                           {"last_name", "Numéro"},
                           {"email", email},
                           {"password", "Saga-Test-2026"},
                           {"address", {{"street", "1 rue du Test"}, {"city", "Montréal"}, {"postal_code", "H2X1Y4"}}}};
        const auto registered = sendJson(c, "POST", "/v1/customers", body.dump());
        if (statusOf(registered) != 201) {
            return {};
        }
        const auto session =
            sendJson(c, "POST", "/v1/sessions", json{{"email", email}, {"password", "Saga-Test-2026"}}.dump());
        return {bodyOf(registered).value("id", ""),
                {{"Authorization", "Bearer " + bodyOf(session).value("token", "")}}};
    }

    std::int64_t centralLevel(const char* product) {
        auto c = m_inventaire.client();
        const auto r = c.Get((std::string("/v1/stocks/central/") + product).c_str(),
                             {{"Authorization", "Bearer " + m_serviceToken}});
        if (statusOf(r) != 200) {
            qWarning("central level of %s: %d %s", product, statusOf(r), r ? r->body.c_str() : "");
            return -999;
        }
        return bodyOf(r).value("level", std::int64_t{-999});
    }

    std::string reservationStatus(const std::string& id) {
        auto c = m_inventaire.client();
        const auto r = c.Get(("/v1/reservations/" + id).c_str(), {{"Authorization", "Bearer " + m_serviceToken}});
        if (statusOf(r) == 404) {
            return "none";
        }
        return bodyOf(r).value("status", "?");
    }

    // The state of the customer's only checkout once it is completed or failed (polled: the restarted server
    // settles it in the background); "" after the timeout.
    std::string settledState(const std::string& customer) {
        for (int waited = 0; waited < 15000; waited += 100) {
            pqxx::connection db(m_ecommerceDb.conninfo());
            const auto rows =
                pqxx::nontransaction(db).exec_params("SELECT state FROM checkouts WHERE customer_id = $1", customer);
            if (rows.size() == 1) {
                const auto state = rows[0][0].as<std::string>();
                if (state == "completed" || state == "failed") {
                    return state;
                }
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return "";
    }

private Q_SLOTS:
    void initTestCase() {
        for (const char* name : {"MAGASIN_ECOMMERCE_BINARY", "MAGASIN_CATALOGUE_BINARY", "MAGASIN_INVENTAIRE_BINARY",
                                 "MAGASIN_COMMANDES_BINARY"}) {
            QVERIFY2(!binary(name).isEmpty(), name);
        }
        for (auto* db : {&m_catalogueDb, &m_inventaireDb, &m_commandesDb, &m_ecommerceDb}) {
            QVERIFY2(db->ok(), db->error().c_str());
        }
        const magasin::server::TokenSigner signer(m_keys.secretKey, magasin::domain::systemClock());
        magasin::server::Claims claims;
        claims.kind = magasin::server::TokenKind::kService;
        claims.subject = "ecommerce";
        m_serviceToken = signer.sign(claims, std::chrono::hours(2));
        const QString publicKey = QString::fromStdString(magasin::server::encodeKey(m_keys.publicKey));

        QByteArray log;
        auto catalogueEnv = baseEnvironment(m_catalogueDb.conninfo());
        catalogueEnv.insert(QStringLiteral("MAGASIN_TOKEN_PUBLIC_KEY"), publicKey);
        QVERIFY2(m_catalogue.start(binary("MAGASIN_CATALOGUE_BINARY"), catalogueEnv, log), log.constData());
        auto inventaireEnv = baseEnvironment(m_inventaireDb.conninfo());
        inventaireEnv.insert(QStringLiteral("MAGASIN_TOKEN_PUBLIC_KEY"), publicKey);
        QVERIFY2(m_inventaire.start(binary("MAGASIN_INVENTAIRE_BINARY"), inventaireEnv, log), log.constData());
        auto commandesEnv = baseEnvironment(m_commandesDb.conninfo());
        commandesEnv.insert(QStringLiteral("MAGASIN_TOKEN_SECRET_KEY"),
                            QString::fromStdString(magasin::server::encodeKey(m_keys.secretKey)));
        QVERIFY2(m_commandes.start(binary("MAGASIN_COMMANDES_BINARY"), commandesEnv, log), log.constData());
    }

    // commandes down in the middle of a checkout, with the real clients (timeouts, retries, breaker): a 503 problem,
    // the stock held for the checkout, no order and no sale; once commandes is back, resuming finishes it.
    void aDownServerIs503ThenTheCheckoutResumes() {
        QByteArray log;
        Server server;
        QVERIFY2(server.start(binary("MAGASIN_ECOMMERCE_BINARY"), ecommerceEnvironment({}), log), log.constData());
        auto c = server.client();
        const auto [customer, session] = newCustomer(c);
        QVERIFY(!customer.empty());
        QCOMPARE(statusOf(sendJson(c, "POST", "/v1/carts/me/lines", json{{"product_id", kP1}, {"quantity", 1}}.dump(),
                                   session)),
                 200);
        const auto before = centralLevel(kP1);
        const int commandesPort = m_commandes.port();
        m_commandes.stop();

        const auto down = sendJson(c, "POST", "/v1/checkouts", "{}", session);
        QCOMPARE(statusOf(down), 503);
        QCOMPARE(bodyOf(down).value("type", ""), std::string("https://magasin.example/problems/upstream_unavailable"));
        QVERIFY(bodyOf(down).value("detail", "").find("commandes") != std::string::npos);
        pqxx::connection db(m_ecommerceDb.conninfo());
        const auto row =
            pqxx::nontransaction(db).exec_params1("SELECT id, state FROM checkouts WHERE customer_id = $1", customer);
        const std::string id = row[0].as<std::string>();
        QCOMPARE(row[1].as<std::string>(), std::string("stock_reserved"));
        QCOMPARE(centralLevel(kP1), before - 1);  // held for the checkout, not lost
        QCOMPARE(scalar(m_ecommerceDb.conninfo(), "SELECT count(*) FROM orders WHERE customer_id = $1", customer),
                 std::int64_t(0));

        auto commandesEnv = baseEnvironment(m_commandesDb.conninfo());
        commandesEnv.insert(QStringLiteral("MAGASIN_TOKEN_SECRET_KEY"),
                            QString::fromStdString(magasin::server::encodeKey(m_keys.secretKey)));
        QVERIFY2(m_commandes.start(binary("MAGASIN_COMMANDES_BINARY"), commandesEnv, log, commandesPort),
                 log.constData());
        const auto resumed = sendJson(c, "POST", "/v1/checkouts/" + id + "/resume", "", session);
        QCOMPARE(statusOf(resumed), 200);
        QCOMPARE(bodyOf(resumed).value("state", ""), std::string("completed"));
        QCOMPARE(scalar(m_ecommerceDb.conninfo(), "SELECT count(*) FROM orders WHERE customer_id = $1", customer),
                 std::int64_t(1));
        QCOMPARE(scalar(m_commandesDb.conninfo(), "SELECT count(*) FROM sales WHERE customer_id = $1", customer),
                 std::int64_t(1));
        QCOMPARE(centralLevel(kP1), before - 1);
        QCOMPARE(bodyOf(c.Get("/v1/carts/me", session))["lines"].size(), std::size_t(0));
    }

    void cleanupTestCase() {
        m_catalogue.stop();
        m_inventaire.stop();
        m_commandes.stop();
    }

    void killedAfterEachStep_data() {
        QTest::addColumn<QString>("step");
        QTest::addColumn<bool>("completes");
        // Before the stock is surely held, the restarted server gives everything back; from stock_reserved on the
        // sale may exist at commandes, so it finishes the order.
        QTest::newRow("started: compensated") << QStringLiteral("started") << false;
        QTest::newRow("prices_checked: compensated") << QStringLiteral("prices_checked") << false;
        QTest::newRow("reservations sent, not saved: compensated") << QStringLiteral("reserve_sent") << false;
        QTest::newRow("stock_reserved: finished") << QStringLiteral("stock_reserved") << true;
        QTest::newRow("sale sent, not saved: finished") << QStringLiteral("sale_sent") << true;
        QTest::newRow("sale_recorded: finished") << QStringLiteral("sale_recorded") << true;
        QTest::newRow("commits sent, not saved: finished") << QStringLiteral("commit_sent") << true;
        QTest::newRow("reservation_committed: finished") << QStringLiteral("reservation_committed") << true;
        QTest::newRow("completed: stays completed") << QStringLiteral("completed") << true;
    }
    void killedAfterEachStep() {
        QFETCH(QString, step);
        QFETCH(bool, completes);
        const auto p1Before = centralLevel(kP1);
        const auto p3Before = centralLevel(kP3);
        QVERIFY(p1Before >= 2 && p3Before >= 1);

        QByteArray log;
        std::string customer;
        httplib::Headers session;
        {
            Server doomed;
            QVERIFY2(doomed.start(binary("MAGASIN_ECOMMERCE_BINARY"), ecommerceEnvironment(step), log),
                     log.constData());
            auto c = doomed.client();
            std::tie(customer, session) = newCustomer(c);
            QVERIFY(!customer.empty());
            QCOMPARE(statusOf(sendJson(c, "POST", "/v1/carts/me/lines",
                                       json{{"product_id", kP1}, {"quantity", 2}}.dump(), session)),
                     200);
            QCOMPARE(statusOf(sendJson(c, "POST", "/v1/carts/me/lines",
                                       json{{"product_id", kP3}, {"quantity", 1}}.dump(), session)),
                     200);
            const auto answer = sendJson(c, "POST", "/v1/checkouts", "{}", session);
            QVERIFY2(!answer, "the server answered although it should have died mid-checkout");
            QCOMPARE(doomed.waitForExit(10000), 86);
        }

        Server restarted;
        QVERIFY2(restarted.start(binary("MAGASIN_ECOMMERCE_BINARY"), ecommerceEnvironment({}), log), log.constData());
        const std::string state = settledState(customer);
        QCOMPARE(QString::fromStdString(state), completes ? QStringLiteral("completed") : QStringLiteral("failed"));

        const auto orders =
            scalar(m_ecommerceDb.conninfo(), "SELECT count(*) FROM orders WHERE customer_id = $1", customer);
        const auto sales = scalar(m_commandesDb.conninfo(),
                                  "SELECT count(*) FROM sales WHERE customer_id = $1 AND channel = 'web'", customer);
        QCOMPARE(orders, std::int64_t(completes ? 1 : 0));
        QCOMPARE(sales, std::int64_t(completes ? 1 : 0));
        QCOMPARE(centralLevel(kP1), completes ? p1Before - 2 : p1Before);
        QCOMPARE(centralLevel(kP3), completes ? p3Before - 1 : p3Before);
        pqxx::connection db(m_ecommerceDb.conninfo());
        const auto reservations =
            json::parse(pqxx::nontransaction(db)
                            .exec_params1("SELECT reservations FROM checkouts WHERE customer_id = $1", customer)[0]
                            .as<std::string>());
        QCOMPARE(reservations.size(), std::size_t(2));
        for (const auto& id : reservations) {
            const auto status = reservationStatus(id.get<std::string>());
            if (completes) {
                QCOMPARE(QString::fromStdString(status), QStringLiteral("committed"));
            } else {
                QVERIFY2(status == "released" || status == "none", status.c_str());
            }
        }
        auto c = restarted.client();
        const auto cart = bodyOf(c.Get("/v1/carts/me", session));  // sessions outlive a restart
        QCOMPARE(cart["lines"].size(), std::size_t(completes ? 0 : 2));
        if (completes) {
            const auto history = bodyOf(c.Get("/v1/orders", session));
            QCOMPARE(history.value("total", 0), 1);
            QCOMPARE(history["items"][0].value("status", ""), std::string("confirmed"));
        }
    }

    // 20 customers check out the last 4 units of a product at the same instant: 4 orders, 16 clear refusals, the
    // central level at 0 and never below, one web sale per order.
    void concurrentCheckoutsNeverOversell() {
        QByteArray log;
        Server server;
        QVERIFY2(server.start(binary("MAGASIN_ECOMMERCE_BINARY"), ecommerceEnvironment({}), log), log.constData());
        const auto units = centralLevel(kP5);
        QCOMPARE(units, std::int64_t(4));
        constexpr int kCustomers = 20;
        std::vector<std::pair<std::string, httplib::Headers>> customers;
        auto c = server.client();
        for (int i = 0; i < kCustomers; ++i) {
            customers.push_back(newCustomer(c));
            QVERIFY(!customers.back().first.empty());
            QCOMPARE(statusOf(sendJson(c, "POST", "/v1/carts/me/lines",
                                       json{{"product_id", kP5}, {"quantity", 1}}.dump(), customers.back().second)),
                     200);
        }
        std::atomic<int> go{0};
        std::vector<int> statuses(kCustomers, 0);
        std::vector<std::thread> threads;
        for (int i = 0; i < kCustomers; ++i) {
            threads.emplace_back([&, i] {
                auto client = server.client();
                go.fetch_add(1);
                while (go.load() < kCustomers) {
                    std::this_thread::yield();
                }
                statuses[i] = statusOf(sendJson(client, "POST", "/v1/checkouts", "{}", customers[i].second));
            });
        }
        for (auto& t : threads) {
            t.join();
        }
        const int completed = static_cast<int>(std::count(statuses.begin(), statuses.end(), 201));
        const int refused = static_cast<int>(std::count(statuses.begin(), statuses.end(), 409));
        QCOMPARE(completed, static_cast<int>(units));
        QCOMPARE(refused, kCustomers - static_cast<int>(units));
        QCOMPARE(centralLevel(kP5), std::int64_t(0));
        int sales = 0;
        int orders = 0;
        for (const auto& [customer, session] : customers) {
            sales += static_cast<int>(
                scalar(m_commandesDb.conninfo(), "SELECT count(*) FROM sales WHERE customer_id = $1", customer));
            orders += static_cast<int>(
                scalar(m_ecommerceDb.conninfo(), "SELECT count(*) FROM orders WHERE customer_id = $1", customer));
        }
        QCOMPARE(sales, static_cast<int>(units));
        QCOMPARE(orders, static_cast<int>(units));
        // The refused ones hold nothing: every reservation of a failed checkout is released or was never made.
        QCOMPARE(scalar(m_ecommerceDb.conninfo(),
                        "SELECT count(*) FROM checkouts WHERE state NOT IN ('completed', 'failed') AND $1 = $1", "x"),
                 std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(CheckoutSagaTest)
#include "checkout_saga_pgtest.moc"
