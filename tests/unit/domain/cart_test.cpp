// Rules of a Cart: quantities 0..99 per product, captured prices, re-pricing that waits for acceptance, subtotals.
#include "magasin/domain/cart.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

using namespace magasin::domain;

namespace {

QString str(const std::string& text) {
    return QString::fromStdString(text);
}

const CustomerId kCustomer = CustomerId::parse("0192f3a0-0000-7000-8000-0000000000c1");
const ProductId kClavier = ProductId::parse("550e8400-e29b-41d4-a716-446655440001");
const ProductId kSouris = ProductId::parse("550e8400-e29b-41d4-a716-446655440002");
const ProductId kCafe = ProductId::parse("550e8400-e29b-41d4-a716-446655440003");

Cart cartWithClavier(std::int64_t quantity) {
    Cart cart(kCustomer);
    cart.add(kClavier, "Clavier mécanique", Price::fromCents(8999), true, quantity);
    return cart;
}

}  // namespace

class CartTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addingSumsQuantities_data() {
        QTest::addColumn<QList<int>>("adds");
        QTest::addColumn<int>("expectedQuantity");  // of the line after every accepted add
        QTest::addColumn<QString>("expectedRule");  // of the last add; empty: all accepted
        QTest::newRow("1 then 1 makes 2") << QList<int>{1, 1} << 2 << QString();
        QTest::newRow("98 then 1 makes 99") << QList<int>{98, 1} << 99 << QString();
        QTest::newRow("98 then 2 refused, 98 kept") << QList<int>{98, 2} << 98 << QStringLiteral("cart.quantity.max");
        QTest::newRow("99 at once accepted") << QList<int>{99} << 99 << QString();
        QTest::newRow("100 at once refused") << QList<int>{100} << 0 << QStringLiteral("cart.quantity.max");
        QTest::newRow("adding 0 refused") << QList<int>{0} << 0 << QStringLiteral("cart.quantity.min");
        QTest::newRow("adding -1 to a line refused") << QList<int>{5, -1} << 5 << QStringLiteral("cart.quantity.min");
    }
    void addingSumsQuantities() {
        QFETCH(QList<int>, adds);
        QFETCH(int, expectedQuantity);
        QFETCH(QString, expectedRule);
        Cart cart(kCustomer);
        QString rule;
        for (int quantity : adds) {
            try {
                cart.add(kClavier, "Clavier mécanique", Price::fromCents(8999), true, quantity);
            } catch (const DomainError& e) {
                QCOMPARE(e.code(), ErrorCode::kInvalidValue);
                QCOMPARE(str(e.field()), QStringLiteral("quantity"));
                rule = str(e.rule());
            }
        }
        QCOMPARE(rule, expectedRule);
        if (expectedQuantity == 0) {
            QVERIFY(cart.isEmpty());
        } else {
            QCOMPARE(cart.lines().size(), std::size_t{1});
            QCOMPARE(cart.lines().front().quantity, std::int64_t{expectedQuantity});
        }
    }

    void addingAgainKeepsCapturedPrice() {
        Cart cart = cartWithClavier(1);
        cart.add(kClavier, "Clavier renommé", Price::fromCents(7999), false, 2);
        const CartLine& line = cart.lines().front();
        QCOMPARE(line.quantity, std::int64_t{3});
        QCOMPARE(line.unitPrice.cents(), qint64(8999));
        QCOMPARE(str(line.name), QStringLiteral("Clavier mécanique"));
        QVERIFY(line.taxable);
    }

    void settingQuantity_data() {
        QTest::addColumn<int>("quantity");
        QTest::addColumn<int>("expectedQuantity");  // 0: the line is gone
        QTest::addColumn<QString>("expectedRule");
        QTest::newRow("0 removes the line") << 0 << 0 << QString();
        QTest::newRow("1 is the least kept") << 1 << 1 << QString();
        QTest::newRow("99 is the most") << 99 << 99 << QString();
        QTest::newRow("100 refused, 5 kept") << 100 << 5 << QStringLiteral("cart.quantity.max");
        QTest::newRow("-1 refused, 5 kept") << -1 << 5 << QStringLiteral("cart.quantity.min");
    }
    void settingQuantity() {
        QFETCH(int, quantity);
        QFETCH(int, expectedQuantity);
        QFETCH(QString, expectedRule);
        Cart cart = cartWithClavier(5);
        QString rule;
        try {
            cart.setQuantity(kClavier, quantity);
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            rule = str(e.rule());
        }
        QCOMPARE(rule, expectedRule);
        if (expectedQuantity == 0) {
            QVERIFY(cart.isEmpty());
        } else {
            QCOMPARE(cart.lines().front().quantity, std::int64_t{expectedQuantity});
        }
    }

    void settingQuantityOfAnAbsentProduct() {
        Cart cart = cartWithClavier(5);
        try {
            cart.setQuantity(kSouris, 2);
            QFAIL("set the quantity of a product not in the cart");
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), ErrorCode::kNotFound);
            QCOMPARE(str(e.rule()), QStringLiteral("cart.line.not_found"));
        }
        cart.setQuantity(kSouris, 0);  // already absent: nothing to do
        QCOMPARE(cart.lines().size(), std::size_t{1});
    }

    void subtotals_data() {
        QTest::addColumn<int>("clavierQuantity");
        QTest::addColumn<int>("cafeQuantity");
        QTest::addColumn<qint64>("subtotal");
        QTest::addColumn<qint64>("taxable");
        QTest::newRow("empty cart is zero") << 0 << 0 << qint64(0) << qint64(0);
        QTest::newRow("taxable only") << 2 << 0 << qint64(17998) << qint64(17998);
        QTest::newRow("untaxable only") << 0 << 3 << qint64(4797) << qint64(0);
        QTest::newRow("mixed lines") << 1 << 2 << qint64(8999 + 3198) << qint64(8999);
    }
    void subtotals() {
        QFETCH(int, clavierQuantity);
        QFETCH(int, cafeQuantity);
        QFETCH(qint64, subtotal);
        QFETCH(qint64, taxable);
        Cart cart(kCustomer);
        if (clavierQuantity > 0) {
            cart.add(kClavier, "Clavier mécanique", Price::fromCents(8999), true, clavierQuantity);
        }
        if (cafeQuantity > 0) {
            cart.add(kCafe, "Café Premium Bio", Price::fromCents(1599), false, cafeQuantity);
        }
        QCOMPARE(cart.subtotal().cents(), subtotal);
        QCOMPARE(cart.taxableSubtotal().cents(), taxable);
    }

    void repricing_data() {
        QTest::addColumn<qint64>("currentCents");
        QTest::addColumn<bool>("changed");
        QTest::newRow("same price: nothing to accept") << qint64(8999) << false;
        QTest::newRow("price went up") << qint64(9499) << true;
        QTest::newRow("price went down") << qint64(7999) << true;
        QTest::newRow("one cent counts") << qint64(9000) << true;
    }
    void repricing() {
        QFETCH(qint64, currentCents);
        QFETCH(bool, changed);
        Cart cart = cartWithClavier(2);
        cart.add(kCafe, "Café Premium Bio", Price::fromCents(1599), false, 1);
        const auto changes =
            cart.reprice({{kClavier, Price::fromCents(currentCents)}, {kCafe, Price::fromCents(1599)}});
        QCOMPARE(cart.needsPriceAcceptance(), changed);
        if (!changed) {
            QVERIFY(changes.empty());
            return;
        }
        QCOMPARE(changes.size(), std::size_t{1});
        QCOMPARE(changes.front(), (CartPriceChange{kClavier, Price::fromCents(8999), Price::fromCents(currentCents)}));
        QCOMPARE(cart.pendingPriceChanges(), changes);
        QCOMPARE(cart.subtotal().cents(), qint64(2 * 8999 + 1599));  // not before acceptance
        cart.acceptPrices();
        QVERIFY(!cart.needsPriceAcceptance());
        QCOMPARE(cart.lines().front().unitPrice.cents(), currentCents);
        QCOMPARE(cart.subtotal().cents(), 2 * currentCents + 1599);
        QCOMPARE(cart.taxableSubtotal().cents(), 2 * currentCents);
    }

    void repricingAgainReplacesPendingChanges() {
        Cart cart = cartWithClavier(1);
        (void)cart.reprice({{kClavier, Price::fromCents(9499)}});
        QVERIFY(cart.needsPriceAcceptance());
        QVERIFY(cart.reprice({{kClavier, Price::fromCents(8999)}}).empty());  // back to the captured price
        QVERIFY(!cart.needsPriceAcceptance());
        cart.acceptPrices();  // nothing pending: no-op
        QCOMPARE(cart.lines().front().unitPrice.cents(), qint64(8999));
    }

    void removingALineDropsItsPendingChange() {
        Cart cart = cartWithClavier(1);
        cart.add(kSouris, "Souris optique", Price::fromCents(2550), true, 1);
        (void)cart.reprice({{kClavier, Price::fromCents(9499)}, {kSouris, Price::fromCents(2550)}});
        cart.setQuantity(kClavier, 0);
        QVERIFY(!cart.needsPriceAcceptance());
        cart.acceptPrices();
        QCOMPARE(cart.subtotal().cents(), qint64(2550));
    }

    void repricingAProductNoLongerSold() {
        Cart cart = cartWithClavier(1);
        cart.add(kSouris, "Souris optique", Price::fromCents(2550), true, 1);
        (void)cart.reprice({{kClavier, Price::fromCents(9499)}, {kSouris, Price::fromCents(2550)}});
        try {
            (void)cart.reprice({{kClavier, Price::fromCents(8000)}});
            QFAIL("repriced a product without a current price");
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), ErrorCode::kNotFound);
            QCOMPARE(str(e.rule()), QStringLiteral("cart.product.unavailable"));
        }
        QCOMPARE(cart.pendingPriceChanges().size(), std::size_t{1});  // unchanged by the refused call
        QCOMPARE(cart.pendingPriceChanges().front().newPrice.cents(), qint64(9499));
    }

    void clearEmptiesLinesAndPendingChanges() {
        Cart cart = cartWithClavier(3);
        (void)cart.reprice({{kClavier, Price::fromCents(9499)}});
        cart.clear();
        QVERIFY(cart.isEmpty());
        QVERIFY(!cart.needsPriceAcceptance());
        QCOMPARE(cart.subtotal(), Money::zero());
        QCOMPARE(cart.customer(), kCustomer);
    }

    // A saved cart comes back with its lines and the price changes still waiting for the customer.
    void restoreKeepsPendingChanges() {
        Cart cart(kCustomer);
        cart.add(kClavier, "Clavier mécanique", Price::fromCents(8999), true, 2);
        cart.reprice({{kClavier, Price::fromCents(9499)}});
        Cart restored = Cart::restore(kCustomer, cart.lines(), cart.pendingPriceChanges());
        QVERIFY(restored.needsPriceAcceptance());
        QCOMPARE(restored.lines(), cart.lines());
        restored.acceptPrices();
        QCOMPARE(restored.lines()[0].unitPrice, Price::fromCents(9499));
        QVERIFY(!restored.needsPriceAcceptance());
    }
};

QTEST_APPLESS_MAIN(CartTest)
#include "cart_test.moc"
