// Rules of replenishment requests: pending -> approved -> transferred | rejected | withdrawn, managers decide, an
// approval may lower the quantity but needs the central stock, and one pending request per (product, store).
#include "magasin/domain/replenishment_request.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

#include <chrono>
#include <functional>
#include <vector>

using namespace magasin::domain;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(RequestStatus)
Q_DECLARE_METATYPE(StaffId)

namespace {
const RequestId kId{Uuid::parse("0190a000-0000-7000-8000-0000000000b1")};
const ProductId kProduct{Uuid::parse("550e8400-e29b-41d4-a716-446655440001")};
const ProductId kOtherProduct{Uuid::parse("550e8400-e29b-41d4-a716-446655440002")};
const StoreId kNord{Uuid::parse("33333333-3333-3333-3333-333333333332")};
const StoreId kCentralStore{Uuid::parse("33333333-3333-3333-3333-333333333331")};
const StaffId kCashier{Uuid::parse("0190a000-0000-7000-8000-0000000000d1")};
const StaffId kOtherCashier{Uuid::parse("0190a000-0000-7000-8000-0000000000d2")};
const StaffId kManager{Uuid::parse("0190a000-0000-7000-8000-0000000000d3")};
const Timestamp kAt = parseIso8601("2026-11-25T09:00:00.000Z");

ReplenishmentRequest request(ProductId product = kProduct, StoreId store = kNord) {
    return ReplenishmentRequest::create(kId, product, store, Quantity::of(20), kCashier, kAt);
}

// A request brought to a given status the way the application would.
ReplenishmentRequest requestIn(RequestStatus status, ProductId product = kProduct, StoreId store = kNord) {
    auto r = request(product, store);
    switch (status) {
        case RequestStatus::kPending: break;
        case RequestStatus::kApproved: r.approve(Role::kManager, Quantity::of(20), 100, kAt + 1h); break;
        case RequestStatus::kTransferred:
            r.approve(Role::kManager, Quantity::of(20), 100, kAt + 1h);
            r.markTransferred(kAt + 1h);
            break;
        case RequestStatus::kRejected: r.reject(Role::kManager, Reason::parse("Stock réservé au web"), kAt + 1h); break;
        case RequestStatus::kWithdrawn: r.withdraw(kCashier, Role::kCashier, kAt + 1h); break;
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

class ReplenishmentRequestTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void startsPending() {
        const auto r = request();
        QCOMPARE(r.status(), RequestStatus::kPending);
        QVERIFY(r.isPending());
        QCOMPARE(r.requestedQuantity(), Quantity::of(20));
        QCOMPARE(r.requestedBy(), kCashier);
        QCOMPARE(r.requestedAt(), kAt);
        QVERIFY(!r.approvedQuantity().has_value());
        QVERIFY(!r.decidedAt().has_value());
    }

    void approval_data() {
        QTest::addColumn<qint64>("approved");
        QTest::addColumn<qint64>("centralLevel");
        QTest::addColumn<QString>("rule");
        QTest::newRow("all 20 with 20 at central") << qint64(20) << qint64(20) << QString();
        QTest::newRow("lowered to 19") << qint64(19) << qint64(100) << QString();
        QTest::newRow("lowered to 1 with 1 at central") << qint64(1) << qint64(1) << QString();
        QTest::newRow("raised to 21 refused")
            << qint64(21) << qint64(100) << QStringLiteral("replenishment.approve.quantity_raised");
        QTest::newRow("20 with 19 at central refused")
            << qint64(20) << qint64(19) << QStringLiteral("replenishment.approve.insufficient_stock");
        QTest::newRow("1 with 0 at central refused")
            << qint64(1) << qint64(0) << QStringLiteral("replenishment.approve.insufficient_stock");
        QTest::newRow("1 with a negative central refused")
            << qint64(1) << qint64(-5) << QStringLiteral("replenishment.approve.insufficient_stock");
    }
    void approval() {
        QFETCH(qint64, approved);
        QFETCH(qint64, centralLevel);
        QFETCH(QString, rule);
        auto r = request();
        try {
            r.approve(Role::kManager, Quantity::of(approved), centralLevel, kAt + 1h);
            QVERIFY2(rule.isEmpty(), "an approval broke a rule");
            QCOMPARE(r.status(), RequestStatus::kApproved);
            QCOMPARE(r.approvedQuantity(), std::optional<Quantity>(Quantity::of(approved)));
            QCOMPARE(r.requestedQuantity(), Quantity::of(20));
            QCOMPARE(r.decidedAt(), std::optional<Timestamp>(kAt + 1h));
        } catch (const DomainError& e) {
            QCOMPARE(QString::fromStdString(e.rule()), rule);
            QCOMPARE(e.code(), rule.endsWith(QStringLiteral("insufficient_stock")) ? ErrorCode::kInsufficientStock
                                                                                   : ErrorCode::kInvalidValue);
            QCOMPARE(r.status(), RequestStatus::kPending);
            QVERIFY(!r.approvedQuantity().has_value());
        }
    }

    void insufficientCentralStockNamesWhatIsAvailable() {
        auto r = request();
        try {
            r.approve(Role::kManager, Quantity::of(20), 7, kAt);
            QFAIL("approved more than the central stock");
        } catch (const DomainError& e) {
            QCOMPARE(QString::fromUtf8(e.what()),
                     QStringLiteral("The central warehouse has only 7 available, 20 asked"));
        }
    }

    void onlyManagersDecide() {
        auto r = request();
        expectError([&] { r.approve(Role::kCashier, Quantity::of(20), 100, kAt); }, ErrorCode::kPermissionDenied,
                    QStringLiteral("role.manager_required"));
        expectError([&] { r.reject(Role::kCashier, Reason::parse("Pas de budget"), kAt); },
                    ErrorCode::kPermissionDenied, QStringLiteral("role.manager_required"));
        QCOMPARE(r.status(), RequestStatus::kPending);
    }

    void rejectionKeepsTheReason() {
        auto r = request();
        r.reject(Role::kManager, Reason::parse("  Produit bientôt retiré  "), kAt + 2h);
        QCOMPARE(r.status(), RequestStatus::kRejected);
        QVERIFY(r.rejectionReason().has_value());
        QCOMPARE(QString::fromStdString(r.rejectionReason()->text()), QStringLiteral("Produit bientôt retiré"));
        QCOMPARE(r.decidedAt(), std::optional<Timestamp>(kAt + 2h));
    }

    void transferFollowsApproval() {
        auto r = requestIn(RequestStatus::kApproved);
        r.markTransferred(kAt + 3h);
        QCOMPARE(r.status(), RequestStatus::kTransferred);
        QCOMPARE(r.transferredAt(), std::optional<Timestamp>(kAt + 3h));
    }

    void withdrawal_data() {
        QTest::addColumn<StaffId>("actor");
        QTest::addColumn<bool>("manager");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("the requester withdraws") << kCashier << false << true;
        QTest::newRow("a manager withdraws anyone's") << kManager << true << true;
        QTest::newRow("another cashier may not") << kOtherCashier << false << false;
    }
    void withdrawal() {
        QFETCH(StaffId, actor);
        QFETCH(bool, manager);
        QFETCH(bool, allowed);
        auto r = request();
        try {
            r.withdraw(actor, manager ? Role::kManager : Role::kCashier, kAt + 1h);
            QVERIFY2(allowed, "someone else withdrew the request");
            QCOMPARE(r.status(), RequestStatus::kWithdrawn);
        } catch (const DomainError& e) {
            QVERIFY2(!allowed, "the requester or a manager could not withdraw");
            QCOMPARE(e.code(), ErrorCode::kPermissionDenied);
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("replenishment.withdraw.not_requester"));
            QCOMPARE(r.status(), RequestStatus::kPending);
        }
    }

    void onlyPendingRequestsAreDecided_data() {
        QTest::addColumn<RequestStatus>("from");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("rule");
        const struct {
            RequestStatus status;
            const char* name;
        } decided[] = {{RequestStatus::kApproved, "approved"},
                       {RequestStatus::kTransferred, "transferred"},
                       {RequestStatus::kRejected, "rejected"},
                       {RequestStatus::kWithdrawn, "withdrawn"}};
        for (const auto& [status, name] : decided) {
            for (const char* action : {"approve", "reject", "withdraw"}) {
                QTest::addRow("%s an already %s request refused", action, name)
                    << status << QString::fromLatin1(action)
                    << QStringLiteral("replenishment.%1.not_pending").arg(QString::fromLatin1(action));
            }
        }
    }
    void onlyPendingRequestsAreDecided() {
        QFETCH(RequestStatus, from);
        QFETCH(QString, action);
        QFETCH(QString, rule);
        auto r = requestIn(from);
        QCOMPARE(r.status(), from);
        const auto decidedAt = r.decidedAt();
        expectError(
            [&] {
                if (action == QStringLiteral("approve")) {
                    r.approve(Role::kManager, Quantity::of(5), 100, kAt + 5h);
                } else if (action == QStringLiteral("reject")) {
                    r.reject(Role::kManager, Reason::parse("Trop tard"), kAt + 5h);
                } else {
                    r.withdraw(kCashier, Role::kCashier, kAt + 5h);
                }
            },
            ErrorCode::kIllegalState, rule);
        QCOMPARE(r.status(), from);
        QCOMPARE(r.decidedAt(), decidedAt);
    }

    void onlyApprovedRequestsAreTransferred_data() {
        QTest::addColumn<RequestStatus>("from");
        QTest::newRow("transferring a pending request refused") << RequestStatus::kPending;
        QTest::newRow("transferring twice refused") << RequestStatus::kTransferred;
        QTest::newRow("transferring a rejected request refused") << RequestStatus::kRejected;
        QTest::newRow("transferring a withdrawn request refused") << RequestStatus::kWithdrawn;
    }
    void onlyApprovedRequestsAreTransferred() {
        QFETCH(RequestStatus, from);
        auto r = requestIn(from);
        expectError([&] { r.markTransferred(kAt + 5h); }, ErrorCode::kIllegalState,
                    QStringLiteral("replenishment.transfer.not_approved"));
        QCOMPARE(r.status(), from);
    }

    void onePendingRequestPerProductAndStore_data() {
        QTest::addColumn<RequestStatus>("existingStatus");
        QTest::addColumn<bool>("sameProduct");
        QTest::addColumn<bool>("sameStore");
        QTest::addColumn<bool>("conflict");
        QTest::newRow("a pending one for the same product and store conflicts")
            << RequestStatus::kPending << true << true << true;
        QTest::newRow("an approved one does not") << RequestStatus::kApproved << true << true << false;
        QTest::newRow("a rejected one does not") << RequestStatus::kRejected << true << true << false;
        QTest::newRow("a withdrawn one does not") << RequestStatus::kWithdrawn << true << true << false;
        QTest::newRow("pending for another product does not") << RequestStatus::kPending << false << true << false;
        QTest::newRow("pending at another store does not") << RequestStatus::kPending << true << false << false;
    }
    void onePendingRequestPerProductAndStore() {
        QFETCH(RequestStatus, existingStatus);
        QFETCH(bool, sameProduct);
        QFETCH(bool, sameStore);
        QFETCH(bool, conflict);
        const std::vector<ReplenishmentRequest> existing{
            requestIn(existingStatus, sameProduct ? kProduct : kOtherProduct, sameStore ? kNord : kCentralStore)};
        try {
            requireNoPendingRequest(existing, kProduct, kNord);
            QVERIFY2(!conflict, "a second pending request was allowed");
        } catch (const DomainError& e) {
            QVERIFY2(conflict, "a request was refused without a pending one");
            QCOMPARE(e.code(), ErrorCode::kAlreadyExists);
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("replenishment.pending.exists"));
        }
    }

    void noRequestsNoConflict() { requireNoPendingRequest({}, kProduct, kNord); }

    void restoreRoundTripsEveryStatus_data() {
        QTest::addColumn<RequestStatus>("status");
        QTest::newRow("a pending request comes back pending") << RequestStatus::kPending;
        QTest::newRow("an approved request keeps its quantity") << RequestStatus::kApproved;
        QTest::newRow("a transferred request keeps its transfer time") << RequestStatus::kTransferred;
        QTest::newRow("a rejected request keeps its reason") << RequestStatus::kRejected;
        QTest::newRow("a withdrawn request keeps its decision time") << RequestStatus::kWithdrawn;
    }
    void restoreRoundTripsEveryStatus() {
        QFETCH(RequestStatus, status);
        const auto original = requestIn(status);
        const auto restored = ReplenishmentRequest::restore(original.state());
        QCOMPARE(restored.status(), status);
        QCOMPARE(restored.approvedQuantity(), original.approvedQuantity());
        QCOMPARE(restored.decidedAt(), original.decidedAt());
        QCOMPARE(restored.transferredAt(), original.transferredAt());
        QCOMPARE(restored.rejectionReason().has_value(), original.rejectionReason().has_value());
        QCOMPARE(restored.requestedBy(), kCashier);
        QCOMPARE(requestStatusOfName(requestStatusName(status)), std::optional<RequestStatus>(status));
    }

    void restoreRefusesUnreachableStates_data() {
        QTest::addColumn<int>("fault");
        QTest::newRow("approved without an approved quantity") << 0;
        QTest::newRow("approved above the requested quantity") << 1;
        QTest::newRow("pending with a decision time") << 2;
        QTest::newRow("transferred without a transfer time") << 3;
        QTest::newRow("rejected without a reason") << 4;
    }
    void restoreRefusesUnreachableStates() {
        QFETCH(int, fault);
        auto state = requestIn(fault == 2   ? RequestStatus::kPending
                               : fault == 4 ? RequestStatus::kRejected
                               : fault == 3 ? RequestStatus::kTransferred
                                            : RequestStatus::kApproved)
                         .state();
        switch (fault) {
            case 0: state.approvedQuantity.reset(); break;
            case 1: state.approvedQuantity = Quantity::of(21); break;
            case 2: state.decidedAt = kAt; break;
            case 3: state.transferredAt.reset(); break;
            default: state.rejectionReason.reset(); break;
        }
        expectError([&] { ReplenishmentRequest::restore(state); }, ErrorCode::kInvalidValue,
                    QStringLiteral("replenishment.state.inconsistent"));
        QCOMPARE(requestStatusOfName("shipped"), std::optional<RequestStatus>());
    }

    void statusNames() {
        QCOMPARE(QString::fromLatin1(requestStatusName(RequestStatus::kPending)), QStringLiteral("pending"));
        QCOMPARE(QString::fromLatin1(requestStatusName(RequestStatus::kApproved)), QStringLiteral("approved"));
        QCOMPARE(QString::fromLatin1(requestStatusName(RequestStatus::kTransferred)), QStringLiteral("transferred"));
        QCOMPARE(QString::fromLatin1(requestStatusName(RequestStatus::kRejected)), QStringLiteral("rejected"));
        QCOMPARE(QString::fromLatin1(requestStatusName(RequestStatus::kWithdrawn)), QStringLiteral("withdrawn"));
    }
};

QTEST_APPLESS_MAIN(ReplenishmentRequestTest)
#include "replenishment_request_test.moc"
