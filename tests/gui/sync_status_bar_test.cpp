// The status bar a cashier reads: online, offline (sales kept), and past the store's maximum offline window a warning
// that still says sales are kept; prices older than a day in red.
#include <QLabel>
#include <QTest>

#include "magasin/ui/language.hpp"
#include "magasin/ui/sync_status_bar.hpp"

using magasin::client::SyncStatus;
using magasin::ui::SyncStatusBar;

class SyncStatusBarTest : public QObject {
    Q_OBJECT

    const QDateTime m_now = QDateTime(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC);

    static QString connection(const SyncStatusBar& bar) {
        return bar.findChild<QLabel*>(QStringLiteral("connectionStatus"))->text();
    }
    SyncStatus offlineSince(qint64 seconds) const {
        SyncStatus s;
        s.lockHeld = true;
        s.online = false;
        s.lastCatalogueSync = m_now.addSecs(-seconds - 600);
        s.lastPush = m_now.addSecs(-seconds);  // the latest contact counts
        return s;
    }

private Q_SLOTS:
    void initTestCase() {
        static magasin::ui::Language language;
        language.apply(QStringLiteral("en"));
    }

    void offlineWithinTheWindowSaysSalesAreKept() {
        SyncStatusBar bar;
        bar.show(offlineSince(3600), false, m_now, 0, QStringLiteral("Julie Roy"), 72);
        QCOMPARE(connection(bar), QStringLiteral("\u25cf Offline \u2014 sales are kept and sent later"));
    }

    void offlinePastTheStoreWindowWarnsButKeepsSelling_data() {
        QTest::addColumn<int>("windowHours");
        QTest::addColumn<qint64>("offlineSeconds");
        QTest::addColumn<bool>("warns");
        QTest::newRow("one second past 72 h") << 72 << qint64{72 * 3600 + 1} << true;
        QTest::newRow("exactly 72 h") << 72 << qint64{72 * 3600} << false;
        QTest::newRow("a store with a 24 h window, 25 h") << 24 << qint64{25 * 3600} << true;
    }
    void offlinePastTheStoreWindowWarnsButKeepsSelling() {
        QFETCH(int, windowHours);
        QFETCH(qint64, offlineSeconds);
        QFETCH(bool, warns);
        SyncStatusBar bar;
        bar.show(offlineSince(offlineSeconds), false, m_now, 0, QStringLiteral("Julie Roy"), windowHours);
        QCOMPARE(connection(bar).contains(QStringLiteral("Offline for more than %1 h").arg(windowHours)), warns);
        QVERIFY(connection(bar).contains(QStringLiteral("sales are kept")));
    }

    void onlineIgnoresTheWindow() {
        SyncStatus s = offlineSince(100 * 3600);
        s.online = true;
        SyncStatusBar bar;
        bar.show(s, false, m_now, 0, QString(), 72);
        QCOMPARE(connection(bar), QStringLiteral("\u25cf Online"));
    }

    void neverSyncedIsNotPastTheWindow() {
        SyncStatus s;
        s.lockHeld = true;
        SyncStatusBar bar;
        bar.show(s, false, m_now, 0, QString(), 72);
        QVERIFY(!connection(bar).contains(QStringLiteral("more than")));
    }
};

QTEST_MAIN(SyncStatusBarTest)
#include "sync_status_bar_test.moc"
