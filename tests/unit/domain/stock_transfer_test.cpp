// Rules of transfers: central warehouse to a store only, both movements or neither, sources named by the request id.
#include "magasin/domain/stock_transfer.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

#include <functional>

using namespace magasin::domain;

namespace {
const ProductId kProduct{Uuid::parse("550e8400-e29b-41d4-a716-446655440001")};
const ProductId kOtherProduct{Uuid::parse("550e8400-e29b-41d4-a716-446655440002")};
const Location kCentral = Location::central(LocationId{Uuid::parse("0190a000-0000-7000-8000-000000000001")}, "Central");
const Location kNord = Location::store(LocationId{Uuid::parse("0190a000-0000-7000-8000-000000000002")},
                                       StoreId{Uuid::parse("33333333-3333-3333-3333-333333333332")}, "Magasin Nord");
const Location kSud = Location::store(LocationId{Uuid::parse("0190a000-0000-7000-8000-000000000003")},
                                      StoreId{Uuid::parse("33333333-3333-3333-3333-333333333333")}, "Magasin Sud");
const TransferId kTransferId{Uuid::parse("0190a000-0000-7000-8000-0000000000f1")};
const MovementId kOutId{Uuid::parse("0190a000-0000-7000-8000-0000000000a1")};
const MovementId kInId{Uuid::parse("0190a000-0000-7000-8000-0000000000a2")};
const Timestamp kAt = parseIso8601("2026-11-25T14:20:13.000Z");

Transfer transferOf(std::int64_t quantity) {
    return Transfer::of(kTransferId, kProduct, Quantity::of(quantity), kCentral, kNord);
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

class StockTransferTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void plansBothMovements_data() {
        QTest::addColumn<qint64>("centralLevel");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<bool>("planned");
        QTest::newRow("10 of 100 at central") << qint64(100) << qint64(10) << true;
        QTest::newRow("all of central's 10") << qint64(10) << qint64(10) << true;
        QTest::newRow("11 of central's 10 refused") << qint64(10) << qint64(11) << false;
        QTest::newRow("1 of central's 0 refused") << qint64(0) << qint64(1) << false;
        QTest::newRow("anything from a negative central refused") << qint64(-4) << qint64(1) << false;
    }
    void plansBothMovements() {
        QFETCH(qint64, centralLevel);
        QFETCH(qint64, quantity);
        QFETCH(bool, planned);
        const StockLevel central(kCentral, kProduct, centralLevel);
        const StockLevel store(kNord, kProduct, 3);
        try {
            const auto plan = transferOf(quantity).plan(central, store, kOutId, kInId, kAt);
            QVERIFY2(planned, "planned a transfer the central warehouse cannot cover");
            QCOMPARE(plan.out.reason(), MovementReason::kTransferOut);
            QCOMPARE(plan.out.location(), kCentral.id());
            QCOMPARE(plan.out.delta(), -quantity);
            QCOMPARE(plan.out.id(), kOutId);
            QCOMPARE(plan.in.reason(), MovementReason::kTransferIn);
            QCOMPARE(plan.in.location(), kNord.id());
            QCOMPARE(plan.in.delta(), quantity);
            QCOMPARE(plan.in.id(), kInId);
            QCOMPARE(plan.in.at(), kAt);
        } catch (const DomainError& e) {
            QVERIFY2(!planned, "refused a transfer the central warehouse can cover");
            QCOMPARE(e.code(), ErrorCode::kInsufficientStock);
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("stock_level.insufficient"));
        }
        // Planning never moves stock: the caller applies the plan inside one storage transaction.
        QCOMPARE(central.level(), centralLevel);
        QCOMPARE(store.level(), qint64(3));
    }

    void sourcesNameTheTransfer() {
        const auto plan =
            transferOf(5).plan(StockLevel(kCentral, kProduct, 50), StockLevel(kNord, kProduct, 0), kOutId, kInId, kAt);
        QCOMPARE(QString::fromStdString(plan.out.source()),
                 QStringLiteral("transfer:0190a000-0000-7000-8000-0000000000f1:out"));
        QCOMPARE(QString::fromStdString(plan.in.source()),
                 QStringLiteral("transfer:0190a000-0000-7000-8000-0000000000f1:in"));
    }

    void applyingThePlanMovesTheStock() {
        StockLevel central(kCentral, kProduct, 100);
        StockLevel store(kNord, kProduct, 20);
        const auto plan = transferOf(30).plan(central, store, kOutId, kInId, kAt);
        QCOMPARE(central.apply(plan.out).level, qint64(70));
        QCOMPARE(store.apply(plan.in).level, qint64(50));
    }

    void endpoints_data() {
        QTest::addColumn<bool>("fromCentral");
        QTest::addColumn<bool>("toStore");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("field");
        QTest::newRow("central to a store") << true << true << QString() << QString();
        QTest::newRow("store to store refused")
            << false << true << QStringLiteral("transfer.from.central") << QStringLiteral("from");
        QTest::newRow("central to central refused")
            << true << false << QStringLiteral("transfer.to.store") << QStringLiteral("to");
    }
    void endpoints() {
        QFETCH(bool, fromCentral);
        QFETCH(bool, toStore);
        QFETCH(QString, rule);
        QFETCH(QString, field);
        try {
            const auto t = Transfer::of(kTransferId, kProduct, Quantity::of(1), fromCentral ? kCentral : kSud,
                                        toStore ? kNord : kCentral);
            QVERIFY2(rule.isEmpty(), "accepted a transfer between the wrong kinds of location");
            QCOMPARE(t.from(), kCentral.id());
            QCOMPARE(t.to(), kNord.id());
            QCOMPARE(t.id(), kTransferId);
            QCOMPARE(t.quantity(), Quantity::of(1));
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(QString::fromStdString(e.rule()), rule);
            QCOMPARE(QString::fromStdString(e.field()), field);
        }
    }

    void levelsMustBeTheTransfers() {
        const auto transfer = transferOf(1);
        expectError(
            [&] {
                (void)transfer.plan(StockLevel(kCentral, kProduct, 9), StockLevel(kSud, kProduct, 0), kOutId, kInId,
                                    kAt);
            },
            ErrorCode::kInvalidValue, "transfer.level.mismatch");
        expectError(
            [&] {
                (void)transfer.plan(StockLevel(kCentral, kOtherProduct, 9), StockLevel(kNord, kProduct, 0), kOutId,
                                    kInId, kAt);
            },
            ErrorCode::kInvalidValue, "transfer.level.mismatch");
        expectError(
            [&] {
                (void)transfer.plan(StockLevel(kCentral, kProduct, 9), StockLevel(kNord, kOtherProduct, 0), kOutId,
                                    kInId, kAt);
            },
            ErrorCode::kInvalidValue, "transfer.level.mismatch");
    }
};

QTEST_APPLESS_MAIN(StockTransferTest)
#include "stock_transfer_test.moc"
