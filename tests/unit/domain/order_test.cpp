// Rules of an Order: made only from a checkout whose sale is recorded and stock committed; its status lifecycle.
#include "magasin/domain/order.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

using namespace magasin::domain;

namespace {

QString str(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

const CheckoutId kCheckout = CheckoutId::parse("0192f3a0-0000-7000-8000-00000000c0c0");
const CustomerId kCustomer = CustomerId::parse("0192f3a0-0000-7000-8000-0000000000c1");
const ProductId kClavier = ProductId::parse("550e8400-e29b-41d4-a716-446655440001");
const SaleId kSale = SaleId::parse("0192f3a0-0000-7000-8000-0000000000e2");
const OrderId kOrder = OrderId::parse("0192f3a0-0000-7000-8000-0000000000e3");
const Timestamp kStarted{std::chrono::milliseconds{1'764'000'000'000}};
const Timestamp kCreated{std::chrono::milliseconds{1'764'000'004'000}};

Address delivery() {
    return Address::of("55 Grande Allée Est", "Québec", PostalCode::parse("G1R 2H6"));
}

// A checkout of 2 x 89.99 taxable, express, driven forward `steps` steps (0 = started, 5 = completed); a negative
// count compensates (-1) and then fails (-2).
Checkout checkoutAfter(int steps) {
    Cart cart(kCustomer);
    cart.add(kClavier, "Clavier mécanique", Price::fromCents(8999), true, 2);
    Checkout checkout = Checkout::start(kCheckout, cart, delivery(), DeliveryMethod::kExpress, kStarted);
    if (steps < 0) {
        checkout.beginCompensation();
        if (steps < -1) {
            checkout.markFailed();
        }
        return checkout;
    }
    if (steps >= 1) {
        checkout.markPricesChecked({{kClavier, Price::fromCents(8999)}});
    }
    if (steps >= 2) {
        checkout.markStockReserved({ReservationId::parse("0192f3a0-0000-7000-8000-0000000000e1")});
    }
    if (steps >= 3) {
        checkout.markSaleRecorded(kSale);
    }
    if (steps >= 4) {
        checkout.markReservationCommitted();
    }
    if (steps >= 5) {
        checkout.markCompleted(kOrder);
    }
    return checkout;
}

Order confirmedOrder() {
    return Order::fromCheckout(kOrder, checkoutAfter(4), kCreated);
}

Reason changedMind() {
    return Reason::parse("Le client a changé d'avis");
}

}  // namespace

class OrderTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void copiesTheCheckout() {
        const Checkout checkout = checkoutAfter(4);
        const Order order = Order::fromCheckout(kOrder, checkout, kCreated);
        QCOMPARE(order.id(), kOrder);
        QCOMPARE(order.customer(), kCustomer);
        QCOMPARE(order.sale(), kSale);
        QCOMPARE(order.lines(), checkout.lines());
        QCOMPARE(order.shipping(), Money::zero());  // 179.98 ships free
        QCOMPARE(order.totals(), checkout.totals());
        QCOMPARE(order.totals().total.cents(), qint64(17998 + 900 + 1795));
        QCOMPARE(order.deliveryAddress(), delivery());
        QCOMPARE(order.deliveryMethod(), DeliveryMethod::kExpress);
        QCOMPARE(order.createdAt(), kCreated);
        QCOMPARE(order.status(), OrderStatus::kConfirmed);
        QVERIFY(!order.cancelReason().has_value());
    }

    void needsACommittedCheckout_data() {
        QTest::addColumn<int>("steps");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("started refused") << 0 << false;
        QTest::newRow("prices_checked refused") << 1 << false;
        QTest::newRow("stock_reserved refused") << 2 << false;
        QTest::newRow("sale_recorded refused: stock not committed yet") << 3 << false;
        QTest::newRow("reservation_committed accepted") << 4 << true;
        QTest::newRow("completed accepted (retry)") << 5 << true;
        QTest::newRow("compensating refused") << -1 << false;
        QTest::newRow("failed refused") << -2 << false;
    }
    void needsACommittedCheckout() {
        QFETCH(int, steps);
        QFETCH(bool, accepted);
        try {
            const Order order = Order::fromCheckout(kOrder, checkoutAfter(steps), kCreated);
            QVERIFY2(accepted, "made an order from an unfinished checkout");
            QCOMPARE(order.sale(), kSale);
        } catch (const DomainError& e) {
            QVERIFY2(!accepted, "refused a committed checkout");
            QCOMPARE(e.code(), ErrorCode::kIllegalState);
            QCOMPARE(str(e.rule()), QStringLiteral("order.checkout.unfinished"));
        }
    }

    // Every status against every operation: the four legal moves and the eight illegal ones.
    void lifecycle_data() {
        QTest::addColumn<QStringList>("before");  // operations that bring a confirmed order to the starting status
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("expected");  // status after; -1: refused with "order.transition", status unchanged
        const QString ship = QStringLiteral("ship");
        const QString deliver = QStringLiteral("deliver");
        const QString cancel = QStringLiteral("cancel");
        const QStringList none;
        const QStringList shipped{ship};
        const QStringList delivered{ship, deliver};
        const QStringList cancelled{cancel};
        QTest::newRow("confirmed ships") << none << ship << int(OrderStatus::kShipped);
        QTest::newRow("confirmed cannot be delivered unshipped") << none << deliver << -1;
        QTest::newRow("confirmed can be cancelled") << none << cancel << int(OrderStatus::kCancelled);
        QTest::newRow("shipped cannot ship again") << shipped << ship << -1;
        QTest::newRow("shipped is delivered") << shipped << deliver << int(OrderStatus::kDelivered);
        QTest::newRow("shipped cannot be cancelled") << shipped << cancel << -1;
        QTest::newRow("delivered cannot ship") << delivered << ship << -1;
        QTest::newRow("delivered cannot be delivered again") << delivered << deliver << -1;
        QTest::newRow("delivered cannot be cancelled") << delivered << cancel << -1;
        QTest::newRow("cancelled cannot ship") << cancelled << ship << -1;
        QTest::newRow("cancelled cannot be delivered") << cancelled << deliver << -1;
        QTest::newRow("cancelled cannot be cancelled again") << cancelled << cancel << -1;
    }
    void lifecycle() {
        QFETCH(QStringList, before);
        QFETCH(QString, operation);
        QFETCH(int, expected);
        Order order = confirmedOrder();
        auto run = [&](const QString& op) {
            if (op == QLatin1String("ship")) {
                order.ship();
            } else if (op == QLatin1String("deliver")) {
                order.deliver();
            } else {
                order.cancel(changedMind());
            }
        };
        for (const QString& op : before) {
            run(op);
        }
        const OrderStatus start = order.status();
        try {
            run(operation);
            QVERIFY2(expected >= 0, "an illegal transition was accepted");
            QCOMPARE(order.status(), static_cast<OrderStatus>(expected));
        } catch (const DomainError& e) {
            QVERIFY2(expected < 0, "a legal transition was refused");
            QCOMPARE(e.code(), ErrorCode::kIllegalState);
            QCOMPARE(str(e.rule()), QStringLiteral("order.transition"));
            QCOMPARE(order.status(), start);
        }
    }

    void cancellingKeepsTheReason() {
        Order order = confirmedOrder();
        order.cancel(changedMind());
        QCOMPARE(order.cancelReason(), std::optional<Reason>(changedMind()));
    }

    void statusNames() {
        QCOMPARE(str(orderStatusName(OrderStatus::kConfirmed)), QStringLiteral("confirmed"));
        QCOMPARE(str(orderStatusName(OrderStatus::kShipped)), QStringLiteral("shipped"));
        QCOMPARE(str(orderStatusName(OrderStatus::kDelivered)), QStringLiteral("delivered"));
        QCOMPARE(str(orderStatusName(OrderStatus::kCancelled)), QStringLiteral("cancelled"));
    }

    // What was saved comes back as it was: status, reason, totals; and the rules still hold from there.
    void restoreKeepsWhatWasSaved() {
        Order original = confirmedOrder();
        original.cancel(changedMind());
        Order restored = Order::restore({.id = original.id(),
                                         .customer = original.customer(),
                                         .sale = original.sale(),
                                         .lines = original.lines(),
                                         .shipping = original.shipping(),
                                         .totals = original.totals(),
                                         .deliveryAddress = original.deliveryAddress(),
                                         .method = original.deliveryMethod(),
                                         .createdAt = original.createdAt(),
                                         .status = original.status(),
                                         .cancelReason = original.cancelReason()});
        QCOMPARE(restored.status(), OrderStatus::kCancelled);
        QCOMPARE(restored.cancelReason()->text(), changedMind().text());
        QCOMPARE(restored.totals(), original.totals());
        QCOMPARE(restored.lines(), original.lines());
        QCOMPARE(restored.deliveryMethod(), DeliveryMethod::kExpress);
        QVERIFY_THROWS_EXCEPTION(DomainError, restored.ship());
    }
};

QTEST_APPLESS_MAIN(OrderTest)
#include "order_test.moc"
