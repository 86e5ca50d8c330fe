// The push side of sync against a real PostgreSQL, on a test-only "Increment" command whose effect is a counter row:
// replays change nothing and answer byte-identical outcomes, gaps apply nothing from the gap on, concurrent pushes
// of one batch and a push whose reply was lost have one effect, refusals are recorded and consume the seq.
#include "magasin/domain/domain_error.hpp"
#include "magasin/server/command_processor.hpp"
#include "magasin/server/http_error.hpp"
#include "magasin/server/migrations.hpp"
#include "magasin/server/transaction.hpp"
#include "pg_test_database.hpp"

#include <httplib.h>

#include <QTest>

#include <numeric>
#include <thread>

using namespace magasin;
using namespace magasin::server;
using nlohmann::json;

class CommandProcessorTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PgTestDatabase> m_db;
    std::unique_ptr<DbPool> m_pool;
    std::unique_ptr<CommandProcessor> m_processor;
    std::unique_ptr<HttpApp> m_app;
    std::thread m_server;
    int m_port = 0;
    int m_deviceCounter = 0;

    static std::string uuid(int device, int n) {
        char text[37];
        std::snprintf(text, sizeof text, "00000000-%04x-7000-8000-%012x", device, n);
        return text;
    }
    // A fresh device per test, so that tests do not share seqs.
    domain::DeviceId newDevice() { return domain::DeviceId::parse(uuid(++m_deviceCounter, 0)); }

    static sync::Command increment(const domain::DeviceId& device, std::int64_t seq, int by,
                                   std::string type = "Increment") {
        sync::Command c;
        char suffix[13];
        std::snprintf(suffix, sizeof suffix, "%012llx", static_cast<unsigned long long>(seq));
        c.commandId = domain::Uuid::parse(device.toString().substr(0, 24) + suffix);
        c.deviceId = device;
        c.deviceSeq = seq;
        c.type = std::move(type);
        c.issuedAt = domain::parseIso8601("2026-11-25T10:00:00Z");
        c.staffId = domain::StaffId::parse(uuid(0, 1));
        c.payload = {{"counter", device.toString()}, {"by", by}};
        return c;
    }
    static sync::PushRequest batch(const domain::DeviceId& device, std::initializer_list<std::int64_t> seqs,
                                   int by = 1) {
        sync::PushRequest r{device, {}};
        for (auto s : seqs) {
            r.commands.push_back(increment(device, s, by));
        }
        return r;
    }
    static json toWire(const sync::PushRequest& r) {
        json commands = json::array();
        for (const auto& c : r.commands) {
            commands.push_back({{"command_id", c.commandId.toString()},
                                {"device_id", c.deviceId.toString()},
                                {"device_seq", c.deviceSeq},
                                {"type", c.type},
                                {"issued_at", domain::toIso8601(c.issuedAt)},
                                {"staff_id", c.staffId.toString()},
                                {"payload", c.payload}});
        }
        return {{"device_id", r.deviceId.toString()}, {"commands", commands}};
    }
    // CommandOutcome's == is deleted (Problem has none), so compare what a terminal reads.
    static bool sameOutcomes(const std::vector<sync::CommandOutcome>& a, const std::vector<sync::CommandOutcome>& b) {
        auto view = [](const std::vector<sync::CommandOutcome>& v) {
            json j = json::array();
            for (const auto& o : v) {
                j.push_back({o.commandId.toString(), o.deviceSeq, static_cast<int>(o.status), o.flags, o.result,
                             o.problem ? json(*o.problem) : json()});
            }
            return j;
        };
        return view(a) == view(b);
    }
    long long counter(const domain::DeviceId& device) {
        return withReadOnly(*m_pool, [&](pqxx::nontransaction& tx) {
            const auto r = tx.exec_params("SELECT value FROM counters WHERE name = $1", device.toString());
            return r.empty() ? 0LL : r[0][0].as<long long>();
        });
    }
    httplib::Result push(const json& body) {
        httplib::Client client("127.0.0.1", m_port);
        return client.Post("/v1/sync/commands", body.dump(), "application/json");
    }

private Q_SLOTS:
    void initTestCase() {
        m_db = std::make_unique<PgTestDatabase>();
        QVERIFY2(m_db->ok(), m_db->error().c_str());
        m_pool = std::make_unique<DbPool>(DbPoolOptions{.conninfo = m_db->conninfo(), .size = 6});
        {
            auto lease = m_pool->acquire();
            applyMigrations(*lease, "platform", platformMigrations());
            pqxx::nontransaction(*lease).exec("CREATE TABLE counters (name text PRIMARY KEY, value bigint NOT NULL)");
        }
        m_processor = std::make_unique<CommandProcessor>(*m_pool);
        m_processor->registerHandler("Increment", [](pqxx::work& tx, const sync::Command& c) {
            const auto name = c.payload.at("counter").get<std::string>();
            const auto by = c.payload.at("by").get<int>();
            // The effect first, the check after: a refusal must roll the effect back.
            const auto value = tx.exec_params(
                                     "INSERT INTO counters VALUES ($1, $2) ON CONFLICT (name)"
                                     " DO UPDATE SET value = counters.value + $2 RETURNING value",
                                     name, by)[0][0]
                                   .as<long long>();
            if (by <= 0) {
                throw domain::DomainError(domain::ErrorCode::kInvalidValue, "counter.by.positive", "by",
                                          "An increment must be positive");
            }
            sync::CommandOutcome o;
            o.result = {{"value", value}};
            if (value > 100) {
                o.status = sync::OutcomeStatus::kAppliedWithFlags;
                o.flags = json::array({{{"code", "counter_over_100"}}});
            }
            return o;
        });
        // A handler whose SQL fails after its effect: not a refusal the device can be told about.
        m_processor->registerHandler("Broken", [](pqxx::work& tx, const sync::Command& c) -> sync::CommandOutcome {
            tx.exec_params("INSERT INTO counters VALUES ($1, 1000) ON CONFLICT (name) DO NOTHING",
                           c.payload.at("counter").get<std::string>());
            tx.exec("SELECT * FROM no_such_table");
            return {};
        });
        HttpOptions options;
        options.workers = 4;
        options.logRequests = false;
        m_app = std::make_unique<HttpApp>(ServiceInfo{"test", "test-1", "0"}, options);
        registerCommandRoute(
            *m_app, *m_processor,
            [](const Exchange& ex) {
                if (ex.header("X-Deny")) {
                    throw HttpError::forbidden("This device may not push");
                }
                return Principal{};
            },
            [](const Principal&, const sync::PushRequest&) {});
        m_port = m_app->bind("127.0.0.1", 0);
        m_server = std::thread([this] { m_app->serve(); });
        for (int i = 0; i < 200 && !m_app->isRunning(); ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }
    void cleanupTestCase() {
        m_app->stop();
        m_server.join();
        m_app.reset();
        m_processor.reset();
        m_pool.reset();
        m_db.reset();
    }

    void replayedBatchReturnsIdenticalOutcomesAndChangesNothing() {
        const auto device = newDevice();
        const json body = toWire(batch(device, {1, 2, 3}, 40));
        auto first = push(body);
        QVERIFY(first);
        QCOMPARE(first->status, 200);
        QCOMPARE(json::parse(first->body).at("outcomes").size(), std::size_t{3});
        QCOMPARE(json::parse(first->body).at("outcomes")[2].at("status").get<std::string>(),
                 std::string("applied_with_flags"));
        QCOMPARE(counter(device), 120LL);
        auto again = push(body);
        QVERIFY(again);
        QCOMPARE(again->body, first->body);  // byte for byte
        QCOMPARE(counter(device), 120LL);
    }

    void gapAppliesNothingFromTheGapOnAndNamesTheExpectedSeq() {
        const auto device = newDevice();
        auto r = m_processor->process(batch(device, {1}));
        QCOMPARE(r.outcomes.size(), std::size_t{1});
        r = m_processor->process(batch(device, {3, 4}));
        QCOMPARE(r.outcomes.size(), std::size_t{0});
        QCOMPARE(r.expectedSeq, std::optional<std::int64_t>(2));
        QCOMPARE(counter(device), 1LL);
        r = m_processor->process(batch(device, {2, 4}));  // 2 fills the gap, 4 leaves a new one
        QCOMPARE(r.outcomes.size(), std::size_t{1});
        QCOMPARE(r.expectedSeq, std::optional<std::int64_t>(3));
        QCOMPARE(counter(device), 2LL);
        auto http = push(toWire(batch(device, {5})));
        QVERIFY(http);
        QCOMPARE(json::parse(http->body).at("expected_seq").get<int>(), 3);
    }

    void twoConcurrentPushesOfTheSameBatchHaveOneEffect() {
        const auto device = newDevice();
        std::vector<std::int64_t> seqs(30);
        std::iota(seqs.begin(), seqs.end(), 1);
        sync::PushRequest request{device, {}};
        for (auto s : seqs) {
            request.commands.push_back(increment(device, s, 1));
        }
        sync::PushResponse a;
        sync::PushResponse b;
        std::thread ta([&] { a = m_processor->process(request); });
        std::thread tb([&] { b = m_processor->process(request); });
        ta.join();
        tb.join();
        QCOMPARE(counter(device), 30LL);
        QCOMPARE(a.outcomes.size(), std::size_t{30});
        QVERIFY(sameOutcomes(a.outcomes, b.outcomes));
        QCOMPARE(a.outcomes[29].result.at("value").get<int>(), 30);
    }

    void pushWhoseReplyWasLostHasOneEffect() {
        const auto device = newDevice();
        (void)m_processor->process(batch(device, {1, 2}, 5));  // committed; the answer never reached the terminal
        const auto retried = m_processor->process(batch(device, {1, 2, 3}, 5));
        QCOMPARE(retried.outcomes.size(), std::size_t{3});
        QCOMPARE(retried.outcomes[1].result.at("value").get<int>(), 10);
        QCOMPARE(counter(device), 15LL);
    }

    void refusedCommandIsRecordedRolledBackAndConsumesItsSeq() {
        const auto device = newDevice();
        sync::PushRequest request{
            device, {increment(device, 1, 0), increment(device, 2, 1, "Teleport"), increment(device, 3, 7)}};
        const auto r = m_processor->process(request);
        QCOMPARE(r.outcomes.size(), std::size_t{3});
        QCOMPARE(r.outcomes[0].status, sync::OutcomeStatus::kRejected);
        QCOMPARE(r.outcomes[0].problem->code(), std::string("invalid_value"));
        QCOMPARE(r.outcomes[1].status, sync::OutcomeStatus::kRejected);
        QCOMPARE(r.outcomes[1].problem->code(), std::string("unknown_command_type"));
        QCOMPARE(r.outcomes[2].status, sync::OutcomeStatus::kApplied);
        QCOMPARE(counter(device), 7LL);  // the refused increment of 0 left nothing behind
        QVERIFY(sameOutcomes(m_processor->process(request).outcomes, r.outcomes));  // final: replayed as refused
    }

    // The batch shares one transaction: a database error in command 3 keeps 1 and 2 (committed, as if each had its
    // own transaction), rolls back 3's effect, records nothing for 3 or after, and fails the push.
    void databaseErrorKeepsTheCommandsBeforeItAndFailsThePush() {
        const auto device = newDevice();
        auto request = batch(device, {1, 2, 3, 4}, 5);
        request.commands[2].type = "Broken";
        QVERIFY_THROWS_EXCEPTION(pqxx::sql_error, m_processor->process(request));
        QCOMPARE(counter(device), 10LL);
        request.commands[2].type = "Increment";  // fixed: the device pushes the same batch again
        const auto r = m_processor->process(request);
        QCOMPARE(r.outcomes.size(), std::size_t{4});
        QCOMPARE(r.outcomes[3].result.at("value").get<long long>(), 20LL);
        QCOMPARE(counter(device), 20LL);
    }

    void seqTakenByAnotherCommandIsRefusedNotRecorded() {
        const auto device = newDevice();
        (void)m_processor->process(batch(device, {1}));
        auto other = batch(device, {1});
        other.commands[0].commandId = domain::Uuid::parse("11111111-1111-7111-8111-111111111111");
        const auto r = m_processor->process(other);
        QCOMPARE(r.outcomes.size(), std::size_t{1});
        QCOMPARE(r.outcomes[0].problem->code(), std::string("device_seq_taken"));
        QCOMPARE(counter(device), 1LL);
    }

    void routeRefusesMalformedPushes_data() {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("missing device_id") << "no_device" << 422 << "device_id";
        QTest::newRow("command_id not a UUID") << "bad_command_id" << 422 << "commands[1].command_id";
        QTest::newRow("device_seq not a number") << "bad_seq" << 422 << "commands[0].device_seq";
        QTest::newRow("seqs not increasing") << "seq_order" << 422 << "commands[1].device_seq";
        QTest::newRow("command of another device") << "other_device" << 422 << "commands[0].device_id";
        QTest::newRow("authorization refuses") << "deny" << 403 << "";
    }
    void routeRefusesMalformedPushes() {
        QFETCH(QString, mutation);
        QFETCH(int, status);
        QFETCH(QString, field);
        const auto device = newDevice();
        json body = toWire(batch(device, {1, 2}));
        httplib::Headers headers;
        if (mutation == QLatin1String("no_device")) {
            body.erase("device_id");
        } else if (mutation == QLatin1String("bad_command_id")) {
            body["commands"][1]["command_id"] = "nope";
        } else if (mutation == QLatin1String("bad_seq")) {
            body["commands"][0]["device_seq"] = "one";
        } else if (mutation == QLatin1String("seq_order")) {
            body["commands"][1]["device_seq"] = 1;
        } else if (mutation == QLatin1String("other_device")) {
            body["commands"][0]["device_id"] = uuid(0xabc, 0);
        } else if (mutation == QLatin1String("deny")) {
            headers.emplace("X-Deny", "1");
        }
        httplib::Client client("127.0.0.1", m_port);
        auto r = client.Post("/v1/sync/commands", headers, body.dump(), "application/json");
        QVERIFY(r);
        QCOMPARE(r->status, status);
        const json problem = json::parse(r->body);
        if (!field.isEmpty()) {
            QCOMPARE(QString::fromStdString(problem.at("errors")[0].at("field").get<std::string>()), field);
        }
        QCOMPARE(counter(device), 0LL);
    }
};

QTEST_GUILESS_MAIN(CommandProcessorTest)
#include "command_processor_pgtest.moc"
