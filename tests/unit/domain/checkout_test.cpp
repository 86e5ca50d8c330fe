// Rules of a Checkout: non-empty accepted cart, shipping, Québec taxes with shipping, and the saga's state machine.
#include "magasin/domain/checkout.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

using namespace magasin::domain;

namespace {

QString str(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

const CheckoutId kId = CheckoutId::parse("0192f3a0-0000-7000-8000-00000000c0c0");
const CustomerId kCustomer = CustomerId::parse("0192f3a0-0000-7000-8000-0000000000c1");
const ProductId kTaxable = ProductId::parse("550e8400-e29b-41d4-a716-446655440001");
const ProductId kZeroRated = ProductId::parse("550e8400-e29b-41d4-a716-446655440003");
const Timestamp kNow{std::chrono::milliseconds{1'764'000'000'000}};
const ReservationId kReservation = ReservationId::parse("0192f3a0-0000-7000-8000-0000000000e1");
const SaleId kSale = SaleId::parse("0192f3a0-0000-7000-8000-0000000000e2");
const OrderId kOrder = OrderId::parse("0192f3a0-0000-7000-8000-0000000000e3");

Address delivery() {
    return Address::of("1234 rue Sainte-Catherine", "Montréal", PostalCode::parse("H2X 1Y4"));
}

Cart cartOf(qint64 taxableCents, qint64 zeroRatedCents) {
    Cart cart(kCustomer);
    if (taxableCents > 0) {
        cart.add(kTaxable, "Clavier mécanique", Price::fromCents(taxableCents), true, 1);
    }
    if (zeroRatedCents > 0) {
        cart.add(kZeroRated, "Café Premium Bio", Price::fromCents(zeroRatedCents), false, 1);
    }
    return cart;
}

Checkout started() {
    return Checkout::start(kId, cartOf(8999, 0), delivery(), DeliveryMethod::kStandard, kNow);
}

enum class Step {
    kPricesChecked,
    kStockReserved,
    kSaleRecorded,
    kReservationCommitted,
    kCompleted,
    kCompensate,
    kFail
};
constexpr Step kSteps[] = {Step::kPricesChecked, Step::kStockReserved, Step::kSaleRecorded, Step::kReservationCommitted,
                           Step::kCompleted,     Step::kCompensate,    Step::kFail};
constexpr CheckoutState kStates[] = {CheckoutState::kStarted,
                                     CheckoutState::kPricesChecked,
                                     CheckoutState::kStockReserved,
                                     CheckoutState::kSaleRecorded,
                                     CheckoutState::kReservationCommitted,
                                     CheckoutState::kCompleted,
                                     CheckoutState::kCompensating,
                                     CheckoutState::kFailed};

const char* stepName(Step step) {
    switch (step) {
        case Step::kPricesChecked: return "check prices";
        case Step::kStockReserved: return "reserve stock";
        case Step::kSaleRecorded: return "record sale";
        case Step::kReservationCommitted: return "commit reservation";
        case Step::kCompleted: return "complete";
        case Step::kCompensate: return "compensate";
        case Step::kFail: return "fail";
    }
    return "?";
}

void apply(Checkout& checkout, Step step) {
    switch (step) {
        case Step::kPricesChecked: checkout.markPricesChecked({{kTaxable, Price::fromCents(8999)}}); break;
        case Step::kStockReserved: checkout.markStockReserved({kReservation}); break;
        case Step::kSaleRecorded: checkout.markSaleRecorded(kSale); break;
        case Step::kReservationCommitted: checkout.markReservationCommitted(); break;
        case Step::kCompleted: checkout.markCompleted(kOrder); break;
        case Step::kCompensate: checkout.beginCompensation(); break;
        case Step::kFail: checkout.markFailed(); break;
    }
}

// Drives a fresh checkout to a state through legal steps only.
Checkout checkoutIn(CheckoutState state) {
    Checkout checkout = started();
    const Step forward[] = {Step::kPricesChecked, Step::kStockReserved, Step::kSaleRecorded,
                            Step::kReservationCommitted, Step::kCompleted};
    if (state == CheckoutState::kCompensating || state == CheckoutState::kFailed) {
        apply(checkout, Step::kCompensate);
        if (state == CheckoutState::kFailed) {
            apply(checkout, Step::kFail);
        }
        return checkout;
    }
    for (Step step : forward) {
        if (checkout.state() == state) {
            break;
        }
        apply(checkout, step);
    }
    return checkout;
}

// The saga as DOMAIN.md and the brief state it: one step forward at a time, compensation before the sale only.
bool isLegal(CheckoutState from, Step step) {
    switch (step) {
        case Step::kPricesChecked: return from == CheckoutState::kStarted;
        case Step::kStockReserved: return from == CheckoutState::kPricesChecked;
        case Step::kSaleRecorded: return from == CheckoutState::kStockReserved;
        case Step::kReservationCommitted: return from == CheckoutState::kSaleRecorded;
        case Step::kCompleted: return from == CheckoutState::kReservationCommitted;
        case Step::kCompensate:
            return from == CheckoutState::kStarted || from == CheckoutState::kPricesChecked ||
                   from == CheckoutState::kStockReserved;
        case Step::kFail: return from == CheckoutState::kCompensating;
    }
    return false;
}

CheckoutState stateAfter(Step step) {
    switch (step) {
        case Step::kPricesChecked: return CheckoutState::kPricesChecked;
        case Step::kStockReserved: return CheckoutState::kStockReserved;
        case Step::kSaleRecorded: return CheckoutState::kSaleRecorded;
        case Step::kReservationCommitted: return CheckoutState::kReservationCommitted;
        case Step::kCompleted: return CheckoutState::kCompleted;
        case Step::kCompensate: return CheckoutState::kCompensating;
        case Step::kFail: return CheckoutState::kFailed;
    }
    return CheckoutState::kFailed;
}

}  // namespace

class CheckoutTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shippingRule_data() {
        QTest::addColumn<qint64>("merchandise");
        QTest::addColumn<bool>("express");
        QTest::addColumn<qint64>("shipping");
        QTest::newRow("99.99 standard pays 7.50") << qint64(9999) << false << qint64(750);
        QTest::newRow("99.99 express pays 15.00") << qint64(9999) << true << qint64(1500);
        QTest::newRow("100.00 standard ships free") << qint64(10000) << false << qint64(0);
        QTest::newRow("100.00 express ships free") << qint64(10000) << true << qint64(0);
        QTest::newRow("0.01 standard pays 7.50") << qint64(1) << false << qint64(750);
        QTest::newRow("250.00 express ships free") << qint64(25000) << true << qint64(0);
    }
    void shippingRule() {
        QFETCH(qint64, merchandise);
        QFETCH(bool, express);
        QFETCH(qint64, shipping);
        const auto method = express ? DeliveryMethod::kExpress : DeliveryMethod::kStandard;
        QCOMPARE(shippingCost(Money::fromCents(merchandise), method).cents(), shipping);
        const auto checkout = Checkout::start(kId, cartOf(merchandise, 0), delivery(), method, kNow);
        QCOMPARE(checkout.shipping().cents(), shipping);
        QCOMPARE(checkout.merchandiseSubtotal().cents(), merchandise);
    }

    void taxesIncludeShippingOfTaxableGoods_data() {
        QTest::addColumn<qint64>("taxable");
        QTest::addColumn<qint64>("zeroRated");
        QTest::addColumn<bool>("express");
        QTest::addColumn<qint64>("taxableSubtotal");
        QTest::addColumn<qint64>("gst");
        QTest::addColumn<qint64>("qst");
        QTest::addColumn<qint64>("total");
        QTest::newRow("taxable 99.99 standard: 7.50 shipping taxed")
            << qint64(9999) << qint64(0) << false << qint64(10749) << qint64(537) << qint64(1072) << qint64(12358);
        QTest::newRow("taxable 99.99 express: 15.00 shipping taxed")
            << qint64(9999) << qint64(0) << true << qint64(11499) << qint64(575) << qint64(1147) << qint64(13221);
        QTest::newRow("taxable 100.00 ships free, goods taxed")
            << qint64(10000) << qint64(0) << true << qint64(10000) << qint64(500) << qint64(998) << qint64(11498);
        QTest::newRow("zero-rated only: shipping untaxed")
            << qint64(0) << qint64(1599) << false << qint64(0) << qint64(0) << qint64(0) << qint64(2349);
        QTest::newRow("mixed under 100.00: shipping taxed in full")
            << qint64(2550) << qint64(1599) << true << qint64(4050) << qint64(203) << qint64(404) << qint64(6256);
        QTest::newRow("mixed 100.00 or more: free, taxable goods taxed")
            << qint64(8999) << qint64(1599) << false << qint64(8999) << qint64(450) << qint64(898) << qint64(11946);
        QTest::newRow("zero-rated 100.00: no shipping, no tax")
            << qint64(0) << qint64(10000) << false << qint64(0) << qint64(0) << qint64(0) << qint64(10000);
    }
    void taxesIncludeShippingOfTaxableGoods() {
        QFETCH(qint64, taxable);
        QFETCH(qint64, zeroRated);
        QFETCH(bool, express);
        QFETCH(qint64, taxableSubtotal);
        QFETCH(qint64, gst);
        QFETCH(qint64, qst);
        QFETCH(qint64, total);
        const auto method = express ? DeliveryMethod::kExpress : DeliveryMethod::kStandard;
        const auto checkout = Checkout::start(kId, cartOf(taxable, zeroRated), delivery(), method, kNow);
        const Totals& totals = checkout.totals();
        QCOMPARE(totals.subtotal, checkout.merchandiseSubtotal() + checkout.shipping());
        QCOMPARE(totals.taxableSubtotal.cents(), taxableSubtotal);
        QCOMPARE(totals.taxes.size(), std::size_t{2});
        QCOMPARE(str(totals.taxes[0].code), QStringLiteral("GST"));
        QCOMPARE(totals.taxes[0].amount.cents(), gst);
        QCOMPARE(str(totals.taxes[1].code), QStringLiteral("QST"));
        QCOMPARE(totals.taxes[1].amount.cents(), qst);
        QCOMPARE(totals.total.cents(), total);
    }

    void snapshotsTheCart() {
        Cart cart = cartOf(8999, 1599);
        const auto checkout = Checkout::start(kId, cart, delivery(), DeliveryMethod::kExpress, kNow);
        cart.clear();  // the checkout keeps its own copy
        QCOMPARE(checkout.lines().size(), std::size_t{2});
        QCOMPARE(checkout.customer(), kCustomer);
        QCOMPARE(checkout.deliveryAddress(), delivery());
        QCOMPARE(checkout.deliveryMethod(), DeliveryMethod::kExpress);
        QCOMPARE(checkout.startedAt(), kNow);
        QCOMPARE(checkout.state(), CheckoutState::kStarted);
    }

    void refusesToStart_data() {
        QTest::addColumn<bool>("empty");
        QTest::addColumn<QString>("expectedRule");
        QTest::newRow("empty cart") << true << QStringLiteral("checkout.cart.empty");
        QTest::newRow("unaccepted price change") << false << QStringLiteral("checkout.prices.unaccepted");
    }
    void refusesToStart() {
        QFETCH(bool, empty);
        QFETCH(QString, expectedRule);
        Cart cart(kCustomer);
        if (!empty) {
            cart = cartOf(8999, 0);
            (void)cart.reprice({{kTaxable, Price::fromCents(9499)}});
        }
        try {
            (void)Checkout::start(kId, cart, delivery(), DeliveryMethod::kStandard, kNow);
            QFAIL("started a checkout it should refuse");
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), ErrorCode::kIllegalState);
            QCOMPARE(str(e.rule()), expectedRule);
        }
    }

    void startsOnceNewPricesAreAccepted() {
        Cart cart = cartOf(8999, 0);
        (void)cart.reprice({{kTaxable, Price::fromCents(9499)}});
        cart.acceptPrices();
        const auto checkout = Checkout::start(kId, cart, delivery(), DeliveryMethod::kStandard, kNow);
        QCOMPARE(checkout.merchandiseSubtotal().cents(), qint64(9499));
    }

    void priceCheckRefusesChangedPrices() {
        Checkout checkout = started();
        try {
            checkout.markPricesChecked({{kTaxable, Price::fromCents(9499)}});
            QFAIL("checked prices that changed");
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), ErrorCode::kIllegalState);
            QCOMPARE(str(e.rule()), QStringLiteral("checkout.prices.changed"));
        }
        try {
            checkout.markPricesChecked({});
            QFAIL("checked prices of a product without a price");
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), ErrorCode::kNotFound);
            QCOMPARE(str(e.rule()), QStringLiteral("cart.product.unavailable"));
        }
        QCOMPARE(checkout.state(), CheckoutState::kStarted);
        checkout.beginCompensation();
        checkout.markFailed();
        QCOMPARE(checkout.state(), CheckoutState::kFailed);
    }

    void parsesDeliveryMethods() {
        QCOMPARE(parseDeliveryMethod("standard"), DeliveryMethod::kStandard);
        QCOMPARE(parseDeliveryMethod("express"), DeliveryMethod::kExpress);
        QCOMPARE(str(deliveryMethodName(DeliveryMethod::kExpress)), QStringLiteral("express"));
        try {
            (void)parseDeliveryMethod("Express");
            QFAIL("accepted an unknown delivery method");
        } catch (const DomainError& e) {
            QCOMPARE(str(e.rule()), QStringLiteral("checkout.delivery_method.unknown"));
            QCOMPARE(str(e.field()), QStringLiteral("delivery_method"));
        }
    }

    void happyPathRecordsEachStep() {
        Checkout checkout = started();
        checkout.markPricesChecked({{kTaxable, Price::fromCents(8999)}, {kZeroRated, Price::fromCents(1)}});
        checkout.markStockReserved({kReservation});
        checkout.markSaleRecorded(kSale);
        checkout.markReservationCommitted();
        checkout.markCompleted(kOrder);
        QCOMPARE(checkout.state(), CheckoutState::kCompleted);
        QCOMPARE(checkout.reservations(), std::vector<ReservationId>{kReservation});
        QCOMPARE(checkout.sale(), std::optional<SaleId>(kSale));
        QCOMPARE(checkout.order(), std::optional<OrderId>(kOrder));
    }

    void compensationKeepsTheReservationToRelease() {
        Checkout checkout = checkoutIn(CheckoutState::kStockReserved);
        checkout.beginCompensation();
        QCOMPARE(checkout.state(), CheckoutState::kCompensating);
        QCOMPARE(checkout.reservations(), std::vector<ReservationId>{kReservation});
        QVERIFY(!checkout.sale().has_value());
    }

    // Every (state, step) pair: the legal ones move to the step's state, the others throw and change nothing.
    void stateMachine_data() {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("step");
        for (CheckoutState from : kStates) {
            for (Step step : kSteps) {
                QTest::addRow("%s: %s %s", checkoutStateName(from).data(), stepName(step),
                              isLegal(from, step) ? "allowed" : "refused")
                    << int(from) << int(step);
            }
        }
    }
    void stateMachine() {
        QFETCH(int, from);
        QFETCH(int, step);
        const auto fromState = static_cast<CheckoutState>(from);
        const auto theStep = static_cast<Step>(step);
        Checkout checkout = checkoutIn(fromState);
        QCOMPARE(checkout.state(), fromState);
        const auto before = checkout.reservations();
        try {
            apply(checkout, theStep);
            QVERIFY2(isLegal(fromState, theStep), "an illegal transition was accepted");
            QCOMPARE(checkout.state(), stateAfter(theStep));
        } catch (const DomainError& e) {
            QVERIFY2(!isLegal(fromState, theStep), "a legal transition was refused");
            QCOMPARE(e.code(), ErrorCode::kIllegalState);
            QCOMPARE(str(e.rule()), QStringLiteral("checkout.transition"));
            QCOMPARE(checkout.state(), fromState);
            QCOMPARE(checkout.reservations(), before);
        }
    }

    void idempotencyKeys_data() {
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("key");
        QTest::newRow("reserve") << int(RemoteStep::kReserve)
                                 << QStringLiteral("0192f3a0-0000-7000-8000-00000000c0c0:reserve");
        QTest::newRow("sale") << int(RemoteStep::kSale) << QStringLiteral("0192f3a0-0000-7000-8000-00000000c0c0:sale");
        QTest::newRow("commit") << int(RemoteStep::kCommit)
                                << QStringLiteral("0192f3a0-0000-7000-8000-00000000c0c0:commit");
        QTest::newRow("release") << int(RemoteStep::kRelease)
                                 << QStringLiteral("0192f3a0-0000-7000-8000-00000000c0c0:release");
    }
    void idempotencyKeys() {
        QFETCH(int, step);
        QFETCH(QString, key);
        QCOMPARE(str(started().idempotencyKey(static_cast<RemoteStep>(step))), key);
    }

    // A saved checkout comes back at its state with its reservations, sale and totals, and goes on from there.
    void restoreResumesAtTheSavedState() {
        Checkout original = checkoutIn(CheckoutState::kStockReserved);
        Checkout restored = Checkout::restore({.id = original.id(),
                                               .customer = original.customer(),
                                               .lines = original.lines(),
                                               .deliveryAddress = original.deliveryAddress(),
                                               .method = original.deliveryMethod(),
                                               .startedAt = original.startedAt(),
                                               .shipping = original.shipping(),
                                               .totals = original.totals(),
                                               .state = original.state(),
                                               .reservations = original.reservations(),
                                               .sale = original.sale(),
                                               .order = original.order()});
        QCOMPARE(restored.state(), CheckoutState::kStockReserved);
        QCOMPARE(restored.reservations(), std::vector<ReservationId>{kReservation});
        QCOMPARE(restored.totals(), original.totals());
        QCOMPARE(restored.idempotencyKey(RemoteStep::kSale), original.idempotencyKey(RemoteStep::kSale));
        restored.markSaleRecorded(kSale);
        QCOMPARE(restored.state(), CheckoutState::kSaleRecorded);
    }

    void oneReservationPerLine() {
        Checkout checkout = checkoutIn(CheckoutState::kPricesChecked);
        try {
            checkout.markStockReserved({kReservation, kReservation});
            QFAIL("two reservations for one line were accepted");
        } catch (const DomainError& e) {
            QCOMPARE(str(e.rule()), QStringLiteral("checkout.reservations.count"));
        }
        QCOMPARE(checkout.state(), CheckoutState::kPricesChecked);
    }
};

QTEST_APPLESS_MAIN(CheckoutTest)
#include "checkout_test.moc"
