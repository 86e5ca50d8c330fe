// magasin-terminal against the real catalogue, inventaire and commandes: enrolment and bootstrap then deltas; 200
// sales made with every server stopped, the sync SIGKILLed halfway and restarted: each sale on the server exactly
// once, the store's stock moved by exactly what was sold, the outbox empty; the same with the connection cut after
// the server committed a batch and before it answered; and two sync processes on one journal never pushing the same
// command twice.
#include <QDir>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <sys/stat.h>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "fault_proxy.hpp"
#include "magasin/client/catalogue_cache.hpp"
#include "magasin/client/journal.hpp"
#include "magasin/client/staff_directory.hpp"
#include "magasin/client/stock_snapshot.hpp"
#include "server_stack.hpp"

using nlohmann::json;
namespace client = magasin::client;

namespace {

const std::string kStore = "33333333-3333-3333-3333-333333333331";
const std::string kManagerId = "44444444-4444-4444-4444-444444444412";
const std::string kP1 = "550e8400-e29b-41d4-a716-446655440001";
const std::string kP2 = "550e8400-e29b-41d4-a716-446655440002";
const std::string kP3 = "550e8400-e29b-41d4-a716-446655440003";

struct Run {
    int exitCode = -1;
    json out;
    QByteArray err;
};

Run terminal(const QProcessEnvironment& env, const QString& dataDir, QStringList args, int timeoutMs = 120000) {
    QProcess p;
    p.setProcessEnvironment(env);
    args.prepend(dataDir);
    args.prepend(QStringLiteral("--data"));
    p.start(qEnvironmentVariable("MAGASIN_TERMINAL_BINARY"), args);
    Run run;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.err = p.readAllStandardError();
    run.out = json::parse(p.readAllStandardOutput().trimmed().toStdString(), nullptr, false);
    return run;
}

std::string describe(const Run& r) {
    return "exit " + std::to_string(r.exitCode) + ", out " + (r.out.is_discarded() ? "?" : r.out.dump()) + ", err " +
           r.err.toStdString();
}

std::int64_t scalar(client::Journal& journal, const QString& sql) {
    QSqlQuery q = journal.exec(sql);
    return q.next() ? q.value(0).toLongLong() : -1;
}

// Every sale of `device` the server holds for the store, by id (a duplicate would show as a count above 1).
std::map<std::string, int> serverSales(ServerStack& stack, const std::string& device) {
    httplib::Client c("127.0.0.1", stack.commandesPort());
    const httplib::Headers auth = {{"Authorization", "Bearer " + stack.managerToken(kStore, kManagerId)}};
    std::map<std::string, int> sales;
    for (int offset = 0;; offset += 500) {
        auto r = c.Get(("/v1/sales?store=" + kStore + "&limit=500&offset=" + std::to_string(offset)).c_str(), auth);
        if (!r || r->status != 200) {
            sales["<error " + (r ? std::to_string(r->status) + " " + r->body : std::string("no answer")) + ">"] = 1;
            return sales;
        }
        const auto items = json::parse(r->body).at("items");
        for (const auto& s : items) {
            if (s.value("device_id", json()).is_string() && s.at("device_id").get<std::string>() == device) {
                ++sales[s.at("id").get<std::string>()];
            }
        }
        if (items.size() < 500) {
            return sales;
        }
    }
}

std::int64_t serverLevel(ServerStack& stack, const std::string& product) {
    httplib::Client c("127.0.0.1", stack.inventairePort());
    const httplib::Headers auth = {{"Authorization", "Bearer " + stack.serviceToken()}};
    auto r = c.Get(("/v1/stocks?store=" + kStore + "&product=" + product).c_str(), auth);
    if (!r || r->status != 200) {
        return std::numeric_limits<std::int64_t>::min();
    }
    const auto items = json::parse(r->body).at("items");
    return items.empty() ? 0 : items[0].at("level").get<std::int64_t>();
}

QSet<QString> localSaleIds(client::Journal& journal) {
    QSet<QString> ids;
    QSqlQuery q = journal.exec(QStringLiteral("SELECT id FROM local_sales"));
    while (q.next()) {
        ids.insert(q.value(0).toString());
    }
    return ids;
}

}  // namespace

class TerminalOfflineTest : public QObject {
    Q_OBJECT

    // Enrols a terminal in store 1 and bootstraps it; returns its device id (empty on failure, with a message).
    static std::string enrolAndBootstrap(ServerStack& stack, const QString& data, std::string& why) {
        const auto env = stack.terminalEnv();
        const Run enrol = terminal(
            env, data,
            {QStringLiteral("enrol"), QStringLiteral("--manager"), QStringLiteral("1002"), QStringLiteral("--pin"),
             QStringLiteral("1919"), QStringLiteral("--name"), QStringLiteral("Caisse test")});
        if (enrol.exitCode != 0) {
            why = "enrol: " + describe(enrol);
            return {};
        }
        const Run sync =
            terminal(env, data, {QStringLiteral("sync"), QStringLiteral("--timeout-ms"), QStringLiteral("30000")});
        if (sync.exitCode != 0) {
            why = "bootstrap sync: " + describe(sync);
            return {};
        }
        return enrol.out.at("device_id").get<std::string>();
    }

private Q_SLOTS:
    void initTestCase() {
        for (const char* name : {"MAGASIN_TERMINAL_BINARY", "MAGASIN_COMMANDES_BINARY", "MAGASIN_CATALOGUE_BINARY",
                                 "MAGASIN_INVENTAIRE_BINARY"}) {
            QVERIFY2(!qEnvironmentVariable(name).isEmpty(), name);
        }
    }

    void enrolBootstrapThenDeltas() {
        ServerStack stack;
        QVERIFY2(stack.databasesOk(), stack.databaseError().c_str());
        QVERIFY2(stack.start(), stack.log().constData());
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("terminal"));
        std::string why;
        const auto device = enrolAndBootstrap(stack, data, why);
        QVERIFY2(!device.empty(), why.c_str());
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(data + QStringLiteral("/device.json")).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        {
            client::Journal journal(data + QStringLiteral("/journal.sqlite"));
            client::CatalogueCache cache(journal);
            QVERIFY(cache.count() >= 5);
            QCOMPARE(QString::fromStdString(cache.byId(kP1)->name), QStringLiteral("Clavier mécanique"));
            QCOMPARE(cache.search(QStringLiteral("ecouteurs"), 5).size(), std::size_t(1));
            client::StaffDirectory staff(journal);
            QVERIFY(staff.byCode("1001").has_value());
            QVERIFY(staff.byCode("1002").has_value());
            QVERIFY(!staff.byCode("2001").has_value());  // another store's cashier
            QCOMPARE(client::StockSnapshot(journal).levelOf(kP1).value_or(-1), serverLevel(stack, kP1));
        }
        // Online login answers from commandes.
        const Run login = terminal(stack.terminalEnv(), data,
                                   {QStringLiteral("login"), QStringLiteral("--code"), QStringLiteral("1001"),
                                    QStringLiteral("--pin"), QStringLiteral("1111")});
        QVERIFY2(login.exitCode == 0, describe(login).c_str());
        QCOMPARE(login.out.at("online").get<bool>(), true);
        // A price change on the catalogue arrives as a delta.
        httplib::Client catalogue("127.0.0.1", stack.cataloguePort());
        const httplib::Headers auth = {{"Authorization", "Bearer " + stack.managerToken(kStore, kManagerId)},
                                       {"Idempotency-Key", "price-change-1"}};
        auto changed = catalogue.Post(("/v1/products/" + kP3 + "/price").c_str(), auth,
                                      json{{"price_cents", 1749}}.dump(), "application/json");
        QVERIFY(changed);
        QVERIFY2(changed->status == 200, changed->body.c_str());
        std::int64_t cursorBefore = 0;
        {
            client::Journal journal(data + QStringLiteral("/journal.sqlite"));
            cursorBefore = scalar(journal, QStringLiteral("SELECT cursor FROM sync_cursors WHERE feed = 'catalogue'"));
        }
        const Run delta = terminal(stack.terminalEnv(), data, {QStringLiteral("sync")});
        QVERIFY2(delta.exitCode == 0, describe(delta).c_str());
        client::Journal journal(data + QStringLiteral("/journal.sqlite"));
        QCOMPARE(client::CatalogueCache(journal).byId(kP3)->priceCents, 1749);
        QVERIFY(scalar(journal, QStringLiteral("SELECT cursor FROM sync_cursors WHERE feed = 'catalogue'")) >
                cursorBefore);
    }

    void offlineSalesSurviveAKillMidSync() {
        ServerStack stack;
        QVERIFY2(stack.databasesOk(), stack.databaseError().c_str());
        QVERIFY2(stack.start(), stack.log().constData());
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("terminal"));
        std::string why;
        const auto device = enrolAndBootstrap(stack, data, why);
        QVERIFY2(!device.empty(), why.c_str());
        const std::int64_t p1Before = serverLevel(stack, kP1);
        const std::int64_t p2Before = serverLevel(stack, kP2);

        stack.stop();
        const Run sold =
            terminal(stack.terminalEnv(), data,
                     {QStringLiteral("sell"), QStringLiteral("--code"), QStringLiteral("1001"), QStringLiteral("--pin"),
                      QStringLiteral("1111"), QStringLiteral("--products"), QString::fromStdString(kP1 + "," + kP2),
                      QStringLiteral("--count"), QStringLiteral("200")});
        QVERIFY2(sold.exitCode == 0, describe(sold).c_str());
        QCOMPARE(sold.out.at("online_login").get<bool>(), false);
        QCOMPARE(sold.out.at("pending").get<int>(), 200);
        const auto quantities = sold.out.at("quantities");

        QVERIFY2(stack.start(), stack.log().constData());
        // Sync in small batches and SIGKILL it once part of the outbox has left.
        QProcess sync;
        sync.setProcessEnvironment(stack.terminalEnv());
        sync.start(
            qEnvironmentVariable("MAGASIN_TERMINAL_BINARY"),
            {QStringLiteral("--data"), data, QStringLiteral("sync"), QStringLiteral("--batch"), QStringLiteral("5")});
        QVERIFY(sync.waitForStarted());
        std::int64_t pendingAtKill = -1;
        {
            client::Journal watcher(data + QStringLiteral("/journal.sqlite"));
            for (int i = 0; i < 3000 && sync.state() == QProcess::Running; ++i) {
                const auto pending = scalar(watcher, QStringLiteral("SELECT count(*) FROM outbox"));
                if (pending > 0 && pending < 200) {
                    ::kill(static_cast<pid_t>(sync.processId()), SIGKILL);
                    pendingAtKill = pending;
                    break;
                }
                QThread::msleep(5);
            }
        }
        sync.waitForFinished(10000);
        QVERIFY2(pendingAtKill > 0 && pendingAtKill < 200, "the sync was not caught halfway");
        QCOMPARE(sync.exitStatus(), QProcess::CrashExit);

        const Run resumed = terminal(stack.terminalEnv(), data,
                                     {QStringLiteral("sync"), QStringLiteral("--timeout-ms"), QStringLiteral("60000")});
        QVERIFY2(resumed.exitCode == 0, describe(resumed).c_str());
        QCOMPARE(resumed.out.at("pending").get<int>(), 0);
        QCOMPARE(resumed.out.at("rejected").get<int>(), 0);

        const auto sales = serverSales(stack, device);
        QCOMPARE(sales.size(), std::size_t(200));
        client::Journal journal(data + QStringLiteral("/journal.sqlite"));
        const auto local = localSaleIds(journal);
        for (const auto& [id, count] : sales) {
            QVERIFY2(count == 1, id.c_str());
            QVERIFY2(local.contains(QString::fromStdString(id)), id.c_str());
        }
        QCOMPARE(scalar(journal, QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(scalar(journal, QStringLiteral("SELECT count(*) FROM command_log WHERE status <> 'rejected'")), 200);

        // inventaire moves store stock from commandes' feed: exactly what was sold, once.
        const std::int64_t p1Want = p1Before - quantities.at(kP1).get<std::int64_t>();
        const std::int64_t p2Want = p2Before - quantities.at(kP2).get<std::int64_t>();
        for (int i = 0; i < 300 && (serverLevel(stack, kP1) != p1Want || serverLevel(stack, kP2) != p2Want); ++i) {
            QThread::msleep(100);
        }
        QCOMPARE(serverLevel(stack, kP1), p1Want);
        QCOMPARE(serverLevel(stack, kP2), p2Want);
        // And the terminal's own snapshot matches the server after one more pull.
        const Run pulled = terminal(stack.terminalEnv(), data, {QStringLiteral("sync")});
        QVERIFY2(pulled.exitCode == 0, describe(pulled).c_str());
        QCOMPARE(client::StockSnapshot(journal).levelOf(kP1).value_or(0), p1Want);
        QCOMPARE(client::StockSnapshot(journal).levelOf(kP2).value_or(0), p2Want);
    }

    void aCutConnectionAfterTheServerCommittedIsReplayedNotDuplicated() {
        ServerStack stack;
        QVERIFY2(stack.databasesOk(), stack.databaseError().c_str());
        QVERIFY2(stack.start(), stack.log().constData());
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("terminal"));
        std::string why;
        const auto device = enrolAndBootstrap(stack, data, why);
        QVERIFY2(!device.empty(), why.c_str());
        stack.stop();
        const Run sold =
            terminal(stack.terminalEnv(), data,
                     {QStringLiteral("sell"), QStringLiteral("--code"), QStringLiteral("1001"), QStringLiteral("--pin"),
                      QStringLiteral("1111"), QStringLiteral("--products"), QString::fromStdString(kP1 + "," + kP3),
                      QStringLiteral("--count"), QStringLiteral("200")});
        QVERIFY2(sold.exitCode == 0, describe(sold).c_str());
        QVERIFY2(stack.start(), stack.log().constData());

        FaultProxy proxy(stack.commandesPort());
        proxy.dropEvery = 2;  // every second push: committed by commandes, answer lost
        const Run synced = terminal(stack.terminalEnv(proxy.port()), data,
                                    {QStringLiteral("sync"), QStringLiteral("--batch"), QStringLiteral("20"),
                                     QStringLiteral("--timeout-ms"), QStringLiteral("90000")});
        QVERIFY2(synced.exitCode == 0, describe(synced).c_str());
        QVERIFY2(proxy.dropped >= 5, QByteArray::number(proxy.dropped.load()).constData());
        QCOMPARE(synced.out.at("pending").get<int>(), 0);
        QCOMPARE(synced.out.at("rejected").get<int>(), 0);
        const auto sales = serverSales(stack, device);
        QCOMPARE(sales.size(), std::size_t(200));
        for (const auto& [id, count] : sales) {
            QVERIFY2(count == 1, id.c_str());
        }
        // Commands were indeed sent more than once (the lost answers), and the server kept one sale each.
        QVERIFY(proxy.pushedIds().size() > 200);
    }

    void twoSyncProcessesNeverPushTheSameCommandTwice() {
        ServerStack stack;
        QVERIFY2(stack.databasesOk(), stack.databaseError().c_str());
        QVERIFY2(stack.start(), stack.log().constData());
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("terminal"));
        std::string why;
        const auto device = enrolAndBootstrap(stack, data, why);
        QVERIFY2(!device.empty(), why.c_str());
        FaultProxy proxy(stack.commandesPort());
        int lockRefusals = 0;
        int total = 0;
        for (int round = 0; round < 3; ++round) {
            const Run sold = terminal(stack.terminalEnv(), data,
                                      {QStringLiteral("sell"), QStringLiteral("--code"), QStringLiteral("1001"),
                                       QStringLiteral("--pin"), QStringLiteral("1111"), QStringLiteral("--products"),
                                       QString::fromStdString(kP1), QStringLiteral("--count"), QStringLiteral("40")});
            QVERIFY2(sold.exitCode == 0, describe(sold).c_str());
            total += 40;
            QProcess a;
            QProcess b;
            for (QProcess* p : {&a, &b}) {
                p->setProcessEnvironment(stack.terminalEnv(proxy.port()));
                p->start(qEnvironmentVariable("MAGASIN_TERMINAL_BINARY"),
                         {QStringLiteral("--data"), data, QStringLiteral("sync"), QStringLiteral("--batch"),
                          QStringLiteral("2")});
            }
            QVERIFY(a.waitForFinished(60000));
            QVERIFY(b.waitForFinished(60000));
            for (QProcess* p : {&a, &b}) {
                QVERIFY2(p->exitCode() == 0 || p->exitCode() == 3, p->readAllStandardError().constData());
                lockRefusals += p->exitCode() == 3 ? 1 : 0;
            }
        }
        // The second process was turned away at least once while the first pushed (not just run one after another).
        QVERIFY(lockRefusals >= 1);
        const auto pushed = proxy.pushedIds();
        QCOMPARE(pushed.size(), std::size_t(total));
        QCOMPARE(QSet<std::string>(pushed.begin(), pushed.end()).size(), qsizetype(total));
        QCOMPARE(serverSales(stack, device).size(), std::size_t(total));
    }
};

QTEST_GUILESS_MAIN(TerminalOfflineTest)
#include "terminal_offline_pgtest.moc"
