#include "magasin/ui/reports_page.hpp"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include "magasin/ui/money_text.hpp"
#include "magasin/ui/report_csv.hpp"
#include "magasin/ui/report_pdf.hpp"

namespace magasin::ui {

namespace {

constexpr int kTopProducts = 5;
const QColor kRevenueColour(0x2f, 0x6d, 0xb5);
const QColor kUnitsColour(0x2e, 0x8b, 0x57);
const QColor kRuptureColour(0xc0, 0x39, 0x2b);
const QColor kOverstockColour(0xe6, 0x95, 0x00);

QChartView* newChartView(const QString& objectName, QWidget* parent) {
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);  // the numbers at once, and the same picture every time
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont title = chart->titleFont();
    title.setPointSizeF(title.pointSizeF() * 1.1);
    title.setBold(true);
    chart->setTitleFont(title);
    auto* view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(280, 240);
    return view;
}

void clearChart(QChart* chart) {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// A value axis from 0 with whole, readable steps (the charts count units and dollars).
QValueAxis* valueAxis(double max, const QString& format) {
    auto* axis = new QValueAxis;
    axis->setRange(0, max > 0 ? max : 1);
    axis->applyNiceNumbers();
    axis->setLabelFormat(format);
    return axis;
}

QString dollarsFormat() {
    return QLocale().language() == QLocale::French ? QStringLiteral("%.0f $") : QStringLiteral("$%.0f");
}

QTableView* newTable(JsonTableModel& model, const QString& objectName, QWidget* parent) {
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(&model);
    proxy->setSortRole(Qt::UserRole);
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);  // the server's order (by units sold, by name) until a click
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    return view;
}

QLabel* sectionTitle(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("font-weight: 600; font-size: 14px;"));
    return label;
}

QLabel* hint(const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #555555; font-style: italic;"));
    label->hide();
    return label;
}

}  // namespace

ReportsPage::ReportsPage(BackOfficeClient& client, QWidget* parent)
    : BackOfficePage(client, QStringLiteral("reportsPage"), parent),
      m_stores(reportStoreColumns()),
      m_products(reportProductColumns()),
      m_ruptures(reportStockColumns(Tone::kBad)),
      m_overstock(reportStockColumns(Tone::kWarning)) {
    body()->addWidget(buildPeriodBar());
    body()->addWidget(buildFigures());
    m_noSales = hint(QStringLiteral("noSalesHint"), this);
    body()->addWidget(m_noSales);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->addTab(buildDashboard(), tr("Dashboard"));
    m_tabs->addTab(buildProducts(), tr("Products sold"));
    m_tabs->addTab(buildStock(), tr("Ruptures and overstock"));
    body()->addWidget(m_tabs, 1);
    setDays(ReportDays::thisWeek(QDate::currentDate(), QLocale().firstDayOfWeek()));
}

QString ReportsPage::title() const {
    return tr("Reports");
}

QWidget* ReportsPage::buildPeriodBar() {
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Period from"), bar));
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(400);
    connect(m_typing, &QTimer::timeout, this, &ReportsPage::periodEdited);
    const auto dateEdit = [bar, this](const QString& name) {
        auto* edit = new QDateEdit(bar);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, m_typing, qOverload<>(&QTimer::start));
        return edit;
    };
    m_from = dateEdit(QStringLiteral("fromDate"));
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("until"), bar));
    m_to = dateEdit(QStringLiteral("toDate"));
    row->addWidget(m_to);
    row->addSpacing(12);
    const auto quick = [bar, row, this](const QString& text, const QString& name, auto days) {
        auto* button = new QPushButton(text, bar);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, [this, days] { setDays(days(QDate::currentDate())); });
        row->addWidget(button);
    };
    quick(tr("Today"), QStringLiteral("todayButton"), [](const QDate& d) { return ReportDays::today(d); });
    quick(tr("This week"), QStringLiteral("weekButton"),
          [](const QDate& d) { return ReportDays::thisWeek(d, QLocale().firstDayOfWeek()); });
    quick(tr("This month"), QStringLiteral("monthButton"), [](const QDate& d) { return ReportDays::thisMonth(d); });
    row->addStretch(1);
    m_csvButton = new QPushButton(tr("Export CSV… (Ctrl+E)"), bar);
    m_csvButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_csvButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_csvButton, &QPushButton::clicked, this, [this] { chooseFileAndExport(false); });
    row->addWidget(m_csvButton);
    m_pdfButton = new QPushButton(tr("Export PDF… (Ctrl+P)"), bar);
    m_pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_pdfButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { chooseFileAndExport(true); });
    row->addWidget(m_pdfButton);
    m_csvButton->setEnabled(false);
    m_pdfButton->setEnabled(false);
    return bar;
}

QWidget* ReportsPage::buildFigures() {
    auto* strip = new QWidget(this);
    auto* row = new QHBoxLayout(strip);
    row->setContentsMargins(0, 4, 0, 4);
    row->setSpacing(8);
    for (const auto& figure : keyFigures(ReportFigures{})) {
        const QString& name = figure.name;
        auto* card = new QFrame(strip);
        card->setObjectName(QStringLiteral("figureCard"));
        card->setStyleSheet(QStringLiteral(
            "QFrame#figureCard { background: #f6f8fb; border: 1px solid #d5dbe5; border-radius: 6px; }"));
        auto* column = new QVBoxLayout(card);
        column->setContentsMargins(10, 6, 10, 6);
        column->setSpacing(2);
        auto* captionLabel = new QLabel(figure.caption, card);
        captionLabel->setStyleSheet(QStringLiteral("color: #4a5568; font-size: 12px;"));
        auto* value = new QLabel(QStringLiteral("\u2014"), card);
        value->setObjectName(QStringLiteral("figure_") + name);
        value->setTextFormat(Qt::PlainText);
        value->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: 600; color: #1a202c;"));
        column->addWidget(captionLabel);
        column->addWidget(value);
        row->addWidget(card, 1);
        m_figures[name] = value;
    }
    return strip;
}

QWidget* ReportsPage::buildDashboard() {
    auto* tab = new QWidget(this);
    auto* grid = new QGridLayout(tab);
    m_revenueChart = newChartView(QStringLiteral("revenueChart"), tab);
    m_topChart = newChartView(QStringLiteral("topProductsChart"), tab);
    m_stockChart = newChartView(QStringLiteral("stockChart"), tab);
    grid->addWidget(m_revenueChart, 0, 0);
    grid->addWidget(m_topChart, 0, 1);
    grid->addWidget(m_stockChart, 0, 2);
    grid->addWidget(sectionTitle(tr("Per store"), tab), 1, 0, 1, 3);
    auto* stores = newTable(m_stores, QStringLiteral("storesTable"), tab);
    stores->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    stores->horizontalHeader()->setStretchLastSection(true);
    stores->setMaximumHeight(130);
    grid->addWidget(stores, 2, 0, 1, 3);
    grid->setRowStretch(0, 1);
    return tab;
}

QWidget* ReportsPage::buildProducts() {
    auto* tab = new QWidget(this);
    auto* column = new QVBoxLayout(tab);
    m_productsHint = hint(QStringLiteral("productsHint"), tab);
    column->addWidget(m_productsHint);
    column->addWidget(newTable(m_products, QStringLiteral("productsTable"), tab), 1);
    return tab;
}

QWidget* ReportsPage::buildStock() {
    auto* tab = new QWidget(this);
    auto* grid = new QGridLayout(tab);
    grid->addWidget(sectionTitle(tr("Ruptures (level 0 or less)"), tab), 0, 0);
    grid->addWidget(sectionTitle(tr("Overstock (more than 10 in store)"), tab), 0, 1);
    grid->addWidget(newTable(m_ruptures, QStringLiteral("rupturesTable"), tab), 1, 0);
    grid->addWidget(newTable(m_overstock, QStringLiteral("overstockTable"), tab), 1, 1);
    auto* note = new QLabel(tr("Stock levels are today's, whatever the period chosen."), tab);
    note->setStyleSheet(QStringLiteral("color: #555555;"));
    grid->addWidget(note, 2, 0, 1, 2);
    return tab;
}

ReportDays ReportsPage::days() const {
    return {m_from->date(), m_to->date()};
}

void ReportsPage::setDays(const ReportDays& days) {
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(days.first);
        m_to->setDate(days.last);
    }
    m_typing->stop();
    periodEdited();
}

void ReportsPage::periodEdited() {
    if (!days().valid()) {
        showMessage(tr("The first day of the period cannot come after its last day."), true);
        return;
    }
    showMessage(QString(), false);
    if (isVisible()) {
        reload();
    }
}

void ReportsPage::reload() {
    const ReportDays asked = days();
    if (!asked.valid()) {
        return;
    }
    if (!(asked == m_content.days)) {
        // Another period: nothing of the former one stays on screen, even when commandes does not answer.
        m_content = ReportContent{asked, nullptr, nullptr};
        showContent();
    }
    const QString lang = QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    fetch(Server::kCommandes, QStringLiteral("/v1/reports/indicators?%1&lang=%2").arg(asked.query(), lang),
          [this, asked](const nlohmann::json& answer) {
              if (asked == days()) {
                  m_content.indicators = answer;
                  showContent();
              }
          });
    fetch(Server::kCommandes, QStringLiteral("/v1/reports/consolidated?%1").arg(asked.query()),
          [this, asked](const nlohmann::json& answer) {
              if (asked == days()) {
                  m_content.consolidated = answer;
                  showContent();
              }
          });
}

void ReportsPage::showContent() {
    showFigures();
    m_stores.setRows(m_content.stores());
    m_products.setRows(m_content.productsWithShares());
    m_ruptures.setRows(m_content.list("ruptures"));
    m_overstock.setRows(m_content.list("overstock"));
    drawRevenueChart();
    drawTopProductsChart();
    drawStockChart();
    const bool loaded = m_content.consolidated.is_object();
    const bool noSales = loaded && m_content.figures().sales == 0;
    const QString noSalesText =
        tr("No sale in %1. Choose another period above (Today, This week, This month or the dates).")
            .arg(m_content.days.text());
    m_noSales->setText(noSalesText);
    m_noSales->setVisible(noSales);
    m_productsHint->setText(noSalesText);
    m_productsHint->setVisible(noSales);
    m_csvButton->setEnabled(loaded);
    m_pdfButton->setEnabled(loaded);
}

void ReportsPage::showFigures() {
    const bool loaded = m_content.consolidated.is_object();
    const ReportFigures f = m_content.figures();
    for (const auto& figure : keyFigures(f)) {
        m_figures.at(figure.name)->setText(loaded ? figure.text : QStringLiteral("\u2014"));
    }
    m_figures.at(QStringLiteral("ruptures"))
        ->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: 600; color: %1;")
                            .arg(loaded && f.ruptures > 0 ? QStringLiteral("#b01e1e") : QStringLiteral("#1a202c")));
}

QString ReportsPage::figureText(const QString& name) const {
    const auto it = m_figures.find(name);
    return it != m_figures.end() ? it->second->text() : QString();
}

void ReportsPage::drawRevenueChart() {
    QChart* chart = m_revenueChart->chart();
    clearChart(chart);
    chart->setTitle(tr("Revenue per store (before taxes)"));
    const nlohmann::json stores = m_content.stores();
    auto* set = new QBarSet(tr("Revenue"));
    set->setColor(kRevenueColour);
    QStringList names;
    double max = 0;
    for (const auto& store : stores) {
        const double dollars = static_cast<double>(store.value("revenue_cents", std::int64_t{0})) / 100.0;
        *set << dollars;
        names << JsonTableModel::field(store, "store_name");
        max = std::max(max, dollars);
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(names);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = valueAxis(max, dollarsFormat());
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->hide();
}

void ReportsPage::drawTopProductsChart() {
    QChart* chart = m_topChart->chart();
    clearChart(chart);
    chart->setTitle(tr("Top products (units sold)"));
    // products_sold comes by units sold, most first; the chart lists them top-down, so the axis takes them reversed.
    const nlohmann::json products = m_content.list("products_sold");
    const int count = std::min(kTopProducts, static_cast<int>(products.size()));
    auto* set = new QBarSet(tr("Units sold"));
    set->setColor(kUnitsColour);
    QStringList names;
    double max = 0;
    for (int i = count - 1; i >= 0; --i) {
        const auto& p = products[static_cast<std::size_t>(i)];
        const double units = static_cast<double>(p.value("quantity", std::int64_t{0}));
        *set << units;
        names << JsonTableModel::field(p, "name");
        max = std::max(max, units);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(names);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = valueAxis(max, QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->legend()->hide();
}

void ReportsPage::drawStockChart() {
    QChart* chart = m_stockChart->chart();
    clearChart(chart);
    chart->setTitle(tr("Ruptures and overstock (products)"));
    const nlohmann::json stores = m_content.stores();
    auto* ruptures = new QBarSet(tr("Ruptures"));
    ruptures->setColor(kRuptureColour);
    auto* overstock = new QBarSet(tr("Overstock"));
    overstock->setColor(kOverstockColour);
    QStringList names;
    double max = 0;
    for (const auto& store : stores) {
        const double r = static_cast<double>(store.value("ruptures", std::int64_t{0}));
        const double o = static_cast<double>(store.value("overstock", std::int64_t{0}));
        *ruptures << r;
        *overstock << o;
        names << JsonTableModel::field(store, "store_name");
        max = std::max({max, r, o});
    }
    auto* series = new QBarSeries;
    series->append(ruptures);
    series->append(overstock);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(names);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = valueAxis(max, QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

bool ReportsPage::exportCsv(const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(reportCsv(m_content)) < 0 || !file.commit()) {
        showMessage(tr("The file %1 cannot be written (%2): choose another folder.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()),
                    true);
        return false;
    }
    showMessage(tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

bool ReportsPage::exportPdf(const QString& path) {
    QString error;
    if (!writeReportPdf(path, m_content, {m_revenueChart, m_topChart, m_stockChart}, &error)) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void ReportsPage::chooseFileAndExport(bool pdf) {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(tr("report") + QStringLiteral("-") + m_content.days.fileStem() +
                                                    (pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv")));
    const QString path =
        QFileDialog::getSaveFileName(this, pdf ? tr("Export the report as PDF") : tr("Export the report as CSV"),
                                     suggested, pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;  // the manager changed their mind
    }
    if (pdf) {
        exportPdf(path);
    } else {
        exportCsv(path);
    }
}

}  // namespace magasin::ui
