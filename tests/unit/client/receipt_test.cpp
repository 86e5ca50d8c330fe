// Receipts: built from a domain Sale (totals and change as the domain computed them), JSON round trip, French money
// text, the ESC/POS bytes (init, CP858 accents, QR code of the sale id with exact lengths, cut) sent whole to a raw
// TCP printer, and a PDF file.
#include <QFile>
#include <QGuiApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "magasin/client/client_error.hpp"
#include "magasin/client/escpos_renderer.hpp"
#include "magasin/client/pdf_receipt_renderer.hpp"
#include "magasin/client/receipt.hpp"
#include "magasin/client/receipt_printer.hpp"

using namespace magasin;
using client::Receipt;

namespace {

domain::Sale demoSale() {
    domain::UuidV7Generator ids(domain::systemClock(), domain::systemRandom());
    domain::NewSale s;
    s.id = domain::SaleId(ids.next());
    s.store = domain::StoreId::parse("33333333-3333-3333-3333-333333333331");
    s.device = domain::DeviceId(ids.next());
    s.staff = domain::StaffId::parse("44444444-4444-4444-4444-444444444411");
    s.at = domain::parseIso8601("2026-11-25T14:20:13.000Z");
    s.lines.push_back(domain::SaleLine::of(domain::ProductId::parse("550e8400-e29b-41d4-a716-446655440001"),
                                           "Clavier mécanique", domain::Price::fromCents(8999), domain::Quantity::of(2),
                                           true));
    s.lines.push_back(domain::SaleLine::of(domain::ProductId::parse("550e8400-e29b-41d4-a716-446655440003"),
                                           "Café Premium Bio", domain::Price::fromCents(1599), domain::Quantity::of(1),
                                           false));
    s.payments.push_back(domain::Payment::cash(domain::Money::fromCents(25000)));
    return domain::Sale::record(std::move(s), domain::TaxProfile::quebec());
}

}  // namespace

class ReceiptTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fromSaleCopiesTheDomainsFigures() {
        const auto sale = demoSale();
        const auto r = Receipt::fromSale(sale, "Magasin Central", "1000 rue Sherbrooke Ouest, Montréal", "Julie Roy");
        QCOMPARE(r.saleId, sale.id().toString());
        QCOMPARE(r.lines.size(), std::size_t(2));
        QCOMPARE(r.lines[0].totalCents, 17998);
        QCOMPARE(r.subtotalCents, 17998 + 1599);
        // Taxes on the taxable subtotal only (179.98): GST 9.00 (8.999 half-up), QST 17.95 (17.953...).
        QCOMPARE(r.taxes.size(), std::size_t(2));
        QCOMPARE(r.taxes[0].code, std::string("GST"));
        QCOMPARE(r.taxes[0].amountCents, 900);
        QCOMPARE(r.taxes[1].amountCents, 1795);
        QCOMPARE(r.totalCents, sale.totals().total.cents());
        QCOMPARE(r.totalCents, 17998 + 1599 + 900 + 1795);
        QCOMPARE(r.changeCents, 25000 - r.totalCents);
        QCOMPARE(Receipt::fromJson(r.toJson()), r);
    }

    void formatCad_data() {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("text");
        QTest::newRow("cents keep two digits") << qint64(5) << QStringLiteral("0,05 $");
        QTest::newRow("thousands are grouped by a space") << qint64(123456789) << QStringLiteral("1 234 567,89 $");
        QTest::newRow("negatives carry a minus") << qint64(-100) << QStringLiteral("-1,00 $");
    }
    void formatCad() {
        QFETCH(qint64, cents);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(client::formatCad(cents)), text);
    }

    void escPosBytes() {
        const auto sale = demoSale();
        const auto r = Receipt::fromSale(sale, "Magasin Central", "1000 rue Sherbrooke Ouest, Montréal", "Julie Roy");
        const QByteArray bytes = client::EscPosRenderer(42).render(r);
        QVERIFY(bytes.startsWith(QByteArray("\x1b@\x1bt\x13", 5)));  // init, then code page 858
        QVERIFY(
            bytes.contains(QByteArray("m\x82"
                                      "canique")));  // é in CP858
        QVERIFY(
            bytes.contains(QByteArray("Montr\x82"
                                      "al")));
        QVERIFY(bytes.contains("TOTAL"));
        QVERIFY(bytes.contains("TPS 5 %"));
        QVERIFY(bytes.contains("TVQ 9,975 %"));
        QVERIFY(bytes.contains(QByteArray::fromStdString(client::formatCad(r.totalCents))));
        // QR store command: GS ( k pL pH 49 80 48 + data, with pL/pH = data length + 3.
        const QByteArray id = QByteArray::fromStdString(r.saleId);
        QByteArray store("\x1d(k", 3);
        store.append(char(id.size() + 3)).append(char(0)).append("\x31\x50\x30").append(id);
        QVERIFY(bytes.contains(store));
        QVERIFY(bytes.contains(QByteArray("\x1d(k\x03\x00\x31\x51\x30", 8)));  // print the QR
        QVERIFY(bytes.endsWith(QByteArray("\x1dV\x42\x03", 4)));               // feed and cut
        for (const QByteArray& line : bytes.split('\n')) {
            if (!line.contains('\x1b') && !line.contains('\x1d')) {
                QVERIFY2(line.size() <= 42, line.constData());
            }
        }
    }

    void cp858MapsFrenchLettersAndMarksTheRest() {
        QCOMPARE(client::EscPosRenderer::toCp858(QStringLiteral("çÉàœ€✓")), QByteArray("\x87\x90\x85oe\xd5?"));
    }

    void rawTcpPrinterDeliversEveryByte() {
        QTcpServer printer;
        QVERIFY(printer.listen(QHostAddress::LocalHost));
        const auto r = Receipt::fromSale(demoSale(), "Magasin Central", "Montréal", "Julie Roy");
        const QByteArray bytes = client::EscPosRenderer().render(r);
        // The kernel queues the connection and the bytes: printing needs no event loop on the listening side.
        client::RawTcpPrinter(QStringLiteral("127.0.0.1"), printer.serverPort()).print(bytes);
        QVERIFY(printer.waitForNewConnection(5000));
        QTcpSocket* socket = printer.nextPendingConnection();
        QByteArray received;
        while (received.size() < bytes.size() && socket->waitForReadyRead(5000)) {
            received += socket->readAll();
        }
        QCOMPARE(received, bytes);
    }

    void anUnreachablePrinterIsAClientError() {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        try {
            client::RawTcpPrinter(QStringLiteral("127.0.0.1"), port, 2000).print("x");
            QFAIL("printed to nobody");
        } catch (const client::ClientError& e) {
            QCOMPARE(e.code(), client::ClientError::kUnreachable);
        }
    }

    void pdfFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.pdf"));
        const auto r = Receipt::fromSale(demoSale(), "Magasin Central", "Montréal", "Julie Roy");
        client::PdfReceiptRenderer().render(r, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(pdf.size() > 1500, QByteArray::number(pdf.size()).constData());
    }
};

QTEST_MAIN(ReceiptTest)
#include "receipt_test.moc"
