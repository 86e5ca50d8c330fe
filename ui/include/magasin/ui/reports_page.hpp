// The reports screen: "how did my store do over this period?" — key figures, charts (revenue per store, top products,
// ruptures and overstock) and tables from commandes' consolidated report and indicators, exportable to CSV and PDF.
// Usage: screen.addPage(new ReportsPage(client)); page->setDays(ReportDays::today(d)); page->exportCsv(path);
#pragma once

#include <QString>

#include <map>

#include "magasin/ui/back_office_page.hpp"
#include "magasin/ui/json_table_model.hpp"
#include "magasin/ui/report_content.hpp"
#include "magasin/ui/report_days.hpp"

class QChart;
class QChartView;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace magasin::ui {

class ReportsPage : public BackOfficePage {
    Q_OBJECT

public:
    explicit ReportsPage(BackOfficeClient& client, QWidget* parent = nullptr);

    [[nodiscard]] QString title() const override;
    void reload() override;

    // The period in the pickers; setDays() shows it and asks commandes for it.
    [[nodiscard]] ReportDays days() const;
    void setDays(const ReportDays& days);
    // What the page shows now (the last answers for its period).
    [[nodiscard]] const ReportContent& content() const { return m_content; }
    // A key figure as shown: "revenue", "sales", "basket", "taxes", "units", "ruptures", "overstock".
    [[nodiscard]] QString figureText(const QString& name) const;

    // What is shown, to `path` (the buttons ask for it with a file dialog). False when it cannot be written: the
    // message line says why.
    bool exportCsv(const QString& path);
    bool exportPdf(const QString& path);

    [[nodiscard]] QChartView* revenueChart() const { return m_revenueChart; }
    [[nodiscard]] QChartView* topProductsChart() const { return m_topChart; }
    [[nodiscard]] QChartView* stockChart() const { return m_stockChart; }
    [[nodiscard]] JsonTableModel& storesModel() { return m_stores; }
    [[nodiscard]] JsonTableModel& productsModel() { return m_products; }
    [[nodiscard]] JsonTableModel& rupturesModel() { return m_ruptures; }
    [[nodiscard]] JsonTableModel& overstockModel() { return m_overstock; }

private:
    QWidget* buildPeriodBar();
    QWidget* buildFigures();
    QWidget* buildDashboard();
    QWidget* buildProducts();
    QWidget* buildStock();
    void periodEdited();
    void showContent();
    void showFigures();
    void drawRevenueChart();
    void drawTopProductsChart();
    void drawStockChart();
    void chooseFileAndExport(bool pdf);

    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTimer* m_typing = nullptr;  // a date being typed asks once, when the typing pauses
    QPushButton* m_csvButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    std::map<QString, QLabel*> m_figures;
    QLabel* m_noSales = nullptr;
    QLabel* m_productsHint = nullptr;
    QTabWidget* m_tabs = nullptr;
    QChartView* m_revenueChart = nullptr;
    QChartView* m_topChart = nullptr;
    QChartView* m_stockChart = nullptr;
    JsonTableModel m_stores;
    JsonTableModel m_products;
    JsonTableModel m_ruptures;
    JsonTableModel m_overstock;
    ReportContent m_content;
};

}  // namespace magasin::ui
