// The reports screen against the real stack, in French: sales recorded at known times give a report whose every
// figure is computed by hand here (revenue, sales, average basket, taxes, units, top products), the charts carry the
// same values, the CSV's lines and the PDF are checked, commandes down leaves the last report with its age, and a
// cashier cannot open the screen nor read the report from commandes.
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "back_office_fixture.hpp"
#include "magasin/ui/money_text.hpp"
#include "magasin/ui/report_csv.hpp"
#include "magasin/ui/reports_page.hpp"

using magasin::ui::BackOfficeClient;
using magasin::ui::BackOfficeReply;
using magasin::ui::formatMoney;
using magasin::ui::ReportDays;
using magasin::ui::ReportsPage;
using magasin::ui::Server;
using magasin::ui::test::BackOfficeFixture;
using magasin::ui::test::kCentralStore;
using nlohmann::json;

namespace {

// The demo catalogue's prices (DOMAIN.md), as the till sells them.
struct Item {
    const char* id;
    const char* name;
    std::int64_t cents;
};
const Item kClavier{"550e8400-e29b-41d4-a716-446655440001", "Clavier mécanique", 8999};
const Item kSouris{"550e8400-e29b-41d4-a716-446655440002", "Souris optique", 2550};
const Item kCafe{"550e8400-e29b-41d4-a716-446655440003", "Café Premium Bio", 1599};
const Item kEcouteurs{"550e8400-e29b-41d4-a716-446655440004", "Écouteurs Bluetooth", 4599};
const Item kChocolat{"550e8400-e29b-41d4-a716-446655440005", "Chocolat Noir 70 %", 899};

// Québec: GST 5 %, QST 9.975 %, each rounded half-up to the cent on the sale's subtotal.
std::int64_t taxesOf(std::int64_t subtotal) {
    const auto gst = (subtotal * 5000 + 50'000) / 100'000;
    const auto qst = (subtotal * 9975 + 50'000) / 100'000;
    return gst + qst;
}

// A sale of Magasin Central at a local time, paid in cash to the cent; its id is a UUIDv7 of that time.
json sale(const QDateTime& at, const std::vector<std::pair<Item, int>>& lines, int serial) {
    json items = json::array();
    std::int64_t subtotal = 0;
    for (const auto& [item, quantity] : lines) {
        items.push_back({{"product_id", item.id},
                         {"name", item.name},
                         {"unit_price_cents", item.cents},
                         {"quantity", quantity},
                         {"taxable", true}});
        subtotal += item.cents * quantity;
    }
    const auto ms = static_cast<quint64>(at.toMSecsSinceEpoch());
    const QString id = QStringLiteral("%1-%2-7000-8000-%3")
                           .arg(ms >> 16, 8, 16, QLatin1Char('0'))
                           .arg(ms & 0xffff, 4, 16, QLatin1Char('0'))
                           .arg(serial, 12, 16, QLatin1Char('0'));
    return {{"id", id.toStdString()},
            {"store_id", kCentralStore},
            {"at", at.toUTC().toString(Qt::ISODate).toStdString()},
            {"lines", items},
            {"payments", {{{"method", "cash"}, {"amount_cents", subtotal + taxesOf(subtotal)}}}}};
}

QList<qreal> values(QBarSet* set) {
    QList<qreal> list;
    for (int i = 0; i < set->count(); ++i) {
        list << set->at(i);
    }
    return list;
}

QBarSet* firstSet(QChartView* view, int setIndex = 0) {
    const auto series = view->chart()->series();
    if (series.isEmpty()) {
        return nullptr;
    }
    auto* bars = qobject_cast<QAbstractBarSeries*>(series.first());
    return bars != nullptr && bars->count() > setIndex ? bars->barSets().at(setIndex) : nullptr;
}

QStringList categories(QChartView* view) {
    for (auto* axis : view->chart()->axes()) {
        if (auto* c = qobject_cast<QBarCategoryAxis*>(axis)) {
            return c->categories();
        }
    }
    return {};
}

}  // namespace

class BackOfficeReportsTest : public QObject {
    Q_OBJECT

    BackOfficeFixture m_f{23500, QStringLiteral("25444"), QStringLiteral("fr")};
    // The period of the known answer: two whole local days well before the demo sales (which are hours old).
    const ReportDays m_days{QDate(2026, 10, 14), QDate(2026, 10, 15)};
    ReportsPage* m_page = nullptr;

    static QDateTime local(int day, int hour) { return QDateTime(QDate(2026, 10, day), QTime(hour, 0)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_f.start(), qPrintable(m_f.lastLog)); }

    void aCashierCannotOpenTheReports() {
        QVERIFY2(m_f.loginAsCashier(), qPrintable(m_f.lastLog));
        QVERIFY(!m_f.window->openBackOffice());
        QVERIFY(m_f.openPage<ReportsPage>(QStringLiteral("reportsPage")) == nullptr);
        QVERIFY(m_f.window->findChild<ReportsPage*>() == nullptr);
        // commandes refuses the cashier's token whatever the app shows.
        BackOfficeClient asCashier(m_f.config.endpoints, *m_f.window->pos()->session());
        const auto report = BackOfficeFixture::call(asCashier, Server::kCommandes, "GET",
                                                    QStringLiteral("/v1/reports/consolidated?") + m_days.query());
        QCOMPARE(report.status, 403);
        QVERIFY(!report.error.isEmpty());
        m_f.window->findChild<QPushButton*>(QStringLiteral("logoutButton"))->click();
    }

    void aReportOverKnownSalesHasTheFiguresComputedByHand() {
        QVERIFY2(m_f.loginAsManager(), qPrintable(m_f.lastLog));
        QVERIFY(m_f.window->openBackOffice());
        auto& client = *m_f.window->backOfficeClient();
        // In the period: three sales. Outside: one the day after, and one in the period that is cancelled.
        const json inPeriod[] = {
            sale(local(14, 12), {{kCafe, 3}, {kSouris, 1}}, 1),    // 47.97 + 25.50 = 73.47
            sale(local(15, 12), {{kCafe, 2}, {kChocolat, 4}}, 2),  // 31.98 + 35.96 = 67.94
            sale(local(15, 15), {{kClavier, 1}}, 3),               // 89.99
        };
        for (const auto& s : inPeriod) {
            const auto r = BackOfficeFixture::call(client, Server::kCommandes, "POST", QStringLiteral("/v1/sales"), s);
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        const auto after = BackOfficeFixture::call(client, Server::kCommandes, "POST", QStringLiteral("/v1/sales"),
                                                   sale(local(16, 10), {{kEcouteurs, 5}}, 4));
        QVERIFY2(after.ok, qPrintable(after.error));
        const json cancelled = sale(local(15, 16), {{kEcouteurs, 2}}, 5);
        QVERIFY(BackOfficeFixture::call(client, Server::kCommandes, "POST", QStringLiteral("/v1/sales"), cancelled).ok);
        const auto cancel = BackOfficeFixture::call(
            client, Server::kCommandes, "POST",
            QStringLiteral("/v1/sales/%1/cancel").arg(QString::fromStdString(cancelled["id"].get<std::string>())),
            {{"reason", "Client a changé d'avis"}});
        QVERIFY2(cancel.ok, qPrintable(cancel.error));

        // Today's stock of Magasin Central, by hand: the demo levels (Clavier 20, Café 5, Écouteurs 2, no
        // Chocolat, no Souris) less the demo sales (Café 2, Chocolat 1, Clavier 1) less these (Café 5, Chocolat 4,
        // Clavier 1, Souris 1, Écouteurs 5; the cancelled sale's 2 come back): Clavier 18 (overstock: above 10);
        // Café -2, Chocolat -5, Souris -1, Écouteurs -3 (ruptures: 0 or less; by name). commandes copies the levels
        // from inventaire's change feed: wait for them.
        const json ruptures = {{{"name", "Café Premium Bio"}, {"level", -2}},
                               {{"name", "Chocolat Noir 70 %"}, {"level", -5}},
                               {{"name", "Souris optique"}, {"level", -1}},
                               {{"name", "Écouteurs Bluetooth"}, {"level", -3}}};
        const json overstock = {{{"name", "Clavier mécanique"}, {"level", 18}}};
        const auto names = [](const json& entries) {
            json list = json::array();
            for (const auto& e : entries) {
                list.push_back({{"name", e.value("name", "")}, {"level", e.value("level", 0)}});
            }
            return list;
        };
        json lastAnswer;
        for (int i = 0; i < 60; ++i) {
            const auto r = BackOfficeFixture::call(client, Server::kCommandes, "GET",
                                                   QStringLiteral("/v1/reports/consolidated?") + m_days.query());
            lastAnswer = r.data;
            if (r.ok && names(r.data["ruptures"]) == ruptures && names(r.data["overstock"]) == overstock) {
                break;
            }
            QTest::qWait(500);
        }
        QVERIFY2(names(lastAnswer["ruptures"]) == ruptures && names(lastAnswer["overstock"]) == overstock,
                 (names(lastAnswer["ruptures"]).dump() + names(lastAnswer["overstock"]).dump()).c_str());

        m_page = m_f.openPage<ReportsPage>(QStringLiteral("reportsPage"));
        QVERIFY(m_page != nullptr);
        m_page->setDays(m_days);
        QVERIFY(BackOfficeFixture::waitIdle(m_page));
        QVERIFY2(m_page->outageText().isEmpty(), qPrintable(m_page->outageText()));
        QVERIFY2(m_page->messageText().isEmpty(), qPrintable(m_page->messageText()));

        // By hand: revenue (before taxes) 73.47 + 67.94 + 89.99 = 231.40 over 3 sales.
        const std::int64_t revenue = 7347 + 6794 + 8999;
        QCOMPARE(revenue, std::int64_t{23140});
        QCOMPARE(m_page->figureText(QStringLiteral("revenue")), formatMoney(23140));
        QCOMPARE(m_page->figureText(QStringLiteral("sales")), QStringLiteral("3"));
        QCOMPARE(m_page->figureText(QStringLiteral("basket")), formatMoney(7713));  // 231.40 / 3 = 77.1333
        QCOMPARE(m_page->figureText(QStringLiteral("taxes")),
                 formatMoney(taxesOf(7347) + taxesOf(6794) + taxesOf(8999)));
        QCOMPARE(m_page->figureText(QStringLiteral("taxes")), formatMoney(1100 + 1018 + 1348));
        QCOMPARE(m_page->figureText(QStringLiteral("units")), QStringLiteral("11"));  // 3 + 1 + 2 + 4 + 1

        // Products by units sold (ties by name): Café 5, Chocolat 4, Clavier 1, Souris 1.
        auto& products = m_page->productsModel();
        QCOMPARE(products.rowCount(), 4);
        const std::vector<std::tuple<QString, int, std::int64_t>> sold = {
            {QStringLiteral("Café Premium Bio"), 5, 7995},
            {QStringLiteral("Chocolat Noir 70 %"), 4, 3596},
            {QStringLiteral("Clavier mécanique"), 1, 8999},
            {QStringLiteral("Souris optique"), 1, 2550}};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(products.data(products.index(i, 0)).toString(), std::get<0>(sold[i]));
            QCOMPARE(products.data(products.index(i, 1)).toString(), QString::number(std::get<1>(sold[i])));
            QCOMPARE(products.data(products.index(i, 2)).toString(), formatMoney(std::get<2>(sold[i])));
        }

        // Revenue per store: the manager's store (commandes shows a store manager their own store only).
        auto& stores = m_page->storesModel();
        QCOMPARE(stores.rowCount(), 1);
        QCOMPARE(stores.data(stores.index(0, 0)).toString(), QStringLiteral("Magasin Central"));
        QCOMPARE(stores.data(stores.index(0, 1)).toString(), formatMoney(23140));
        QCOMPARE(stores.data(stores.index(0, 4)).toString(),
                 QStringLiteral("Café Premium Bio (5), Chocolat Noir 70 % (4), Clavier mécanique (1)"));

        // The charts carry the same values.
        QVERIFY(firstSet(m_page->revenueChart()) != nullptr);
        QCOMPARE(values(firstSet(m_page->revenueChart())), QList<qreal>({231.40}));
        QCOMPARE(categories(m_page->revenueChart()), QStringList({QStringLiteral("Magasin Central")}));
        QVERIFY(firstSet(m_page->topProductsChart()) != nullptr);
        QCOMPARE(values(firstSet(m_page->topProductsChart())), QList<qreal>({1, 1, 4, 5}));  // bottom to top
        QCOMPARE(categories(m_page->topProductsChart()),
                 QStringList({QStringLiteral("Souris optique"), QStringLiteral("Clavier mécanique"),
                              QStringLiteral("Chocolat Noir 70 %"), QStringLiteral("Café Premium Bio")}));
        // Ruptures and overstock: today's levels computed above.
        QCOMPARE(m_page->figureText(QStringLiteral("ruptures")), QStringLiteral("4"));
        QCOMPARE(m_page->figureText(QStringLiteral("overstock")), QStringLiteral("1"));
        QVERIFY(firstSet(m_page->stockChart(), 1) != nullptr);
        QCOMPARE(values(firstSet(m_page->stockChart(), 0)), QList<qreal>({4}));
        QCOMPARE(values(firstSet(m_page->stockChart(), 1)), QList<qreal>({1}));
        QCOMPARE(categories(m_page->stockChart()), QStringList({QStringLiteral("Magasin Central")}));
        QVERIFY2(names(m_page->rupturesModel().rows()) == ruptures, m_page->rupturesModel().rows().dump().c_str());
        QVERIFY2(names(m_page->overstockModel().rows()) == overstock, m_page->overstockModel().rows().dump().c_str());
        QCOMPARE(m_page->rupturesModel().data(m_page->rupturesModel().index(1, 1)).toString(), QStringLiteral("-5"));

        m_page->findChild<QTabWidget*>(QStringLiteral("reportTabs"))->setCurrentIndex(0);
        BackOfficeFixture::screenshot(m_page, QStringLiteral("back-office-indicators.png"));
    }

    void theCsvHasEveryLineOfTheReport() {
        QVERIFY(m_page != nullptr);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rapport.csv"));
        QVERIFY(m_page->exportCsv(path));
        QVERIFY(m_page->messageText().contains(QStringLiteral("rapport.csv")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
        QStringList expected = {
            QStringLiteral("Rapport des ventes,Magasin Central"),
            QStringLiteral("Période,2026-10-14,2026-10-15"),
            QString(),
            QStringLiteral("Chiffres clés"),
            QStringLiteral("Indicateur,Valeur"),
            QStringLiteral("Chiffre d'affaires avant taxes,231.40"),
            QStringLiteral("Nombre de ventes,3"),
            QStringLiteral("Panier moyen,77.13"),
            QStringLiteral("Taxes perçues,34.66"),
            QStringLiteral("Unités vendues,11"),
        };
        expected << QStringLiteral("Ruptures,4") << QStringLiteral("Surstock,1") << QString()
                 << QStringLiteral("Magasins")
                 << QStringLiteral("Magasin,Chiffre d'affaires,Ruptures,Surstock,Produits vedettes (unités)")
                 << QStringLiteral(
                        "Magasin Central,231.40,4,1,\"Café Premium Bio (5), Chocolat Noir 70 % (4), "
                        "Clavier mécanique (1)\"")
                 << QString() << QStringLiteral("Produits vendus")
                 << QStringLiteral("Produit,Unités vendues,Chiffre d'affaires,Part du chiffre d'affaires (%)")
                 // Shares: 79.95 / 231.40 = 34.55 %, 35.96 -> 15.54 %, 89.99 -> 38.89 %, 25.50 -> 11.02 %.
                 << QStringLiteral("Café Premium Bio,5,79.95,34.6") << QStringLiteral("Chocolat Noir 70 %,4,35.96,15.5")
                 << QStringLiteral("Clavier mécanique,1,89.99,38.9") << QStringLiteral("Souris optique,1,25.50,11.0")
                 << QString() << QStringLiteral("Ruptures") << QStringLiteral("Produit,Niveau")
                 << QStringLiteral("Café Premium Bio,-2") << QStringLiteral("Chocolat Noir 70 %,-5")
                 << QStringLiteral("Souris optique,-1") << QStringLiteral("Écouteurs Bluetooth,-3") << QString()
                 << QStringLiteral("Surstock") << QStringLiteral("Produit,Niveau")
                 << QStringLiteral("Clavier mécanique,18") << QString();
        for (int i = 0; i < std::min(lines.size(), expected.size()); ++i) {
            QCOMPARE(lines[i], expected[i]);
        }
        QCOMPARE(lines.size(), expected.size());
    }

    void thePdfIsAValidDocumentWithItsPages() {
        QVERIFY(m_page != nullptr);
        QTemporaryDir dir;
        // Kept with the screenshots, for a person to look at.
        const QString path =
            qEnvironmentVariable("MAGASIN_SCREENSHOT_DIR", dir.path()) + QStringLiteral("/back_office_report.pdf");
        QVERIFY(m_page->exportPdf(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        const auto pages = QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]")));
        QVERIFY2(pages >= 1, qPrintable(QString::number(pages)));
        QVERIFY2(pdf.size() > 20'000, qPrintable(QString::number(pdf.size())));  // text, three charts, tables
        // A folder that does not exist: refused with a message, no crash.
        QVERIFY(!m_page->exportPdf(dir.filePath(QStringLiteral("absent/rapport.pdf"))));
        QVERIFY(!m_page->messageText().isEmpty());
        QVERIFY(!m_page->exportCsv(dir.filePath(QStringLiteral("absent/rapport.csv"))));
    }

    void theQuickChoicesSetThePeriod() {
        QVERIFY(m_page != nullptr);
        const QDate today = QDate::currentDate();
        m_page->findChild<QPushButton*>(QStringLiteral("todayButton"))->click();
        QCOMPARE(m_page->days(), ReportDays::today(today));
        QVERIFY(BackOfficeFixture::waitIdle(m_page));
        m_page->findChild<QPushButton*>(QStringLiteral("monthButton"))->click();
        QCOMPARE(m_page->days(), ReportDays::thisMonth(today));
        QVERIFY(BackOfficeFixture::waitIdle(m_page));
        m_page->findChild<QPushButton*>(QStringLiteral("weekButton"))->click();
        QCOMPARE(m_page->days(), ReportDays::thisWeek(today, QLocale().firstDayOfWeek()));
        QVERIFY(BackOfficeFixture::waitIdle(m_page));
        QVERIFY2(m_page->messageText().isEmpty(), qPrintable(m_page->messageText()));
        QVERIFY(m_page->content().consolidated.is_object());
        // The last day before the first: said plainly, nothing asked.
        m_page->findChild<QDateEdit*>(QStringLiteral("toDate"))->setDate(today.addDays(-40));
        QTRY_VERIFY(!m_page->messageText().isEmpty());         // once the typing pauses
        QVERIFY(!(m_page->content().days == m_page->days()));  // nothing asked for a period that is not one
        // Made right: the page asks for the new period once the typing pauses.
        m_page->findChild<QDateEdit*>(QStringLiteral("fromDate"))->setDate(today.addDays(-50));
        QTRY_VERIFY(m_page->content().days == m_page->days());
        QVERIFY(BackOfficeFixture::waitIdle(m_page));
        QCOMPARE(m_page->days().first, today.addDays(-50));
        QVERIFY(m_page->messageText().isEmpty());
        QCOMPARE(m_page->busy(), 0);
    }

    void withCommandesDownTheLastReportStaysWithItsAge() {
        QVERIFY(m_page != nullptr);
        m_page->setDays(m_days);
        QVERIFY(BackOfficeFixture::waitIdle(m_page));
        QCOMPARE(m_page->figureText(QStringLiteral("revenue")), formatMoney(23140));
        QVERIFY(m_f.stack.kill(QStringLiteral("commandes")));
        m_page->reload();
        QVERIFY(BackOfficeFixture::waitIdle(m_page));
        QVERIFY2(m_page->outageText().contains(QStringLiteral("ne répond pas")), qPrintable(m_page->outageText()));
        QVERIFY2(m_page->outageText().contains(QStringLiteral("à l'instant")), qPrintable(m_page->outageText()));
        QCOMPARE(m_page->figureText(QStringLiteral("revenue")), formatMoney(23140));
        QCOMPARE(m_page->figureText(QStringLiteral("sales")), QStringLiteral("3"));
        QCOMPARE(values(firstSet(m_page->revenueChart())), QList<qreal>({231.40}));
        QCOMPARE(m_page->productsModel().rowCount(), 4);
        BackOfficeFixture::screenshot(m_page, QStringLiteral("back_office_reports_outage.png"));
    }
};

QTEST_MAIN(BackOfficeReportsTest)
#include "back_office_reports_guitest.moc"
