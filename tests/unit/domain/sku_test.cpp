// Rules of Sku: three letters and four digits after upper-casing.
#include "magasin/domain/sku.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

using namespace magasin::domain;

class SkuTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesSkus_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");  // empty when refused
        QTest::newRow("canonical code kept") << QStringLiteral("CLA0001") << QStringLiteral("CLA0001");
        QTest::newRow("lower case is upper-cased") << QStringLiteral("cla0001") << QStringLiteral("CLA0001");
        QTest::newRow("mixed case is upper-cased") << QStringLiteral("cLa9999") << QStringLiteral("CLA9999");
        QTest::newRow("surrounding spaces trimmed") << QStringLiteral(" SOU0002 ") << QStringLiteral("SOU0002");
        QTest::newRow("two letters refused") << QStringLiteral("CL00001") << QString();
        QTest::newRow("four letters refused") << QStringLiteral("CLAV001") << QString();
        QTest::newRow("three digits refused") << QStringLiteral("CLA001") << QString();
        QTest::newRow("five digits refused") << QStringLiteral("CLA00001") << QString();
        QTest::newRow("digits first refused") << QStringLiteral("0001CLA") << QString();
        QTest::newRow("inner dash refused") << QStringLiteral("CLA-0001") << QString();
        QTest::newRow("accented letter refused") << QStringLiteral("ÉCR0001") << QString();
        QTest::newRow("empty refused") << QString() << QString();
    }
    void parsesSkus() {
        QFETCH(QString, text);
        QFETCH(QString, code);
        try {
            const auto sku = Sku::parse(text.toStdString());
            QVERIFY2(!code.isEmpty(), "accepted a malformed SKU");
            QCOMPARE(QString::fromStdString(sku.code()), code);
        } catch (const DomainError& e) {
            QVERIFY2(code.isEmpty(), "refused a valid SKU");
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("product.sku.format"));
            QCOMPARE(QString::fromStdString(e.field()), QStringLiteral("sku"));
        }
    }

    void upperCasedCodesCompareEqual() { QCOMPARE(Sku::parse("abc1234"), Sku::parse("ABC1234")); }
};

QTEST_APPLESS_MAIN(SkuTest)
#include "sku_test.moc"
