// The consolidated report and indicators: period boundaries, active sales of the store only, revenue before taxes,
// products sold and their order, stock ruptures and overstock, and the trend text with its ties.
#include "magasin/domain/sales_report.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QStringList>
#include <QTest>

using namespace magasin::domain;
using namespace std::chrono_literals;

namespace {

const StoreId kCentral = StoreId::parse("33333333-3333-3333-3333-333333333331");
const StoreId kNord = StoreId::parse("33333333-3333-3333-3333-333333333332");
const Timestamp kFrom = parseIso8601("2026-11-18T00:00:00Z");
const Timestamp kTo = parseIso8601("2026-11-25T00:00:00Z");
const Actor kManager{StaffId::parse("44444444-4444-4444-4444-444444444442"), Role::kManager};

struct CatalogueItem {
    const char* id;
    const char* name;
    std::int64_t cents;
    bool taxable;
};

// The demo catalogue (DOMAIN.md).
constexpr CatalogueItem kCatalogue[] = {
    {"550e8400-e29b-41d4-a716-446655440001", "Clavier mécanique", 8999, true},
    {"550e8400-e29b-41d4-a716-446655440002", "Souris optique", 2550, true},
    {"550e8400-e29b-41d4-a716-446655440003", "Café Premium Bio", 1599, false},
    {"550e8400-e29b-41d4-a716-446655440004", "Écouteurs Bluetooth", 4599, true},
    {"550e8400-e29b-41d4-a716-446655440005", "Chocolat Noir 70 %", 899, true},
};

const CatalogueItem& item(const std::string& name) {
    for (const CatalogueItem& i : kCatalogue) {
        if (name == i.name) {
            return i;
        }
    }
    throw std::logic_error("no such demo product: " + name);
}

SaleLine lineOf(const std::string& name, std::int64_t quantity) {
    const CatalogueItem& i = item(name);
    return SaleLine::of(ProductId::parse(i.id), i.name, Price::fromCents(i.cents), Quantity::of(quantity), i.taxable);
}

Sale saleAt(Timestamp at, std::vector<SaleLine> lines, const StoreId& store = kCentral) {
    NewSale data;
    data.id = SaleId::parse("01890a5d-ac96-774b-bcce-b302099a8057");
    data.store = store;
    data.device = DeviceId::parse("55555555-5555-5555-5555-555555555551");
    data.staff = kManager.id;
    data.at = at;
    data.lines = std::move(lines);
    data.payments = {Payment::cash(Money::fromCents(100'000'000))};  // change is no concern of the report
    return Sale::record(std::move(data), TaxProfile::quebec());
}

SalesReport report(const std::vector<Sale>& sales, const std::vector<StockRow>& stock = {}) {
    return buildSalesReport(kCentral, ReportPeriod::of(kFrom, kTo), sales, stock);
}

QStringList names(const std::vector<StockEntry>& entries) {
    QStringList out;
    for (const StockEntry& e : entries) {
        out << QString::fromStdString(e.name);
    }
    return out;
}

}  // namespace

class SalesReportTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void periodBoundaries_data() {
        QTest::addColumn<qint64>("msAfterFrom");
        QTest::addColumn<bool>("counted");
        const qint64 length = std::chrono::milliseconds(kTo - kFrom).count();
        QTest::newRow("sale exactly at from is included") << qint64(0) << true;
        QTest::newRow("sale 1 ms before from is excluded") << qint64(-1) << false;
        QTest::newRow("sale 1 ms before to is included") << length - 1 << true;
        QTest::newRow("sale exactly at to is excluded") << length << false;
    }
    void periodBoundaries() {
        QFETCH(qint64, msAfterFrom);
        QFETCH(bool, counted);
        const SalesReport r =
            report({saleAt(kFrom + std::chrono::milliseconds(msAfterFrom), {lineOf("Clavier mécanique", 3)})});
        QCOMPARE(r.saleCount, std::size_t(counted ? 1 : 0));
        QCOMPARE(r.revenue.cents(), qint64(counted ? 26997 : 0));
        QCOMPARE(r.productsSold.size(), std::size_t(counted ? 1 : 0));
    }

    void periodOrder_data() {
        QTest::addColumn<qint64>("lengthMs");
        QTest::addColumn<bool>("valid");
        QTest::newRow("from 1 ms before to accepted") << qint64(1) << true;
        QTest::newRow("from equal to to refused") << qint64(0) << false;
        QTest::newRow("from after to refused") << qint64(-1) << false;
    }
    void periodOrder() {
        QFETCH(qint64, lengthMs);
        QFETCH(bool, valid);
        try {
            const ReportPeriod period = ReportPeriod::of(kFrom, kFrom + std::chrono::milliseconds(lengthMs));
            QVERIFY(valid);
            QVERIFY(period.contains(kFrom));
        } catch (const DomainError& e) {
            QVERIFY(!valid);
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("report.period.order"));
        }
    }

    void defaultPeriodIsTheSevenDaysBeforeNow() {
        const ReportPeriod period = ReportPeriod::lastSevenDays(kTo);
        QCOMPARE(period.from(), kFrom);
        QCOMPARE(period.to(), kTo);
        QVERIFY(!period.contains(kTo));
    }

    void countsOnlyActiveSalesOfTheStore() {
        Sale cancelled = saleAt(kFrom + 2h, {lineOf("Souris optique", 4)});
        cancelled.cancel(kManager, Reason::parse("Erreur de caisse"), std::nullopt, kFrom + 3h);
        const SalesReport r = report({saleAt(kFrom + 1h, {lineOf("Clavier mécanique", 3)}), cancelled,
                                      saleAt(kFrom + 4h, {lineOf("Café Premium Bio", 7)}, kNord)});
        QCOMPARE(r.store, kCentral);
        QCOMPARE(r.saleCount, std::size_t(1));
        QCOMPARE(r.productsSold.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(r.productsSold[0].name), QStringLiteral("Clavier mécanique"));
        QCOMPARE(r.productsSold[0].quantity, qint64(3));
    }

    void revenueIsBeforeTaxesAndAfterDiscounts() {
        const ProductId clavier = ProductId::parse(item("Clavier mécanique").id);
        const SaleLine discounted = SaleLine::of(clavier, "Clavier mécanique", Price::fromCents(8999), Quantity::of(3),
                                                 true, LineDiscount{Money::fromCents(997), kManager});
        const SalesReport r = report({saleAt(kFrom + 1h, {lineOf("Clavier mécanique", 3)}),
                                      saleAt(kFrom + 2h, {discounted, lineOf("Café Premium Bio", 2)})});
        // 269.97 + 260.00 + 31.98; taxes: 13.50 + 26.93 on the first sale, 13.00 + 25.94 on the second.
        QCOMPARE(r.revenue.cents(), qint64(26997 + 26000 + 3198));
        QCOMPARE(r.taxesCollected.cents(), qint64(1350 + 2693 + 1300 + 2594));
        QCOMPARE(r.productsSold.size(), std::size_t(2));
        QCOMPARE(r.productsSold[0].quantity, qint64(6));
        QCOMPARE(r.productsSold[0].revenue.cents(), qint64(26997 + 26000));
        QCOMPARE(r.productsSold[1].revenue.cents(), qint64(3198));
        QCOMPARE(salesIndicators(r, ReportLanguage::kEnglish).revenue, r.revenue);
    }

    void namesAProductAsInItsLatestSale() {
        const ProductId cafe = ProductId::parse(item("Café Premium Bio").id);
        const auto renamed = SaleLine::of(cafe, "Café Bio Premium", Price::fromCents(1599), Quantity::of(1), false);
        const SalesReport r =
            report({saleAt(kFrom + 2h, {renamed}), saleAt(kFrom + 1h, {lineOf("Café Premium Bio", 1)})});
        QCOMPARE(r.productsSold.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(r.productsSold[0].name), QStringLiteral("Café Bio Premium"));
        QCOMPARE(r.productsSold[0].quantity, qint64(2));
    }

    void trend_data() {
        QTest::addColumn<QStringList>("sales");  // one sale per entry, "name=quantity"
        QTest::addColumn<bool>("french");
        QTest::addColumn<QString>("trend");
        QTest::newRow("no sales, in French") << QStringList() << true << QStringLiteral("Aucune vente cette semaine");
        QTest::newRow("no sales, in English") << QStringList() << false << QStringLiteral("No sales this week");
        QTest::newRow("one product sold")
            << QStringList{QStringLiteral("Clavier mécanique=3")} << true << QStringLiteral("Clavier mécanique (3)");
        QTest::newRow("top 3 by quantity, the fourth left out")
            << QStringList{QStringLiteral("Chocolat Noir 70 %=1"), QStringLiteral("Souris optique=5"),
                           QStringLiteral("Clavier mécanique=3"), QStringLiteral("Café Premium Bio=2")}
            << true << QStringLiteral("Souris optique (5), Clavier mécanique (3), Café Premium Bio (2)");
        QTest::newRow("ties in the top 3 broken by name")
            << QStringList{QStringLiteral("Clavier mécanique=3"), QStringLiteral("Chocolat Noir 70 %=3"),
                           QStringLiteral("Souris optique=5"), QStringLiteral("Café Premium Bio=3")}
            << false << QStringLiteral("Souris optique (5), Café Premium Bio (3), Chocolat Noir 70 % (3)");
        QTest::newRow("quantities add up across sales")
            << QStringList{QStringLiteral("Souris optique=2"), QStringLiteral("Clavier mécanique=3"),
                           QStringLiteral("Souris optique=2")}
            << true << QStringLiteral("Souris optique (4), Clavier mécanique (3)");
    }
    void trend() {
        QFETCH(QStringList, sales);
        QFETCH(bool, french);
        QFETCH(QString, trend);
        std::vector<Sale> recorded;
        for (qsizetype i = 0; i < sales.size(); ++i) {
            const QStringList parts = sales[i].split(QLatin1Char('='));
            recorded.push_back(
                saleAt(kFrom + std::chrono::minutes(i), {lineOf(parts[0].toStdString(), parts[1].toLongLong())}));
        }
        const SalesIndicators kpi =
            salesIndicators(report(recorded), french ? ReportLanguage::kFrench : ReportLanguage::kEnglish);
        QCOMPARE(QString::fromStdString(kpi.trend), trend);
    }

    void classifiesStock_data() {
        QTest::addColumn<qint64>("level");
        QTest::addColumn<bool>("rupture");
        QTest::addColumn<bool>("inStock");
        QTest::addColumn<bool>("overstock");
        QTest::newRow("level 0 is a rupture") << qint64(0) << true << false << false;
        QTest::newRow("level below 0 (offline sales) is a rupture") << qint64(-2) << true << false << false;
        QTest::newRow("level 1 is in stock") << qint64(1) << false << true << false;
        QTest::newRow("level 10 is in stock, not overstock") << qint64(10) << false << true << false;
        QTest::newRow("level 11 is in stock and overstock") << qint64(11) << false << true << true;
    }
    void classifiesStock() {
        QFETCH(qint64, level);
        QFETCH(bool, rupture);
        QFETCH(bool, inStock);
        QFETCH(bool, overstock);
        const ProductId souris = ProductId::parse(item("Souris optique").id);
        const SalesReport r =
            report({}, {{kCentral, souris, "Souris optique", level}, {kNord, souris, "Souris optique", 0}});
        const std::vector<StockEntry> entry{{souris, "Souris optique", level}};
        QCOMPARE(r.ruptures, rupture ? entry : std::vector<StockEntry>{});
        QCOMPARE(r.inStock, inStock ? entry : std::vector<StockEntry>{});
        QCOMPARE(r.overstock, overstock ? entry : std::vector<StockEntry>{});
    }

    void indicatorsCountStock() {
        std::vector<StockRow> stock;
        for (const CatalogueItem& i : kCatalogue) {
            stock.push_back({kCentral, ProductId::parse(i.id), i.name, 0});
        }
        stock[0].level = 20;  // Clavier mécanique
        stock[1].level = 11;  // Souris optique
        stock[2].level = 5;   // Café Premium Bio
        stock.push_back({kNord, ProductId::parse(kCatalogue[0].id), kCatalogue[0].name, 0});
        const SalesReport r = report({}, stock);
        QCOMPARE(names(r.ruptures),
                 (QStringList{QStringLiteral("Chocolat Noir 70 %"), QStringLiteral("Écouteurs Bluetooth")}));
        QCOMPARE(names(r.overstock),
                 (QStringList{QStringLiteral("Clavier mécanique"), QStringLiteral("Souris optique")}));
        QCOMPARE(names(r.inStock), (QStringList{QStringLiteral("Café Premium Bio"), QStringLiteral("Clavier mécanique"),
                                                QStringLiteral("Souris optique")}));
        const SalesIndicators kpi = salesIndicators(r, ReportLanguage::kFrench);
        QCOMPARE(kpi.store, kCentral);
        QCOMPARE(kpi.revenue.cents(), qint64(0));
        QCOMPARE(kpi.ruptures, std::size_t(2));
        QCOMPARE(kpi.overstock, std::size_t(2));
        QCOMPARE(QString::fromStdString(kpi.trend), QStringLiteral("Aucune vente cette semaine"));
    }
};

QTEST_APPLESS_MAIN(SalesReportTest)
#include "sales_report_test.moc"
