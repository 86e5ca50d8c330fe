// The sync agent: runs off the calling thread, publishes its status (pending count, offline, last error) through a
// queued signal and a thread-safe value, and a second agent on the same journal waits for the lock instead of pushing.
#include <QTemporaryDir>
#include <QTest>

#include "magasin/client/journal.hpp"
#include "magasin/client/outbox.hpp"
#include "magasin/client/sync_agent.hpp"

using namespace magasin;

namespace {

client::SyncAgentOptions options(const QString& journalPath) {
    client::SyncAgentOptions o;
    o.journalPath = journalPath;
    // Port 1 refuses connections: the terminal is offline.
    o.endpoints.catalogue = QUrl(QStringLiteral("http://127.0.0.1:1"));
    o.endpoints.inventaire = QUrl(QStringLiteral("http://127.0.0.1:1"));
    o.endpoints.commandes = QUrl(QStringLiteral("http://127.0.0.1:1"));
    o.identity = {domain::DeviceId::parse("0190f0a0-0000-7000-8000-000000000001"),
                  domain::StoreId::parse("33333333-3333-3333-3333-333333333331"), "Caisse 1", "dc_secret"};
    o.interval = std::chrono::milliseconds(100);
    return o;
}

}  // namespace

class SyncAgentTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void publishesOfflineStatusFromItsOwnThread() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        {
            client::Journal journal(path);
            domain::UuidV7Generator ids(domain::systemClock(), domain::systemRandom());
            client::Outbox outbox(journal, options(path).identity.deviceId, domain::systemClock(),
                                  [&] { return ids.next(); });
            outbox.append("RecordSale", domain::StaffId::parse("44444444-4444-4444-4444-444444444411"), {});
            outbox.append("RecordSale", domain::StaffId::parse("44444444-4444-4444-4444-444444444411"), {});
        }
        client::SyncAgent agent(options(path));
        int received = 0;
        Qt::HANDLE receivedOn = nullptr;
        connect(&agent, &client::SyncAgent::statusChanged, this, [&](const client::SyncStatus&) {
            ++received;
            receivedOn = QThread::currentThreadId();
        });
        agent.start();
        QTRY_VERIFY_WITH_TIMEOUT(!agent.status().lastError.isEmpty() && !agent.status().running, 10000);
        const auto status = agent.status();
        QCOMPARE(status.pending, 2);
        QVERIFY(!status.online);
        QVERIFY(status.lockHeld);
        QTRY_VERIFY(received > 0);
        QCOMPARE(receivedOn, QThread::currentThreadId());  // queued to the receiver's (UI) thread
        agent.stop();
    }

    void aSecondAgentOnTheSameJournalWaitsForTheLock() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        { client::Journal journal(path); }
        client::SyncAgent first(options(path));
        first.start();
        QTRY_VERIFY_WITH_TIMEOUT(first.status().lockHeld, 10000);
        client::SyncAgent second(options(path));
        second.start();
        QTRY_VERIFY_WITH_TIMEOUT(!second.status().lastError.isEmpty(), 10000);
        QVERIFY(!second.status().lockHeld);
        QVERIFY(second.status().lastError.contains(QStringLiteral("another process")));
        first.stop();
        second.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(second.status().lockHeld, 10000);
        second.stop();
    }
};

QTEST_GUILESS_MAIN(SyncAgentTest)
#include "sync_agent_test.moc"
