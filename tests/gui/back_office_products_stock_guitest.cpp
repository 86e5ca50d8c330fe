// The products and stock pages against the real stack, in French as the docs show them: a manager adds a product
// (with a new category) and the till finds it after its sync, by name and by barcode; a price change lands in the
// history; archive and unarchive after confirmation (cancel changes nothing); the catalogue's refusals shown as it
// words them. The stock page shows central and store levels with labels, saves a threshold (read again from the
// inventaire), lists Magasin Est's Clavier at -2 with the sale that took it there; with the inventaire down it keeps
// its last data with their age while the products page still works. A cashier opens none of them.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

#include "back_office_fixture.hpp"
#include "magasin/client/catalogue_cache.hpp"
#include "magasin/ui/json_table_model.hpp"
#include "magasin/ui/products_page.hpp"
#include "magasin/ui/stock_page.hpp"

using magasin::ui::BackOfficeClient;
using magasin::ui::BackOfficeReply;
using magasin::ui::JsonTableModel;
using magasin::ui::ProductsPage;
using magasin::ui::Server;
using magasin::ui::StockPage;
using magasin::ui::test::BackOfficeFixture;
using nlohmann::json;

namespace {

const QString kEstStore = QStringLiteral("33333333-3333-3333-3333-333333333334");
const QString kClavier = QStringLiteral("550e8400-e29b-41d4-a716-446655440001");
const QString kSouris = QStringLiteral("550e8400-e29b-41d4-a716-446655440002");

// An EAN-13 in the retailer's own range ("200...") with its check digit computed, as a label printer would.
QString ean13(const QString& twelve) {
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        sum += twelve.at(i).digitValue() * (i % 2 == 1 ? 3 : 1);
    }
    return twelve + QString::number((10 - sum % 10) % 10);
}

BackOfficeReply callAndWait(BackOfficeClient& client, Server server, const QString& path) {
    BackOfficeReply result;
    bool done = false;
    QObject context;
    client.get(server, path, &context, [&](const BackOfficeReply& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000)) {
        result.error = QStringLiteral("no answer within 20 s");
    }
    return result;
}

// Answers the next confirmation box with `button`; true once it was seen.
std::shared_ptr<bool> answerNextConfirmation(QMessageBox::StandardButton button) {
    auto seen = std::make_shared<bool>(false);
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, seen, button] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            *seen = true;
            box->button(button)->click();
            timer->deleteLater();
        }
    });
    timer->start();
    return seen;
}

int rowOf(const JsonTableModel& model, const QString& location, const QString& product) {
    for (int row = 0; row < model.rowCount(); ++row) {
        if (JsonTableModel::field(model.rowAt(row), "location_id") == location &&
            JsonTableModel::field(model.rowAt(row), "product_id") == product) {
            return row;
        }
    }
    return -1;
}

}  // namespace

class BackOfficeProductsStockTest : public QObject {
    Q_OBJECT

    BackOfficeFixture m_f{22000, QStringLiteral("25442"), QStringLiteral("fr")};
    QString m_barcode = ean13(QStringLiteral("200000009871"));
    QString m_productId;
    QString m_central;

    ProductsPage* products() { return m_f.openPage<ProductsPage>(QStringLiteral("productsPage")); }
    StockPage* stock() { return m_f.openPage<StockPage>(QStringLiteral("stockPage")); }

    template <typename Widget>
    Widget* in(QWidget* page, const char* name) {
        return page->findChild<Widget*>(QString::fromLatin1(name));
    }
    void type(QWidget* page, const char* name, const QString& text) {
        auto* edit = in<QLineEdit>(page, name);
        QVERIFY2(edit != nullptr, name);
        edit->clear();
        // Qt Test types ASCII keys only; the rest is inserted as an input method would.
        bool ascii = true;
        for (const QChar c : text) {
            ascii = ascii && c.unicode() < 128;
        }
        if (ascii) {
            QTest::keyClicks(edit, text);
        } else {
            edit->insert(text);
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_f.start(), qPrintable(m_f.lastLog)); }

    void aCashierOpensNeitherPage() {
        QVERIFY2(m_f.loginAsCashier(), qPrintable(m_f.lastLog));
        QVERIFY(!m_f.window->openBackOffice());
        QVERIFY(m_f.window->backOffice() == nullptr);
        QVERIFY(products() == nullptr);
        QVERIFY(stock() == nullptr);
        m_f.window->findChild<QPushButton*>(QStringLiteral("logoutButton"))->click();
        QVERIFY2(m_f.loginAsManager(), qPrintable(m_f.lastLog));
    }

    void aNewProductIsFoundAtTheTill() {
        auto* page = products();
        QVERIFY(page != nullptr);
        QVERIFY2(page->outageText().isEmpty(), qPrintable(page->outageText()));
        QVERIFY(page->products()->findRow("name", "Clavier mécanique") >= 0);
        QVERIFY(!page->totalsText().isEmpty());

        page->newProduct();
        type(page, "productName", QStringLiteral("Tapis de souris XL"));
        auto* category = in<QComboBox>(page, "productCategory");
        QVERIFY(category->findText(QStringLiteral("Accessoires bureau")) < 0);
        category->setCurrentText(QStringLiteral("Accessoires bureau"));  // a new one: created on the way
        type(page, "productPrice", QStringLiteral("12,99"));
        type(page, "productDescription", QStringLiteral("Tapis de souris 90 x 40 cm"));
        type(page, "productSku", QStringLiteral("TAP0099"));
        type(page, "productBarcodes", m_barcode);
        in<QPushButton>(page, "saveProduct")->click();
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QVERIFY2(page->formError().isEmpty(), qPrintable(page->formError()));
        m_productId = page->currentId();
        QVERIFY(!m_productId.isEmpty());
        const int row = page->products()->findRow("id", m_productId.toStdString());
        QVERIFY(row >= 0);
        QCOMPARE(page->products()->rowAt(row).value("price_cents", 0), 1299);
        QCOMPARE(page->products()->rowAt(row).value("category", std::string()), std::string("Accessoires bureau"));
        QVERIFY(category->findText(QStringLiteral("Accessoires bureau")) >= 0);

        // The page finds it by its barcode and by its SKU, exact lookups the word search does not do.
        for (const QString& text : {m_barcode, QStringLiteral("TAP0099")}) {
            type(page, "productSearch", text);
            QTest::keyClick(in<QLineEdit>(page, "productSearch"), Qt::Key_Return);
            QVERIFY2(QTest::qWaitFor(
                         [&] {
                             return page->products()->findRow("id", m_productId.toStdString()) >= 0 &&
                                    page->products()->rowCount() == 1;
                         },
                         10000),
                     qPrintable(text));
        }
        in<QLineEdit>(page, "productSearch")->clear();
        QTest::keyClick(in<QLineEdit>(page, "productSearch"), Qt::Key_Return);
        QVERIFY(BackOfficeFixture::waitIdle(page));

        // The terminal's sync brings it to the till: found by name and by its barcode.
        auto* terminal = m_f.window->terminal();
        QVERIFY(terminal != nullptr && terminal->syncAgent() != nullptr);
        terminal->syncAgent()->syncNow();
        QVERIFY2(QTest::qWaitFor([&] { return terminal->catalogue().byBarcode(m_barcode.toStdString()).has_value(); },
                                 30000),
                 "the new product did not reach the till's catalogue");
        QVERIFY(m_f.window->pos()->search(QStringLiteral("Tapis de souris")) >= 1);
        QCOMPARE(QString::fromStdString(terminal->catalogue().byBarcode(m_barcode.toStdString())->name),
                 QStringLiteral("Tapis de souris XL"));
    }

    void aPriceChangeIsInTheHistory() {
        auto* page = products();
        QVERIFY(page->selectProduct(m_productId));
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QCOMPARE(page->priceHistory()->rowCount(), 0);
        type(page, "newPrice", QStringLiteral("10,49"));
        in<QPushButton>(page, "changePrice")->click();
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QVERIFY(QTest::qWaitFor([&] { return page->priceHistory()->rowCount() == 1; }, 10000));
        const auto& change = page->priceHistory()->rowAt(0);
        QCOMPARE(change.value("old_price_cents", 0), 1299);
        QCOMPARE(change.value("new_price_cents", 0), 1049);
        const int row = page->products()->findRow("id", m_productId.toStdString());
        QCOMPARE(page->products()->rowAt(row).value("price_cents", 0), 1049);
        BackOfficeFixture::screenshot(page, QStringLiteral("back-office-products.png"));
    }

    void anEditIsSavedWithItsBarcodes() {
        auto* page = products();
        QVERIFY(page->selectProduct(m_productId));
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QVERIFY(!in<QLineEdit>(page, "productSku")->isEnabled());  // kept by the catalogue
        const QString second = ean13(QStringLiteral("200000009872"));
        type(page, "productDescription", QStringLiteral("Tapis de souris 90 x 40 cm, bords cousus"));
        type(page, "productBarcodes", m_barcode + QStringLiteral(", ") + second);
        in<QLineEdit>(page, "productDescription")->setFocus();  // where the manager typed last
        QTest::keyClick(in<QLineEdit>(page, "productDescription"), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QVERIFY2(page->formError().isEmpty(), qPrintable(page->formError()));
        auto saved = callAndWait(*m_f.window->backOfficeClient(), Server::kCatalogue,
                                 QStringLiteral("/v1/products/%1").arg(m_productId));
        QVERIFY2(saved.ok, qPrintable(saved.error));
        QCOMPARE(saved.data.value("description", std::string()),
                 std::string("Tapis de souris 90 x 40 cm, bords cousus"));
        QVERIFY2(saved.data["barcodes"] == json::array({m_barcode.toStdString(), second.toStdString()}),
                 saved.data.dump().c_str());

        // Removing the second barcode again: only the typed ones remain.
        type(page, "productBarcodes", m_barcode);
        in<QPushButton>(page, "saveProduct")->click();
        QVERIFY(BackOfficeFixture::waitIdle(page));
        saved = callAndWait(*m_f.window->backOfficeClient(), Server::kCatalogue,
                            QStringLiteral("/v1/products/%1").arg(m_productId));
        QVERIFY2(saved.data["barcodes"] == json::array({m_barcode.toStdString()}), saved.data.dump().c_str());
    }

    void archiveAndUnarchiveAfterConfirmation() {
        auto* page = products();
        QVERIFY(page->selectProduct(m_productId));
        auto active = [&] {
            const int row = page->products()->findRow("id", m_productId.toStdString());
            return row >= 0 && page->products()->rowAt(row).value("active", false);
        };
        // Cancel: nothing sent, still on sale.
        auto seen = answerNextConfirmation(QMessageBox::Cancel);
        in<QPushButton>(page, "archiveProduct")->click();
        QVERIFY(*seen);
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QVERIFY(active());

        seen = answerNextConfirmation(QMessageBox::Yes);
        in<QPushButton>(page, "archiveProduct")->click();
        QVERIFY(*seen);
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QVERIFY2(!page->messageText().isEmpty(), "no message after archiving");
        QVERIFY(QTest::qWaitFor(
            [&] { return !active() && page->products()->findRow("id", m_productId.toStdString()) >= 0; }, 10000));
        auto direct = callAndWait(*m_f.window->backOfficeClient(), Server::kCatalogue,
                                  QStringLiteral("/v1/products/%1").arg(m_productId));
        QVERIFY(direct.ok);
        QCOMPARE(direct.data.value("active", true), false);

        seen = answerNextConfirmation(QMessageBox::Yes);
        in<QPushButton>(page, "archiveProduct")->click();
        QVERIFY(*seen);
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QVERIFY(QTest::qWaitFor(active, 10000));
        direct = callAndWait(*m_f.window->backOfficeClient(), Server::kCatalogue,
                             QStringLiteral("/v1/products/%1").arg(m_productId));
        QCOMPARE(direct.data.value("active", false), true);
    }

    void refusalsAreShownAsTheCatalogueWordsThem_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("sku");
        QTest::addColumn<QString>("barcode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("product.barcode.check_digit")
            << QStringLiteral("Tapis de souris S") << QStringLiteral("TAP0100")
            << m_barcode.left(12) + QString::number((m_barcode.right(1).toInt() + 1) % 10)
            << QStringLiteral("wrong check digit");
        QTest::newRow("product.name.taken") << QStringLiteral("Clavier mécanique") << QStringLiteral("TAP0101")
                                            << QString() << QStringLiteral("already named");
        QTest::newRow("product.sku.taken") << QStringLiteral("Tapis de souris M") << QStringLiteral("CLA0001")
                                           << QString() << QStringLiteral("already used");
    }
    void refusalsAreShownAsTheCatalogueWordsThem() {
        QFETCH(QString, name);
        QFETCH(QString, sku);
        QFETCH(QString, barcode);
        QFETCH(QString, expected);
        auto* page = products();
        const int before = page->products()->rowCount();
        page->newProduct();
        type(page, "productName", name);
        in<QComboBox>(page, "productCategory")->setCurrentText(QStringLiteral("Informatique"));
        type(page, "productPrice", QStringLiteral("5,00"));
        type(page, "productSku", sku);
        type(page, "productBarcodes", barcode);
        in<QPushButton>(page, "saveProduct")->click();
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QVERIFY2(page->formError().contains(expected), qPrintable(page->formError()));
        QCOMPARE(page->messageText(), page->formError());
        QVERIFY(page->currentId().isEmpty());
        QCOMPARE(page->products()->rowCount(), before);
    }

    void stockShowsCentralAndStoresWithLabels() {
        auto* page = stock();
        QVERIFY(page != nullptr);
        QVERIFY2(page->outageText().isEmpty(), qPrintable(page->outageText()));
        QVERIFY(QTest::qWaitFor([&] { return page->levels()->rowCount() > 0; }, 10000));
        bool central = false;
        bool store = false;
        for (const auto& level : page->levels()->rows()) {
            const auto kind = level.value("location_kind", std::string());
            central = central || kind == "central";
            store = store || kind == "store";
            if (kind == "central" && JsonTableModel::field(level, "product_id") == kSouris) {
                m_central = JsonTableModel::field(level, "location_id");
            }
        }
        QVERIFY(central && store);
        QVERIFY(!m_central.isEmpty());
        // Names and labels in words, French as the UI.
        const int clavierEst = rowOf(*page->levels(), kEstStore, kClavier);
        QVERIFY(clavierEst >= 0);
        QCOMPARE(page->levels()->index(clavierEst, 0).data().toString(), QStringLiteral("Magasin Est"));
        QCOMPARE(page->levels()->index(clavierEst, 1).data().toString(), QStringLiteral("Clavier mécanique"));
        QCOMPARE(page->levels()->index(clavierEst, 2).data().toString(), QStringLiteral("-2"));
        QCOMPARE(page->levels()->index(clavierEst, 3).data().toString(), QStringLiteral("Négatif"));
        for (int row = 0; row < page->levels()->rowCount(); ++row) {
            QVERIFY(!page->levels()->index(row, 3).data().toString().isEmpty());
        }
        // The totals count what the rows show: every level below zero, each also a stock exception.
        int negative = 0;
        for (const auto& level : page->levels()->rows()) {
            negative += level.value("level", 0) < 0 ? 1 : 0;
        }
        QVERIFY(negative >= 1);
        QCOMPARE(page->exceptions()->rowCount(), negative);
        QVERIFY2(page->totalsText().contains(QStringLiteral("négatif : %1").arg(negative)),
                 qPrintable(page->totalsText()));
        QVERIFY2(page->totalsText().contains(QStringLiteral("%1 niveaux").arg(page->levels()->rowCount())),
                 qPrintable(page->totalsText()));

        // One location at a time.
        auto* location = in<QComboBox>(page, "locationFilter");
        QVERIFY(location->findData(kEstStore) > 0);
        location->setCurrentIndex(location->findData(kEstStore));
        for (const auto& level : page->levels()->rows()) {
            QCOMPARE(JsonTableModel::field(level, "location_id"), kEstStore);
        }
        location->setCurrentIndex(0);
        // The movements behind the levels: the offline sale that took Magasin Est's Clavier below zero among them.
        bool saleMovement = false;
        for (const auto& movement : page->movements()->rows()) {
            saleMovement = saleMovement ||
                           (JsonTableModel::field(movement, "location_id") == kEstStore &&
                            JsonTableModel::field(movement, "product_name") == QStringLiteral("Clavier mécanique") &&
                            JsonTableModel::field(movement, "source")
                                .startsWith(QStringLiteral("sale:01936b2a-0000-7000-8000-0000000000d4")));
        }
        QVERIFY(saleMovement);
        QVERIFY(page->selectLevel(kEstStore, kClavier));
        BackOfficeFixture::screenshot(page, QStringLiteral("back-office-stock.png"));
    }

    void aThresholdEditIsSaved() {
        auto* page = stock();
        QVERIFY(page->selectLevel(m_central, kSouris));
        page->setThresholdInputs(7, 15, 150);
        auto* levelsTable = page->findChild<QWidget*>(QStringLiteral("levelsTable"));
        // The offscreen platform leaves no window active once the confirmation boxes closed; a person's window is.
        QApplication::setActiveWindow(m_f.window.get());
        levelsTable->setFocus();  // the row just picked
        QVERIFY(QApplication::focusWidget() == levelsTable);
        QTest::keyClick(levelsTable, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QVERIFY2(!page->messageText().isEmpty(), "no message after saving");
        const auto level = callAndWait(*m_f.window->backOfficeClient(), Server::kInventaire,
                                       QStringLiteral("/v1/stocks/%1/%2").arg(m_central, kSouris));
        QVERIFY2(level.ok, qPrintable(level.error));
        QCOMPARE(level.data["thresholds"].value("critical", 0), 7);
        QCOMPARE(level.data["thresholds"].value("low", 0), 15);
        QCOMPARE(level.data["thresholds"].value("high", 0), 150);
        QCOMPARE(level.data["thresholds"].value("custom", false), true);
        const int row = rowOf(*page->levels(), m_central, kSouris);
        QCOMPARE(page->levels()->index(row, 4).data().toString(), QStringLiteral("7"));

        // Refused: the inventaire's own words.
        QVERIFY(page->selectLevel(m_central, kSouris));
        page->setThresholdInputs(9, 4, 150);
        in<QPushButton>(page, "saveThresholds")->click();
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QVERIFY2(page->messageText().contains(QStringLiteral("low threshold must be above")),
                 qPrintable(page->messageText()));
    }

    void theNegativeClavierOfMagasinEstWithItsSale() {
        auto* page = stock();
        QVERIFY(page->selectException(kEstStore, kClavier));
        const int row = rowOf(*page->exceptions(), kEstStore, kClavier);
        QCOMPARE(page->exceptions()->rowAt(row).value("level", 0), -2);
        QVERIFY(page->causes()->rowCount() >= 1);
        // The demo's offline sale in Magasin Est (commandes' kDemoOfflineSaleId) took it there.
        const QString saleId = JsonTableModel::field(page->causes()->rowAt(0), "sale_id");
        QCOMPARE(saleId, QStringLiteral("01936b2a-0000-7000-8000-0000000000d4"));
        QCOMPARE(JsonTableModel::field(page->causes()->rowAt(0), "origin"), QStringLiteral("offline"));
        QVERIFY(page->causes()->rowAt(0).value("delta", 0) < 0);
        // A Magasin Central manager: commandes opens Magasin Est's sales to its own managers only, so the page
        // gives the sale's number to pass on rather than a button that can only be refused.
        QVERIFY(!in<QPushButton>(page, "showSale")->isEnabled());
        QVERIFY2(page->saleText().contains(saleId), qPrintable(page->saleText()));
        QVERIFY2(page->saleText().contains(QStringLiteral("Magasin Est")), qPrintable(page->saleText()));
        const auto refused = callAndWait(*m_f.window->backOfficeClient(), Server::kCommandes,
                                         QStringLiteral("/v1/sales/%1").arg(saleId));
        QCOMPARE(refused.status, 403);

        // An exception of the manager's own store: its sale opens, with its lines.
        const QString ours = m_f.window->backOfficeClient()->storeId();
        int own = -1;
        for (int row = 0; row < page->exceptions()->rowCount() && own < 0; ++row) {
            own = JsonTableModel::field(page->exceptions()->rowAt(row), "store_id") == ours ? row : -1;
        }
        QVERIFY2(own >= 0, "the demo data has a stock exception in Magasin Central");
        const auto& exception = page->exceptions()->rowAt(own);
        QVERIFY(page->selectException(JsonTableModel::field(exception, "location_id"),
                                      JsonTableModel::field(exception, "product_id")));
        QVERIFY(in<QPushButton>(page, "showSale")->isEnabled());
        const QString ownSale = JsonTableModel::field(page->causes()->rowAt(0), "sale_id");
        QVERIFY(!ownSale.isEmpty());
        const QString product = JsonTableModel::field(exception, "product_name");
        QTest::keyClick(in<QPushButton>(page, "showSale"), Qt::Key_Space);
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QVERIFY2(page->saleText().contains(ownSale), qPrintable(page->saleText()));
        QVERIFY2(page->saleText().contains(product), qPrintable(page->saleText() + QStringLiteral(" / ") + product));
        QVERIFY2(page->saleText().contains(QStringLiteral("Total")), qPrintable(page->saleText()));
        BackOfficeFixture::screenshot(page, QStringLiteral("back-office-stock-exceptions.png"));
    }

    void inventaireDownTheStockKeepsItsDataAndProductsStillWork() {
        auto* page = stock();
        const int levels = page->levels()->rowCount();
        QVERIFY(levels > 0);
        QVERIFY(m_f.stack.kill(QStringLiteral("inventaire")));
        page->reload();
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QVERIFY2(page->outageText().contains(QStringLiteral("Le serveur de l'inventaire ne répond pas")),
                 qPrintable(page->outageText()));
        QVERIFY2(page->outageText().contains(QStringLiteral("à l'instant")), qPrintable(page->outageText()));
        QCOMPARE(page->levels()->rowCount(), levels);
        QVERIFY2(!page->saleText().isEmpty(), "the sale shown went away with the outage");
        QVERIFY(page->causes()->rowCount() >= 1);
        BackOfficeFixture::screenshot(page, QStringLiteral("back-office-stock-outage.png"));

        auto* catalogue = products();
        catalogue->reload();
        QVERIFY(BackOfficeFixture::waitIdle(catalogue));
        QVERIFY2(catalogue->outageText().isEmpty(), qPrintable(catalogue->outageText()));
        QVERIFY(catalogue->selectProduct(m_productId));
        type(catalogue, "newPrice", QStringLiteral("11,49"));
        in<QPushButton>(catalogue, "changePrice")->click();
        QVERIFY(BackOfficeFixture::waitIdle(catalogue));
        QVERIFY(QTest::qWaitFor([&] { return catalogue->priceHistory()->rowCount() == 2; }, 10000));
    }
};

QTEST_MAIN(BackOfficeProductsStockTest)
#include "back_office_products_stock_guitest.moc"
