// Every table model of the POS under QAbstractItemModelTester (Fatal): rows inserted, changed, removed and reset
// keep the model consistent; plus the rules each one adds (quantity bounds, merged scans, payment sums).
#include <QAbstractItemModelTester>
#include <QTest>

#include "magasin/ui/cart_model.hpp"
#include "magasin/ui/json_table_model.hpp"
#include "magasin/ui/money_text.hpp"
#include "magasin/ui/payments_model.hpp"
#include "magasin/ui/product_search_model.hpp"
#include "magasin/ui/recent_sales_model.hpp"

using namespace magasin;

namespace {

client::CachedProduct product(const std::string& id, std::int64_t cents, bool taxable = true) {
    client::CachedProduct p;
    p.id = id;
    p.name = "Produit " + id;
    p.category = "Cat";
    p.priceCents = cents;
    p.taxable = taxable;
    return p;
}

}  // namespace

class ModelsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada)); }

    void cartMergesScansAndKeepsQuantityInRange() {
        ui::CartModel cart;
        QAbstractItemModelTester tester(&cart, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(cart.add(product("a", 199)), 0);
        QCOMPARE(cart.add(product("b", 500, false)), 1);
        QCOMPARE(cart.add(product("a", 199)), 0);  // the same product again: one more on its line
        QCOMPARE(cart.rowCount(), 2);
        QCOMPARE(cart.lines()[0].quantity, std::int64_t{2});
        QCOMPARE(cart.index(0, ui::CartModel::kLineTotal).data().toString(), QStringLiteral("$3.98"));
        QVERIFY(!cart.setQuantity(0, 0));       // quantity.range: below 1
        QVERIFY(!cart.setQuantity(0, 10'001));  // quantity.range: above 10000
        QVERIFY(!cart.setQuantity(5, 2));       // no such row
        QVERIFY(cart.setData(cart.index(1, ui::CartModel::kQuantity), 4));
        QCOMPARE(cart.lines()[1].quantity, std::int64_t{4});
        QVERIFY(!cart.setData(cart.index(1, ui::CartModel::kProduct), QStringLiteral("x")));  // only quantity edits
        QVERIFY(cart.flags(cart.index(0, ui::CartModel::kQuantity)).testFlag(Qt::ItemIsEditable));
        QVERIFY(!cart.flags(cart.index(0, ui::CartModel::kUnitPrice)).testFlag(Qt::ItemIsEditable));
        cart.removeLine(0);
        QCOMPARE(cart.rowCount(), 1);
        QCOMPARE(cart.lines()[0].productId, std::string("b"));
        cart.clear();
        QVERIFY(cart.isEmpty());
    }

    void searchResultsShowPriceAndUnknownStock() {
        ui::ProductSearchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setResults({{product("a", 1299), 7}, {product("b", 50), std::nullopt}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ui::ProductSearchModel::kPrice).data().toString(), QStringLiteral("$12.99"));
        QCOMPARE(model.index(0, ui::ProductSearchModel::kStock).data().toLongLong(), 7LL);
        QCOMPARE(model.index(1, ui::ProductSearchModel::kStock).data().toString(), QStringLiteral("?"));
        QCOMPARE(model.productAt(1)->id, std::string("b"));
        QVERIFY(model.productAt(2) == nullptr);
        model.setResults({});
        QCOMPARE(model.rowCount(), 0);
    }

    void recentSalesCannotPickACancelledSale() {
        ui::RecentSalesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSales({{"0192d0e0-0000-7000-8000-0000000000aa", "2026-11-25T10:00:00.000Z", "s", "active", 1234},
                        {"0192d0e0-0000-7000-8000-0000000000bb", "2026-11-25T09:00:00.000Z", "s", "cancelled", 99}});
        QCOMPARE(model.index(0, ui::RecentSalesModel::kSaleId).data().toString(), QStringLiteral("000000aa"));
        QCOMPARE(model.index(0, ui::RecentSalesModel::kTotal).data().toString(), QStringLiteral("$12.34"));
        QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEnabled));
        QVERIFY(!model.flags(model.index(1, 0)).testFlag(Qt::ItemIsEnabled));
        QCOMPARE(model.index(1, ui::RecentSalesModel::kStatus).data().toString(), QStringLiteral("Cancelled"));
    }

    void paymentsSumSplitTenders() {
        ui::PaymentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.add({domain::PaymentMethod::kCard, 2000, QStringLiteral("T-42")});
        model.add({domain::PaymentMethod::kCash, 5000, {}});
        QCOMPARE(model.totalCents(), std::int64_t{7000});
        QCOMPARE(model.cashCents(), std::int64_t{5000});
        const auto payments = model.toDomain();
        QCOMPARE(payments.size(), std::size_t{2});
        QCOMPARE(payments[0].method(), domain::PaymentMethod::kCard);
        model.removeAt(0);
        QCOMPARE(model.totalCents(), std::int64_t{5000});
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void jsonTableKeepsObjectRowsAndSortsByValue() {
        ui::JsonTableModel model({ui::JsonColumn::text(QStringLiteral("Name"), "name"),
                                  ui::JsonColumn::money(QStringLiteral("Price"), "price_cents"),
                                  ui::JsonColumn::integer(QStringLiteral("Level"), "level")});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setRows(nlohmann::json::parse(R"([{"id":"a","name":"Clavier","price_cents":8999,"level":-2},
            "not an object", {"id":"b","name":"Souris","price_cents":2550,"level":30}, {"id":"c"}])"));
        QCOMPARE(model.rowCount(), 3);  // the string is not a row
        QCOMPARE(model.data(model.index(0, 1)).toString(), ui::formatMoney(8999));
        QCOMPARE(model.data(model.index(0, 2), Qt::UserRole).toLongLong(), -2LL);  // sorts as a number
        QCOMPARE(model.data(model.index(2, 0)).toString(), QString());             // a missing field is empty
        QCOMPARE(model.findRow("id", "b"), 1);
        QCOMPARE(model.findRow("id", "z"), -1);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Price"));
        model.setRows(nlohmann::json::object());  // not a list: empty
        QCOMPARE(model.rowCount(), 0);
    }

    void moneyIsParsedAsCashiersTypeIt_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qlonglong>("cents");  // -1: refused
        QTest::newRow("whole") << QStringLiteral("50") << 5000LL;
        QTest::newRow("comma") << QStringLiteral("20,75") << 2075LL;
        QTest::newRow("dot") << QStringLiteral("20.7") << 2070LL;
        QTest::newRow("french symbol") << QStringLiteral("12,34\u00a0$") << 1234LL;
        QTest::newRow("english symbol") << QStringLiteral("$12.34") << 1234LL;
        QTest::newRow("negative refused") << QStringLiteral("-5") << -1LL;
        QTest::newRow("three decimals refused") << QStringLiteral("1.234") << -1LL;
        QTest::newRow("letters refused") << QStringLiteral("abc") << -1LL;
        QTest::newRow("empty refused") << QString() << -1LL;
    }

    void moneyIsParsedAsCashiersTypeIt() {
        QFETCH(QString, text);
        QFETCH(qlonglong, cents);
        const auto parsed = ui::parseMoney(text);
        QCOMPARE(parsed.has_value() ? static_cast<qlonglong>(*parsed) : -1LL, cents);
    }

    void moneyIsFormattedInTheUiLanguage() {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
        QCOMPARE(ui::formatMoney(123456), QStringLiteral("1\u00a0234,56\u00a0$"));
        QCOMPARE(ui::formatMoney(-5), QStringLiteral("-0,05\u00a0$"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
        QCOMPARE(ui::formatMoney(123456), QStringLiteral("$1,234.56"));
    }
};

QTEST_MAIN(ModelsTest)
#include "models_test.moc"
