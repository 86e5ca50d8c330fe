// Taxes on the taxable subtotal, each rounded half-up to the cent on its own (Québec: GST 5 %, QST 9.975 %).
#include "magasin/domain/tax_profile.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

using namespace magasin::domain;

class TaxProfileTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void quebecTotals_data() {
        QTest::addColumn<qint64>("subtotal");
        QTest::addColumn<qint64>("taxable");
        QTest::addColumn<qint64>("gst");
        QTest::addColumn<qint64>("qst");
        QTest::addColumn<qint64>("total");
        QTest::newRow("269.97 taxable gives GST 13.50, QST 26.93, total 310.40")
            << qint64(26997) << qint64(26997) << qint64(1350) << qint64(2693) << qint64(31040);
        QTest::newRow("89.99 keyboard gives GST 4.50, QST 8.98")
            << qint64(8999) << qint64(8999) << qint64(450) << qint64(898) << qint64(10347);
        QTest::newRow("nothing taxable, no taxes")
            << qint64(1599) << qint64(0) << qint64(0) << qint64(0) << qint64(1599);
        QTest::newRow("only the taxable part is taxed")
            << qint64(2498) << qint64(899) << qint64(45) << qint64(90) << qint64(2633);
        QTest::newRow("one cent: both taxes round to zero")
            << qint64(1) << qint64(1) << qint64(0) << qint64(0) << qint64(1);
        QTest::newRow("each tax rounded on its own, not their sum")
            << qint64(30) << qint64(30) << qint64(2) << qint64(3) << qint64(35);
        QTest::newRow("empty sale") << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    }
    void quebecTotals() {
        QFETCH(qint64, subtotal);
        QFETCH(qint64, taxable);
        QFETCH(qint64, gst);
        QFETCH(qint64, qst);
        QFETCH(qint64, total);
        const Totals t = computeTotals(TaxProfile::quebec(), Money::fromCents(subtotal), Money::fromCents(taxable));
        QCOMPARE(t.taxes.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(t.taxes[0].code), QStringLiteral("GST"));
        QCOMPARE(t.taxes[0].amount.cents(), gst);
        QCOMPARE(QString::fromStdString(t.taxes[1].code), QStringLiteral("QST"));
        QCOMPARE(t.taxes[1].amount.cents(), qst);
        QCOMPARE(t.taxTotal.cents(), gst + qst);
        QCOMPARE(t.total.cents(), total);
        QCOMPARE(t.subtotal.cents(), subtotal);
    }

    void taxableSubtotalMustFitTheSubtotal_data() {
        QTest::addColumn<qint64>("subtotal");
        QTest::addColumn<qint64>("taxable");
        QTest::newRow("taxable above subtotal") << qint64(100) << qint64(101);
        QTest::newRow("negative taxable") << qint64(100) << qint64(-1);
    }
    void taxableSubtotalMustFitTheSubtotal() {
        QFETCH(qint64, subtotal);
        QFETCH(qint64, taxable);
        try {
            (void)computeTotals(TaxProfile::quebec(), Money::fromCents(subtotal), Money::fromCents(taxable));
            QFAIL("accepted an impossible taxable subtotal");
        } catch (const DomainError& e) {
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("totals.taxable"));
        }
    }

    void profileRefusesRepeatedTaxes() {
        const Rate five = Rate::fromHundredThousandths(5000);
        QVERIFY_THROWS_EXCEPTION(DomainError, TaxProfile::of("X", {{"GST", five}, {"GST", five}}));
        QVERIFY_THROWS_EXCEPTION(DomainError, TaxProfile::of("X", {{"", five}}));
        const TaxProfile ontario = TaxProfile::of("ON", {{"HST", Rate::fromHundredThousandths(13'000)}});
        QCOMPARE(computeTotals(ontario, Money::fromCents(10000), Money::fromCents(10000)).total.cents(), qint64(11300));
    }
};

QTEST_APPLESS_MAIN(TaxProfileTest)
#include "tax_profile_test.moc"
