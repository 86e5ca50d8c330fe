// Rules of Movement: the sign follows the reason, magnitudes 1..10,000, counts set the level, a source is required,
// and only sales may come from an offline terminal.
#include "magasin/domain/stock_movement.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

#include <functional>

using namespace magasin::domain;

Q_DECLARE_METATYPE(MovementReason)
Q_DECLARE_METATYPE(MovementOrigin)

namespace {
const MovementId kMovementId{Uuid::parse("0190a000-0000-7000-8000-0000000000a1")};
const LocationId kLocation{Uuid::parse("0190a000-0000-7000-8000-000000000001")};
const ProductId kProduct{Uuid::parse("550e8400-e29b-41d4-a716-446655440001")};
const Timestamp kAt = parseIso8601("2026-11-25T14:20:13.000Z");

Movement movement(MovementReason reason, std::int64_t quantity, MovementOrigin origin = MovementOrigin::kOnline) {
    return Movement::of(kMovementId, kLocation, kProduct, reason, Quantity::of(quantity), "test:1", kAt, origin);
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

class StockMovementTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void signFollowsReason_data() {
        QTest::addColumn<MovementReason>("reason");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<qint64>("delta");
        QTest::newRow("a sale takes stock out") << MovementReason::kSale << qint64(3) << qint64(-3);
        QTest::newRow("a cancelled sale puts it back") << MovementReason::kSaleCancelled << qint64(3) << qint64(3);
        QTest::newRow("a transfer out takes stock out") << MovementReason::kTransferOut << qint64(10) << qint64(-10);
        QTest::newRow("a transfer in brings stock in") << MovementReason::kTransferIn << qint64(10) << qint64(10);
        QTest::newRow("a reservation holds stock") << MovementReason::kReservation << qint64(1) << qint64(-1);
        QTest::newRow("a released reservation frees it")
            << MovementReason::kReservationReleased << qint64(1) << qint64(1);
        QTest::newRow("10000 is the largest movement") << MovementReason::kSale << qint64(10'000) << qint64(-10'000);
    }
    void signFollowsReason() {
        QFETCH(MovementReason, reason);
        QFETCH(qint64, quantity);
        QFETCH(qint64, delta);
        const auto m = movement(reason, quantity);
        QCOMPARE(m.delta(), delta);
        QCOMPARE(m.reason(), reason);
        QVERIFY(!m.counted().has_value());
        QVERIFY(!m.fromOfflineSale());
        QCOMPARE(QString::fromStdString(m.source()), QStringLiteral("test:1"));
        QCOMPARE(m.at(), kAt);
    }

    void signedReasonsNeedTheirOwnFactory_data() {
        QTest::addColumn<MovementReason>("reason");
        QTest::newRow("an adjustment carries its own sign") << MovementReason::kAdjustment;
        QTest::newRow("a count sets the level") << MovementReason::kCount;
    }
    void signedReasonsNeedTheirOwnFactory() {
        QFETCH(MovementReason, reason);
        expectError([&] { (void)movement(reason, 1); }, ErrorCode::kInvalidValue, "movement.reason.signed");
    }

    void adjustments_data() {
        QTest::addColumn<qint64>("delta");
        QTest::addColumn<bool>("valid");
        QTest::newRow("adjust up by 1") << qint64(1) << true;
        QTest::newRow("adjust down by 1") << qint64(-1) << true;
        QTest::newRow("adjust up by 10000") << qint64(10'000) << true;
        QTest::newRow("adjust down by 10000") << qint64(-10'000) << true;
        QTest::newRow("adjust by 0 refused") << qint64(0) << false;
        QTest::newRow("adjust up by 10001 refused") << qint64(10'001) << false;
        QTest::newRow("adjust down by 10001 refused") << qint64(-10'001) << false;
        QTest::newRow("adjust by the lowest int64 refused") << std::numeric_limits<qint64>::min() << false;
    }
    void adjustments() {
        QFETCH(qint64, delta);
        QFETCH(bool, valid);
        try {
            const auto m = Movement::adjustment(kMovementId, kLocation, kProduct, delta, "adjustment:42", kAt);
            QVERIFY2(valid, "an out-of-range adjustment was accepted");
            QCOMPARE(m.delta(), delta);
            QCOMPARE(m.reason(), MovementReason::kAdjustment);
        } catch (const DomainError& e) {
            QVERIFY2(!valid, "a valid adjustment was refused");
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("quantity.range"));
            QCOMPARE(QString::fromStdString(e.field()), QStringLiteral("delta"));
        }
    }

    void countsSetTheLevel_data() {
        QTest::addColumn<qint64>("counted");
        QTest::addColumn<qint64>("current");
        QTest::addColumn<qint64>("delta");
        QTest::newRow("found fewer than recorded") << qint64(7) << qint64(10) << qint64(-3);
        QTest::newRow("found more than recorded") << qint64(12) << qint64(10) << qint64(2);
        QTest::newRow("a confirming count moves nothing") << qint64(10) << qint64(10) << qint64(0);
        QTest::newRow("an empty shelf counts as 0") << qint64(0) << qint64(4) << qint64(-4);
        QTest::newRow("a count fixes a negative level") << qint64(2) << qint64(-3) << qint64(5);
        QTest::newRow("a count may move more than 10000") << qint64(20'000) << qint64(0) << qint64(20'000);
    }
    void countsSetTheLevel() {
        QFETCH(qint64, counted);
        QFETCH(qint64, current);
        QFETCH(qint64, delta);
        const auto m = Movement::count(kMovementId, kLocation, kProduct, counted, current, "count:2026-11", kAt);
        QCOMPARE(m.delta(), delta);
        QCOMPARE(m.counted(), std::optional<std::int64_t>(counted));
        QCOMPARE(m.reason(), MovementReason::kCount);
    }

    void negativeCountRefused() {
        expectError([] { (void)Movement::count(kMovementId, kLocation, kProduct, -1, 0, "count:1", kAt); },
                    ErrorCode::kInvalidValue, "movement.count.negative");
    }

    void sources_data() {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("rule");
        QTest::newRow("a sale line names its cause")
            << QStringLiteral("sale:0190a000-0000-7000-8000-000000000099:1") << QString();
        QTest::newRow("255 bytes fit") << QString(255, QLatin1Char('s')) << QString();
        QTest::newRow("256 bytes refused")
            << QString(256, QLatin1Char('s')) << QStringLiteral("movement.source.length");
        QTest::newRow("empty source refused") << QString() << QStringLiteral("movement.source.empty");
        QTest::newRow("blank source refused") << QStringLiteral("  ") << QStringLiteral("movement.source.empty");
    }
    void sources() {
        QFETCH(QString, source);
        QFETCH(QString, rule);
        try {
            const auto m = Movement::of(kMovementId, kLocation, kProduct, MovementReason::kSale, Quantity::of(1),
                                        source.toStdString(), kAt);
            QVERIFY2(rule.isEmpty(), "an invalid source was accepted");
            QCOMPARE(QString::fromStdString(m.source()), source);
        } catch (const DomainError& e) {
            QCOMPARE(QString::fromStdString(e.rule()), rule);
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(QString::fromStdString(e.field()), QStringLiteral("source"));
        }
    }

    void sourcesAreCheckedForAdjustmentsAndCounts() {
        expectError([] { (void)Movement::adjustment(kMovementId, kLocation, kProduct, 1, "", kAt); },
                    ErrorCode::kInvalidValue, "movement.source.empty");
        expectError([] { (void)Movement::count(kMovementId, kLocation, kProduct, 1, 0, "", kAt); },
                    ErrorCode::kInvalidValue, "movement.source.empty");
    }

    void offlineOrigin_data() {
        QTest::addColumn<MovementReason>("reason");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("an offline sale") << MovementReason::kSale << true;
        QTest::newRow("an offline sale cancellation") << MovementReason::kSaleCancelled << true;
        QTest::newRow("no offline transfer out") << MovementReason::kTransferOut << false;
        QTest::newRow("no offline transfer in") << MovementReason::kTransferIn << false;
        QTest::newRow("no offline reservation") << MovementReason::kReservation << false;
        QTest::newRow("no offline reservation release") << MovementReason::kReservationReleased << false;
    }
    void offlineOrigin() {
        QFETCH(MovementReason, reason);
        QFETCH(bool, allowed);
        try {
            QVERIFY(movement(reason, 1, MovementOrigin::kOfflineSale).fromOfflineSale());
            QVERIFY2(allowed, "an offline origin was accepted for something else than a sale");
        } catch (const DomainError& e) {
            QVERIFY2(!allowed, "an offline sale was refused");
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("movement.offline.reason"));
        }
    }

    void reasonNames_data() {
        QTest::addColumn<MovementReason>("reason");
        QTest::addColumn<QString>("name");
        QTest::newRow("sale") << MovementReason::kSale << QStringLiteral("sale");
        QTest::newRow("sale_cancelled") << MovementReason::kSaleCancelled << QStringLiteral("sale_cancelled");
        QTest::newRow("transfer_out") << MovementReason::kTransferOut << QStringLiteral("transfer_out");
        QTest::newRow("transfer_in") << MovementReason::kTransferIn << QStringLiteral("transfer_in");
        QTest::newRow("reservation") << MovementReason::kReservation << QStringLiteral("reservation");
        QTest::newRow("reservation_released")
            << MovementReason::kReservationReleased << QStringLiteral("reservation_released");
        QTest::newRow("adjustment") << MovementReason::kAdjustment << QStringLiteral("adjustment");
        QTest::newRow("count") << MovementReason::kCount << QStringLiteral("count");
    }
    void reasonNames() {
        QFETCH(MovementReason, reason);
        QFETCH(QString, name);
        QCOMPARE(QString::fromLatin1(movementReasonName(reason)), name);
        QCOMPARE(parseMovementReason(name.toStdString()), reason);
    }

    void unknownReasonRefused() {
        expectError([] { (void)parseMovementReason("Sale"); }, ErrorCode::kInvalidValue, "movement.reason.unknown");
        expectError([] { (void)parseMovementReason(""); }, ErrorCode::kInvalidValue, "movement.reason.unknown");
    }
};

QTEST_APPLESS_MAIN(StockMovementTest)
#include "stock_movement_test.moc"
