// The products and stock pages' table models under QAbstractItemModelTester (QtTest mode), fed with rows shaped as
// the catalogue and the inventaire send them, sorted through the pages' proxy; plus the rules the columns carry:
// the level's label in words (negative, out of stock, the inventaire's label in the UI's language), the totals on
// top, names put on ids, price changes with their sign.
#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

#include "magasin/ui/json_table_model.hpp"
#include "magasin/ui/money_text.hpp"
#include "magasin/ui/product_tables.hpp"
#include "magasin/ui/stock_tables.hpp"

using magasin::ui::JsonTableModel;
using magasin::ui::StockNames;
using magasin::ui::Tone;
using nlohmann::json;

namespace {

const char* const kCentral = "22222222-2222-2222-2222-222222222222";
const char* const kEst = "33333333-3333-3333-3333-333333333334";
const char* const kClavier = "550e8400-e29b-41d4-a716-446655440001";
const char* const kSouris = "550e8400-e29b-41d4-a716-446655440002";

json level(const char* location, const char* kind, const char* product, int value, const char* label,
           const char* labelFr, const char* labelEn, bool custom = false) {
    return {{"location_id", location},
            {"location_kind", kind},
            {"store_id", std::string(kind) == "store" ? json(location) : json(nullptr)},
            {"product_id", product},
            {"level", value},
            {"label", label},
            {"label_fr", labelFr},
            {"label_en", labelEn},
            {"thresholds", {{"critical", 2}, {"low", 5}, {"high", 20}, {"custom", custom}}},
            {"updated_at", "2026-11-24T15:04:05.123Z"}};
}

json demoLevels() {
    return json::array(
        {level(kCentral, "central", kClavier, 40, "normal", "Normal", "Normal"),
         level(kCentral, "central", kSouris, 8, "low", "Bas", "Low"),
         level(kEst, "store", kClavier, -2, "critical", "Critique", "Critical"),
         level(kEst, "store", kSouris, 0, "critical", "Critique", "Critical"),
         level(kEst, "store", "550e8400-e29b-41d4-a716-446655440009", 1, "critical", "Critique", "Critical", true)});
}

json saleMovement(int delta, int after, const char* sale) {
    return {{"seq", 12},
            {"id", "0193a1b2-0000-7000-8000-000000000001"},
            {"location_id", kEst},
            {"product_id", kClavier},
            {"reason", "sale"},
            {"delta", delta},
            {"counted", nullptr},
            {"level_after", after},
            {"source", std::string("sale:") + sale + ":0"},
            {"origin", "offline"},
            {"actor", "device:caisse-est"},
            {"at", "2026-11-24T18:30:00Z"},
            {"sale_id", sale}};
}

StockNames names() {
    StockNames n;
    n.products.insert(QString::fromLatin1(kClavier), QStringLiteral("Clavier mécanique"));
    n.products.insert(QString::fromLatin1(kSouris), QStringLiteral("Souris optique"));
    n.locations.insert(QString::fromLatin1(kCentral), QStringLiteral("Entrepôt central"));
    n.locations.insert(QString::fromLatin1(kEst), QStringLiteral("Magasin Est"));
    return n;
}

// Every cell of every row once, through a sorting proxy as the pages use them, each column sorted both ways.
void exercise(JsonTableModel& model, const json& rows) {
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Qt::UserRole);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(rows);
    QCOMPARE(model.rowCount(), static_cast<int>(rows.size()));
    for (int column = 0; column < model.columnCount(); ++column) {
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
        proxy.sort(column, Qt::AscendingOrder);
        proxy.sort(column, Qt::DescendingOrder);
    }
    model.setRows(json::array());
    QCOMPARE(model.rowCount(), 0);
    model.setRows(rows);
    model.setRows(json::object());  // not a list: empty
    QCOMPARE(model.rowCount(), 0);
}

QString cell(const JsonTableModel& model, int row, int column) {
    return model.index(row, column).data().toString();
}

}  // namespace

class BackOfficeStockModelsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada)); }

    void levelsShowNamesLabelsAndThresholds() {
        JsonTableModel model(magasin::ui::stockLevelColumns());
        const json rows = magasin::ui::withNames(demoLevels(), names());
        exercise(model, rows);
        model.setRows(rows);
        QCOMPARE(cell(model, 0, 0), QStringLiteral("Entrepôt central"));
        QCOMPARE(cell(model, 0, 1), QStringLiteral("Clavier mécanique"));
        QCOMPARE(cell(model, 2, 2), QStringLiteral("-2"));
        QCOMPARE(cell(model, 2, 3), QStringLiteral("Negative"));
        QCOMPARE(cell(model, 1, 3), QStringLiteral("Low"));
        QCOMPARE(cell(model, 1, 4), QStringLiteral("2 (default)"));
        QCOMPARE(cell(model, 4, 4), QStringLiteral("2"));         // a custom threshold, as set
        QCOMPARE(cell(model, 4, 1), QStringLiteral("550e8400"));  // a product the catalogue did not name
        QCOMPARE(model.index(2, 3).data(Qt::UserRole).toLongLong(), -2);
        QVERIFY(model.index(2, 2).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(0, 2).data(Qt::ForegroundRole).isValid());
    }

    void levelLabelInWords_data() {
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("tone");
        QTest::newRow("below zero is negative whatever the label")
            << -2 << QStringLiteral("critical") << QStringLiteral("en") << QStringLiteral("Negative")
            << static_cast<int>(Tone::kBad);
        QTest::newRow("zero is out of stock") << 0 << QStringLiteral("critical") << QStringLiteral("en")
                                              << QStringLiteral("Out of stock") << static_cast<int>(Tone::kBad);
        QTest::newRow("critical is bad") << 1 << QStringLiteral("critical") << QStringLiteral("en")
                                         << QStringLiteral("Critical") << static_cast<int>(Tone::kBad);
        QTest::newRow("low is a warning") << 4 << QStringLiteral("low") << QStringLiteral("en") << QStringLiteral("Low")
                                          << static_cast<int>(Tone::kWarning);
        QTest::newRow("normal is normal") << 40 << QStringLiteral("normal") << QStringLiteral("en")
                                          << QStringLiteral("Normal") << static_cast<int>(Tone::kNormal);
        QTest::newRow("the label in French in a French UI")
            << 4 << QStringLiteral("low") << QStringLiteral("fr") << QStringLiteral("Bas")
            << static_cast<int>(Tone::kWarning);
    }
    void levelLabelInWords() {
        QFETCH(int, value);
        QFETCH(QString, label);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QFETCH(int, tone);
        const json row = {{"level", value},
                          {"label", label.toStdString()},
                          {"label_fr", label == QStringLiteral("low") ? "Bas" : "Critique"},
                          {"label_en", label == QStringLiteral("low")        ? "Low"
                                       : label == QStringLiteral("critical") ? "Critical"
                                                                             : "Normal"}};
        QLocale::setDefault(
            QLocale(language == QStringLiteral("fr") ? QLocale::French : QLocale::English, QLocale::Canada));
        const QString text = magasin::ui::levelLabelText(row);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
        QCOMPARE(text, expected);
        QCOMPARE(static_cast<int>(magasin::ui::levelTone(row)), tone);
    }

    void totalsCountEachKindOfShortage() {
        const auto totals = magasin::ui::stockTotals(demoLevels());
        QCOMPARE(totals.levels, 5);
        QCOMPARE(totals.low, 1);
        QCOMPARE(totals.critical, 1);
        QCOMPARE(totals.out, 1);
        QCOMPARE(totals.negative, 1);
        QCOMPARE(magasin::ui::stockTotalsText(totals),
                 QStringLiteral("5 levels: 1 low, 1 critical, 1 out of stock, 1 negative"));
        QCOMPARE(magasin::ui::stockTotals(json::object()).levels, 0);
    }

    void exceptionsCountTheirSalesAndCausesNameTheSale() {
        json exception = level(kEst, "store", kClavier, -2, "critical", "Critique", "Critical");
        exception["causes"] = json::array({saleMovement(-3, -1, "0193a1b2-aaaa-7000-8000-000000000001"),
                                           saleMovement(-1, -2, "0193a1b2-bbbb-7000-8000-000000000002")});
        JsonTableModel exceptions(magasin::ui::stockExceptionColumns());
        const json rows = magasin::ui::withNames(json::array({exception}), names());
        exercise(exceptions, rows);
        exceptions.setRows(rows);
        QCOMPARE(cell(exceptions, 0, 0), QStringLiteral("Magasin Est"));
        QCOMPARE(cell(exceptions, 0, 4), QStringLiteral("2"));

        JsonTableModel causes(magasin::ui::exceptionCauseColumns());
        exercise(causes, exception["causes"]);
        causes.setRows(exception["causes"]);
        QCOMPARE(cell(causes, 0, 1), QStringLiteral("-3"));
        QCOMPARE(cell(causes, 1, 3), QStringLiteral("0193a1b2-bbbb-7000-8000-000000000002"));
        QCOMPARE(cell(causes, 0, 4), QStringLiteral("Offline at the till"));
    }

    void transfersNameBothEnds() {
        const json transfer = {{"id", "0193a1b2-cccc-7000-8000-000000000003"},
                               {"product_id", kSouris},
                               {"quantity", 6},
                               {"from_location_id", kCentral},
                               {"to_location_id", kEst},
                               {"out_movement_id", "0193a1b2-0000-7000-8000-000000000010"},
                               {"in_movement_id", "0193a1b2-0000-7000-8000-000000000011"},
                               {"actor", "staff:1002"},
                               {"at", "2026-11-24T10:00:00Z"}};
        JsonTableModel model(magasin::ui::transferColumns());
        const json rows = magasin::ui::withNames(json::array({transfer}), names());
        exercise(model, rows);
        model.setRows(rows);
        QCOMPARE(cell(model, 0, 1), QStringLiteral("Souris optique"));
        QCOMPARE(cell(model, 0, 2), QStringLiteral("6"));
        QCOMPARE(cell(model, 0, 3), QStringLiteral("Entrepôt central"));
        QCOMPARE(cell(model, 0, 4), QStringLiteral("Magasin Est"));
    }

    void movementsShowTheirSign() {
        json in = saleMovement(6, 4, "x");
        in["reason"] = "transfer_in";
        in["source"] = "transfer:0193a1b2-cccc-7000-8000-000000000003";
        JsonTableModel model(magasin::ui::movementColumns());
        const json rows = magasin::ui::withNames(json::array({in, saleMovement(-3, -1, "y")}), names());
        exercise(model, rows);
        model.setRows(rows);
        QCOMPARE(cell(model, 0, 4), QStringLiteral("+6"));
        QCOMPARE(cell(model, 1, 4), QStringLiteral("-3"));
        QCOMPARE(cell(model, 1, 1), QStringLiteral("Magasin Est"));
        QVERIFY(model.index(1, 5).data(Qt::ForegroundRole).isValid());  // below zero after it
    }

    void productsShowPriceBarcodesAndStatus() {
        const json products = json::array({{{"id", kClavier},
                                            {"name", "Clavier mécanique"},
                                            {"category", "Informatique"},
                                            {"price_cents", 8999},
                                            {"description", "Clavier mécanique rétroéclairé"},
                                            {"sku", "CLA0001"},
                                            {"barcodes", json::array({"2000000000015", "2000000000022"})},
                                            {"taxable", true},
                                            {"active", true},
                                            {"created_at", "2026-11-01T10:00:00Z"},
                                            {"modified_at", "2026-11-01T10:00:00Z"}},
                                           {{"id", kSouris},
                                            {"name", "Souris optique"},
                                            {"category", "Informatique"},
                                            {"price_cents", 2550},
                                            {"description", ""},
                                            {"sku", "SOU0001"},
                                            {"barcodes", json::array()},
                                            {"taxable", false},
                                            {"active", false},
                                            {"created_at", "2026-11-01T10:00:00Z"},
                                            {"modified_at", "2026-11-02T10:00:00Z"}}});
        JsonTableModel model(magasin::ui::productColumns());
        exercise(model, products);
        model.setRows(products);
        QCOMPARE(cell(model, 0, 2), magasin::ui::formatMoney(8999));
        QCOMPARE(model.index(0, 2).data(Qt::UserRole).toLongLong(), 8999);
        QCOMPARE(cell(model, 0, 4), QStringLiteral("2000000000015, 2000000000022"));
        QCOMPARE(cell(model, 1, 5), QStringLiteral("No"));
        QCOMPARE(cell(model, 0, 6), QStringLiteral("Active"));
        QCOMPARE(cell(model, 1, 6), QStringLiteral("Archived"));
        QVERIFY(model.index(1, 6).data(Qt::ForegroundRole) != model.index(0, 6).data(Qt::ForegroundRole));
    }

    void priceHistoryShowsEachChangeWithItsSign() {
        const json history = json::array({{{"changed_by", "0193a1b2-0000-7000-8000-000000001002"},
                                           {"changed_at", "2026-11-20T10:00:00Z"},
                                           {"old_price_cents", 8999},
                                           {"new_price_cents", 7999}},
                                          {{"changed_by", "0193a1b2-0000-7000-8000-000000001002"},
                                           {"changed_at", "2026-11-21T10:00:00Z"},
                                           {"old_price_cents", 7999},
                                           {"new_price_cents", 8499}}});
        JsonTableModel model(magasin::ui::priceHistoryColumns());
        exercise(model, history);
        model.setRows(history);
        QCOMPARE(cell(model, 0, 1), magasin::ui::formatMoney(8999));
        QCOMPARE(cell(model, 0, 3), QStringLiteral("-") + magasin::ui::formatMoney(1000));
        QCOMPARE(cell(model, 1, 3), QStringLiteral("+") + magasin::ui::formatMoney(500));
        QCOMPARE(model.index(0, 3).data(Qt::UserRole).toLongLong(), -1000);
    }
};

QTEST_GUILESS_MAIN(BackOfficeStockModelsTest)
#include "back_office_stock_models_test.moc"
