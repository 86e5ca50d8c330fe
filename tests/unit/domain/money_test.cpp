// Rules of Money, Rate and Price: integer cents, half-up rounding, price range.
#include "magasin/domain/money.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

using namespace magasin::domain;

class MoneyTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesAmounts_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("whole dollars") << QStringLiteral("12") << qint64(1200);
        QTest::newRow("one decimal is tenths") << QStringLiteral("12.3") << qint64(1230);
        QTest::newRow("two decimals") << QStringLiteral("89.99") << qint64(8999);
        QTest::newRow("comma as decimal separator") << QStringLiteral("25,50") << qint64(2550);
        QTest::newRow("negative amount") << QStringLiteral("-0.50") << qint64(-50);
        QTest::newRow("zero") << QStringLiteral("0.00") << qint64(0);
    }
    void parsesAmounts() {
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        QCOMPARE(Money::parse(text.toStdString()).cents(), cents);
    }

    void rejectsMalformedAmounts_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("three decimals") << QStringLiteral("1.234");
        QTest::newRow("letters") << QStringLiteral("12a");
        QTest::newRow("dangling separator") << QStringLiteral("12.");
        QTest::newRow("no integer part") << QStringLiteral(".50");
        QTest::newRow("two signs") << QStringLiteral("--1");
    }
    void rejectsMalformedAmounts() {
        QFETCH(QString, text);
        try {
            (void)Money::parse(text.toStdString());
            QFAIL("accepted a malformed amount");
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("money.format"));
        }
    }

    void formatsCanonically_data() {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("text");
        QTest::newRow("cents padded") << qint64(1205) << QStringLiteral("12.05");
        QTest::newRow("under a dollar") << qint64(7) << QStringLiteral("0.07");
        QTest::newRow("negative") << qint64(-150) << QStringLiteral("-1.50");
        QTest::newRow("largest price") << qint64(99'999'999) << QStringLiteral("999999.99");
    }
    void formatsCanonically() {
        QFETCH(qint64, cents);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(Money::fromCents(cents).toString()), text);
    }

    void appliesRatesHalfUp_data() {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<qint64>("rate");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("GST on 269.97 is 13.50 (13.4985 rounds up)") << qint64(26997) << qint64(5000) << qint64(1350);
        QTest::newRow("QST on 269.97 is 26.93 (26.9295 rounds down)") << qint64(26997) << qint64(9975) << qint64(2693);
        QTest::newRow("GST on 0.10 is 0.01 (exact half rounds up)") << qint64(10) << qint64(5000) << qint64(1);
        QTest::newRow("GST on 0.09 is 0.00 (0.0045 rounds down)") << qint64(9) << qint64(5000) << qint64(0);
        QTest::newRow("QST on 100.00 is 9.98 (9.975 rounds up)") << qint64(10000) << qint64(9975) << qint64(998);
        QTest::newRow("zero rate gives nothing") << qint64(10000) << qint64(0) << qint64(0);
        QTest::newRow("negative amount rounds away from zero") << qint64(-10) << qint64(5000) << qint64(-1);
    }
    void appliesRatesHalfUp() {
        QFETCH(qint64, amount);
        QFETCH(qint64, rate);
        QFETCH(qint64, expected);
        QCOMPARE(Rate::fromHundredThousandths(rate).applyTo(Money::fromCents(amount)).cents(), expected);
    }

    void priceRange_data() {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<bool>("valid");
        QTest::newRow("free is a price") << qint64(0) << true;
        QTest::newRow("999999.99 is the highest price") << qint64(99'999'999) << true;
        QTest::newRow("1000000.00 is too high") << qint64(100'000'000) << false;
        QTest::newRow("negative price refused") << qint64(-1) << false;
    }
    void priceRange() {
        QFETCH(qint64, cents);
        QFETCH(bool, valid);
        bool accepted = true;
        try {
            QCOMPARE(Price::fromCents(cents).cents(), cents);
        } catch (const DomainError& e) {
            accepted = false;
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("price.range"));
        }
        QCOMPARE(accepted, valid);
    }

    void arithmeticRefusesOverflow() {
        const auto big = Money::fromCents(std::numeric_limits<std::int64_t>::max());
        QVERIFY_THROWS_EXCEPTION(DomainError, big + Money::fromCents(1));
        QVERIFY_THROWS_EXCEPTION(DomainError, big * 2);
        QCOMPARE((Money::fromCents(8999) * 3).cents(), qint64(26997));
        QCOMPARE((Money::fromCents(100) - Money::fromCents(250)).cents(), qint64(-150));
    }

    void rateOutsidePercentRangeRefused() {
        QVERIFY_THROWS_EXCEPTION(DomainError, Rate::fromHundredThousandths(-1));
        QVERIFY_THROWS_EXCEPTION(DomainError, Rate::fromHundredThousandths(100'001));
        QCOMPARE(Rate::fromHundredThousandths(100'000).applyTo(Money::fromCents(123)).cents(), qint64(123));
    }
};

QTEST_APPLESS_MAIN(MoneyTest)
#include "money_test.moc"
