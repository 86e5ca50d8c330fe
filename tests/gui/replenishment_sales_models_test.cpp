// The replenishment and sales pages' table models under QAbstractItemModelTester (QtTest mode), with rows shaped as
// supply-chain and commandes answer them (request_json.cpp, sale_json.cpp): filled, refilled, emptied and sorted
// through the proxy the pages use; plus what each column says (statuses in words and tone, names, money, flags),
// the totals above the sales and the receipt of a sale.
#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

#include "magasin/ui/json_table_model.hpp"
#include "magasin/ui/replenishment_columns.hpp"
#include "magasin/ui/sales_columns.hpp"

using magasin::ui::JsonTableModel;
using magasin::ui::Tone;
using nlohmann::json;
namespace ui = magasin::ui;

namespace {

constexpr const char* kManager = "44444444-4444-4444-4444-444444444412";
constexpr const char* kCashier = "44444444-4444-4444-4444-444444444411";
constexpr const char* kNordCashier = "44444444-4444-4444-4444-444444444421";

QString names(const std::string& id) {
    if (id == kManager) {
        return QStringLiteral("Sophie Tremblay");
    }
    if (id == kCashier) {
        return QStringLiteral("Marc Gagnon");
    }
    return {};
}

json request(const std::string& id, const std::string& status, int quantity, const json& approved,
             const std::string& at) {
    const bool decided = status != "pending";
    return {{"id", id},
            {"product_id", "550e8400-e29b-41d4-a716-446655440002"},
            {"product_name", "Souris optique"},
            {"store_id", "33333333-3333-3333-3333-333333333332"},
            {"store_name", "Magasin Nord"},
            {"quantity", quantity},
            {"approved_quantity", approved},
            {"status", status},
            {"requested_by", kNordCashier},
            {"requested_at", at},
            {"decided_at", decided ? json("2026-11-25T15:00:00Z") : json(nullptr)},
            {"decided_by", decided ? json(std::string("staff:") + kManager) : json(nullptr)},
            {"transferred_at", status == "transferred" ? json("2026-11-25T15:00:00Z") : json(nullptr)},
            {"rejection_reason", status == "rejected" ? json("Stock central réservé au web") : json(nullptr)},
            {"origin", "rest"},
            {"flags", json::array()},
            {"transfer_in_doubt", false},
            {"updated_at", at}};
}

json requests() {
    return json::array(
        {request("01936b2a-0000-7000-8000-0000000000a1", "pending", 12, nullptr, "2026-11-25T14:00:00Z"),
         request("01936b2a-0000-7000-8000-0000000000a2", "transferred", 20, 15, "2026-11-24T14:00:00Z"),
         request("01936b2a-0000-7000-8000-0000000000a3", "rejected", 5, nullptr, "2026-11-23T14:00:00Z"),
         request("01936b2a-0000-7000-8000-0000000000a4", "withdrawn", 3, nullptr, "2026-11-22T14:00:00Z")});
}

json sale(const std::string& id, const std::string& status, const json& lines, std::int64_t total, const json& flags,
          const std::string& at) {
    return {{"id", id},
            {"store_id", "33333333-3333-3333-3333-333333333331"},
            {"device_id", "55555555-5555-4555-8555-555555555551"},
            {"staff_id", kCashier},
            {"customer_id", nullptr},
            {"at", at},
            {"channel", "store"},
            {"origin", flags.empty() ? "rest" : "terminal"},
            {"status", status},
            {"lines", lines},
            {"payments", {{{"method", "cash"}, {"amount_cents", 10000}}}},
            {"totals",
             {{"subtotal_cents", 7999},
              {"taxable_subtotal_cents", 7999},
              {"taxes",
               {{{"code", "GST"}, {"rate", 5000}, {"amount_cents", 400}},
                {{"code", "QST"}, {"rate", 9975}, {"amount_cents", 798}}}},
              {"tax_total_cents", 1198},
              {"total_cents", total}}},
            {"change_due_cents", 10000 - total},
            {"flags", flags},
            {"cancellation", status == "cancelled" ? json{{"by", kManager},
                                                          {"by_role", "manager"},
                                                          {"approved_by", nullptr},
                                                          {"reason", "Client a changé d'avis"},
                                                          {"at", "2026-11-25T16:00:00Z"}}
                                                   : json(nullptr)}};
}

json sales() {
    const json clavier = {{"product_id", "550e8400-e29b-41d4-a716-446655440001"},
                          {"name", "Clavier mécanique"},
                          {"unit_price_cents", 7999},
                          {"quantity", 1},
                          {"taxable", true},
                          {"discount_cents", 0},
                          {"discount_approved_by", nullptr},
                          {"total_cents", 7999}};
    json cafe = clavier;
    cafe["name"] = "Café Premium Bio";
    cafe["unit_price_cents"] = 1599;
    cafe["quantity"] = 2;
    cafe["total_cents"] = 3198;
    const json priceFlag = json::array({{{"code", "price_differs_from_catalogue"},
                                         {"terminal_value_cents", 7999},
                                         {"server_value_cents", 8999},
                                         {"line", 0},
                                         {"product_id", "550e8400-e29b-41d4-a716-446655440001"}}});
    return json::array({sale("01936b2a-0000-7000-8000-0000000000d2", "active", json::array({clavier}), 9197, priceFlag,
                             "2026-11-25T10:00:00Z"),
                        sale("01936b2a-0000-7000-8000-0000000000d1", "active", json::array({cafe}), 3677, json::array(),
                             "2026-11-25T09:00:00Z"),
                        sale("01936b2a-0000-7000-8000-0000000000d5", "cancelled", json::array({cafe}), 5288,
                             json::array(), "2026-11-25T08:00:00Z")});
}

// Fills, refills, empties and sorts the model through the pages' proxy, the tester watching every change.
void exercise(JsonTableModel& model, const json& rows) {
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Qt::UserRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(rows);
    QCOMPARE(model.rowCount(), static_cast<int>(rows.size()));
    for (int column = 0; column < model.columnCount(); ++column) {
        proxy.sort(column, Qt::AscendingOrder);
        proxy.sort(column, Qt::DescendingOrder);
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }
    json fewer = rows;
    fewer.erase(fewer.begin());
    model.setRows(fewer);
    QCOMPARE(model.rowCount(), static_cast<int>(rows.size()) - 1);
    model.setRows(json::array());
    QCOMPARE(model.rowCount(), 0);
    model.setRows(json::object());  // not a list: an empty table, never a crash
    QCOMPARE(model.rowCount(), 0);
    model.setRows(rows);
}

int columnOf(const JsonTableModel& model, const QString& header) {
    for (int column = 0; column < model.columnCount(); ++column) {
        if (model.headerData(column, Qt::Horizontal).toString() == header) {
            return column;
        }
    }
    return -1;
}

}  // namespace

class ReplenishmentSalesModelsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada)); }

    void requestsModelIsConsistentAndSaysStatusesInWords() {
        JsonTableModel model(ui::requestColumns(names));
        exercise(model, requests());
        const int status = columnOf(model, QStringLiteral("Status"));
        QVERIFY(status >= 0);
        QCOMPARE(model.index(0, status).data().toString(), QStringLiteral("Pending"));
        QCOMPARE(model.index(1, status).data().toString(), QStringLiteral("Approved"));  // transferred reads so
        QCOMPARE(model.index(2, status).data().toString(), QStringLiteral("Rejected"));
        QCOMPARE(model.index(3, status).data().toString(), QStringLiteral("Withdrawn"));
        QVERIFY(model.index(0, status).data(Qt::ForegroundRole).isValid());  // pending stands out
        QVERIFY(!model.index(3, status).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(1, columnOf(model, QStringLiteral("Approved qty"))).data().toString(),
                 QStringLiteral("15"));
        QCOMPARE(model.index(0, columnOf(model, QStringLiteral("Approved qty"))).data().toString(), QString());
        QCOMPARE(model.index(1, columnOf(model, QStringLiteral("Decided by"))).data().toString(),
                 QStringLiteral("Sophie Tremblay"));
        // Another store's cashier: not in this manager's list of names, shown as one of that store's staff.
        QCOMPARE(model.index(0, columnOf(model, QStringLiteral("Asked by"))).data().toString(),
                 QStringLiteral("staff of Magasin Nord"));
        QCOMPARE(ui::staffText(json("44444444-4444-4444-4444-444444444421"), names), QStringLiteral("staff …4421"));
        QCOMPARE(ui::staffText(json("inventaire"), names), QStringLiteral("inventaire"));
        QCOMPARE(ui::staffText(json(std::string("staff:") + kCashier), names), QStringLiteral("Marc Gagnon"));
        QCOMPARE(ui::staffText(json(nullptr), names), QString());
        QCOMPARE(model.index(2, columnOf(model, QStringLiteral("Rejection reason"))).data().toString(),
                 QStringLiteral("Stock central réservé au web"));
        // Quantities sort as numbers.
        QCOMPARE(model.index(1, columnOf(model, QStringLiteral("Asked"))).data(Qt::UserRole).toLongLong(), 20LL);
    }

    void suggestionsModelIsConsistent() {
        JsonTableModel model(ui::suggestionColumns());
        const json rows = json::array({{{"store_id", "33333333-3333-3333-3333-333333333334"},
                                        {"store_name", "Magasin Est"},
                                        {"product_id", "550e8400-e29b-41d4-a716-446655440001"},
                                        {"product_name", "Clavier mécanique"},
                                        {"level", -2},
                                        {"quantity", 22}},
                                       {{"store_id", "33333333-3333-3333-3333-333333333332"},
                                        {"store_name", "Magasin Nord"},
                                        {"product_id", "550e8400-e29b-41d4-a716-446655440003"},
                                        {"product_name", "Café Premium Bio"},
                                        {"level", 4},
                                        {"quantity", 16}}});
        exercise(model, rows);
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("-2"));
        QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("22"));
        QVERIFY(model.index(0, 2).data(Qt::ForegroundRole) != model.index(1, 2).data(Qt::ForegroundRole));
    }

    void salesModelIsConsistentWithMoneyFlagsAndNames() {
        JsonTableModel model(ui::saleColumns(names));
        exercise(model, sales());
        QCOMPARE(model.index(0, columnOf(model, QStringLiteral("Total"))).data().toString(), QStringLiteral("$91.97"));
        QCOMPARE(model.index(0, columnOf(model, QStringLiteral("Total"))).data(Qt::UserRole).toLongLong(), 9197LL);
        QCOMPARE(model.index(0, columnOf(model, QStringLiteral("Cashier"))).data().toString(),
                 QStringLiteral("Marc Gagnon"));
        QCOMPARE(model.index(0, columnOf(model, QStringLiteral("Flags"))).data().toString(),
                 QStringLiteral("Price differs from the catalogue"));
        QVERIFY(model.index(0, columnOf(model, QStringLiteral("Flags"))).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(1, columnOf(model, QStringLiteral("Items"))).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(2, columnOf(model, QStringLiteral("Status"))).data().toString(),
                 QStringLiteral("Cancelled"));
        QCOMPARE(model.index(0, columnOf(model, QStringLiteral("Payment"))).data().toString(), QStringLiteral("Cash"));
    }

    void totalsCountEverySaleButOnlyActiveRevenue() {
        const auto totals = ui::salesTotals(sales());
        QCOMPARE(totals.count, 3);
        QCOMPARE(totals.cancelled, 1);
        QCOMPARE(totals.flagged, 1);
        QCOMPARE(totals.revenueCents, std::int64_t{9197 + 3677});
        QCOMPARE(ui::salesTotals(json::object()).count, 0);
    }

    void receiptShowsLinesTaxesPaymentsFlagsAndCancellation() {
        const json all = sales();
        const QString flagged = ui::saleReceiptText(all[0], QStringLiteral("Magasin Central"), names);
        for (const QString& expected :
             {QStringLiteral("Magasin Central"), QStringLiteral("1 × Clavier mécanique"), QStringLiteral("$79.99"),
              QStringLiteral("GST"), QStringLiteral("$4.00"), QStringLiteral("QST"), QStringLiteral("$7.98"),
              QStringLiteral("TOTAL"), QStringLiteral("$91.97"), QStringLiteral("Cash"), QStringLiteral("$100.00"),
              QStringLiteral("Change due"), QStringLiteral("$8.03"), QStringLiteral("Price differs from the catalogue"),
              QStringLiteral("(till: $79.99, server: $89.99)"), QStringLiteral("Marc Gagnon")}) {
            QVERIFY2(flagged.contains(expected), qPrintable(expected + QStringLiteral(" in\n") + flagged));
        }
        QVERIFY(!flagged.contains(QStringLiteral("CANCELLED")));
        const QString cancelled = ui::saleReceiptText(all[2], QStringLiteral("Magasin Central"), names);
        QVERIFY2(cancelled.contains(QStringLiteral("2 × Café Premium Bio")), qPrintable(cancelled));
        QVERIFY2(cancelled.contains(QStringLiteral("$15.99 each")), qPrintable(cancelled));
        QVERIFY2(cancelled.contains(QStringLiteral("CANCELLED")), qPrintable(cancelled));
        QVERIFY2(cancelled.contains(QStringLiteral("by Sophie Tremblay: Client a changé d'avis")),
                 qPrintable(cancelled));
    }
};

QTEST_MAIN(ReplenishmentSalesModelsTest)
#include "replenishment_sales_models_test.moc"
