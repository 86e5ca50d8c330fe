// Prices as people in Québec read them, in both languages: grouping, decimals, the sign, the dollar's place.
#include <QtTest>

#include "magasin/webshop/price_format.hpp"

using magasin::domain::Language;
using magasin::domain::Money;
using magasin::webshop::formatPrice;

class PriceFormatTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formats_data() {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("french");
        QTest::addColumn<QString>("english");
        // U+00A0 inside French amounts: "1 234,56 $" never breaks across lines.
        QTest::newRow("zero shows two decimals")
            << qint64(0) << QStringLiteral("0,00\u00a0$") << QStringLiteral("$0.00");
        QTest::newRow("cents below ten keep their zero")
            << qint64(705) << QStringLiteral("7,05\u00a0$") << QStringLiteral("$7.05");
        QTest::newRow("three digits are not grouped")
            << qint64(99999) << QStringLiteral("999,99\u00a0$") << QStringLiteral("$999.99");
        QTest::newRow("thousands are grouped")
            << qint64(123456) << QStringLiteral("1\u00a0234,56\u00a0$") << QStringLiteral("$1,234.56");
        QTest::newRow("millions are grouped twice")
            << qint64(123456789) << QStringLiteral("1\u00a0234\u00a0567,89\u00a0$") << QStringLiteral("$1,234,567.89");
        QTest::newRow("a refund keeps its sign in front")
            << qint64(-1550) << QStringLiteral("-15,50\u00a0$") << QStringLiteral("-$15.50");
        QTest::newRow("the most negative amount does not overflow")
            << std::numeric_limits<qint64>::min()
            << QStringLiteral("-92\u00a0233\u00a0720\u00a0368\u00a0547\u00a0758,08\u00a0$")
            << QStringLiteral("-$92,233,720,368,547,758.08");
    }
    void formats() {
        QFETCH(qint64, cents);
        QFETCH(QString, french);
        QFETCH(QString, english);
        QCOMPARE(QString::fromStdString(formatPrice(Money::fromCents(cents), Language::kFrench)), french);
        QCOMPARE(QString::fromStdString(formatPrice(Money::fromCents(cents), Language::kEnglish)), english);
    }
};

QTEST_GUILESS_MAIN(PriceFormatTest)
#include "price_format_test.moc"
