// The Sync & conflicts page's tables under QAbstractItemModelTester, with rows shaped like commandes' and
// inventaire's answers: terminals (pending known only for this terminal), rejected commands and flags, each with its
// advice; rows set, replaced and emptied keep the models consistent.
#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

#include "magasin/ui/json_table_model.hpp"
#include "magasin/ui/sync_tables.hpp"

using magasin::ui::JsonTableModel;
using magasin::ui::LocalTerminal;
using magasin::ui::SyncTables;
using nlohmann::json;

namespace {

const json kDevices = json::parse(R"([
  {"id": "01890a5d-ac96-774b-bcce-b302099a8001", "name": "Caisse 1", "store_id": "33333333-3333-3333-3333-333333333331",
   "enrolled_at": "2026-11-20T13:00:00.000Z", "revoked": false, "revoked_at": null,
   "last_push_at": "2026-11-25T14:00:00.000Z", "last_feed_at": "2026-11-25T14:05:00.000Z",
   "last_sync_at": "2026-11-25T14:05:00.000Z", "last_device_seq": 42,
   "commands": {"applied": 39, "applied_with_flags": 2, "rejected": 1}},
  {"id": "01890a5d-ac96-774b-bcce-b302099a8002", "name": "Caisse 2", "store_id": "33333333-3333-3333-3333-333333333331",
   "enrolled_at": "2026-11-21T13:00:00.000Z", "revoked": true, "revoked_at": "2026-11-22T09:00:00.000Z",
   "last_push_at": null, "last_feed_at": null, "last_sync_at": null, "last_device_seq": 0,
   "commands": {"applied": 0, "applied_with_flags": 0, "rejected": 0}}])");

const json kRejections = json::parse(R"([
  {"command_id": "01890a5d-ac96-774b-bcce-b302099a9003", "device_id": "01890a5d-ac96-774b-bcce-b302099a8001",
   "device_name": "Caisse 1", "device_seq": 41, "type": "RecordSale", "at": "2026-11-25T14:00:00.000Z",
   "problem": {"status": 403, "code": "permission_denied", "title": "Not allowed",
               "detail": "This terminal is not enrolled in store 33333333-3333-3333-3333-333333333332", "errors": []}},
  {"command_id": "01890a5d-ac96-774b-bcce-b302099a9004", "device_id": "01890a5d-ac96-774b-bcce-b302099a8001",
   "device_name": "Caisse 1", "device_seq": 40, "type": "CancelSale", "at": "2026-11-25T13:00:00.000Z",
   "problem": {"status": 409, "code": "conflict", "title": "Conflict", "detail": "The sale is already cancelled",
               "errors": [{"field": "payload.sale_id", "rule": "sale.cancel.already",
                           "message": "The sale is already cancelled"}]}}])");

const json kFlaggedSales = json::parse(R"([
  {"id": "01890a5d-ac96-774b-bcce-b302099aa001", "store_id": "33333333-3333-3333-3333-333333333331",
   "device_id": "01890a5d-ac96-774b-bcce-b302099a8001", "at": "2026-11-25T12:00:00.000Z", "status": "active",
   "lines": [{"product_id": "550e8400-e29b-41d4-a716-446655440001", "name": "Clavier mécanique",
              "unit_price_cents": 7999, "quantity": 1}],
   "flags": [{"code": "price_differs_from_catalogue", "line": 0, "product_id": "550e8400-e29b-41d4-a716-446655440001",
              "server_value_cents": 8999, "terminal_value_cents": 7999},
             {"code": "totals_differ_from_terminal", "server_value_cents": 9199, "terminal_value_cents": 9000}]},
  {"id": "01890a5d-ac96-774b-bcce-b302099aa002", "store_id": "33333333-3333-3333-3333-333333333331",
   "device_id": "01890a5d-ac96-774b-bcce-b302099a8009", "at": "2026-11-25T10:00:00.000Z", "status": "active",
   "lines": [{"product_id": "550e8400-e29b-41d4-a716-446655440002", "name": "Souris optique",
              "unit_price_cents": 2550, "quantity": 1}],
   "flags": [{"code": "archived_product", "line": 0, "product_id": "550e8400-e29b-41d4-a716-446655440002",
              "server_value_cents": 2550, "terminal_value_cents": 2550}]}])");

const json kStockExceptions = json::parse(R"([
  {"location_id": "77777777-7777-7777-7777-777777777771", "store_id": "33333333-3333-3333-3333-333333333331",
   "product_id": "550e8400-e29b-41d4-a716-446655440001", "level": -2, "label": "critical",
   "updated_at": "2026-11-25T13:30:00.000Z",
   "causes": [{"seq": 9, "delta": -3, "source": "sale:01890a5d-ac96-774b-bcce-b302099aa001:0",
               "sale_id": "01890a5d-ac96-774b-bcce-b302099aa001", "at": "2026-11-25T13:30:00.000Z"}]}])");

QString cell(const JsonTableModel& model, int row, int column) {
    return model.index(row, column).data().toString();
}

}  // namespace

class SyncModelsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void terminalsShowPendingOnlyForThisTerminal() {
        JsonTableModel model(SyncTables::deviceColumns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(Qt::UserRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(SyncTables::deviceRows(kDevices, LocalTerminal{"01890a5d-ac96-774b-bcce-b302099a8001", 3}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 10);
        QCOMPARE(cell(model, 0, 0), QStringLiteral("Caisse 1 (here)"));
        QCOMPARE(cell(model, 0, 5), QStringLiteral("3"));
        QCOMPARE(cell(model, 1, 5), QStringLiteral("unknown"));  // the servers do not know another till's outbox
        QCOMPARE(cell(model, 0, 6), QStringLiteral("42"));
        QCOMPARE(cell(model, 0, 9), QStringLiteral("1"));
        QCOMPARE(cell(model, 1, 1), QStringLiteral("Revoked"));
        QCOMPARE(cell(model, 1, 2), QStringLiteral("Never"));
        QVERIFY(model.index(0, 9).data(Qt::ForegroundRole).isValid());   // a rejection shows in red
        QVERIFY(!model.index(1, 9).data(Qt::ForegroundRole).isValid());  // none: normal
        proxy.sort(6, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Caisse 2"));
        // Another app (no local terminal): every pending count is unknown.
        model.setRows(SyncTables::deviceRows(kDevices, std::nullopt));
        QCOMPARE(cell(model, 0, 5), QStringLiteral("unknown"));
        model.setRows(json::array());
        QCOMPARE(model.rowCount(), 0);
    }

    void rejectionsSayWhatToDo() {
        JsonTableModel model(SyncTables::rejectionColumns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(SyncTables::rejectionRows(kRejections));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, 2), QStringLiteral("Sale"));
        QCOMPARE(cell(model, 0, 4), QStringLiteral("Not allowed (permission_denied)"));
        QVERIFY(cell(model, 0, 5).contains(QStringLiteral("not enrolled in store")));
        QVERIFY2(cell(model, 0, 6).contains(QStringLiteral("re-enter the sale")), qPrintable(cell(model, 0, 6)));
        QCOMPARE(cell(model, 1, 2), QStringLiteral("Cancellation"));
        QCOMPARE(cell(model, 1, 4), QStringLiteral("In conflict with the current state (conflict)"));
        QCOMPARE(cell(model, 1, 5), QStringLiteral("The sale is already cancelled"));  // said once, not twice
        QVERIFY2(cell(model, 1, 6).contains(QStringLiteral("already cancelled")), qPrintable(cell(model, 1, 6)));
        QCOMPARE(cell(model, 0, 3), QStringLiteral("099a9003 (seq 41)"));
        model.setRows(SyncTables::rejectionRows(json::array()));
        QCOMPARE(model.rowCount(), 0);
    }

    void everyFlagGetsItsOwnRowAndAdvice() {
        JsonTableModel model(SyncTables::flagColumns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const json names = {{"550e8400-e29b-41d4-a716-446655440001", "Clavier mécanique"}};
        model.setRows(SyncTables::flagRows(kFlaggedSales, kStockExceptions, kDevices, names));
        QCOMPARE(model.rowCount(), 4);  // 2 flags of one sale, 1 of another, 1 stock exception
        // Newest first: the stock exception (13:30), then the 12:00 sale's two flags, then the 10:00 sale.
        QCOMPARE(model.rowAt(0)["kind"].get<std::string>(), std::string(SyncTables::kStockNegative));
        QCOMPARE(cell(model, 0, 1), QStringLiteral("Stock went negative"));
        QCOMPARE(cell(model, 0, 4), QStringLiteral("Clavier mécanique: -2 in stock after sales 099aa001"));
        QCOMPARE(cell(model, 1, 1), QStringLiteral("Price differed from the catalogue"));
        QCOMPARE(cell(model, 1, 2), QStringLiteral("Caisse 1"));
        QCOMPARE(cell(model, 1, 4), QStringLiteral("Clavier mécanique: sold at $79.99, catalogue price $89.99"));
        QVERIFY(cell(model, 1, 5).contains(QStringLiteral("nothing to undo, the sale stands")));
        QCOMPARE(cell(model, 2, 1), QStringLiteral("Till totals differed"));
        QCOMPARE(cell(model, 2, 4), QStringLiteral("Till total $90.00, server total $91.99"));
        QCOMPARE(cell(model, 3, 1), QStringLiteral("Archived product sold"));
        QCOMPARE(cell(model, 3, 2), QStringLiteral("099a8009"));  // a terminal the list does not name: its id
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(!cell(model, row, 5).isEmpty());
            QVERIFY(model.index(row, 1).data(Qt::ForegroundRole).isValid());
        }
        // Without the catalogue's names, an exception shows the product's id.
        model.setRows(SyncTables::flagRows(json::array(), kStockExceptions, json::array(), json::object()));
        QCOMPARE(cell(model, 0, 4), QStringLiteral("55440001: -2 in stock after sales 099aa001"));
        model.setRows(SyncTables::flagRows(nullptr, nullptr, nullptr, nullptr));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(SyncModelsTest)
#include "sync_page_models_test.moc"
