// Rules of the Sale aggregate: lines and discounts, totals through the tax profile, settling payments, card references
// that are card numbers, the shape of a sale, and cancelling.
#include "magasin/domain/sale.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

using namespace magasin::domain;

namespace {

const ProductId kClavier = ProductId::parse("550e8400-e29b-41d4-a716-446655440001");
const ProductId kCafe = ProductId::parse("550e8400-e29b-41d4-a716-446655440003");
const SaleId kSaleId = SaleId::parse("01890a5d-ac96-774b-bcce-b302099a8057");  // a UUIDv7
const StoreId kStore = StoreId::parse("33333333-3333-3333-3333-333333333331");
const DeviceId kDevice = DeviceId::parse("55555555-5555-5555-5555-555555555551");
const CustomerId kCustomer = CustomerId::parse("66666666-6666-6666-6666-666666666661");
const Actor kCashier{StaffId::parse("44444444-4444-4444-4444-444444444441"), Role::kCashier};
const Actor kManager{StaffId::parse("44444444-4444-4444-4444-444444444442"), Role::kManager};
const Timestamp kSoldAt = parseIso8601("2026-11-25T14:20:13Z");
constexpr qint64 kNoDiscount = -1;
constexpr qint64 kNone = 0;

SaleLine claviers(std::int64_t quantity = 3) {
    return SaleLine::of(kClavier, "Clavier mécanique", Price::fromCents(8999), Quantity::of(quantity), true);
}

NewSale storeSale(std::vector<SaleLine> lines, std::vector<Payment> payments) {
    NewSale sale;
    sale.id = kSaleId;
    sale.store = kStore;
    sale.device = kDevice;
    sale.staff = kCashier.id;
    sale.at = kSoldAt;
    sale.lines = std::move(lines);
    sale.payments = std::move(payments);
    return sale;
}

// A sale of 3 x Clavier mécanique (total 310.40) paid with the given payments.
Sale threeClaviers(std::vector<Payment> payments) {
    return Sale::record(storeSale({claviers()}, std::move(payments)), TaxProfile::quebec());
}

// Runs f and returns the rule it broke (empty when it did not throw); a different error code than expected is
// reported in the returned text so that the comparison fails.
template <typename F>
QString brokenRule(F&& f, ErrorCode expected) {
    try {
        f();
        return {};
    } catch (const DomainError& e) {
        if (e.code() != expected) {
            return QStringLiteral("unexpected code %1 for %2")
                .arg(QString::fromUtf8(errorCodeName(e.code())), QString::fromStdString(e.rule()));
        }
        return QString::fromStdString(e.rule());
    }
}

}  // namespace

class SaleTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void computesTotals_data() {
        QTest::addColumn<qint64>("unitPrice");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<bool>("taxable");
        QTest::addColumn<qint64>("discount");
        QTest::addColumn<qint64>("subtotal");
        QTest::addColumn<qint64>("gst");
        QTest::addColumn<qint64>("qst");
        QTest::addColumn<qint64>("total");
        QTest::newRow("3 x Clavier mécanique 89.99: GST 13.50, QST 26.93, total 310.40")
            << qint64(8999) << qint64(3) << true << kNoDiscount << qint64(26997) << qint64(1350) << qint64(2693)
            << qint64(31040);
        QTest::newRow("non-taxable line pays no tax") << qint64(1599) << qint64(2) << false << kNoDiscount
                                                      << qint64(3198) << qint64(0) << qint64(0) << qint64(3198);
        QTest::newRow("discount 9.97 taxes the discounted 260.00 (QST 25.935 rounds up)")
            << qint64(8999) << qint64(3) << true << qint64(997) << qint64(26000) << qint64(1300) << qint64(2594)
            << qint64(29894);
        QTest::newRow("discount on a non-taxable line") << qint64(1599) << qint64(2) << false << qint64(198)
                                                        << qint64(3000) << qint64(0) << qint64(0) << qint64(3000);
        QTest::newRow("free product makes a zero total")
            << qint64(0) << qint64(1) << true << kNoDiscount << qint64(0) << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("10000 units at the highest price do not overflow")
            << qint64(99'999'999) << qint64(10'000) << false << kNoDiscount << qint64(999'999'990'000) << qint64(0)
            << qint64(0) << qint64(999'999'990'000);
    }
    void computesTotals() {
        QFETCH(qint64, unitPrice);
        QFETCH(qint64, quantity);
        QFETCH(bool, taxable);
        QFETCH(qint64, discount);
        QFETCH(qint64, subtotal);
        QFETCH(qint64, gst);
        QFETCH(qint64, qst);
        QFETCH(qint64, total);
        std::optional<LineDiscount> lineDiscount;
        if (discount != kNoDiscount) {
            lineDiscount = LineDiscount{Money::fromCents(discount), kManager};
        }
        const SaleLine line = SaleLine::of(kClavier, "Produit", Price::fromCents(unitPrice), Quantity::of(quantity),
                                           taxable, lineDiscount);
        QCOMPARE(line.total().cents(), subtotal);
        const Sale sale = Sale::record(storeSale({line}, {Payment::cash(Money::fromCents(std::max<qint64>(total, 1)))}),
                                       TaxProfile::quebec());
        QCOMPARE(sale.totals().subtotal.cents(), subtotal);
        QCOMPARE(sale.totals().taxableSubtotal.cents(), taxable ? subtotal : 0);
        QCOMPARE(sale.totals().taxes.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(sale.totals().taxes[0].code), QStringLiteral("GST"));
        QCOMPARE(sale.totals().taxes[0].amount.cents(), gst);
        QCOMPARE(QString::fromStdString(sale.totals().taxes[1].code), QStringLiteral("QST"));
        QCOMPARE(sale.totals().taxes[1].amount.cents(), qst);
        QCOMPARE(sale.totals().taxTotal.cents(), gst + qst);
        QCOMPARE(sale.totals().total.cents(), total);
    }

    void taxesOnlyTheTaxableLines() {
        const SaleLine cafe = SaleLine::of(kCafe, "Café Premium Bio", Price::fromCents(1599), Quantity::of(2), false);
        const Sale sale =
            Sale::record(storeSale({claviers(), cafe}, {Payment::card(Money::fromCents(34238), "AUTH-839201")}),
                         TaxProfile::quebec());
        QCOMPARE(sale.totals().subtotal.cents(), qint64(30195));
        QCOMPARE(sale.totals().taxableSubtotal.cents(), qint64(26997));
        QCOMPARE(sale.totals().taxTotal.cents(), qint64(1350 + 2693));
        QCOMPARE(sale.totals().total.cents(), qint64(30195 + 1350 + 2693));
        QCOMPARE(sale.changeDue().cents(), qint64(0));
    }

    void keepsWhatWasSold() {
        const Sale sale = threeClaviers({Payment::cash(Money::fromCents(32000))});
        QCOMPARE(sale.id(), kSaleId);
        QCOMPARE(sale.store(), kStore);
        QCOMPARE(sale.device(), std::optional(kDevice));
        QCOMPARE(sale.staff(), std::optional(kCashier.id));
        QVERIFY(!sale.customer());
        QCOMPARE(sale.at(), kSoldAt);
        QCOMPARE(sale.channel(), SaleChannel::kStore);
        QCOMPARE(sale.status(), SaleStatus::kActive);
        QCOMPARE(sale.lines().size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(sale.lines()[0].name()), QStringLiteral("Clavier mécanique"));
        QCOMPARE(sale.lines()[0].unitPrice().cents(), qint64(8999));
        QCOMPARE(sale.lines()[0].quantity().value(), qint64(3));
        QCOMPARE(sale.payments().size(), std::size_t(1));
        QCOMPARE(sale.payments()[0].method(), PaymentMethod::kCash);
        QVERIFY(!sale.cancellation());
    }

    void lineRules_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("discount");
        QTest::addColumn<bool>("approvedByManager");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<qint64>("lineTotal");
        const QString name = QStringLiteral("Clavier mécanique");
        const int invalid = int(ErrorCode::kInvalidValue);
        const int denied = int(ErrorCode::kPermissionDenied);
        QTest::newRow("blank name as sold refused")
            << QStringLiteral("  \t ") << kNoDiscount << true << invalid << "sale.line.name.empty" << qint64(0);
        QTest::newRow("no discount: total is price x quantity")
            << name << kNoDiscount << false << invalid << "" << qint64(26997);
        QTest::newRow("discount of 0.00 refused")
            << name << qint64(0) << true << invalid << "sale.line.discount.range" << qint64(0);
        QTest::newRow("negative discount refused")
            << name << qint64(-100) << true << invalid << "sale.line.discount.range" << qint64(0);
        QTest::newRow("discount of 0.01 approved by a manager")
            << name << qint64(1) << true << invalid << "" << qint64(26996);
        QTest::newRow("discount equal to the line amount makes it free")
            << name << qint64(26997) << true << invalid << "" << qint64(0);
        QTest::newRow("discount above the line amount refused")
            << name << qint64(26998) << true << invalid << "sale.line.discount.range" << qint64(0);
        QTest::newRow("discount approved by a cashier denied")
            << name << qint64(500) << false << denied << "role.manager_required" << qint64(0);
    }
    void lineRules() {
        QFETCH(QString, name);
        QFETCH(qint64, discount);
        QFETCH(bool, approvedByManager);
        QFETCH(int, code);
        QFETCH(QString, rule);
        QFETCH(qint64, lineTotal);
        std::optional<LineDiscount> lineDiscount;
        if (discount != kNoDiscount) {
            lineDiscount = LineDiscount{Money::fromCents(discount), approvedByManager ? kManager : kCashier};
        }
        const auto make = [&] {
            return SaleLine::of(kClavier, name.toStdString(), Price::fromCents(8999), Quantity::of(3), true,
                                lineDiscount);
        };
        QCOMPARE(brokenRule(make, ErrorCode(code)), rule);
        if (rule.isEmpty()) {
            const SaleLine line = make();
            QCOMPARE(line.total().cents(), lineTotal);
            QCOMPARE(line.discount(), lineDiscount);
        }
    }

    void settlesPayments_data() {
        QTest::addColumn<qint64>("cash");
        QTest::addColumn<qint64>("card");
        QTest::addColumn<qint64>("secondCard");
        QTest::addColumn<qint64>("changeDue");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("inMessage");
        // The sale is 3 x Clavier mécanique: total 310.40. Zero means no such payment.
        QTest::newRow("cash 320.00 gives 9.60 change") << qint64(32000) << kNone << kNone << qint64(960) << ""
                                                       << "";
        QTest::newRow("exact cash gives no change") << qint64(31040) << kNone << kNone << qint64(0) << ""
                                                    << "";
        QTest::newRow("card pays exactly") << kNone << qint64(31040) << kNone << qint64(0) << ""
                                           << "";
        QTest::newRow("two cards pay exactly") << kNone << qint64(20000) << qint64(11040) << qint64(0) << ""
                                               << "";
        QTest::newRow("card 300.00 + cash 20.00 gives 9.60 change")
            << qint64(2000) << qint64(30000) << kNone << qint64(960) << ""
            << "";
        QTest::newRow("card 300.00 + exact cash 10.40") << qint64(1040) << qint64(30000) << kNone << qint64(0) << ""
                                                        << "";
        QTest::newRow("cash 310.39 is 0.01 short")
            << qint64(31039) << kNone << kNone << qint64(0) << "sale.payment.short"
            << "0.01";
        QTest::newRow("card 310.39 alone is 0.01 short")
            << kNone << qint64(31039) << kNone << qint64(0) << "sale.payment.short"
            << "0.01";
        QTest::newRow("card 310.41 alone is 0.01 over")
            << kNone << qint64(31041) << kNone << qint64(0) << "sale.payment.excess"
            << "0.01";
        QTest::newRow("two cards over the total by 5.00")
            << kNone << qint64(30000) << qint64(1540) << qint64(0) << "sale.payment.excess"
            << "5.00";
        QTest::newRow("card over the total is not made right by cash")
            << qint64(1000) << qint64(31100) << kNone << qint64(0) << "sale.payment.excess"
            << "0.60";
        QTest::newRow("card 300.00 + cash 10.00 is 0.40 short")
            << qint64(1000) << qint64(30000) << kNone << qint64(0) << "sale.payment.short"
            << "0.40";
        QTest::newRow("no payment at all is 310.40 short")
            << kNone << kNone << kNone << qint64(0) << "sale.payment.short"
            << "310.40";
    }
    void settlesPayments() {
        QFETCH(qint64, cash);
        QFETCH(qint64, card);
        QFETCH(qint64, secondCard);
        QFETCH(qint64, changeDue);
        QFETCH(QString, rule);
        QFETCH(QString, inMessage);
        std::vector<Payment> payments;
        if (card != kNone) {
            payments.push_back(Payment::card(Money::fromCents(card), "AUTH-1"));
        }
        if (secondCard != kNone) {
            payments.push_back(Payment::card(Money::fromCents(secondCard), "AUTH-2"));
        }
        if (cash != kNone) {
            payments.push_back(Payment::cash(Money::fromCents(cash)));
        }
        try {
            const Sale sale = threeClaviers(payments);
            QVERIFY2(rule.isEmpty(), "payments that do not settle were accepted");
            QCOMPARE(sale.changeDue().cents(), changeDue);
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), ErrorCode::kPaymentMismatch);
            QCOMPARE(QString::fromStdString(e.rule()), rule);
            QVERIFY2(QString::fromUtf8(e.what()).startsWith(inMessage) ||
                         QString::fromUtf8(e.what()).contains(QStringLiteral(" by ") + inMessage),
                     e.what());
        }
    }

    void paymentAmountsArePositive() {
        QCOMPARE(brokenRule([] { Payment::cash(Money::zero()); }, ErrorCode::kInvalidValue),
                 QStringLiteral("payment.amount.positive"));
        QCOMPARE(brokenRule([] { Payment::card(Money::fromCents(-1), "AUTH-1"); }, ErrorCode::kInvalidValue),
                 QStringLiteral("payment.amount.positive"));
        QCOMPARE(Payment::cash(Money::fromCents(1)).amount().cents(), qint64(1));
    }

    void cardReference_data() {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("rule");
        QTest::newRow("terminal reference accepted") << QStringLiteral(" AUTH-839201 ") << "";
        QTest::newRow("Visa test number refused")
            << QStringLiteral("4111111111111111") << "payment.card.reference.card_number";
        QTest::newRow("card number with spaces refused")
            << QStringLiteral("4111 1111 1111 1111") << "payment.card.reference.card_number";
        QTest::newRow("card number with dashes refused")
            << QStringLiteral("5500-0000-0000-0004") << "payment.card.reference.card_number";
        QTest::newRow("13 Luhn-valid digits refused")
            << QStringLiteral("4000000000006") << "payment.card.reference.card_number";
        QTest::newRow("19 Luhn-valid digits refused")
            << QStringLiteral("4000000000000000006") << "payment.card.reference.card_number";
        QTest::newRow("12 Luhn-valid digits accepted (too short for a card)") << QStringLiteral("400000000002") << "";
        QTest::newRow("20 Luhn-valid digits accepted (too long for a card)")
            << QStringLiteral("40000000000000000002") << "";
        QTest::newRow("16 digits failing Luhn accepted") << QStringLiteral("4111111111111112") << "";
        QTest::newRow("blank reference refused") << QStringLiteral("   ") << "payment.card.reference.length";
        QTest::newRow("64 characters accepted") << QString(64, u'R') << "";
        QTest::newRow("65 characters refused") << QString(65, u'R') << "payment.card.reference.length";
    }
    void cardReference() {
        QFETCH(QString, reference);
        QFETCH(QString, rule);
        const std::string text = reference.toStdString();
        QCOMPARE(brokenRule([&] { Payment::card(Money::fromCents(100), text); }, ErrorCode::kInvalidValue), rule);
        if (rule.isEmpty()) {
            const Payment payment = Payment::card(Money::fromCents(100), text);
            QCOMPARE(payment.method(), PaymentMethod::kCard);
            QCOMPARE(QString::fromStdString(payment.reference()), reference.trimmed());
        }
    }

    void saleShape_data() {
        QTest::addColumn<int>("lineCount");
        QTest::addColumn<bool>("web");
        QTest::addColumn<bool>("withTerminal");
        QTest::addColumn<bool>("withCustomer");
        QTest::addColumn<QString>("uuid");
        QTest::addColumn<QString>("rule");
        const QString v7 = QString::fromStdString(kSaleId.toString());
        QTest::newRow("no line refused") << 0 << false << true << false << v7 << "sale.lines.count";
        QTest::newRow("1 line accepted") << 1 << false << true << false << v7 << "";
        QTest::newRow("500 lines accepted") << 500 << false << true << false << v7 << "";
        QTest::newRow("501 lines refused") << 501 << false << true << false << v7 << "sale.lines.count";
        QTest::newRow("a UUIDv4 id refused")
            << 1 << false << true << false << QStringLiteral("550e8400-e29b-41d4-a716-446655440001")
            << "sale.id.version";
        QTest::newRow("store sale without terminal and cashier refused")
            << 1 << false << false << false << v7 << "sale.store.terminal_required";
        QTest::newRow("web sale with a customer and no terminal accepted") << 1 << true << false << true << v7 << "";
        QTest::newRow("web sale without a customer refused")
            << 1 << true << false << false << v7 << "sale.web.customer_required";
    }
    void saleShape() {
        QFETCH(int, lineCount);
        QFETCH(bool, web);
        QFETCH(bool, withTerminal);
        QFETCH(bool, withCustomer);
        QFETCH(QString, uuid);
        QFETCH(QString, rule);
        const SaleLine line = SaleLine::of(kCafe, "Café Premium Bio", Price::fromCents(100), Quantity::of(1), false);
        NewSale data = storeSale(std::vector<SaleLine>(std::size_t(lineCount), line), {});
        data.payments.push_back(Payment::cash(Money::fromCents(100) * lineCount + Money::fromCents(1)));
        data.id = SaleId::parse(uuid.toStdString());
        data.channel = web ? SaleChannel::kWeb : SaleChannel::kStore;
        if (!withTerminal) {
            data.device.reset();
            data.staff.reset();
        }
        if (withCustomer) {
            data.customer = kCustomer;
        }
        QCOMPARE(brokenRule([&] { Sale::record(data, TaxProfile::quebec()); }, ErrorCode::kInvalidValue), rule);
        if (rule.isEmpty()) {
            const Sale sale = Sale::record(data, TaxProfile::quebec());
            QCOMPARE(sale.lines().size(), std::size_t(lineCount));
            QCOMPARE(sale.changeDue().cents(), qint64(1));
        }
    }

    void cancelPermissions_data() {
        QTest::addColumn<bool>("actorIsManager");
        QTest::addColumn<int>("override");  // 0 none, 1 a manager, 2 a cashier
        QTest::addColumn<QString>("rule");
        QTest::newRow("a manager cancels alone") << true << 0 << "";
        QTest::newRow("a cashier cancels with a manager override") << false << 1 << "";
        QTest::newRow("a cashier alone is denied") << false << 0 << "role.manager_required";
        QTest::newRow("a cashier's override of a cashier is denied") << false << 2 << "role.manager_required";
    }
    void cancelPermissions() {
        QFETCH(bool, actorIsManager);
        QFETCH(int, override);
        QFETCH(QString, rule);
        Sale sale = threeClaviers({Payment::cash(Money::fromCents(32000))});
        const Actor actor = actorIsManager ? kManager : kCashier;
        std::optional<Actor> managerOverride;
        if (override != 0) {
            managerOverride = override == 1
                                  ? kManager
                                  : Actor{StaffId::parse("44444444-4444-4444-4444-444444444443"), Role::kCashier};
        }
        const Timestamp at = kSoldAt + std::chrono::minutes(5);
        const Reason reason = Reason::parse("Client a changé d'avis");
        QCOMPARE(brokenRule([&] { sale.cancel(actor, reason, managerOverride, at); }, ErrorCode::kPermissionDenied),
                 rule);
        if (rule.isEmpty()) {
            QCOMPARE(sale.status(), SaleStatus::kCancelled);
            QVERIFY(sale.cancellation());
            QCOMPARE(sale.cancellation()->by, actor);
            QCOMPARE(sale.cancellation()->approvedBy, managerOverride);
            QCOMPARE(sale.cancellation()->reason, reason);
            QCOMPARE(sale.cancellation()->at, at);
        } else {
            QCOMPARE(sale.status(), SaleStatus::kActive);
            QVERIFY(!sale.cancellation());
        }
    }

    void cancelsOnlyAnActiveSale() {
        Sale sale = threeClaviers({Payment::card(Money::fromCents(31040), "AUTH-1")});
        const Reason first = Reason::parse("Erreur de caisse");
        sale.cancel(kManager, first, std::nullopt, kSoldAt);
        QCOMPARE(brokenRule([&] { sale.cancel(kManager, Reason::parse("Encore une fois"), std::nullopt, kSoldAt); },
                            ErrorCode::kIllegalState),
                 QStringLiteral("sale.cancel.not_active"));
        QCOMPARE(sale.cancellation()->reason, first);
    }

    // A stored sale comes back with the totals it was recorded with, even when a recomputation would differ (the
    // tax profile changed since), and with its cancellation, which still forbids a second one.
    void restoresTheStoredTotalsAndCancellation() {
        const Sale recorded = threeClaviers({Payment::cash(Money::fromCents(32000))});
        Totals stored = recorded.totals();
        stored.taxes.pop_back();  // as if the QST had not existed then
        stored.taxTotal = stored.taxes.front().amount;
        stored.total = stored.subtotal + stored.taxTotal;
        const Cancellation cancellation{kManager, std::nullopt, Reason::parse("Erreur de caisse"), kSoldAt};
        NewSale data = storeSale({claviers()}, {Payment::cash(Money::fromCents(32000))});
        Sale restored = Sale::restore(std::move(data), stored, Money::fromCents(3535), cancellation);
        QCOMPARE(restored.totals(), stored);
        QCOMPARE(restored.totals().total.cents(), qint64(28347));
        QCOMPARE(restored.changeDue().cents(), qint64(3535));
        QCOMPARE(restored.status(), SaleStatus::kCancelled);
        QCOMPARE(restored.lines().size(), std::size_t(1));
        QCOMPARE(brokenRule([&] { restored.cancel(kManager, Reason::parse("Encore une fois"), std::nullopt, kSoldAt); },
                            ErrorCode::kIllegalState),
                 QStringLiteral("sale.cancel.not_active"));
        const Sale active = Sale::restore(storeSale({claviers()}, {}), recorded.totals(), Money::zero());
        QCOMPARE(active.status(), SaleStatus::kActive);
        QCOMPARE(active.totals(), recorded.totals());
    }
};

QTEST_APPLESS_MAIN(SaleTest)
#include "sale_test.moc"
