// Rules of Barcode: EAN-13, EAN-8 and UPC-A lengths and the GS1 check digit.
// QTest first: moc parses with C++17 predefines and fails on <compare> when it is met before <string>.
#include <QTest>

#include "magasin/domain/barcode.hpp"
#include "magasin/domain/domain_error.hpp"

using namespace magasin::domain;

Q_DECLARE_METATYPE(BarcodeKind)

class BarcodeTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsRealCodes_data() {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<BarcodeKind>("kind");
        QTest::newRow("EAN-13 4006381333931") << QStringLiteral("4006381333931") << BarcodeKind::kEan13;
        QTest::newRow("EAN-13 GS1 sample 5901234123457") << QStringLiteral("5901234123457") << BarcodeKind::kEan13;
        QTest::newRow("EAN-13 ISBN 9780306406157") << QStringLiteral("9780306406157") << BarcodeKind::kEan13;
        QTest::newRow("EAN-8 73513537") << QStringLiteral("73513537") << BarcodeKind::kEan8;
        QTest::newRow("EAN-8 96385074") << QStringLiteral("96385074") << BarcodeKind::kEan8;
        QTest::newRow("UPC-A 036000291452") << QStringLiteral("036000291452") << BarcodeKind::kUpcA;
        QTest::newRow("UPC-A 012345678905") << QStringLiteral("012345678905") << BarcodeKind::kUpcA;
        QTest::newRow("check digit 0 is valid (all zeros)") << QStringLiteral("0000000000000") << BarcodeKind::kEan13;
    }
    void acceptsRealCodes() {
        QFETCH(QString, digits);
        QFETCH(BarcodeKind, kind);
        const auto barcode = Barcode::parse(digits.toStdString());
        QCOMPARE(barcode.kind(), kind);
        QCOMPARE(QString::fromStdString(barcode.digits()), digits);
    }

    void refusesBadCodes_data() {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("rule");
        QTest::newRow("EAN-13 with check digit 2 instead of 1")
            << QStringLiteral("4006381333932") << QStringLiteral("product.barcode.check_digit");
        QTest::newRow("EAN-13 with two digits swapped")
            << QStringLiteral("4006381339331") << QStringLiteral("product.barcode.check_digit");
        QTest::newRow("EAN-8 with check digit 8 instead of 7")
            << QStringLiteral("73513538") << QStringLiteral("product.barcode.check_digit");
        QTest::newRow("UPC-A with check digit 3 instead of 2")
            << QStringLiteral("036000291453") << QStringLiteral("product.barcode.check_digit");
        QTest::newRow("7 digits is no barcode")
            << QStringLiteral("7351353") << QStringLiteral("product.barcode.format");
        QTest::newRow("9 digits is no barcode")
            << QStringLiteral("735135370") << QStringLiteral("product.barcode.format");
        QTest::newRow("11 digits is no barcode")
            << QStringLiteral("03600029145") << QStringLiteral("product.barcode.format");
        QTest::newRow("14 digits is no barcode")
            << QStringLiteral("40063813339310") << QStringLiteral("product.barcode.format");
        QTest::newRow("letter inside refused")
            << QStringLiteral("40063813A3931") << QStringLiteral("product.barcode.format");
        QTest::newRow("inner space refused")
            << QStringLiteral("400638 1333931") << QStringLiteral("product.barcode.format");
        QTest::newRow("empty refused") << QString() << QStringLiteral("product.barcode.format");
    }
    void refusesBadCodes() {
        QFETCH(QString, digits);
        QFETCH(QString, rule);
        try {
            (void)Barcode::parse(digits.toStdString(), "barcodes");
            QFAIL("accepted a bad barcode");
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(QString::fromStdString(e.rule()), rule);
            QCOMPARE(QString::fromStdString(e.field()), QStringLiteral("barcodes"));
        }
    }

    void surroundingSpacesTrimmed() {
        QCOMPARE(QString::fromStdString(Barcode::parse(" 73513537\n").digits()), QStringLiteral("73513537"));
    }

    void computesCheckDigits_data() {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<int>("digit");
        QTest::newRow("EAN-13 payload 400638133393 -> 1") << QStringLiteral("400638133393") << 1;
        QTest::newRow("EAN-8 payload 7351353 -> 7") << QStringLiteral("7351353") << 7;
        QTest::newRow("UPC-A payload 03600029145 -> 2") << QStringLiteral("03600029145") << 2;
        QTest::newRow("sum multiple of 10 -> 0") << QStringLiteral("000000000000") << 0;
    }
    void computesCheckDigits() {
        QFETCH(QString, payload);
        QFETCH(int, digit);
        QCOMPARE(Barcode::checkDigit(payload.toStdString()), digit);
    }

    void checkDigitRefusesNonDigits() {
        QVERIFY_THROWS_EXCEPTION(DomainError, Barcode::checkDigit("12a4"));
        QVERIFY_THROWS_EXCEPTION(DomainError, Barcode::checkDigit(""));
    }

    void generatedCodesParse() {
        // What the demo-data generator does: a payload plus its check digit is always a valid code.
        const std::string payload = "370012330001";
        const auto code = Barcode::parse(payload + std::to_string(Barcode::checkDigit(payload)));
        QCOMPARE(code.kind(), BarcodeKind::kEan13);
    }
};

QTEST_APPLESS_MAIN(BarcodeTest)
#include "barcode_test.moc"
