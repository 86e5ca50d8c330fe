// The reports page's table models (JsonTableModel with the page's columns) under QAbstractItemModelTester, fed
// commandes' real answer shapes: per store, products sold (with their share of revenue), ruptures and overstock.
#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

#include "magasin/ui/report_content.hpp"

using magasin::ui::JsonTableModel;
using magasin::ui::ReportContent;
using magasin::ui::ReportDays;
using magasin::ui::Tone;
using nlohmann::json;

namespace {

// GET /v1/reports/indicators, two stores (a service token's view) so that rows move when sorted.
json indicators() {
    return json::parse(R"J({"from": "2026-10-14T04:00:00Z", "to": "2026-10-16T04:00:00Z", "items": [
        {"store_id": "33333333-3333-3333-3333-333333333331", "store_name": "Magasin Central", "revenue_cents": 23495,
         "ruptures": 1, "overstock": 2, "trend": "Café Premium Bio (5), Souris optique (3), Clavier mécanique (1)"},
        {"store_id": "33333333-3333-3333-3333-333333333332", "store_name": "Magasin Nord", "revenue_cents": 0,
         "ruptures": 0, "overstock": 1, "trend": "Aucune vente cette semaine"}]
})J");
}

// GET /v1/reports/consolidated of Magasin Central over the same period.
json consolidated() {
    return json::parse(R"J({"store_id": "33333333-3333-3333-3333-333333333331", "from": "2026-10-14T04:00:00Z",
        "to": "2026-10-16T04:00:00Z", "sale_count": 3, "revenue_cents": 23495, "taxes_collected_cents": 3518,
        "products_sold": [
            {"product_id": "550e8400-e29b-41d4-a716-446655440003", "name": "Café Premium Bio", "quantity": 5,
             "revenue_cents": 7995},
            {"product_id": "550e8400-e29b-41d4-a716-446655440002", "name": "Souris optique", "quantity": 3,
             "revenue_cents": 7650},
            {"product_id": "550e8400-e29b-41d4-a716-446655440001", "name": "Clavier mécanique", "quantity": 1,
             "revenue_cents": 7850}],
        "ruptures": [{"product_id": "550e8400-e29b-41d4-a716-446655440004", "name": "Écouteurs Bluetooth",
                      "level": 0}],
        "overstock": [
            {"product_id": "550e8400-e29b-41d4-a716-446655440003", "name": "Café Premium Bio", "level": 25},
            {"product_id": "550e8400-e29b-41d4-a716-446655440001", "name": "Clavier mécanique", "level": 19}],
        "in_stock": []})J");
}

QString cell(const QAbstractItemModel& m, int row, int column, int role = Qt::DisplayRole) {
    return m.data(m.index(row, column), role).toString();
}

}  // namespace

class ReportModelsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada)); }

    void storesTableShowsRevenueStockCountsAndTrend() {
        JsonTableModel model(magasin::ui::reportStoreColumns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSortRole(Qt::UserRole);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(indicators()["items"]);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(cell(model, 0, 0), QStringLiteral("Magasin Central"));
        QCOMPARE(cell(model, 0, 1), QStringLiteral("$234.95"));
        QCOMPARE(cell(model, 0, 4), QStringLiteral("Café Premium Bio (5), Souris optique (3), Clavier mécanique (1)"));
        // A store with ruptures reads in red, overstock in amber; none: normal.
        QVERIFY(model.data(model.index(0, 2), Qt::ForegroundRole).isValid());
        QVERIFY(!model.data(model.index(1, 2), Qt::ForegroundRole).isValid());
        QVERIFY(model.data(model.index(1, 3), Qt::ForegroundRole).isValid());
        // Sorted by revenue as a number (UserRole), not as text.
        proxy.sort(1, Qt::AscendingOrder);
        QCOMPARE(cell(proxy, 0, 0), QStringLiteral("Magasin Nord"));
        model.setRows(json::array());
        QCOMPARE(model.rowCount(), 0);
        model.setRows(indicators()["items"]);
        QCOMPARE(proxy.rowCount(), 2);
    }

    void productsTableShowsUnitsRevenueAndShare() {
        JsonTableModel model(magasin::ui::reportProductColumns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ReportContent content{ReportDays::today(QDate(2026, 10, 14)), indicators(), consolidated()};
        model.setRows(content.productsWithShares());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 0, 0), QStringLiteral("Café Premium Bio"));
        QCOMPARE(cell(model, 0, 1), QStringLiteral("5"));
        QCOMPARE(cell(model, 0, 2), QStringLiteral("$79.95"));
        // 7995 / 23495 = 34.03 % -> 34.0 %; 7650 / 23495 = 32.56 % -> 32.6 %.
        QCOMPARE(cell(model, 0, 3), QStringLiteral("34.0 %"));
        QCOMPARE(cell(model, 1, 3), QStringLiteral("32.6 %"));
        QCOMPARE(model.data(model.index(0, 1), Qt::UserRole).toLongLong(), 5);
        QSortFilterProxyModel proxy;
        proxy.setSortRole(Qt::UserRole);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(2, Qt::DescendingOrder);
        QCOMPARE(cell(proxy, 0, 0), QStringLiteral("Café Premium Bio"));
        QCOMPARE(cell(proxy, 1, 0), QStringLiteral("Clavier mécanique"));
        model.setRows(ReportContent{}.productsWithShares());  // no answer yet: empty, not a crash
        QCOMPARE(model.rowCount(), 0);
    }

    void stockTablesShowLevelsInTheirTone() {
        const ReportContent content{ReportDays::today(QDate(2026, 10, 14)), indicators(), consolidated()};
        JsonTableModel ruptures(magasin::ui::reportStockColumns(Tone::kBad));
        QAbstractItemModelTester rupturesTester(&ruptures, QAbstractItemModelTester::FailureReportingMode::QtTest);
        JsonTableModel overstock(magasin::ui::reportStockColumns(Tone::kWarning));
        QAbstractItemModelTester overstockTester(&overstock, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ruptures.setRows(content.list("ruptures"));
        overstock.setRows(content.list("overstock"));
        QCOMPARE(ruptures.rowCount(), 1);
        QCOMPARE(cell(ruptures, 0, 0), QStringLiteral("Écouteurs Bluetooth"));
        QCOMPARE(cell(ruptures, 0, 1), QStringLiteral("0"));
        QCOMPARE(overstock.rowCount(), 2);
        QCOMPARE(cell(overstock, 1, 1), QStringLiteral("19"));
        QCOMPARE(ruptures.data(ruptures.index(0, 1), Qt::ForegroundRole), QVariant(QBrush(QColor(0xb0, 0x1e, 0x1e))));
        QVERIFY(ruptures.data(ruptures.index(0, 1), Qt::ForegroundRole) !=
                overstock.data(overstock.index(0, 1), Qt::ForegroundRole));
        QCOMPARE(ruptures.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Level"));
    }

    void keyFiguresComeFromTheConsolidatedReport() {
        const auto f = magasin::ui::ReportFigures::of(consolidated());
        QCOMPARE(f.revenueCents, std::int64_t{23495});
        QCOMPARE(f.sales, std::int64_t{3});
        QCOMPARE(f.averageBasketCents, std::int64_t{7832});  // 234.95 / 3 = 78.3166... -> 78.32
        QCOMPARE(f.taxesCents, std::int64_t{3518});
        QCOMPARE(f.units, std::int64_t{9});
        QCOMPARE(f.ruptures, std::int64_t{1});
        QCOMPARE(f.overstock, std::int64_t{2});
        const ReportContent content{ReportDays::today(QDate(2026, 10, 14)), indicators(), consolidated()};
        QCOMPARE(content.storeName(), QStringLiteral("Magasin Central"));
        // No sales: no average basket rather than a division by zero.
        const auto none = magasin::ui::ReportFigures::of(json{{"sale_count", 0}, {"revenue_cents", 0}});
        QCOMPARE(none.averageBasketCents, std::int64_t{0});
        QCOMPARE(magasin::ui::ReportFigures::of(nullptr).sales, std::int64_t{0});
    }
};

QTEST_MAIN(ReportModelsTest)
#include "report_models_test.moc"
