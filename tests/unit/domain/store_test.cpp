// Rules of Store: name and address lengths, one-line address, offline window range and when it is exceeded.
#include "magasin/domain/store.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

using namespace magasin::domain;
using namespace std::chrono_literals;

namespace {

const StoreId kStoreId = StoreId::parse("33333333-3333-3333-3333-333333333331");

Store makeStore(const std::string& name, const std::string& address, std::chrono::hours window) {
    return Store::of(kStoreId, name, address, TaxProfile::quebec(), window);
}

// Runs the factory and returns the rule it broke, or an empty string when it accepted the input.
QString brokenRule(const std::string& name, const std::string& address, std::chrono::hours window) {
    try {
        (void)makeStore(name, address, window);
        return {};
    } catch (const DomainError& e) {
        if (e.code() != ErrorCode::kInvalidValue) {
            return QStringLiteral("unexpected code");
        }
        return QString::fromStdString(e.rule());
    }
}

}  // namespace

class StoreTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createsAStore() {
        const Store store = makeStore("  Magasin Central ", " 1 rue Principale, Montréal ", 72h);
        QCOMPARE(store.id(), kStoreId);
        QCOMPARE(QString::fromStdString(store.name()), QStringLiteral("Magasin Central"));
        QCOMPARE(QString::fromStdString(store.address()), QStringLiteral("1 rue Principale, Montréal"));
        QVERIFY(store.taxProfile() == TaxProfile::quebec());
        QCOMPARE(store.maxOfflineWindow(), 72h);
    }

    void validatesInput_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("hours");
        QTest::addColumn<QString>("rule");
        const QString address = QStringLiteral("1 rue Principale");
        const QString name = QStringLiteral("Magasin Nord");
        QTest::newRow("name of 1 character refused") << QStringLiteral("N") << address << 24 << "store.name.length";
        QTest::newRow("name of 2 characters accepted") << QStringLiteral("Né") << address << 24 << "";
        QTest::newRow("name counted after trimming") << QStringLiteral("  N  ") << address << 24 << "store.name.length";
        QTest::newRow("name of 100 characters accepted") << QString(100, u'é') << address << 24 << "";
        QTest::newRow("name of 101 characters refused") << QString(101, u'a') << address << 24 << "store.name.length";
        QTest::newRow("address of 4 characters refused")
            << name << QStringLiteral("1 ru") << 24 << "store.address.length";
        QTest::newRow("address of 5 characters accepted") << name << QStringLiteral("1 rue") << 24 << "";
        QTest::newRow("blank address refused") << name << QStringLiteral("     \t ") << 24 << "store.address.length";
        QTest::newRow("address of 200 characters accepted") << name << QString(200, u'x') << 24 << "";
        QTest::newRow("address of 201 characters refused")
            << name << QString(201, u'x') << 24 << "store.address.length";
        QTest::newRow("address on two lines refused")
            << name << QStringLiteral("1 rue Principale\nMontréal") << 24 << "store.address.single_line";
        QTest::newRow("offline window of 0 hours refused") << name << address << 0 << "store.offline_window.range";
        QTest::newRow("offline window of 1 hour accepted") << name << address << 1 << "";
        QTest::newRow("offline window of 168 hours accepted") << name << address << 168 << "";
        QTest::newRow("offline window of 169 hours refused") << name << address << 169 << "store.offline_window.range";
    }
    void validatesInput() {
        QFETCH(QString, name);
        QFETCH(QString, address);
        QFETCH(int, hours);
        QFETCH(QString, rule);
        QCOMPARE(brokenRule(name.toStdString(), address.toStdString(), std::chrono::hours(hours)), rule);
    }

    void offlineWindow_data() {
        QTest::addColumn<qint64>("minutesSinceSync");
        QTest::addColumn<bool>("exceeded");
        QTest::newRow("just synced is within the window") << qint64(0) << false;
        QTest::newRow("exactly 24 h since sync is still within") << qint64(24 * 60) << false;
        QTest::newRow("24 h and 1 minute since sync is exceeded") << qint64(24 * 60 + 1) << true;
        QTest::newRow("sync in the future (skewed clock) is not exceeded") << qint64(-60) << false;
    }
    void offlineWindow() {
        QFETCH(qint64, minutesSinceSync);
        QFETCH(bool, exceeded);
        const Store store = makeStore("Magasin Nord", "2 rue du Nord", 24h);
        const Timestamp now = parseIso8601("2026-11-25T14:00:00Z");
        QCOMPARE(store.offlineWindowExceeded(now - std::chrono::minutes(minutesSinceSync), now), exceeded);
    }
};

QTEST_APPLESS_MAIN(StoreTest)
#include "store_test.moc"
