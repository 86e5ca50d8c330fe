// What the server flags on an offline sale: prices that changed, archived or unknown products, totals that differ.
#include "magasin/domain/sale_flags.hpp"

#include <QStringList>
#include <QTest>

using namespace magasin::domain;

namespace {

const ProductId kClavier = ProductId::parse("550e8400-e29b-41d4-a716-446655440001");
const ProductId kCafe = ProductId::parse("550e8400-e29b-41d4-a716-446655440003");

// 3 x Clavier mécanique at 89.99 (taxable) and 2 x Café Premium Bio at 15.99 (not taxable), paid by card.
Sale offlineSale() {
    NewSale data;
    data.id = SaleId::parse("01890a5d-ac96-774b-bcce-b302099a8057");
    data.store = StoreId::parse("33333333-3333-3333-3333-333333333331");
    data.device = DeviceId::parse("55555555-5555-5555-5555-555555555551");
    data.staff = StaffId::parse("44444444-4444-4444-4444-444444444441");
    data.at = parseIso8601("2026-11-25T14:20:13Z");
    data.lines = {SaleLine::of(kClavier, "Clavier mécanique", Price::fromCents(8999), Quantity::of(3), true),
                  SaleLine::of(kCafe, "Café Premium Bio", Price::fromCents(1599), Quantity::of(2), false)};
    data.payments = {Payment::card(Money::fromCents(34238), "AUTH-77")};
    return Sale::record(std::move(data), TaxProfile::quebec());
}

QStringList names(const std::vector<RaisedFlag>& flags) {
    QStringList out;
    for (const RaisedFlag& f : flags) {
        out << QString::fromUtf8(saleFlagName(f.flag)) + QLatin1Char('@') +
                   (f.line ? QString::number(*f.line) : QStringLiteral("totals"));
    }
    return out;
}

}  // namespace

class SaleFlagsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void flags_data() {
        QTest::addColumn<bool>("known");
        QTest::addColumn<qint64>("cataloguePrice");
        QTest::addColumn<bool>("active");
        QTest::addColumn<qint64>("terminalTaxDelta");
        QTest::addColumn<QStringList>("expected");
        // The café line (line 1) is varied; the clavier (line 0) always agrees with the catalogue.
        QTest::newRow("everything agrees: no flag") << true << qint64(1599) << true << qint64(0) << QStringList();
        QTest::newRow("catalogue price changed since the sale")
            << true << qint64(1699) << true << qint64(0)
            << QStringList{QStringLiteral("price_differs_from_catalogue@1")};
        QTest::newRow("product archived since the sale")
            << true << qint64(1599) << false << qint64(0) << QStringList{QStringLiteral("archived_product@1")};
        QTest::newRow("archived and repriced raises both")
            << true << qint64(1499) << false << qint64(0)
            << QStringList{QStringLiteral("price_differs_from_catalogue@1"), QStringLiteral("archived_product@1")};
        QTest::newRow("product unknown to the catalogue")
            << false << qint64(0) << true << qint64(0) << QStringList{QStringLiteral("unknown_product@1")};
        QTest::newRow("terminal computed one cent more tax")
            << true << qint64(1599) << true << qint64(1)
            << QStringList{QStringLiteral("totals_differ_from_terminal@totals")};
        QTest::newRow("line flags come before the totals flag")
            << false << qint64(0) << true << qint64(-1)
            << QStringList{QStringLiteral("unknown_product@1"), QStringLiteral("totals_differ_from_terminal@totals")};
    }
    void flags() {
        QFETCH(bool, known);
        QFETCH(qint64, cataloguePrice);
        QFETCH(bool, active);
        QFETCH(qint64, terminalTaxDelta);
        QFETCH(QStringList, expected);
        const Sale sale = offlineSale();
        const CatalogueLookup lookup = [&](const ProductId& id) -> std::optional<CatalogueView> {
            if (id == kClavier) {
                return CatalogueView{Price::fromCents(8999), true};
            }
            if (!known) {
                return std::nullopt;
            }
            return CatalogueView{Price::fromCents(cataloguePrice), active};
        };
        Totals terminal = sale.totals();
        terminal.taxes[1].amount += Money::fromCents(terminalTaxDelta);
        terminal.taxTotal += Money::fromCents(terminalTaxDelta);
        terminal.total += Money::fromCents(terminalTaxDelta);
        QCOMPARE(names(flagOfflineSale(sale, lookup, terminal)), expected);
    }

    void reportsBothValues() {
        const Sale sale = offlineSale();
        const CatalogueLookup lookup = [](const ProductId& id) -> std::optional<CatalogueView> {
            if (id == kClavier) {
                return CatalogueView{Price::fromCents(9499), true};
            }
            return std::nullopt;
        };
        Totals terminal = sale.totals();
        terminal.total = Money::fromCents(34000);
        const std::vector<RaisedFlag> flags = flagOfflineSale(sale, lookup, terminal);
        QCOMPARE(flags.size(), std::size_t(3));
        QVERIFY(flags[0] == (RaisedFlag{SaleFlag::kPriceDiffersFromCatalogue, std::size_t(0), kClavier,
                                        Money::fromCents(9499), Money::fromCents(8999)}));
        QVERIFY(flags[1] ==
                (RaisedFlag{SaleFlag::kUnknownProduct, std::size_t(1), kCafe, std::nullopt, Money::fromCents(1599)}));
        QVERIFY(flags[2] == (RaisedFlag{SaleFlag::kTotalsDifferFromTerminal, std::nullopt, std::nullopt,
                                        Money::fromCents(34238), Money::fromCents(34000)}));
        // The sale itself is never rewritten by the check.
        QCOMPARE(sale.lines()[0].unitPrice().cents(), qint64(8999));
        QCOMPARE(sale.totals().total.cents(), qint64(34238));
    }
};

QTEST_APPLESS_MAIN(SaleFlagsTest)
#include "sale_flags_test.moc"
