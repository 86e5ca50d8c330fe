// A quantity moved, sold, transferred or requested is a whole number from 1 to 10,000.
#include "magasin/domain/quantity.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

using namespace magasin::domain;

class QuantityTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void range_data() {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("zero units refused") << qint64(0) << false;
        QTest::newRow("one unit is the least") << qint64(1) << true;
        QTest::newRow("10000 units is the most") << qint64(10'000) << true;
        QTest::newRow("10001 units refused") << qint64(10'001) << false;
        QTest::newRow("negative refused") << qint64(-3) << false;
    }
    void range() {
        QFETCH(qint64, value);
        QFETCH(bool, valid);
        try {
            QCOMPARE(Quantity::of(value, "lines[0].quantity").value(), value);
            QVERIFY(valid);
        } catch (const DomainError& e) {
            QVERIFY(!valid);
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("quantity.range"));
            QCOMPARE(QString::fromStdString(e.field()), QStringLiteral("lines[0].quantity"));
        }
    }
};

QTEST_APPLESS_MAIN(QuantityTest)
#include "quantity_test.moc"
