// Sales -> stock across the real binaries (issue 4's must-show): magasin-commandes and magasin-inventaire, each on a
// fresh database, inventaire following commandes' feed. Store sales recorded over REST (Idempotency-Key) and as
// RecordSale sync batches, cancellations over REST and as CancelSale, some of each replayed, inventaire SIGKILLed in
// the middle and restarted; once its consumer has caught up, every store level equals initial - sold + cancelled
// exactly, every sale movement traces to its sale line, and no movement lacks a sale or repeats one.
#include <QProcess>
#include <QTest>

#include <httplib.h>
#include <signal.h>

#include <chrono>
#include <map>
#include <set>
#include <thread>

#include "http_test_helpers.hpp"
#include "magasin/domain/time.hpp"
#include "magasin/domain/uuid.hpp"
#include "magasin/server/token_keys.hpp"
#include "magasin/server/token_signer.hpp"
#include "pg_test_database.hpp"
#include "server_process.hpp"

using nlohmann::json;

namespace {

constexpr int kSales = 60;          // half REST, half RecordSale
constexpr int kCancellations = 15;  // 8 REST, 7 CancelSale
const char* const kProducts[] = {"550e8400-e29b-41d4-a716-446655440001", "550e8400-e29b-41d4-a716-446655440002",
                                 "550e8400-e29b-41d4-a716-446655440003", "550e8400-e29b-41d4-a716-446655440004",
                                 "550e8400-e29b-41d4-a716-446655440005"};

// One demo store and the people and terminal that sell in it.
struct Store {
    std::string id;
    std::string cashierCode, cashierPin, managerCode, managerPin;
    std::string cashierId, managerId;
    std::string cashierToken, managerToken, deviceId, deviceToken;
    int deviceSeq = 0;
};

std::string newV7() {
    static magasin::domain::UuidV7Generator ids(magasin::domain::systemClock(), magasin::domain::systemRandom());
    return ids.next().toString();
}

httplib::Headers bearer(const std::string& token) {
    return {{"Authorization", "Bearer " + token}};
}

// (store, product) -> units
using Levels = std::map<std::pair<std::string, std::string>, std::int64_t>;

}  // namespace

class SalesStockTest : public QObject {
    Q_OBJECT

private:
    PgTestDatabase m_commandesDb;
    PgTestDatabase m_inventaireDb;
    magasin::server::KeyPair m_keys = magasin::server::generateKeyPair();
    QProcess m_commandes;
    QProcess m_inventaire;
    int m_commandesPort = 0;
    std::vector<Store> m_stores;
    Levels m_expectedDelta;  // what the test's own sales and cancellations should move
    std::vector<std::pair<std::string, std::size_t>> m_sales;  // sale id, store index
    std::set<std::string> m_cancelled;

    static QString binary(const char* variable) { return qEnvironmentVariable(variable); }

    QProcessEnvironment inventaireEnvironment() const {
        QProcessEnvironment env = verifyingServerEnvironment(m_inventaireDb.conninfo());
        env.insert(QStringLiteral("MAGASIN_TOKEN_PUBLIC_KEY"),
                   QString::fromStdString(magasin::server::encodeKey(m_keys.publicKey)));
        env.insert(QStringLiteral("MAGASIN_COMMANDES_URL"), QStringLiteral("http://127.0.0.1:%1").arg(m_commandesPort));
        magasin::server::Claims claims;
        claims.subject = "inventaire";
        claims.kind = magasin::server::TokenKind::kService;
        const magasin::server::TokenSigner signer(m_keys.secretKey, magasin::domain::systemClock());
        env.insert(QStringLiteral("MAGASIN_SERVICE_TOKEN"),
                   QString::fromStdString(signer.sign(claims, std::chrono::hours(1))));
        return env;
    }

    httplib::Client commandes() const {
        httplib::Client c("127.0.0.1", m_commandesPort);
        c.set_connection_timeout(std::chrono::seconds(2));
        c.set_read_timeout(std::chrono::seconds(10));
        return c;
    }

    std::string login(const std::string& code, const std::string& pin) {
        auto c = commandes();
        return bodyOf(c.Post("/v1/sessions", json{{"employee_code", code}, {"pin", pin}}.dump(), "application/json"))
            .value("access_token", "");
    }

    // Sale n: 3 distinct products, quantities 1..3, at the store's prices; the lines move the expected levels.
    json saleBody(const std::string& id, const Store& store, int n) {
        json lines = json::array();
        for (int i = 0; i < 3; ++i) {
            const std::string product = kProducts[(n + i) % 5];
            const int quantity = 1 + (n + i) % 3;
            lines.push_back({{"product_id", product},
                             {"name", "Produit " + product.substr(product.size() - 1)},
                             {"unit_price_cents", 1000 + 100 * i},
                             {"quantity", quantity},
                             {"taxable", true}});
        }
        return {{"id", id},
                {"store_id", store.id},
                {"at", magasin::domain::toIso8601(magasin::domain::systemClock()())},
                {"lines", lines},
                {"payments", {{{"method", "cash"}, {"amount_cents", 100000}}}}};
    }
    void expect(const json& sale, int sign) {
        for (const auto& line : sale["lines"]) {
            m_expectedDelta[{sale["store_id"].get<std::string>(), line["product_id"].get<std::string>()}] +=
                sign * line["quantity"].get<std::int64_t>();
        }
    }

    json command(Store& store, const std::string& type, const json& payload, const std::string& staff = "") {
        return {{"command_id", newV7()},
                {"device_id", store.deviceId},
                {"device_seq", ++store.deviceSeq},
                {"type", type},
                {"issued_at", magasin::domain::toIso8601(magasin::domain::systemClock()())},
                {"staff_id", staff.empty() ? store.managerId : staff},
                {"payload", payload}};
    }
    json push(const Store& store, const json& commands) {
        auto c = commandes();
        auto r = c.Post("/v1/sync/commands", bearer(store.deviceToken),
                        json{{"device_id", store.deviceId}, {"commands", commands}}.dump(), "application/json");
        return statusOf(r) == 200 ? bodyOf(r) : json{{"status", statusOf(r)}, {"body", r ? r->body : ""}};
    }

    // `count` sales from sale number `first`: even ones over REST with an Idempotency-Key, odd ones as RecordSale
    // batches per store. Returns the REST requests (key, token, body, answer) for the replays.
    struct RestSale {
        std::string key, token, body;
        json answer;
    };
    std::vector<RestSale> recordSales(int first, int count) {
        std::vector<RestSale> rest;
        std::map<std::size_t, json> batches;
        auto c = commandes();
        for (int n = first; n < first + count; ++n) {
            const std::size_t storeIndex = static_cast<std::size_t>(n / 2) % m_stores.size();
            Store& store = m_stores[storeIndex];
            const std::string id = newV7();
            json body = saleBody(id, store, n);
            if (n % 2 == 0) {
                body["device_id"] = store.deviceId;  // the till the cashier rang it up on
                const std::string key = "sale-" + std::to_string(n);
                httplib::Headers headers = bearer(store.cashierToken);
                headers.emplace("Idempotency-Key", key);
                auto r = c.Post("/v1/sales", headers, body.dump(), "application/json");
                if (statusOf(r) != 201) {
                    qWarning("REST sale %d: %d %s", n, statusOf(r), r ? r->body.c_str() : "");
                    continue;
                }
                rest.push_back({key, store.cashierToken, body.dump(), bodyOf(r)});
            } else {
                batches[storeIndex].push_back(command(store, "RecordSale", body, store.cashierId));
            }
            expect(body, -1);
            m_sales.emplace_back(id, storeIndex);
        }
        for (auto& [storeIndex, commands] : batches) {
            const json answer = push(m_stores[storeIndex], commands);
            if (!answer.contains("outcomes") || answer["outcomes"].size() != commands.size()) {
                qWarning("RecordSale batch: %s", answer.dump().c_str());
                continue;
            }
            for (const auto& outcome : answer["outcomes"]) {
                const auto status = outcome.value("status", "");
                if (status != "applied" && status != "applied_with_flags") {
                    qWarning("RecordSale outcome: %s", outcome.dump().c_str());
                }
            }
        }
        return rest;
    }

    // Cancels `count` not yet cancelled sales, alternately by a manager over REST and as CancelSale; returns the
    // CancelSale pushes (store index, commands, answer) for the replays.
    struct CancelPush {
        std::size_t store;
        json commands, answer;
    };
    std::vector<CancelPush> cancelSales(int count, int& restCancels) {
        std::vector<CancelPush> pushes;
        auto c = commandes();
        int done = 0;
        for (const auto& [id, storeIndex] : m_sales) {
            if (done == count) {
                break;
            }
            if (m_cancelled.count(id) != 0) {
                continue;
            }
            Store& store = m_stores[storeIndex];
            const json reason = {{"reason", "Client a changé d'avis"}};
            const json sale = bodyOf(c.Get(("/v1/sales/" + id).c_str(), bearer(store.managerToken)));
            if (done % 2 == 0) {
                auto r = c.Post(("/v1/sales/" + id + "/cancel").c_str(), bearer(store.managerToken), reason.dump(),
                                "application/json");
                if (statusOf(r) != 200) {
                    qWarning("REST cancel: %d %s", statusOf(r), r ? r->body.c_str() : "");
                    continue;
                }
                ++restCancels;
            } else {
                json payload = reason;
                payload["sale_id"] = id;
                const json commands = json::array({command(store, "CancelSale", payload)});
                const json answer = push(store, commands);
                if (answer.value("outcomes", json::array()).size() != 1 ||
                    answer["outcomes"][0].value("status", "") != "applied") {
                    qWarning("CancelSale: %s", answer.dump().c_str());
                    continue;
                }
                pushes.push_back({storeIndex, commands, answer});
            }
            expect(sale, +1);
            m_cancelled.insert(id);
            ++done;
        }
        return pushes;
    }

    std::int64_t scalar(const std::string& conninfo, const std::string& sql) {
        pqxx::connection c(conninfo);
        const auto rows = pqxx::nontransaction(c).exec(sql);
        return rows.empty() || rows[0][0].is_null() ? 0 : rows[0][0].as<std::int64_t>();
    }

    // Waits until inventaire's cursor on the commandes feed reaches the feed's last change.
    bool caughtUp(std::chrono::seconds timeout) {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (std::chrono::steady_clock::now() < deadline) {
            const auto last = scalar(m_commandesDb.conninfo(), "SELECT last_seq FROM feed_state");
            const auto cursor = scalar(m_inventaireDb.conninfo(),
                                       "SELECT COALESCE(max(cursor), 0) FROM feed_cursors WHERE feed = 'commandes'");
            if (cursor >= last && last > 0) {
                return true;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        return false;
    }

    Levels storeLevels() {
        Levels levels;
        pqxx::connection c(m_inventaireDb.conninfo());
        for (const auto& row :
             pqxx::nontransaction(c).exec("SELECT l.location_id::text, l.product_id::text, l.level FROM stock_levels l"
                                          " JOIN locations o ON o.id = l.location_id WHERE o.kind = 'store'")) {
            levels[{row[0].as<std::string>(), row[1].as<std::string>()}] = row[2].as<std::int64_t>();
        }
        return levels;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!binary("MAGASIN_COMMANDES_BINARY").isEmpty(), "MAGASIN_COMMANDES_BINARY is not set (ctest sets it)");
        QVERIFY2(!binary("MAGASIN_INVENTAIRE_BINARY").isEmpty(),
                 "MAGASIN_INVENTAIRE_BINARY is not set (ctest sets it)");
        QVERIFY2(m_commandesDb.ok(), m_commandesDb.error().c_str());
        QVERIFY2(m_inventaireDb.ok(), m_inventaireDb.error().c_str());
    }

    void cleanupTestCase() {
        for (QProcess* p : {&m_inventaire, &m_commandes}) {
            if (p->state() == QProcess::Running) {
                QVERIFY(stopsOnSigterm(*p));
            }
        }
    }

    void everyLevelMatchesTheSalesAfterACrash() {
        // commandes with its demo stores and staff, signing with the test's key.
        QProcessEnvironment commandesEnv = verifyingServerEnvironment(m_commandesDb.conninfo());
        commandesEnv.remove(QStringLiteral("MAGASIN_TOKEN_PUBLIC_KEY"));
        for (const char* name : {"MAGASIN_CATALOGUE_URL", "MAGASIN_INVENTAIRE_URL", "MAGASIN_SERVICE_TOKEN"}) {
            commandesEnv.remove(QString::fromLatin1(name));
        }
        commandesEnv.insert(QStringLiteral("MAGASIN_TOKEN_SECRET_KEY"),
                            QString::fromStdString(magasin::server::encodeKey(m_keys.secretKey)));
        QByteArray commandesLog;
        m_commandesPort = startServer(m_commandes, binary("MAGASIN_COMMANDES_BINARY"), commandesEnv, commandesLog);
        QVERIFY2(m_commandesPort > 0, commandesLog.constData());
        QByteArray inventaireLog;
        QVERIFY2(
            startServer(m_inventaire, binary("MAGASIN_INVENTAIRE_BINARY"), inventaireEnvironment(), inventaireLog) > 0,
            inventaireLog.constData());

        // Two demo stores, each with a cashier, a manager and an enrolled terminal.
        for (const char digit : {'1', '2'}) {
            // Demo store S: cashier S001 / SSSS, manager S002 / S9S9; staff ids 4444...44S1 and 4444...44S2.
            Store store;
            store.id = std::string("33333333-3333-3333-3333-33333333333") + digit;
            store.cashierCode = std::string(1, digit) + "001";
            store.cashierPin = std::string(4, digit);
            store.managerCode = std::string(1, digit) + "002";
            store.managerPin = std::string{digit, '9', digit, '9'};
            store.cashierId = std::string("44444444-4444-4444-4444-4444444444") + digit + "1";
            store.managerId = std::string("44444444-4444-4444-4444-4444444444") + digit + "2";
            m_stores.push_back(store);
        }
        auto c = commandes();
        for (auto& store : m_stores) {
            store.cashierToken = login(store.cashierCode, store.cashierPin);
            store.managerToken = login(store.managerCode, store.managerPin);
            QVERIFY2(!store.cashierToken.empty() && !store.managerToken.empty(), "demo staff cannot log in");
            const json device = bodyOf(c.Post("/v1/devices", bearer(store.managerToken),
                                              json{{"name", "Caisse 1"}}.dump(), "application/json"));
            store.deviceId = device.value("id", "");
            store.deviceToken =
                bodyOf(
                    c.Post("/v1/devices/token",
                           json{{"device_id", store.deviceId}, {"credential", device.value("credential", "")}}.dump(),
                           "application/json"))
                    .value("access_token", "");
            QVERIFY2(!store.deviceToken.empty(), device.dump().c_str());
        }

        // The starting point: whatever the demo data holds, once inventaire has applied all of commandes' feed.
        QVERIFY2(caughtUp(std::chrono::seconds(10)), "inventaire never caught up with the demo feed");
        const Levels initial = storeLevels();
        const auto movementsBefore = scalar(m_inventaireDb.conninfo(), "SELECT count(*) FROM stock_movements");

        // First half, inventaire following along.
        int restCancels = 0;
        auto rest = recordSales(0, kSales / 2);
        auto cancels = cancelSales(kCancellations / 2, restCancels);

        // Killed without warning while it may be in the middle of a page; commandes goes on selling meanwhile.
        ::kill(static_cast<pid_t>(m_inventaire.processId()), SIGKILL);
        QVERIFY(m_inventaire.waitForFinished(5000));
        QCOMPARE(m_inventaire.exitStatus(), QProcess::CrashExit);
        auto more = recordSales(kSales / 2, kSales - kSales / 2);
        rest.insert(rest.end(), more.begin(), more.end());
        auto moreCancels = cancelSales(kCancellations - static_cast<int>(m_cancelled.size()), restCancels);
        cancels.insert(cancels.end(), moreCancels.begin(), moreCancels.end());
        QCOMPARE(static_cast<int>(m_sales.size()), kSales);
        QCOMPARE(static_cast<int>(m_cancelled.size()), kCancellations);

        // Replays: the same Idempotency-Key answers the stored sale; the same RecordSale / CancelSale command answers
        // its stored outcome; a REST cancellation again is refused. None may move stock twice.
        for (std::size_t i = 0; i < rest.size(); i += 3) {
            httplib::Headers headers = bearer(rest[i].token);
            headers.emplace("Idempotency-Key", rest[i].key);
            auto r = c.Post("/v1/sales", headers, rest[i].body, "application/json");
            QVERIFY2(statusOf(r) == 201 || statusOf(r) == 200, r ? r->body.c_str() : "no answer");
            QVERIFY(bodyOf(r)["id"] == rest[i].answer["id"]);
        }
        for (const auto& cancel : cancels) {
            QVERIFY(push(m_stores[cancel.store], cancel.commands) == cancel.answer);
        }
        int cancelledAgain = 0;
        for (const auto& [id, storeIndex] : m_sales) {
            const bool bySync = std::any_of(cancels.begin(), cancels.end(), [&, &saleId = id](const CancelPush& p) {
                return p.commands[0]["payload"]["sale_id"] == saleId;
            });
            if (m_cancelled.count(id) == 0 || bySync) {
                continue;
            }
            auto r = c.Post(("/v1/sales/" + id + "/cancel").c_str(), bearer(m_stores[storeIndex].managerToken),
                            json{{"reason", "Client a changé d'avis"}}.dump(), "application/json");
            QCOMPARE(statusOf(r), 409);
            ++cancelledAgain;
        }
        QVERIFY(cancelledAgain > 0);
        // A whole RecordSale batch again (the terminal lost the answer): the same outcomes, no new sale.
        {
            Store& store = m_stores[1];
            const json body = saleBody(newV7(), store, 7);
            const json commands = json::array({command(store, "RecordSale", body, store.cashierId)});
            const json first = push(store, commands);
            QCOMPARE(first["outcomes"].size(), std::size_t(1));
            QVERIFY(push(store, commands) == first);
            expect(body, -1);
            m_sales.emplace_back(body["id"].get<std::string>(), 1);
        }

        // Restarted on the same database: it resumes from its stored cursor.
        inventaireLog.clear();
        QVERIFY2(
            startServer(m_inventaire, binary("MAGASIN_INVENTAIRE_BINARY"), inventaireEnvironment(), inventaireLog) > 0,
            inventaireLog.constData());
        QVERIFY2(caughtUp(std::chrono::seconds(10)), "inventaire did not catch up after its restart");

        // Every store level: initial - sold + cancelled, exactly.
        const Levels final = storeLevels();
        std::set<std::pair<std::string, std::string>> keys;
        for (const auto& [key, _] : initial) {
            keys.insert(key);
        }
        for (const auto& [key, _] : m_expectedDelta) {
            keys.insert(key);
        }
        for (const auto& key : keys) {
            const auto before = initial.count(key) ? initial.at(key) : 0;
            const auto delta = m_expectedDelta.count(key) ? m_expectedDelta.at(key) : 0;
            const auto after = final.count(key) ? final.at(key) : 0;
            QVERIFY2(after == before + delta, (key.first + " / " + key.second + ": " + std::to_string(after) +
                                               " instead of " + std::to_string(before) + " + " + std::to_string(delta))
                                                  .c_str());
        }

        // Every movement the feed wrote traces to a sale line of commandes (product, quantity, store, sign), and every
        // store sale line has exactly one "sale" movement, every cancelled one exactly one "sale_cancelled".
        std::map<std::string, json> sales;  // id -> stored sale
        {
            pqxx::connection cc(m_commandesDb.conninfo());
            for (const auto& row : pqxx::nontransaction(cc).exec("SELECT id::text, doc::text FROM sales")) {
                sales[row[0].as<std::string>()] = json::parse(row[1].as<std::string>());
            }
        }
        for (const auto& [id, _] : m_sales) {
            QVERIFY2(sales.count(id) == 1, ("sale " + id + " is not in commandes").c_str());
        }
        std::map<std::string, int> movementsPerSource;
        pqxx::connection ic(m_inventaireDb.conninfo());
        const auto movements = pqxx::nontransaction(ic).exec(
            "SELECT source, reason, location_id::text, product_id::text, delta FROM stock_movements"
            " WHERE reason IN ('sale', 'sale_cancelled') OR actor = 'commandes-feed'");
        for (const auto& row : movements) {
            const auto source = row[0].as<std::string>();
            const auto reason = row[1].as<std::string>();
            ++movementsPerSource[source];
            // source = "<sale|sale_cancelled>:<sale id>:<line number from 1>"
            const auto first = source.find(':');
            const auto last = source.rfind(':');
            QVERIFY2(first != std::string::npos && last > first, source.c_str());
            QCOMPARE(source.substr(0, first), reason);
            const auto saleId = source.substr(first + 1, last - first - 1);
            QVERIFY2(sales.count(saleId) == 1, ("movement " + source + " has no sale").c_str());
            const json& sale = sales[saleId];
            const auto line = std::stoul(source.substr(last + 1));
            QVERIFY2(line >= 1 && line <= sale["lines"].size(), source.c_str());
            const json& saleLine = sale["lines"][line - 1];
            QCOMPARE(row[2].as<std::string>(), sale["store_id"].get<std::string>());
            QCOMPARE(row[3].as<std::string>(), saleLine["product_id"].get<std::string>());
            const auto quantity = saleLine["quantity"].get<std::int64_t>();
            QCOMPARE(row[4].as<std::int64_t>(), reason == "sale" ? -quantity : quantity);
            if (reason == "sale_cancelled") {
                QCOMPARE(sale["status"].get<std::string>(), std::string("cancelled"));
            }
        }
        for (const auto& [id, sale] : sales) {
            if (sale["channel"] != "store") {
                continue;
            }
            for (std::size_t i = 1; i <= sale["lines"].size(); ++i) {
                const auto suffix = ":" + id + ":" + std::to_string(i);
                QCOMPARE(movementsPerSource["sale" + suffix], 1);
                QCOMPARE(movementsPerSource["sale_cancelled" + suffix], sale["status"] == "cancelled" ? 1 : 0);
            }
        }
        // And nothing else moved: the test's sales wrote exactly their lines, cancellations theirs.
        std::int64_t written = 0;
        for (const auto& [id, _] : m_sales) {
            written += static_cast<std::int64_t>(sales[id]["lines"].size()) * (m_cancelled.count(id) ? 2 : 1);
        }
        QCOMPARE(scalar(m_inventaireDb.conninfo(), "SELECT count(*) FROM stock_movements"), movementsBefore + written);
        QCOMPARE(static_cast<int>(m_sales.size()), kSales + 1);
        QVERIFY(restCancels > 0 && restCancels < kCancellations);
    }
};

QTEST_GUILESS_MAIN(SalesStockTest)
#include "sales_stock_pgtest.moc"
