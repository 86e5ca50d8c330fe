// Rules of stock levels: labels at every threshold boundary, threshold validation, and applying movements (online
// never below zero, offline sales may and raise a stock exception, counts set the level).
#include "magasin/domain/stock_level.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

#include <functional>

using namespace magasin::domain;

Q_DECLARE_METATYPE(LocationKind)
Q_DECLARE_METATYPE(LevelLabel)
Q_DECLARE_METATYPE(MovementReason)

namespace {
const ProductId kProduct{Uuid::parse("550e8400-e29b-41d4-a716-446655440001")};
const ProductId kOtherProduct{Uuid::parse("550e8400-e29b-41d4-a716-446655440002")};
const Location kCentral = Location::central(LocationId{Uuid::parse("0190a000-0000-7000-8000-000000000001")}, "Central");
const Location kStore = Location::store(LocationId{Uuid::parse("0190a000-0000-7000-8000-000000000002")},
                                        StoreId{Uuid::parse("33333333-3333-3333-3333-333333333332")}, "Magasin Nord");
const Timestamp kAt = parseIso8601("2026-11-25T14:20:13.000Z");
const MovementId kMovementId{Uuid::parse("0190a000-0000-7000-8000-0000000000a1")};

Movement movementAt(const Location& location, MovementReason reason, std::int64_t quantity,
                    MovementOrigin origin = MovementOrigin::kOnline) {
    return Movement::of(kMovementId, location.id(), kProduct, reason, Quantity::of(quantity), "sale:s1:1", kAt, origin);
}

void expectError(const std::function<void()>& action, ErrorCode code, const char* rule) {
    try {
        action();
        QFAIL("no error thrown");
    } catch (const DomainError& e) {
        QCOMPARE(e.code(), code);
        QCOMPARE(QString::fromStdString(e.rule()), QString::fromLatin1(rule));
    }
}
}  // namespace

class StockLevelTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultLabels_data() {
        QTest::addColumn<LocationKind>("kind");
        QTest::addColumn<qint64>("level");
        QTest::addColumn<LevelLabel>("label");
        const auto central = LocationKind::kCentral;
        const auto store = LocationKind::kStore;
        QTest::newRow("central -3 is Critique") << central << qint64(-3) << LevelLabel::kCritical;
        QTest::newRow("central 0 is Critique") << central << qint64(0) << LevelLabel::kCritical;
        QTest::newRow("central 5 is Critique") << central << qint64(5) << LevelLabel::kCritical;
        QTest::newRow("central 6 is Bas") << central << qint64(6) << LevelLabel::kLow;
        QTest::newRow("central 10 is Bas") << central << qint64(10) << LevelLabel::kLow;
        QTest::newRow("central 11 is Normal") << central << qint64(11) << LevelLabel::kNormal;
        QTest::newRow("central 99 is Normal") << central << qint64(99) << LevelLabel::kNormal;
        QTest::newRow("central 100 is Élevé") << central << qint64(100) << LevelLabel::kHigh;
        QTest::newRow("store -3 is Critique") << store << qint64(-3) << LevelLabel::kCritical;
        QTest::newRow("store 2 is Critique") << store << qint64(2) << LevelLabel::kCritical;
        QTest::newRow("store 3 is Bas") << store << qint64(3) << LevelLabel::kLow;
        QTest::newRow("store 5 is Bas") << store << qint64(5) << LevelLabel::kLow;
        QTest::newRow("store 6 is Moyen") << store << qint64(6) << LevelLabel::kMedium;
        QTest::newRow("store 20 is Moyen") << store << qint64(20) << LevelLabel::kMedium;
        QTest::newRow("store 21 is Haut") << store << qint64(21) << LevelLabel::kWellStocked;
        QTest::newRow("store 1000 is Haut") << store << qint64(1000) << LevelLabel::kWellStocked;
    }
    void defaultLabels() {
        QFETCH(LocationKind, kind);
        QFETCH(qint64, level);
        QFETCH(LevelLabel, label);
        QCOMPARE(labelFor(level, Thresholds::defaultsFor(kind)), label);
        const StockLevel stock(kind == LocationKind::kCentral ? kCentral : kStore, kProduct, level);
        QCOMPARE(stock.label(), label);
    }

    void customThresholdsMoveTheLabels() {
        const auto thresholds = Thresholds::of(LocationKind::kStore, 0, 1, 3);
        QCOMPARE(labelFor(0, thresholds), LevelLabel::kCritical);
        QCOMPARE(labelFor(1, thresholds), LevelLabel::kLow);
        QCOMPARE(labelFor(2, thresholds), LevelLabel::kMedium);
        QCOMPARE(labelFor(3, thresholds), LevelLabel::kWellStocked);
        const StockLevel stock(kStore, kProduct, 2, thresholds);
        QCOMPARE(stock.thresholds(), thresholds);
        QCOMPARE(stock.label(), LevelLabel::kMedium);
    }

    void thresholdValidation_data() {
        QTest::addColumn<qint64>("critical");
        QTest::addColumn<qint64>("low");
        QTest::addColumn<qint64>("high");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("field");
        QTest::newRow("0 < 1 < 2 is the tightest") << qint64(0) << qint64(1) << qint64(2) << QString() << QString();
        QTest::newRow("critical -1 refused") << qint64(-1) << qint64(1) << qint64(2)
                                             << QStringLiteral("thresholds.negative") << QStringLiteral("critical");
        QTest::newRow("low equal to critical refused")
            << qint64(5) << qint64(5) << qint64(100) << QStringLiteral("thresholds.order") << QStringLiteral("low");
        QTest::newRow("low under critical refused")
            << qint64(5) << qint64(4) << qint64(100) << QStringLiteral("thresholds.order") << QStringLiteral("low");
        QTest::newRow("high equal to low refused")
            << qint64(5) << qint64(10) << qint64(10) << QStringLiteral("thresholds.order") << QStringLiteral("high");
        QTest::newRow("high under low refused")
            << qint64(5) << qint64(10) << qint64(9) << QStringLiteral("thresholds.order") << QStringLiteral("high");
    }
    void thresholdValidation() {
        QFETCH(qint64, critical);
        QFETCH(qint64, low);
        QFETCH(qint64, high);
        QFETCH(QString, rule);
        QFETCH(QString, field);
        try {
            const auto t = Thresholds::of(LocationKind::kCentral, critical, low, high);
            QVERIFY2(rule.isEmpty(), "invalid thresholds were accepted");
            QCOMPARE(t.critical(), critical);
            QCOMPARE(t.low(), low);
            QCOMPARE(t.high(), high);
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(QString::fromStdString(e.rule()), rule);
            QCOMPARE(QString::fromStdString(e.field()), field);
        }
    }

    void defaultsMatchTheSeed() {
        const auto central = Thresholds::defaultsFor(LocationKind::kCentral);
        QCOMPARE(central, Thresholds::of(LocationKind::kCentral, 5, 10, 100));
        const auto store = Thresholds::defaultsFor(LocationKind::kStore);
        QCOMPARE(store, Thresholds::of(LocationKind::kStore, 2, 5, 21));
    }

    void thresholdsMustMatchTheLocation() {
        expectError([] { StockLevel(kStore, kProduct, 0, Thresholds::defaultsFor(LocationKind::kCentral)); },
                    ErrorCode::kInvalidValue, "stock_level.thresholds.kind");
    }

    void labelNames_data() {
        QTest::addColumn<LevelLabel>("label");
        QTest::addColumn<QString>("french");
        QTest::addColumn<QString>("english");
        QTest::newRow("Critique") << LevelLabel::kCritical << QStringLiteral("Critique") << QStringLiteral("Critical");
        QTest::newRow("Bas") << LevelLabel::kLow << QStringLiteral("Bas") << QStringLiteral("Low");
        QTest::newRow("Normal") << LevelLabel::kNormal << QStringLiteral("Normal") << QStringLiteral("Normal");
        QTest::newRow("Moyen") << LevelLabel::kMedium << QStringLiteral("Moyen") << QStringLiteral("Medium");
        QTest::newRow("Élevé") << LevelLabel::kHigh << QStringLiteral("Élevé") << QStringLiteral("High");
        QTest::newRow("Haut") << LevelLabel::kWellStocked << QStringLiteral("Haut") << QStringLiteral("Well stocked");
    }
    void labelNames() {
        QFETCH(LevelLabel, label);
        QFETCH(QString, french);
        QFETCH(QString, english);
        const auto fr = labelName(label, Language::kFrench);
        const auto en = labelName(label, Language::kEnglish);
        QCOMPARE(QString::fromUtf8(fr.data(), qsizetype(fr.size())), french);
        QCOMPARE(QString::fromUtf8(en.data(), qsizetype(en.size())), english);
    }

    void onlineMovements_data() {
        QTest::addColumn<qint64>("level");
        QTest::addColumn<MovementReason>("reason");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<qint64>("after");  // the level stays as it was when refused
        QTest::addColumn<bool>("refused");
        QTest::newRow("selling 3 of 10 leaves 7")
            << qint64(10) << MovementReason::kSale << qint64(3) << qint64(7) << false;
        QTest::newRow("selling the last unit leaves 0")
            << qint64(1) << MovementReason::kSale << qint64(1) << qint64(0) << false;
        QTest::newRow("selling 2 of 1 online refused")
            << qint64(1) << MovementReason::kSale << qint64(2) << qint64(1) << true;
        QTest::newRow("reserving 5 of 5 leaves 0")
            << qint64(5) << MovementReason::kReservation << qint64(5) << qint64(0) << false;
        QTest::newRow("reserving 6 of 5 refused")
            << qint64(5) << MovementReason::kReservation << qint64(6) << qint64(5) << true;
        QTest::newRow("transferring out 1 of 0 refused")
            << qint64(0) << MovementReason::kTransferOut << qint64(1) << qint64(0) << true;
        QTest::newRow("selling online below a negative level refused")
            << qint64(-2) << MovementReason::kSale << qint64(1) << qint64(-2) << true;
        QTest::newRow("a transfer in lifts a negative level")
            << qint64(-3) << MovementReason::kTransferIn << qint64(1) << qint64(-2) << false;
        QTest::newRow("a cancelled sale puts stock back")
            << qint64(0) << MovementReason::kSaleCancelled << qint64(4) << qint64(4) << false;
    }
    void onlineMovements() {
        QFETCH(qint64, level);
        QFETCH(MovementReason, reason);
        QFETCH(qint64, quantity);
        QFETCH(qint64, after);
        QFETCH(bool, refused);
        StockLevel stock(kStore, kProduct, level);
        try {
            const auto outcome = stock.apply(movementAt(kStore, reason, quantity));
            QVERIFY2(!refused, "an online movement took the level below zero");
            QCOMPARE(outcome.level, after);
            QVERIFY(!outcome.exception.has_value());
            QCOMPARE(stock.level(), after);
        } catch (const DomainError& e) {
            QVERIFY2(refused, "a valid movement was refused");
            QCOMPARE(e.code(), ErrorCode::kInsufficientStock);
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("stock_level.insufficient"));
        }
        QCOMPARE(stock.level(), after);
    }

    void insufficientStockNamesAvailableAndAsked() {
        StockLevel stock(kStore, kProduct, 3);
        try {
            (void)stock.apply(movementAt(kStore, MovementReason::kSale, 5));
            QFAIL("sold more than available");
        } catch (const DomainError& e) {
            QCOMPARE(QString::fromUtf8(e.what()),
                     QStringLiteral("Not enough stock at Magasin Nord: 3 available, 5 asked"));
        }
    }

    void offlineSales_data() {
        QTest::addColumn<qint64>("level");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<qint64>("after");
        QTest::addColumn<bool>("exception");
        QTest::newRow("offline sale within stock raises nothing") << qint64(5) << qint64(5) << qint64(0) << false;
        QTest::newRow("offline sale one past stock raises an exception")
            << qint64(5) << qint64(6) << qint64(-1) << true;
        QTest::newRow("offline sale from a negative level raises another")
            << qint64(-1) << qint64(2) << qint64(-3) << true;
    }
    void offlineSales() {
        QFETCH(qint64, level);
        QFETCH(qint64, quantity);
        QFETCH(qint64, after);
        QFETCH(bool, exception);
        StockLevel stock(kStore, kProduct, level);
        const auto outcome =
            stock.apply(movementAt(kStore, MovementReason::kSale, quantity, MovementOrigin::kOfflineSale));
        QCOMPARE(outcome.level, after);
        QCOMPARE(stock.level(), after);
        QCOMPARE(outcome.exception.has_value(), exception);
        if (exception) {
            QCOMPARE(*outcome.exception, (StockException{kStore.id(), kProduct, after, "sale:s1:1"}));
        }
    }

    void offlineCancellationOfANegativeLevelRaisesNothing() {
        StockLevel stock(kStore, kProduct, -3);
        const auto outcome =
            stock.apply(movementAt(kStore, MovementReason::kSaleCancelled, 1, MovementOrigin::kOfflineSale));
        QCOMPARE(outcome.level, qint64(-2));
        QVERIFY(!outcome.exception.has_value());
    }

    void countsSetTheLevel() {
        StockLevel stock(kStore, kProduct, -3);
        const auto count = Movement::count(kMovementId, kStore.id(), kProduct, 4, stock.level(), "count:1", kAt);
        QCOMPARE(stock.apply(count), (MovementOutcome{4, std::nullopt}));
        QCOMPARE(stock.level(), qint64(4));
    }

    void staleCountRefused() {
        StockLevel stock(kStore, kProduct, 10);
        const auto count = Movement::count(kMovementId, kStore.id(), kProduct, 4, 9, "count:1", kAt);
        expectError([&] { (void)stock.apply(count); }, ErrorCode::kIllegalState, "stock_level.count.stale");
        QCOMPARE(stock.level(), qint64(10));
    }

    void adjustmentsFollowTheOnlineRule() {
        StockLevel stock(kCentral, kProduct, 2);
        const auto down3 = Movement::adjustment(kMovementId, kCentral.id(), kProduct, -3, "adjustment:1", kAt);
        expectError([&] { (void)stock.apply(down3); }, ErrorCode::kInsufficientStock, "stock_level.insufficient");
        const auto down2 = Movement::adjustment(kMovementId, kCentral.id(), kProduct, -2, "adjustment:2", kAt);
        QCOMPARE(stock.apply(down2).level, qint64(0));
    }

    void movementForAnotherPlaceRefused() {
        StockLevel stock(kStore, kProduct, 10);
        expectError([&] { (void)stock.apply(movementAt(kCentral, MovementReason::kSale, 1)); },
                    ErrorCode::kInvalidValue, "stock_level.movement.mismatch");
        const auto otherProduct = Movement::of(kMovementId, kStore.id(), kOtherProduct, MovementReason::kSale,
                                               Quantity::of(1), "sale:s1:1", kAt);
        expectError([&] { (void)stock.apply(otherProduct); }, ErrorCode::kInvalidValue,
                    "stock_level.movement.mismatch");
        QCOMPARE(stock.level(), qint64(10));
    }
};

QTEST_APPLESS_MAIN(StockLevelTest)
#include "stock_level_test.moc"
