// Rules of reservations: held at the central warehouse, then committed before expiry, released, or expired; every
// other transition is refused; the stock movements they imply.
#include "magasin/domain/reservation.hpp"
#include "magasin/domain/domain_error.hpp"
#include "magasin/domain/stock_level.hpp"

#include <QTest>

#include <chrono>
#include <functional>

using namespace magasin::domain;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(ReservationStatus)

namespace {
const ReservationId kId{Uuid::parse("0190a000-0000-7000-8000-0000000000c1")};
const ProductId kProduct{Uuid::parse("550e8400-e29b-41d4-a716-446655440001")};
const Location kCentral = Location::central(LocationId{Uuid::parse("0190a000-0000-7000-8000-000000000001")}, "Central");
const Location kNord = Location::store(LocationId{Uuid::parse("0190a000-0000-7000-8000-000000000002")},
                                       StoreId{Uuid::parse("33333333-3333-3333-3333-333333333332")}, "Magasin Nord");
const MovementId kHoldId{Uuid::parse("0190a000-0000-7000-8000-0000000000a1")};
const MovementId kReleaseId{Uuid::parse("0190a000-0000-7000-8000-0000000000a2")};
const Timestamp kCreated = parseIso8601("2026-11-25T14:00:00.000Z");
const Timestamp kExpires = kCreated + 15min;

Reservation heldReservation() {
    return Reservation::hold(kId, kProduct, Quantity::of(3), kCentral, kCreated, kExpires);
}

// A reservation brought to a given state the way the application would.
Reservation reservationIn(ReservationStatus status) {
    auto r = heldReservation();
    switch (status) {
        case ReservationStatus::kHeld: break;
        case ReservationStatus::kCommitted: r.commit(kCreated + 1min); break;
        case ReservationStatus::kReleased: (void)r.release(kReleaseId, kCreated + 1min); break;
        case ReservationStatus::kExpired: (void)r.expireIfDue(kReleaseId, kExpires); break;
    }
    return r;
}

void expectError(const std::function<void()>& action, ErrorCode code, const QString& rule) {
    try {
        action();
        QFAIL("no error thrown");
    } catch (const DomainError& e) {
        QCOMPARE(e.code(), code);
        QCOMPARE(QString::fromStdString(e.rule()), rule);
    }
}
}  // namespace

class ReservationTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void holdsAtTheCentralWarehouse() {
        const auto r = heldReservation();
        QCOMPARE(r.status(), ReservationStatus::kHeld);
        QCOMPARE(r.location(), kCentral.id());
        QCOMPARE(r.quantity(), Quantity::of(3));
        QCOMPARE(r.expiresAt(), kExpires);
        QVERIFY(!r.closedAt().has_value());
    }

    void holdValidation_data() {
        QTest::addColumn<bool>("atCentral");
        QTest::addColumn<qint64>("lifetimeMs");
        QTest::addColumn<QString>("rule");
        QTest::newRow("expiring 1 ms after creation is enough") << true << qint64(1) << QString();
        QTest::newRow("expiring at creation refused")
            << true << qint64(0) << QStringLiteral("reservation.expiry.order");
        QTest::newRow("expiring before creation refused")
            << true << qint64(-1) << QStringLiteral("reservation.expiry.order");
        QTest::newRow("a store cannot hold for e-commerce")
            << false << qint64(60'000) << QStringLiteral("reservation.location.central");
    }
    void holdValidation() {
        QFETCH(bool, atCentral);
        QFETCH(qint64, lifetimeMs);
        QFETCH(QString, rule);
        try {
            const auto r = Reservation::hold(kId, kProduct, Quantity::of(1), atCentral ? kCentral : kNord, kCreated,
                                             kCreated + std::chrono::milliseconds(lifetimeMs));
            QVERIFY2(rule.isEmpty(), "an invalid reservation was accepted");
            QCOMPARE(r.status(), ReservationStatus::kHeld);
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(QString::fromStdString(e.rule()), rule);
        }
    }

    void commitBeforeExpiry_data() {
        QTest::addColumn<qint64>("msAfterCreation");
        QTest::addColumn<bool>("committed");
        QTest::newRow("right away") << qint64(0) << true;
        QTest::newRow("1 ms before expiry") << qint64(15 * 60'000 - 1) << true;
        QTest::newRow("at expiry refused") << qint64(15 * 60'000) << false;
        QTest::newRow("after expiry refused") << qint64(16 * 60'000) << false;
    }
    void commitBeforeExpiry() {
        QFETCH(qint64, msAfterCreation);
        QFETCH(bool, committed);
        auto r = heldReservation();
        const auto now = kCreated + std::chrono::milliseconds(msAfterCreation);
        try {
            r.commit(now);
            QVERIFY2(committed, "committed an expired reservation");
            QCOMPARE(r.status(), ReservationStatus::kCommitted);
            QCOMPARE(r.closedAt(), std::optional<Timestamp>(now));
        } catch (const DomainError& e) {
            QVERIFY2(!committed, "refused a reservation still held");
            QCOMPARE(e.code(), ErrorCode::kIllegalState);
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("reservation.commit.expired"));
            QCOMPARE(r.status(), ReservationStatus::kHeld);
        }
    }

    void illegalTransitions_data() {
        QTest::addColumn<ReservationStatus>("from");
        QTest::addColumn<bool>("commit");  // otherwise release
        QTest::addColumn<QString>("rule");
        QTest::newRow("committing twice")
            << ReservationStatus::kCommitted << true << QStringLiteral("reservation.commit.not_held");
        QTest::newRow("committing a released reservation")
            << ReservationStatus::kReleased << true << QStringLiteral("reservation.commit.not_held");
        QTest::newRow("committing an expired reservation")
            << ReservationStatus::kExpired << true << QStringLiteral("reservation.commit.not_held");
        QTest::newRow("releasing a committed reservation")
            << ReservationStatus::kCommitted << false << QStringLiteral("reservation.release.not_held");
        QTest::newRow("releasing twice") << ReservationStatus::kReleased << false
                                         << QStringLiteral("reservation.release.not_held");
        QTest::newRow("releasing an expired reservation")
            << ReservationStatus::kExpired << false << QStringLiteral("reservation.release.not_held");
    }
    void illegalTransitions() {
        QFETCH(ReservationStatus, from);
        QFETCH(bool, commit);
        QFETCH(QString, rule);
        auto r = reservationIn(from);
        QCOMPARE(r.status(), from);
        const auto closedAt = r.closedAt();
        expectError(
            [&] {
                if (commit) {
                    r.commit(kCreated + 2min);
                } else {
                    (void)r.release(kReleaseId, kCreated + 2min);
                }
            },
            ErrorCode::kIllegalState, rule);
        QCOMPARE(r.status(), from);
        QCOMPARE(r.closedAt(), closedAt);
    }

    void expiry_data() {
        QTest::addColumn<ReservationStatus>("from");
        QTest::addColumn<qint64>("msAfterExpiry");
        QTest::addColumn<ReservationStatus>("to");
        QTest::newRow("held 1 ms before expiry stays held")
            << ReservationStatus::kHeld << qint64(-1) << ReservationStatus::kHeld;
        QTest::newRow("held at expiry expires") << ReservationStatus::kHeld << qint64(0) << ReservationStatus::kExpired;
        QTest::newRow("held long after expiry expires")
            << ReservationStatus::kHeld << qint64(86'400'000) << ReservationStatus::kExpired;
        QTest::newRow("committed never expires")
            << ReservationStatus::kCommitted << qint64(1) << ReservationStatus::kCommitted;
        QTest::newRow("released never expires")
            << ReservationStatus::kReleased << qint64(1) << ReservationStatus::kReleased;
    }
    void expiry() {
        QFETCH(ReservationStatus, from);
        QFETCH(qint64, msAfterExpiry);
        QFETCH(ReservationStatus, to);
        auto r = reservationIn(from);
        const auto now = kExpires + std::chrono::milliseconds(msAfterExpiry);
        const auto movement = r.expireIfDue(kReleaseId, now);
        QCOMPARE(r.status(), to);
        const bool expired = from != to;
        QCOMPARE(movement.has_value(), expired);
        if (expired) {
            QCOMPARE(movement->reason(), MovementReason::kReservationReleased);
            QCOMPARE(movement->delta(), qint64(3));
            QCOMPARE(movement->at(), now);
            QCOMPARE(r.closedAt(), std::optional<Timestamp>(now));
        }
    }

    void movementsHoldAndGiveBackTheStock() {
        auto r = heldReservation();
        StockLevel central(kCentral, kProduct, 3);
        const auto hold = r.holdMovement(kHoldId);
        QCOMPARE(hold.reason(), MovementReason::kReservation);
        QCOMPARE(hold.location(), kCentral.id());
        QCOMPARE(hold.at(), kCreated);
        QCOMPARE(QString::fromStdString(hold.source()),
                 QStringLiteral("reservation:0190a000-0000-7000-8000-0000000000c1:hold"));
        QCOMPARE(central.apply(hold).level, qint64(0));

        const auto release = r.release(kReleaseId, kCreated + 5min);
        QCOMPARE(release.reason(), MovementReason::kReservationReleased);
        QCOMPARE(release.id(), kReleaseId);
        QCOMPARE(QString::fromStdString(release.source()),
                 QStringLiteral("reservation:0190a000-0000-7000-8000-0000000000c1:release"));
        QCOMPARE(central.apply(release).level, qint64(3));
        QCOMPARE(r.status(), ReservationStatus::kReleased);
    }

    void holdingMoreThanCentralHasIsRefused() {
        const auto r = heldReservation();
        StockLevel central(kCentral, kProduct, 2);
        expectError([&] { (void)central.apply(r.holdMovement(kHoldId)); }, ErrorCode::kInsufficientStock,
                    QStringLiteral("stock_level.insufficient"));
    }

    void statusNames() {
        QCOMPARE(QString::fromLatin1(reservationStatusName(ReservationStatus::kHeld)), QStringLiteral("held"));
        QCOMPARE(QString::fromLatin1(reservationStatusName(ReservationStatus::kCommitted)),
                 QStringLiteral("committed"));
        QCOMPARE(QString::fromLatin1(reservationStatusName(ReservationStatus::kReleased)), QStringLiteral("released"));
        QCOMPARE(QString::fromLatin1(reservationStatusName(ReservationStatus::kExpired)), QStringLiteral("expired"));
    }
};

QTEST_APPLESS_MAIN(ReservationTest)
#include "reservation_test.moc"
