#include "magasin/ui/stock_page.hpp"

#include <algorithm>

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUrlQuery>
#include <QVBoxLayout>

#include "magasin/ui/json_table_model.hpp"
#include "magasin/ui/money_text.hpp"

namespace magasin::ui {

using nlohmann::json;

namespace {

constexpr int kProductPageSize = 100;
constexpr int kMaxProductPages = 20;  // names of the first 2,000 products; beyond, the short id shows

json itemsOf(const json& answer) {
    return answer.is_object() && answer.contains("items") && answer["items"].is_array() ? answer["items"]
                                                                                        : json::array();
}

QTableView* tableFor(QAbstractItemModel* model, QWidget* parent, const QString& name) {
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

QSortFilterProxyModel* sorted(JsonTableModel* model, QObject* parent) {
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);
    return proxy;
}

QString exceptionKey(const json& row) {
    return JsonTableModel::field(row, "location_id") + QLatin1Char('/') + JsonTableModel::field(row, "product_id");
}

int selectedSourceRow(QTableView* view, QSortFilterProxyModel* proxy) {
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? proxy->mapToSource(current).row() : -1;
}

}  // namespace

StockPage::StockPage(BackOfficeClient& client, QWidget* parent)
    : BackOfficePage(client, QStringLiteral("stockPage"), parent) {
    auto* filters = new QHBoxLayout;
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("stockTotals"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600;"));
    body()->addWidget(m_totals);
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("locationFilter"));
    m_location->addItem(tr("All locations"), QString());
    filters->addWidget(new QLabel(tr("Location:"), this));
    filters->addWidget(m_location);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("stockFilter"));
    m_filter->setPlaceholderText(tr("Filter by product"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(220);
    filters->addWidget(m_filter);
    filters->addStretch(1);
    body()->addLayout(filters);
    connect(m_location, &QComboBox::currentIndexChanged, this, [this] { showData(); });
    connect(m_filter, &QLineEdit::textChanged, this, [this] { showData(); });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("stockTabs"));
    body()->addWidget(m_tabs, 1);
    buildLevelsTab(m_tabs);
    buildExceptionsTab(m_tabs);

    m_transfers = new JsonTableModel(transferColumns(), this);
    m_transfersProxy = sorted(m_transfers, this);
    auto* transfersView = tableFor(m_transfersProxy, m_tabs, QStringLiteral("transfersTable"));
    transfersView->sortByColumn(0, Qt::DescendingOrder);
    m_tabs->addTab(transfersView, tr("Transfers"));

    m_movements = new JsonTableModel(movementColumns(), this);
    m_movementsProxy = sorted(m_movements, this);
    auto* movementsView = tableFor(m_movementsProxy, m_tabs, QStringLiteral("movementsTable"));
    movementsView->sortByColumn(0, Qt::DescendingOrder);
    m_tabs->addTab(movementsView, tr("Movements"));
}

void StockPage::buildLevelsTab(QTabWidget* tabs) {
    auto* tab = new QWidget(tabs);
    auto* layout = new QVBoxLayout(tab);
    m_levels = new JsonTableModel(stockLevelColumns(), this);
    m_levelsProxy = sorted(m_levels, this);
    m_levelsView = tableFor(m_levelsProxy, tab, QStringLiteral("levelsTable"));
    m_levelsView->sortByColumn(2, Qt::AscendingOrder);  // the emptiest first
    layout->addWidget(m_levelsView, 1);
    connect(m_levelsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { levelSelected(); });

    auto* editor = new QGroupBox(tr("Thresholds"), tab);
    auto* row = new QHBoxLayout(editor);
    m_thresholdTitle = new QLabel(tr("Select a level to edit its thresholds."), editor);
    m_thresholdTitle->setObjectName(QStringLiteral("thresholdTitle"));
    m_thresholdTitle->setTextFormat(Qt::PlainText);
    row->addWidget(m_thresholdTitle, 1);
    auto spin = [editor, row](const QString& label, const QString& name) {
        auto* box = new QSpinBox(editor);
        box->setObjectName(name);
        box->setRange(0, 1'000'000);
        row->addWidget(new QLabel(label, editor));
        row->addWidget(box);
        return box;
    };
    m_critical = spin(tr("Critical at"), QStringLiteral("criticalThreshold"));
    m_low = spin(tr("Low at"), QStringLiteral("lowThreshold"));
    m_high = spin(tr("High at"), QStringLiteral("highThreshold"));
    m_saveThresholds = new QPushButton(tr("Save thresholds (Ctrl+S)"), editor);
    m_saveThresholds->setObjectName(QStringLiteral("saveThresholds"));
    m_saveThresholds->setEnabled(false);
    row->addWidget(m_saveThresholds);
    connect(m_saveThresholds, &QPushButton::clicked, this, &StockPage::saveThresholds);
    auto* save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, m_saveThresholds, &QPushButton::click);
    layout->addWidget(editor);
    tabs->addTab(tab, tr("Levels"));
}

void StockPage::buildExceptionsTab(QTabWidget* tabs) {
    auto* tab = new QWidget(tabs);
    auto* layout = new QVBoxLayout(tab);
    m_exceptionsEmpty = new QLabel(
        tr("No stock exception: no level went below zero. Offline sales that sell more than there is show here."), tab);
    m_exceptionsEmpty->setWordWrap(true);
    layout->addWidget(m_exceptionsEmpty);
    m_exceptions = new JsonTableModel(stockExceptionColumns(), this);
    m_exceptionsProxy = sorted(m_exceptions, this);
    m_exceptionsView = tableFor(m_exceptionsProxy, tab, QStringLiteral("exceptionsTable"));
    m_exceptionsView->sortByColumn(2, Qt::AscendingOrder);
    connect(m_exceptionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { exceptionSelected(); });

    auto* causesLabel = new QLabel(tr("The sales that took it below zero:"), tab);
    m_causes = new JsonTableModel(exceptionCauseColumns(), this);
    m_causesView = tableFor(m_causes, tab, QStringLiteral("causesTable"));
    m_causesView->setSortingEnabled(false);
    connect(m_causesView, &QTableView::activated, this, [this] { showSelectedSale(); });

    auto* saleRow = new QHBoxLayout;
    m_showSale = new QPushButton(tr("Show the sale (Enter)"), tab);
    m_showSale->setObjectName(QStringLiteral("showSale"));
    m_showSale->setEnabled(false);
    connect(m_showSale, &QPushButton::clicked, this, &StockPage::showSelectedSale);
    saleRow->addWidget(m_showSale);
    saleRow->addStretch(1);
    m_sale = new QLabel(tab);
    m_sale->setObjectName(QStringLiteral("saleDetail"));
    m_sale->setTextFormat(Qt::PlainText);
    m_sale->setWordWrap(true);
    m_sale->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sale->setStyleSheet(QStringLiteral("background: #f5f7fa; border: 1px solid #d0d7de; padding: 6px;"));
    m_sale->hide();

    auto* split = new QSplitter(Qt::Vertical, tab);
    split->addWidget(m_exceptionsView);
    auto* lower = new QWidget(split);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(causesLabel);
    lowerLayout->addWidget(m_causesView, 1);
    lowerLayout->addLayout(saleRow);
    lowerLayout->addWidget(m_sale);
    split->addWidget(lower);
    layout->addWidget(split, 1);
    tabs->addTab(tab, tr("Stock exceptions"));
}

QString StockPage::title() const {
    return tr("Stock");
}

QString StockPage::totalsText() const {
    return m_totals->text();
}

QString StockPage::saleText() const {
    return m_sale->isHidden() ? QString() : m_sale->text();
}

void StockPage::reload() {
    fetch(Server::kInventaire, QStringLiteral("/v1/locations"), [this](const json& answer) {
        m_locations = itemsOf(answer);
        const QString chosen = m_location->currentData().toString();
        const QSignalBlocker quiet(m_location);
        while (m_location->count() > 1) {
            m_location->removeItem(1);
        }
        for (const auto& location : m_locations) {
            const QString id = JsonTableModel::field(location, "id");
            const QString name = JsonTableModel::field(location, "name");
            m_names.locations.insert(id, name);
            m_location->addItem(name, id);
        }
        m_location->setCurrentIndex(std::max(0, m_location->findData(chosen)));
        showData();
    });
    fetch(Server::kInventaire, QStringLiteral("/v1/stocks"), [this](const json& answer) {
        m_rawLevels = itemsOf(answer);
        showData();
    });
    fetch(Server::kInventaire, QStringLiteral("/v1/stock-exceptions"), [this](const json& answer) {
        m_rawExceptions = itemsOf(answer);
        showData();
    });
    fetch(Server::kInventaire, QStringLiteral("/v1/transfers?limit=200"), [this](const json& answer) {
        m_rawTransfers = itemsOf(answer);
        showData();
    });
    fetch(Server::kInventaire, QStringLiteral("/v1/movements?limit=500"), [this](const json& answer) {
        m_rawMovements = itemsOf(answer);
        showData();
    });
    fetchProductNames(1);
}

void StockPage::fetchProductNames(int page) {
    const QString path =
        QStringLiteral("/v1/products?active=false&page_size=%1&page=%2").arg(kProductPageSize).arg(page);
    fetch(Server::kCatalogue, path, [this, page](const json& answer) {
        for (const auto& product : itemsOf(answer)) {
            m_names.products.insert(JsonTableModel::field(product, "id"), JsonTableModel::field(product, "name"));
        }
        const auto total = answer.is_object() ? answer.value("total", 0LL) : 0LL;
        if (static_cast<long long>(page) * kProductPageSize < total && page < kMaxProductPages) {
            fetchProductNames(page + 1);
        }
        showData();
    });
}

void StockPage::showData() {
    const QString location = m_location->currentData().toString();
    const QString words = m_filter->text().trimmed();
    // Rows of the chosen location (a transfer: to or from it) whose product name holds the typed words.
    auto chosen = [&](const json& rows) {
        json kept = json::array();
        for (auto& row : withNames(rows, m_names)) {
            const bool here = location.isEmpty() || JsonTableModel::field(row, "location_id") == location ||
                              JsonTableModel::field(row, "to_location_id") == location ||
                              JsonTableModel::field(row, "from_location_id") == location;
            if (here &&
                (words.isEmpty() || JsonTableModel::field(row, "product_name").contains(words, Qt::CaseInsensitive))) {
                kept.push_back(std::move(row));
            }
        }
        return kept;
    };
    const QString keepLocation = m_selectedLocation;
    const QString keepProduct = m_selectedProduct;
    const json levels = chosen(m_rawLevels);
    m_levels->setRows(levels);
    const json exceptions = chosen(m_rawExceptions);
    m_exceptions->setRows(exceptions);
    if (!m_exceptionKey.isEmpty()) {  // the same exception stays selected, its sale still shown
        for (int row = 0; row < m_exceptions->rowCount(); ++row) {
            if (exceptionKey(m_exceptions->rowAt(row)) == m_exceptionKey) {
                m_exceptionsView->setCurrentIndex(m_exceptionsProxy->mapFromSource(m_exceptions->index(row, 0)));
            }
        }
    }
    m_transfers->setRows(chosen(m_rawTransfers));
    m_movements->setRows(chosen(m_rawMovements));
    // Counts on the tabs, so that an empty history reads as empty rather than as not loaded.
    m_tabs->setTabText(2, tr("Transfers (%1)").arg(m_transfers->rowCount()));
    m_tabs->setTabText(3, tr("Movements (%1)").arg(m_movements->rowCount()));
    m_tabs->setTabToolTip(2, m_transfers->rowCount() == 0
                                 ? tr("No transfer yet: approved replenishment requests move stock from the central "
                                      "warehouse to the stores.")
                                 : QString());

    QString totals = stockTotalsText(stockTotals(levels));
    if (!exceptions.empty()) {
        totals += QStringLiteral(" — ") + tr("%1 stock exceptions to look at").arg(exceptions.size());
    }
    m_totals->setText(totals);
    m_tabs->setTabText(
        1, exceptions.empty() ? tr("Stock exceptions") : tr("Stock exceptions (%1)").arg(exceptions.size()));
    m_exceptionsEmpty->setVisible(exceptions.empty());
    if (!keepLocation.isEmpty()) {
        restoreLevel(keepLocation, keepProduct);
    }
}

bool StockPage::selectLevel(const QString& locationId, const QString& productId) {
    m_tabs->setCurrentIndex(0);
    return restoreLevel(locationId, productId);
}

bool StockPage::restoreLevel(const QString& locationId, const QString& productId) {
    for (int row = 0; row < m_levels->rowCount(); ++row) {
        const auto& level = m_levels->rowAt(row);
        if (JsonTableModel::field(level, "location_id") == locationId &&
            JsonTableModel::field(level, "product_id") == productId) {
            m_levelsView->setCurrentIndex(m_levelsProxy->mapFromSource(m_levels->index(row, 0)));
            levelSelected();
            return true;
        }
    }
    return false;
}

bool StockPage::selectException(const QString& locationId, const QString& productId) {
    for (int row = 0; row < m_exceptions->rowCount(); ++row) {
        const auto& exception = m_exceptions->rowAt(row);
        if (JsonTableModel::field(exception, "location_id") == locationId &&
            JsonTableModel::field(exception, "product_id") == productId) {
            m_tabs->setCurrentIndex(1);
            m_exceptionsView->setCurrentIndex(m_exceptionsProxy->mapFromSource(m_exceptions->index(row, 0)));
            exceptionSelected();
            return true;
        }
    }
    return false;
}

void StockPage::levelSelected() {
    const int row = selectedSourceRow(m_levelsView, m_levelsProxy);
    if (row < 0) {
        return;
    }
    const auto& level = m_levels->rowAt(row);
    m_selectedLocation = JsonTableModel::field(level, "location_id");
    m_selectedProduct = JsonTableModel::field(level, "product_id");
    m_thresholdTitle->setText(tr("%1 at %2: level %3 (%4)")
                                  .arg(JsonTableModel::field(level, "product_name"),
                                       JsonTableModel::field(level, "location_name"),
                                       JsonTableModel::field(level, "level"), levelLabelText(level)));
    const json thresholds = level.value("thresholds", json::object());
    m_critical->setValue(thresholds.value("critical", 0));
    m_low->setValue(thresholds.value("low", 0));
    m_high->setValue(thresholds.value("high", 0));
    m_saveThresholds->setEnabled(true);
}

void StockPage::setThresholdInputs(int critical, int low, int high) {
    m_critical->setValue(critical);
    m_low->setValue(low);
    m_high->setValue(high);
}

void StockPage::saveThresholds() {
    if (m_selectedLocation.isEmpty()) {
        showMessage(tr("Select a level first."), true);
        return;
    }
    const json thresholds = {{"critical", m_critical->value()}, {"low", m_low->value()}, {"high", m_high->value()}};
    act(Server::kInventaire, "PUT",
        QStringLiteral("/v1/stocks/%1/%2/thresholds").arg(m_selectedLocation, m_selectedProduct), thresholds,
        tr("Thresholds saved."), [this](const json&) { reload(); });
}

void StockPage::exceptionSelected() {
    const int row = selectedSourceRow(m_exceptionsView, m_exceptionsProxy);
    const json exception = row >= 0 ? m_exceptions->rowAt(row) : json::object();
    const json causes = exception.value("causes", json::array());
    m_causes->setRows(causes);
    if (row >= 0 && exceptionKey(exception) == m_exceptionKey) {
        return;  // the same one read again: what is shown of it stays
    }
    m_exceptionKey = row >= 0 ? exceptionKey(exception) : QString();
    m_sale->hide();
    // The sales server opens a store's sales to that store's managers only: for another store, the manager gets
    // the sale numbers to pass on instead of a button that can only be refused.
    const QString store = JsonTableModel::field(exception, "store_id");
    const bool ours = store.isEmpty() || store == client().storeId();
    m_showSale->setEnabled(!causes.empty() && ours);
    if (!causes.empty()) {
        m_causesView->selectRow(0);
        if (!ours) {
            QStringList sales;
            for (const auto& cause : causes) {
                const QString sale = JsonTableModel::field(cause, "sale_id");
                if (!sale.isEmpty() && !sales.contains(sale)) {
                    sales << sale;
                }
            }
            m_sale->setText(
                tr("The sales of %1 are open to its managers: give them the sale numbers %2.")
                    .arg(JsonTableModel::field(exception, "location_name"), sales.join(QStringLiteral(", "))));
            m_sale->show();
        }
    }
}

void StockPage::showSelectedSale() {
    if (m_causes->rowCount() == 0 || !m_showSale->isEnabled()) {
        return;
    }
    const QModelIndex current = m_causesView->currentIndex();
    const auto& cause = m_causes->rowAt(current.isValid() ? current.row() : 0);
    const QString saleId = JsonTableModel::field(cause, "sale_id");
    if (saleId.isEmpty()) {
        showMessage(tr("This movement does not come from a sale (%1).").arg(JsonTableModel::field(cause, "source")),
                    true);
        return;
    }
    fetch(Server::kCommandes, QStringLiteral("/v1/sales/%1").arg(saleId), [this](const json& sale) {
        QStringList lines;
        const QString store = m_names.locations.value(JsonTableModel::field(sale, "store_id"),
                                                      JsonTableModel::field(sale, "store_id").left(8));
        lines << tr("Sale %1 of %2 at %3, %4")
                     .arg(JsonTableModel::field(sale, "id"), localTime(sale.value("at", std::string())), store,
                          JsonTableModel::field(sale, "origin") == QStringLiteral("offline")
                              ? tr("recorded offline at the till")
                              : tr("recorded online"));
        for (const auto& line : sale.value("lines", json::array())) {
            lines << tr("%1 × %2 at %3 = %4")
                         .arg(JsonTableModel::field(line, "quantity"), JsonTableModel::field(line, "name"),
                              formatMoney(line.value("unit_price_cents", std::int64_t{0})),
                              formatMoney(line.value("total_cents", std::int64_t{0})));
        }
        const json totals = sale.value("totals", json::object());
        lines << tr("Total %1").arg(formatMoney(totals.value("total_cents", std::int64_t{0})));
        if (JsonTableModel::field(sale, "status") == QStringLiteral("cancelled")) {
            lines << tr("This sale was cancelled.");
        }
        m_sale->setText(lines.join(QLatin1Char('\n')));
        m_sale->show();
    });
}

}  // namespace magasin::ui
