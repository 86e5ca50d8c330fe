// Rules of Location: the central warehouse or a store, a kind with a stable name, a trimmed name of 1..100 characters.
#include "magasin/domain/stock_location.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

using namespace magasin::domain;

namespace {
const LocationId kLocationId{Uuid::parse("0190a000-0000-7000-8000-000000000001")};
const StoreId kNordId{Uuid::parse("33333333-3333-3333-3333-333333333332")};
}  // namespace

class StockLocationTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void centralHasNoStore() {
        const auto central = Location::central(kLocationId, "Entrepôt central");
        QCOMPARE(central.kind(), LocationKind::kCentral);
        QVERIFY(central.isCentral());
        QVERIFY(!central.isStore());
        QVERIFY(!central.storeId().has_value());
        QCOMPARE(central.id(), kLocationId);
    }

    void storeKnowsItsStore() {
        const auto nord = Location::store(kLocationId, kNordId, "Magasin Nord");
        QCOMPARE(nord.kind(), LocationKind::kStore);
        QVERIFY(nord.isStore());
        QVERIFY(nord.storeId().has_value());
        QCOMPARE(*nord.storeId(), kNordId);
        QCOMPARE(QString::fromStdString(nord.name()), QStringLiteral("Magasin Nord"));
    }

    void names_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("stored");
        QTest::newRow("one character is a name") << QStringLiteral("N") << QStringLiteral("N");
        QTest::newRow("surrounding spaces are trimmed")
            << QStringLiteral("  Magasin Nord ") << QStringLiteral("Magasin Nord");
        QTest::newRow("100 accented characters fit") << QString(100, QChar(0xE9)) << QString(100, QChar(0xE9));
        QTest::newRow("empty refused") << QString() << QString();
        QTest::newRow("only spaces refused") << QStringLiteral("   ") << QString();
        QTest::newRow("101 characters refused") << QString(101, QLatin1Char('a')) << QString();
    }
    void names() {
        QFETCH(QString, name);
        QFETCH(QString, stored);
        try {
            const auto location = Location::store(kLocationId, kNordId, name.toStdString());
            QCOMPARE(QString::fromStdString(location.name()), stored);
        } catch (const DomainError& e) {
            QVERIFY2(stored.isEmpty(), "a valid name was refused");
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("location.name.length"));
            QCOMPARE(QString::fromStdString(e.field()), QStringLiteral("name"));
            return;
        }
        QVERIFY2(!stored.isEmpty(), "an invalid name was accepted");
    }

    void kindNamesRoundTrip() {
        for (auto kind : {LocationKind::kCentral, LocationKind::kStore}) {
            QCOMPARE(parseLocationKind(locationKindName(kind)), kind);
        }
        QCOMPARE(QString::fromLatin1(locationKindName(LocationKind::kCentral)), QStringLiteral("central"));
        QCOMPARE(QString::fromLatin1(locationKindName(LocationKind::kStore)), QStringLiteral("store"));
    }

    void unknownKindRefused_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("upper case is not a kind") << QStringLiteral("STORE");
        QTest::newRow("warehouse is not the wire name") << QStringLiteral("warehouse");
        QTest::newRow("empty") << QString();
    }
    void unknownKindRefused() {
        QFETCH(QString, text);
        try {
            (void)parseLocationKind(text.toStdString());
            QFAIL("accepted an unknown kind");
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("location.kind.unknown"));
        }
    }
};

QTEST_APPLESS_MAIN(StockLocationTest)
#include "stock_location_test.moc"
