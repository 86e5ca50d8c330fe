// The report's periods and CSV: quick choices (today, this week, this month) as whole local days with their UTC
// bounds across a daylight-saving change, and the CSV's every line (sections, headers, quoting, money with a dot).
#include <QTest>

#include <ctime>

#include "magasin/ui/report_csv.hpp"

using magasin::ui::ReportContent;
using magasin::ui::ReportDays;
using nlohmann::json;

class ReportExportTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        // Québec's time zone, whatever the machine's: the bounds below are Montréal's midnights.
        qputenv("TZ", "America/Toronto");
        tzset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
    }

    void quickChoices_data() {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("weekStart");
        QTest::addColumn<QDate>("weekFirst");
        QTest::addColumn<QDate>("monthFirst");
        QTest::newRow("week from Sunday (Canada)")
            << QDate(2026, 11, 25) << int(Qt::Sunday) << QDate(2026, 11, 22) << QDate(2026, 11, 1);
        QTest::newRow("week from Monday")
            << QDate(2026, 11, 25) << int(Qt::Monday) << QDate(2026, 11, 23) << QDate(2026, 11, 1);
        QTest::newRow("the first day of the week is the week")
            << QDate(2026, 11, 22) << int(Qt::Sunday) << QDate(2026, 11, 22) << QDate(2026, 11, 1);
        QTest::newRow("a week across two months")
            << QDate(2026, 12, 2) << int(Qt::Monday) << QDate(2026, 11, 30) << QDate(2026, 12, 1);
    }
    void quickChoices() {
        QFETCH(QDate, day);
        QFETCH(int, weekStart);
        QFETCH(QDate, weekFirst);
        QFETCH(QDate, monthFirst);
        QCOMPARE(ReportDays::today(day), (ReportDays{day, day}));
        QCOMPARE(ReportDays::thisWeek(day, static_cast<Qt::DayOfWeek>(weekStart)), (ReportDays{weekFirst, day}));
        QCOMPARE(ReportDays::thisMonth(day), (ReportDays{monthFirst, day}));
    }

    void periodIsWholeLocalDaysInUtc() {
        const ReportDays october{QDate(2026, 10, 14), QDate(2026, 10, 14)};
        QCOMPARE(october.query(), QStringLiteral("from=2026-10-14T04:00:00Z&to=2026-10-15T04:00:00Z"));
        // Across the end of daylight-saving time (1 Nov 2026): 49 hours for two days.
        const ReportDays change{QDate(2026, 10, 31), QDate(2026, 11, 1)};
        QCOMPARE(change.query(), QStringLiteral("from=2026-10-31T04:00:00Z&to=2026-11-02T05:00:00Z"));
        QCOMPARE(change.text(), QStringLiteral("2026-10-31 \u2013 2026-11-01"));
        QCOMPARE(october.text(), QStringLiteral("2026-10-14"));
        QCOMPARE(change.fileStem(), QStringLiteral("2026-10-31_2026-11-01"));
        QVERIFY(!(ReportDays{QDate(2026, 11, 2), QDate(2026, 11, 1)}.valid()));
    }

    void csvFields_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain text as is") << QStringLiteral("Café Premium Bio") << QStringLiteral("Café Premium Bio");
        QTest::newRow("a comma is quoted") << QStringLiteral("A (2), B (1)") << QStringLiteral("\"A (2), B (1)\"");
        QTest::newRow("a quote is doubled") << QStringLiteral("Écran 24\"") << QStringLiteral("\"Écran 24\"\"\"");
        QTest::newRow("a line break is quoted") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    }
    void csvFields() {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(magasin::ui::csvField(text), field);
    }

    void csvMoneyIsADecimalWithADot() {
        QCOMPARE(magasin::ui::csvMoney(123450), QStringLiteral("1234.50"));
        QCOMPARE(magasin::ui::csvMoney(5), QStringLiteral("0.05"));
        QCOMPARE(magasin::ui::csvMoney(-1999), QStringLiteral("-19.99"));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));  // whatever the UI's language
        QCOMPARE(magasin::ui::csvMoney(123450), QStringLiteral("1234.50"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
    }

    void keyFiguresWithoutSalesHaveNoAverageBasket() {
        const auto figures = magasin::ui::keyFigures(magasin::ui::ReportFigures::of(json{{"sale_count", 0}}));
        QCOMPARE(figures.size(), std::size_t{7});
        QCOMPARE(figures[2].name, QStringLiteral("basket"));
        QCOMPARE(figures[2].text, QStringLiteral("\u2014"));
        QCOMPARE(figures[2].csv, QString());
        QCOMPARE(figures[0].text, QStringLiteral("$0.00"));
        QCOMPARE(figures[0].csv, QStringLiteral("0.00"));
    }

    void csvHasEveryTableLineByLine() {
        const json indicators = json::parse(R"J({"items": [
            {"store_id": "s1", "store_name": "Magasin Central", "revenue_cents": 23495, "ruptures": 1, "overstock": 2,
             "trend": "Café Premium Bio (5), Souris optique (3), Clavier mécanique (1)"}]
    })J");
        const json consolidated = json::parse(R"J({"store_id": "s1", "sale_count": 3, "revenue_cents": 23495,
            "taxes_collected_cents": 3518, "products_sold": [
                {"name": "Café Premium Bio", "quantity": 5, "revenue_cents": 7995},
                {"name": "Souris optique", "quantity": 3, "revenue_cents": 7650},
                {"name": "Clavier mécanique", "quantity": 1, "revenue_cents": 7850}],
            "ruptures": [{"name": "Écouteurs Bluetooth", "level": 0}],
            "overstock": [{"name": "Café Premium Bio", "level": 25}, {"name": "Clavier mécanique", "level": 19}]})J");
        const QByteArray csv = magasin::ui::reportCsv(
            ReportContent{ReportDays{QDate(2026, 10, 14), QDate(2026, 10, 15)}, indicators, consolidated});
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));  // UTF-8 BOM: spreadsheets read "Café" right
        const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
        const QStringList expected = {
            QStringLiteral("Sales report,Magasin Central"),
            QStringLiteral("Period,2026-10-14,2026-10-15"),
            QString(),
            QStringLiteral("Key figures"),
            QStringLiteral("Figure,Value"),
            QStringLiteral("Revenue before taxes,234.95"),
            QStringLiteral("Number of sales,3"),
            QStringLiteral("Average basket,78.32"),
            QStringLiteral("Taxes collected,35.18"),
            QStringLiteral("Units sold,9"),
            QStringLiteral("Ruptures,1"),
            QStringLiteral("Overstock,2"),
            QString(),
            QStringLiteral("Stores"),
            QStringLiteral("Store,Revenue,Ruptures,Overstock,Top products (units)"),
            QStringLiteral(
                "Magasin Central,234.95,1,2,\"Café Premium Bio (5), Souris optique (3), Clavier mécanique (1)\""),
            QString(),
            QStringLiteral("Products sold"),
            QStringLiteral("Product,Units sold,Revenue,Share of revenue (%)"),
            QStringLiteral("Café Premium Bio,5,79.95,34.0"),
            QStringLiteral("Souris optique,3,76.50,32.6"),
            QStringLiteral("Clavier mécanique,1,78.50,33.4"),
            QString(),
            QStringLiteral("Ruptures"),
            QStringLiteral("Product,Level"),
            QStringLiteral("Écouteurs Bluetooth,0"),
            QString(),
            QStringLiteral("Overstock"),
            QStringLiteral("Product,Level"),
            QStringLiteral("Café Premium Bio,25"),
            QStringLiteral("Clavier mécanique,19"),
            QString(),  // after the last CRLF
        };
        for (int i = 0; i < std::min(lines.size(), expected.size()); ++i) {
            QCOMPARE(lines[i], expected[i]);
        }
        QCOMPARE(lines.size(), expected.size());
    }
};

QTEST_GUILESS_MAIN(ReportExportTest)
#include "report_export_test.moc"
