// A history-based fault test in the style of Jepsen, on the whole stack of scripts/stack. Terminals (magasin-terminal,
// the real desktop core) sell and sync, web customers check out over HTTP, both through a fault-injecting proxy in
// front of the gateway, and record every operation as invoked / ok / failed / unknown; meanwhile a nemesis SIGKILLs
// and restarts servers, restarts PostgreSQL, SIGSTOPs servers for a few seconds and cuts or delays the proxy's
// connections. After a bounded recovery, the checker proves from the databases and the journals: every acknowledged
// sale and order exists exactly once, every unknown one at most once, orders and web sales pair up, every store sale
// moved the stock once, every level equals its ledger, nothing stuck in an outbox or a saga.
//
// Environment: MAGASIN_FAULTS_SECONDS (faults phase, default 45), MAGASIN_FAULTS_PORT_OFFSET (19000) and
// MAGASIN_FAULTS_PG_PORT (25456) for the stack, MAGASIN_FAULTS_NEMESIS (comma-separated subset of
// kill,pause,pg-restart,cut,delay; default all), MAGASIN_FAULTS_REPORT (a file the summary is written to). A run
// longer than about 4 minutes needs QTEST_FUNCTION_TIMEOUT (ms) raised, as ./magasin soak does.
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <iostream>
#include <random>
#include <thread>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "child_process.hpp"
#include "fault_checker.hpp"
#include "fault_proxy.hpp"
#include "fault_stack.hpp"
#include "history.hpp"
#include "magasin/client/journal.hpp"
#include "magasin/client/terminal.hpp"

using nlohmann::json;
using namespace std::chrono_literals;

namespace {

int envInt(const char* name, int fallback) {
    const char* v = std::getenv(name);
    return v != nullptr && *v != '\0' ? std::atoi(v) : fallback;
}

const std::vector<std::string> kProducts = {"550e8400-e29b-41d4-a716-446655440001",
                                            "550e8400-e29b-41d4-a716-446655440002",
                                            "550e8400-e29b-41d4-a716-446655440003"};

struct TerminalClient {
    std::string name;
    std::string manager, managerPin, cashier, cashierPin;
    std::string dataDir;
    std::string deviceId;
};

struct WebCustomer {
    std::string name;
    std::string email;
    std::string customerId;
    std::string token;
};

class Rng {
public:
    explicit Rng(unsigned seed) : m_engine(seed) {}
    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_engine); }
    std::string hex(int n) {
        std::string s;
        for (int i = 0; i < n; ++i) {
            s += "0123456789abcdef"[between(0, 15)];
        }
        return s;
    }
    std::mt19937& engine() { return m_engine; }

private:
    std::mt19937 m_engine;
};

}  // namespace

class FaultsE2e : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FaultStack> m_stack;
    std::unique_ptr<FaultProxy> m_proxy;
    std::string m_posKey, m_webKey;
    std::vector<TerminalClient> m_terminals;
    std::vector<WebCustomer> m_customers;
    History m_history;
    std::atomic<bool> m_stop{false};
    std::set<std::string> m_paused;
    std::mutex m_pausedMutex;
    std::atomic<int> m_crashes{0};
    std::vector<std::string> m_crashed;
    std::mutex m_crashedMutex;
    unsigned m_seed = 0;

    std::string terminalBinary() const { return MAGASIN_TERMINAL_BINARY; }
    std::string log(const std::string& name) const { return m_stack->dir() + "/faults-" + name + ".log"; }
    std::vector<std::string> terminalEnv(int port) const {
        return {"MAGASIN_GATEWAY_URL=http://127.0.0.1:" + std::to_string(port),
                "MAGASIN_API_KEY=" + m_posKey,
                "MAGASIN_CATALOGUE_URL=",
                "MAGASIN_INVENTAIRE_URL=",
                "MAGASIN_COMMANDES_URL=",
                "QT_QPA_PLATFORM=offscreen"};
    }
    ChildResult terminal(const TerminalClient& t, std::vector<std::string> args, int timeoutMs, int port) const {
        args.insert(args.begin(), {terminalBinary(), "--data", t.dataDir});
        return runChild(args, terminalEnv(port), timeoutMs, log(t.name));
    }
    httplib::Client client(int port) const {
        httplib::Client c("127.0.0.1", port);
        c.set_connection_timeout(2s);
        c.set_read_timeout(8s);
        c.set_write_timeout(5s);
        return c;
    }
    httplib::Headers webHeaders(const WebCustomer& w) const {
        httplib::Headers h{{"X-API-Key", m_webKey}};
        if (!w.token.empty()) {
            h.emplace("Authorization", "Bearer " + w.token);
        }
        return h;
    }
    bool login(WebCustomer& w, int port) const {
        auto c = client(port);
        const auto r = c.Post("/api/ecommerce/v1/sessions", webHeaders(WebCustomer{}),
                              json{{"email", w.email}, {"password", "Faults-Demo-2026"}}.dump(), "application/json");
        if (!r || r->status != 201) {
            return false;
        }
        w.token = json::parse(r->body).at("token").get<std::string>();
        return true;
    }

    // ---- clients ----

    // A till: a few sales recorded locally (acknowledged once the journal holds them: the cashier has the receipt),
    // then a sync through the proxy, again and again.
    void terminalLoop(const TerminalClient& t, unsigned seed) {
        Rng rng(seed);
        int n = 0;
        while (!m_stop) {
            const int sales = rng.between(1, 3);
            for (int i = 0; i < sales && !m_stop; ++i) {
                const auto op = m_history.invoke(t.name, "sale", t.name + "#" + std::to_string(++n));
                const auto r = terminal(t,
                                        {"sell", "--code", t.cashier, "--pin", t.cashierPin, "--products",
                                         kProducts[static_cast<std::size_t>(rng.between(0, 2))], "--count", "1"},
                                        20000, m_proxy->port());
                if (r.timedOut) {
                    m_history.complete(op, Outcome::kUnknown, "sell timed out and was killed");
                } else if (r.exitCode == 0) {
                    m_history.complete(op, Outcome::kOk);
                } else {
                    m_history.complete(op, Outcome::kFailed, "exit " + std::to_string(r.exitCode));
                }
            }
            terminal(t, {"sync", "--timeout-ms", "3000"}, 20000, m_proxy->port());
        }
    }

    // A web customer: an empty cart, one product, a checkout under an Idempotency-Key retried (same key) while the
    // answer is unknown; what it finally heard is the operation's outcome (still unknown when the faults ended).
    void webLoop(WebCustomer& w, unsigned seed) {
        Rng rng(seed);
        int n = 0;
        while (!m_stop) {
            std::this_thread::sleep_for(std::chrono::milliseconds(rng.between(50, 400)));
            if (w.token.empty() && !login(w, m_proxy->port())) {
                continue;
            }
            auto c = client(m_proxy->port());
            const auto cleared = c.Delete("/api/ecommerce/v1/carts/me", webHeaders(w));
            if (!cleared || cleared->status / 100 != 2) {
                if (cleared && cleared->status == 401) {
                    w.token.clear();
                }
                continue;
            }
            const auto added = c.Post(
                "/api/ecommerce/v1/carts/me/lines", webHeaders(w),
                json{{"product_id", kProducts[static_cast<std::size_t>(rng.between(0, 2))]}, {"quantity", 1}}.dump(),
                "application/json");
            if (!added || added->status / 100 != 2) {
                continue;
            }
            const std::string key = w.name + "-" + std::to_string(++n) + "-" + rng.hex(12);
            const auto op = m_history.invoke(w.name, "order", key);
            Outcome outcome = Outcome::kUnknown;
            std::string result;
            // As the shop's page does: while the answer is unknown, ask again under the same key (it resumes the
            // checkout) for longer than a checkout's lease (30 s), after which the recoverer has settled it.
            const auto giveUp = std::chrono::steady_clock::now() + 40s;
            for (int attempt = 0; outcome == Outcome::kUnknown && !m_stop && std::chrono::steady_clock::now() < giveUp;
                 ++attempt) {
                if (attempt > 0) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(rng.between(1000, 2500)));
                }
                httplib::Headers h = webHeaders(w);
                h.emplace("Idempotency-Key", key);
                const auto r = c.Post("/api/ecommerce/v1/checkouts", h, json{{"delivery_method", "standard"}}.dump(),
                                      "application/json");
                if (!r) {
                    result = "no answer (" + httplib::to_string(r.error()) + ")";
                    continue;
                }
                const auto body = json::parse(r->body, nullptr, false);
                if (r->status == 201) {
                    outcome = Outcome::kOk;
                    result = body.value("order_id", std::string());
                } else if (r->status == 202 || r->status >= 500) {
                    result = "status " + std::to_string(r->status) + " " + body.value("type", std::string());
                } else {
                    // A definite refusal: the checkout ended failed, or was never started (the key holds nothing).
                    outcome = Outcome::kFailed;
                    result = "status " + std::to_string(r->status) + " " + body.value("type", std::string()) + " " +
                             body.value("detail", std::string());
                    if (r->status == 401) {
                        w.token.clear();
                    }
                }
            }
            m_history.complete(op, outcome, result);
        }
    }

    // ---- nemesis ----

    // Servers that are down although the nemesis did not stop them: they died by themselves.
    void noteCrashes(const std::string& except = {}) {
        for (const auto& name : FaultStack::kServers) {
            std::string why;
            // Looked at twice, half a second apart: a dead server stays dead until the nemesis starts it.
            if (name != except && !m_stack->alive(name, &why) &&
                (std::this_thread::sleep_for(500ms), !m_stack->alive(name, &why))) {
                ++m_crashes;
                m_history.nemesis("crash " + name + " (" + why + ")");
                const std::lock_guard lock(m_crashedMutex);
                m_crashed.push_back(name);
            }
        }
    }

    void nemesisLoop(std::vector<std::string> kinds, double seconds, unsigned seed) {
        Rng rng(seed);
        const auto& servers = FaultStack::kServers;
        std::vector<std::string> round;
        std::vector<std::string> targets;
        const auto sleepFor = [&](int ms) {
            for (int waited = 0; waited < ms && !m_stop; waited += 50) {
                std::this_thread::sleep_for(50ms);
            }
        };
        while (!m_stop && m_history.elapsed() < seconds) {
            sleepFor(rng.between(500, 2500));
            if (m_stop) {
                break;
            }
            if (round.empty()) {
                round = kinds;  // every kind once per round, in a random order
                std::shuffle(round.begin(), round.end(), rng.engine());
            }
            const std::string kind = round.back();
            round.pop_back();
            if (targets.empty()) {
                targets = servers;  // kills and pauses go round every server, in a random order
                std::shuffle(targets.begin(), targets.end(), rng.engine());
            }
            const std::string server = kind == "kill" || kind == "pause" ? targets.back() : std::string();
            if (!server.empty()) {
                targets.pop_back();
            }
            noteCrashes();
            if (kind == "kill") {
                m_stack->signal(server, SIGKILL);
                m_history.nemesis("kill " + server);
                sleepFor(rng.between(200, 2000));
                noteCrashes(server);
                m_stack->start();
            } else if (kind == "pause") {
                {
                    const std::lock_guard lock(m_pausedMutex);
                    m_paused.insert(server);
                }
                m_stack->signal(server, SIGSTOP);
                m_history.nemesis("pause " + server);
                sleepFor(rng.between(1000, 4000));
                m_stack->signal(server, SIGCONT);
                const std::lock_guard lock(m_pausedMutex);
                m_paused.erase(server);
            } else if (kind == "pg-restart") {
                const bool crash = rng.between(0, 1) == 1;
                m_history.nemesis(crash ? "pg-restart (immediate: crash recovery)" : "pg-restart (fast)");
                m_stack->restartPostgres(crash);
            } else if (kind == "cut") {
                m_proxy->setCut(true);
                m_history.nemesis("cut proxy");
                sleepFor(rng.between(1000, 4000));
                m_proxy->setCut(false);
            } else if (kind == "delay") {
                // Up to 5 s each way: past the clients' timeouts, so that some answers never arrive in time.
                const int ms = rng.between(300, 5000);
                m_proxy->setDelay(std::chrono::milliseconds(ms));
                m_history.nemesis("delay " + std::to_string(ms) + "ms");
                sleepFor(rng.between(2000, 5000));
                m_proxy->setDelay(0ms);
            }
        }
    }

    // ---- recovery ----

    template <typename F>
    static bool waitUntil(F done, std::chrono::seconds limit) {
        const auto deadline = std::chrono::steady_clock::now() + limit;
        while (std::chrono::steady_clock::now() < deadline) {
            try {
                if (done()) {
                    return true;
                }
            } catch (const std::exception&) {
                // The database is coming back: ask again.
            }
            std::this_thread::sleep_for(500ms);
        }
        return false;
    }
    static std::int64_t scalar(const std::string& conninfo, const std::string& sql) {
        pqxx::connection c(conninfo);
        pqxx::nontransaction tx(c);
        const auto r = tx.exec(sql);
        return r.empty() || r[0][0].is_null() ? 0 : r[0][0].as<std::int64_t>();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_seed =
            static_cast<unsigned>(envInt("MAGASIN_FAULTS_SEED", static_cast<int>(std::random_device()() & 0x7fffffff)));
        std::cout << "fault test seed " << m_seed << " (MAGASIN_FAULTS_SEED replays the clients' and nemesis' choices)"
                  << std::endl;
        m_stack = std::make_unique<FaultStack>(m_dir.path().toStdString(), envInt("MAGASIN_FAULTS_PORT_OFFSET", 19000),
                                               envInt("MAGASIN_FAULTS_PG_PORT", 25456));
        QVERIFY2(m_stack->start(), ("the stack did not start; see " + m_stack->logPath()).c_str());
        m_posKey = m_stack->apiKey("POS_DESKTOP");
        m_webKey = m_stack->apiKey("WEB_SHOP");
        QVERIFY(!m_posKey.empty() && !m_webKey.empty());
        m_proxy = std::make_unique<FaultProxy>(m_stack->gatewayPort());
        const int gateway = m_stack->gatewayPort();

        // Three tills in three stores, enrolled and bootstrapped before any fault.
        const std::vector<std::array<const char*, 4>> staff = {
            {"1002", "1919", "1001", "1111"}, {"2002", "2929", "2001", "2222"}, {"3002", "3939", "3001", "3333"}};
        for (std::size_t i = 0; i < staff.size(); ++i) {
            TerminalClient t{"terminal-" + std::to_string(i + 1),
                             staff[i][0],
                             staff[i][1],
                             staff[i][2],
                             staff[i][3],
                             m_dir.filePath(QStringLiteral("terminal-%1").arg(i + 1)).toStdString(),
                             {}};
            const auto enrol =
                terminal(t, {"enrol", "--manager", t.manager, "--pin", t.managerPin, "--name", "Caisse " + t.name},
                         60000, gateway);
            QVERIFY2(enrol.exitCode == 0, (enrol.out + " see " + log(t.name)).c_str());
            t.deviceId = json::parse(enrol.out).at("device_id").get<std::string>();
            const auto sync = terminal(t, {"sync", "--timeout-ms", "30000"}, 60000, gateway);
            QVERIFY2(sync.exitCode == 0, (sync.out + " see " + log(t.name)).c_str());
            m_terminals.push_back(t);
        }
        // Three web customers of their own (a customer runs one checkout at a time).
        auto c = client(gateway);
        for (int i = 1; i <= 3; ++i) {
            WebCustomer w{"web-" + std::to_string(i),
                          "faults-" + std::to_string(i) + "-" + std::to_string(m_seed) + "@example.com",
                          {},
                          {}};
            const json form{{"first_name", "Client"},
                            {"last_name", std::array<const char*, 3>{"Tremblay", "Gagnon", "Roy"}[std::size_t(i - 1)]},
                            {"email", w.email},
                            {"password", "Faults-Demo-2026"},
                            {"address",
                             {{"street", "100 rue Principale"},
                              {"city", "Montréal"},
                              {"postal_code", "H2X 1Y4"},
                              {"province", "QC"},
                              {"country", "CA"}}}};
            const auto r = c.Post("/api/ecommerce/v1/customers", webHeaders(w), form.dump(), "application/json");
            QVERIFY(r);
            QVERIFY2(r->status == 201, r->body.c_str());
            w.customerId = json::parse(r->body).at("id").get<std::string>();
            QVERIFY(login(w, gateway));
            m_customers.push_back(w);
        }
        // Enough stock at the warehouse for a long run's checkouts (a shortage is a correct "failed", but the run
        // should mostly check orders that complete).
        const auto session = c.Post("/api/commandes/v1/sessions", {{"X-API-Key", m_posKey}},
                                    json{{"employee_code", "1002"}, {"pin", "1919"}}.dump(), "application/json");
        QVERIFY(session && session->status == 201);
        const httplib::Headers manager{
            {"X-API-Key", m_posKey},
            {"Authorization", "Bearer " + json::parse(session->body).at("access_token").get<std::string>()}};
        for (const auto& product : kProducts) {
            httplib::Headers h = manager;
            h.emplace("Idempotency-Key", "faults-restock-" + product);
            const auto r = c.Post(("/api/inventaire/v1/stocks/central/" + product + "/adjustments").c_str(), h,
                                  json{{"delta", 10000}}.dump(), "application/json");
            QVERIFY(r);
            QVERIFY2(r->status == 201, r->body.c_str());
        }
    }

    void historyHoldsUnderFaults() {
        const double seconds = envInt("MAGASIN_FAULTS_SECONDS", 45);
        std::vector<std::string> kinds = {"kill", "pause", "pg-restart", "cut", "delay"};
        if (const char* only = std::getenv("MAGASIN_FAULTS_NEMESIS"); only != nullptr && *only != '\0') {
            kinds.clear();
            std::stringstream list(only);
            for (std::string k; std::getline(list, k, ',');) {
                kinds.push_back(k);
            }
        }
        std::vector<std::thread> clients;
        for (std::size_t i = 0; i < m_terminals.size(); ++i) {
            clients.emplace_back([this, i] { terminalLoop(m_terminals[i], m_seed + 11 * unsigned(i + 1)); });
        }
        for (std::size_t i = 0; i < m_customers.size(); ++i) {
            clients.emplace_back([this, i] { webLoop(m_customers[i], m_seed + 101 * unsigned(i + 1)); });
        }
        std::thread nemesis([&] { nemesisLoop(kinds, seconds, m_seed + 7); });
        while (m_history.elapsed() < seconds) {
            std::this_thread::sleep_for(200ms);
        }
        m_stop = true;
        nemesis.join();
        for (auto& t : clients) {
            t.join();
        }
        const double faultSeconds = m_history.elapsed();

        // Recovery: heal everything, let the outboxes drain and the sagas finish (bounded).
        m_proxy->heal();
        for (const auto& name : FaultStack::kServers) {
            m_stack->signal(name, SIGCONT);
        }
        noteCrashes();
        QVERIFY2(m_stack->start(), ("the stack did not come back; see " + m_stack->logPath()).c_str());
        std::vector<TerminalRecord> records;
        for (const auto& t : m_terminals) {
            bool synced = false;
            for (int round = 0; round < 6 && !synced; ++round) {
                synced = terminal(t, {"sync", "--timeout-ms", "20000"}, 40000, m_proxy->port()).exitCode == 0;
            }
            TerminalRecord record{t.name, t.deviceId, {}, -1, -1};
            const auto status = terminal(t, {"status"}, 30000, m_proxy->port());
            const auto j = json::parse(status.out, nullptr, false);
            if (!j.is_discarded() && j.is_object()) {
                record.pending = j.value("pending", std::int64_t(-1));
                record.rejected = j.value("rejected", std::int64_t(-1));
            }
            magasin::client::TerminalConfig config;
            config.dataDir = QString::fromStdString(t.dataDir);
            magasin::client::Journal journal(config.journalPath());
            QSqlQuery q = journal.exec(QStringLiteral("SELECT id FROM local_sales"));
            while (q.next()) {
                record.localSales.insert(q.value(0).toString().toStdString());
            }
            records.push_back(record);
        }
        const auto commandes = m_stack->conninfo("commandes_db");
        const auto ecommerce = m_stack->conninfo("ecommerce_db");
        const auto inventaire = m_stack->conninfo("inventaire_db");
        const bool sagas = waitUntil(
            [&] {
                return scalar(ecommerce, "SELECT count(*) FROM checkouts WHERE state NOT IN ('completed', 'failed')") ==
                       0;
            },
            120s);
        // The feeds caught up: inventaire read every sale of commandes, commandes copied every level of inventaire.
        const bool feeds = waitUntil(
            [&] {
                return scalar(inventaire, "SELECT cursor FROM feed_cursors WHERE feed = 'commandes'") >=
                           scalar(commandes, "SELECT last_seq FROM feed_state") &&
                       scalar(commandes, "SELECT max(cursor) FROM feed_cursors WHERE feed LIKE '%inventaire%'") >=
                           scalar(inventaire, "SELECT last_seq FROM feed_state");
            },
            90s);
        const double recoverySeconds = m_history.elapsed() - faultSeconds;

        std::map<std::string, std::string> customers;
        for (const auto& w : m_customers) {
            customers[w.name] = w.customerId;
        }
        FaultChecker checker(*m_stack, m_history, records, customers);
        FaultReport report = checker.check();
        report.seconds = faultSeconds;
        report.invariants.push_back({"recovery finished in time (sagas, feeds)", sagas && feeds,
                                     "sagas " + std::string(sagas ? "done" : "NOT done") + ", feeds " +
                                         (feeds ? "caught up" : "NOT caught up") + ", recovery " +
                                         std::to_string(static_cast<int>(recoverySeconds)) + " s"});
        std::string crashed;
        for (const auto& name : m_crashed) {
            crashed += " " + name;
        }
        report.invariants.push_back(
            {"no server died unless the nemesis killed it", m_crashes == 0,
             m_crashes == 0 ? std::string() : std::to_string(m_crashes.load()) + " found dead:" + crashed});
        for (const auto& kind : kinds) {
            const auto counts = report.nemesis;
            int n = 0;
            for (const auto& [what, count] : counts) {
                n += what == kind || (kind == "cut" && what == "cut") ? count : 0;
            }
            report.invariants.push_back({"nemesis " + kind + " struck at least once", n > 0, std::to_string(n)});
        }
        report.invariants.push_back({"the clients did work: sales and orders acknowledged",
                                     report.sales.acknowledged > 0 && report.orders.acknowledged > 0, ""});
        const std::string text = report.text();
        std::cout << text << std::flush;
        m_history.write(m_stack->dir() + "/faults-history.jsonl");
        if (const char* path = std::getenv("MAGASIN_FAULTS_REPORT"); path != nullptr && *path != '\0') {
            QDir().mkpath(QFileInfo(QString::fromUtf8(path)).absolutePath());
            std::ofstream(path) << text << "proxy: " << m_proxy->requests << " requests relayed, "
                                << m_proxy->cutConnections << " connections reset\n";
            const auto history = QString::fromUtf8(path) + QStringLiteral(".history.jsonl");
            QFile::remove(history);
            QFile::copy(QString::fromStdString(m_stack->dir() + "/faults-history.jsonl"), history);
        }
        if (!report.holds()) {
            m_dir.setAutoRemove(false);  // the logs and the history stay for a person to read
            std::cout << "kept for inspection: " << m_stack->dir() << std::endl;
        }
        QVERIFY2(report.holds(), text.c_str());
    }

    void cleanupTestCase() {
        if (m_stack) {
            m_stack->stop();
        }
        m_proxy.reset();
    }
};

QTEST_GUILESS_MAIN(FaultsE2e)
#include "faults_e2e.moc"
