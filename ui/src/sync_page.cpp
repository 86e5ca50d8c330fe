#include "magasin/ui/sync_page.hpp"

#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "magasin/client/terminal.hpp"
#include "magasin/ui/main_window.hpp"

namespace magasin::ui {

using nlohmann::json;

namespace {

QTableView* tableFor(JsonTableModel* model, const QString& objectName, QWidget* parent) {
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600; margin-top: 6px;"));
    return label;
}

QLabel* emptyState(const QString& objectName, const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #555; font-style: italic;"));
    label->hide();
    return label;
}

// Fits the columns to their contents, the long sentences (last column) taking what is left.
void fitColumns(QTableView* view, int maxWidth = 320) {
    view->resizeColumnsToContents();
    const int last = view->model()->columnCount() - 1;
    for (int c = 0; c < last; ++c) {
        if (view->columnWidth(c) > maxWidth) {
            view->setColumnWidth(c, maxWidth);
        }
    }
    view->resizeRowsToContents();
}

}  // namespace

SyncPage::SyncPage(BackOfficeClient& client, std::function<std::optional<LocalTerminal>()> localTerminal,
                   QWidget* parent)
    : BackOfficePage(client, QStringLiteral("syncPage"), parent), m_localTerminal(std::move(localTerminal)) {
    m_devices = new JsonTableModel(SyncTables::deviceColumns(), this);
    m_rejections = new JsonTableModel(SyncTables::rejectionColumns(), this);
    m_flags = new JsonTableModel(SyncTables::flagColumns(), this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("syncSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setStyleSheet(QStringLiteral("font-size: 14px;"));
    body()->addWidget(m_summary);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    const auto section = [&](const QString& title, QLabel* empty, QTableView* view, const QString& caption = {}) {
        auto* box = new QWidget(splitter);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(heading(title, box));
        if (!caption.isEmpty()) {
            auto* label = new QLabel(caption, box);
            label->setWordWrap(true);
            label->setStyleSheet(QStringLiteral("color: #555;"));
            layout->addWidget(label);
        }
        empty->setParent(box);
        layout->addWidget(empty);
        view->setParent(box);
        layout->addWidget(view, 1);
        splitter->addWidget(box);
    };
    m_devicesEmpty = emptyState(QStringLiteral("devicesEmpty"),
                                tr("No terminal is enrolled in this store yet: a till asks for a manager's code and "
                                   "PIN at its first start."),
                                this);
    m_rejectionsEmpty = emptyState(QStringLiteral("rejectionsEmpty"),
                                   tr("No rejected command: the servers applied everything this store's terminals "
                                      "sent."),
                                   this);
    m_flagsEmpty = emptyState(QStringLiteral("flagsEmpty"),
                              tr("No flag: offline sales matched the catalogue and the till totals, and no stock went "
                                 "below zero."),
                              this);
    section(tr("Terminals of this store"), m_devicesEmpty, tableFor(m_devices, QStringLiteral("devicesTable"), this),
            tr("Last push: sales and cancellations sent; last read: prices and stock received; seq ack.: the last "
               "command number the sales server confirmed. Pending commands are known only for this terminal."));
    section(tr("Rejected commands"), m_rejectionsEmpty,
            tableFor(m_rejections, QStringLiteral("rejectionsTable"), this));
    section(tr("Flagged sales and stock"), m_flagsEmpty, tableFor(m_flags, QStringLiteral("flagsTable"), this));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    body()->addWidget(splitter, 1);

    // The servers keep no "reviewed" mark on a flag yet: say so rather than pretend to keep one here.
    auto* note = new QLabel(tr("Flags stay listed: the servers do not record that a flag was reviewed yet. Sales "
                               "with flags stand as sold; nothing here changes a sale."),
                            this);
    note->setObjectName(QStringLiteral("reviewNote"));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555;"));
    body()->addWidget(note);
    updateSummary();
}

std::function<std::optional<LocalTerminal>()> SyncPage::localTerminalOf(QWidget* screen) {
    return [screen = QPointer<QWidget>(screen)]() -> std::optional<LocalTerminal> {
        auto* window = screen ? qobject_cast<MainWindow*>(screen->window()) : nullptr;
        auto* terminal = window != nullptr ? window->terminal() : nullptr;
        if (terminal == nullptr) {
            return std::nullopt;
        }
        try {
            return LocalTerminal{terminal->outbox().device().toString(), terminal->outbox().pendingCount()};
        } catch (const std::exception&) {
            return std::nullopt;  // not enrolled: no outbox
        }
    };
}

QString SyncPage::title() const {
    return tr("Sync and conflicts");
}

void SyncPage::reload() {
    fetch(Server::kCommandes, QStringLiteral("/v1/devices"), [this](const json& answer) { showDevices(answer); });
    fetch(Server::kCommandes, QStringLiteral("/v1/sync/rejections?limit=200"), [this](const json& answer) {
        m_rejections->setRows(SyncTables::rejectionRows(answer.value("items", json::array())));
        m_rejectionsKnown = true;
        fitColumns(findChild<QTableView*>(QStringLiteral("rejectionsTable")));
        updateSummary();
    });
    fetch(Server::kCommandes, QStringLiteral("/v1/sales?flagged=true&limit=200"), [this](const json& answer) {
        m_flaggedSales = answer.value("items", json::array());
        m_flagsKnown = true;
        rebuildFlags();
    });
    fetch(Server::kInventaire, QStringLiteral("/v1/stock-exceptions?store=") + client().storeId(),
          [this](const json& answer) {
              m_stockExceptions = answer.value("items", json::array());
              rebuildFlags();
          });
    // Product names for the stock exceptions (inventaire knows products by id only); archived ones too.
    fetch(Server::kCatalogue, QStringLiteral("/v1/products?active=false&page_size=100"), [this](const json& answer) {
        m_productNames = json::object();
        for (const auto& product : answer.value("items", json::array())) {
            if (product.is_object() && product.contains("id") && product.contains("name")) {
                m_productNames[product["id"].get<std::string>()] = product["name"];
            }
        }
        rebuildFlags();
    });
}

void SyncPage::showDevices(const json& answer) {
    m_deviceItems = answer.value("items", json::array());
    std::optional<LocalTerminal> local;
    if (m_localTerminal) {
        local = m_localTerminal();
    }
    m_devices->setRows(SyncTables::deviceRows(m_deviceItems, local));
    m_devicesKnown = true;
    fitColumns(findChild<QTableView*>(QStringLiteral("devicesTable")));
    rebuildFlags();  // terminal names
}

void SyncPage::rebuildFlags() {
    m_flags->setRows(SyncTables::flagRows(m_flaggedSales, m_stockExceptions, m_deviceItems, m_productNames));
    fitColumns(findChild<QTableView*>(QStringLiteral("flagsTable")));
    updateSummary();
}

void SyncPage::updateSummary() {
    m_devicesEmpty->setVisible(m_devicesKnown && m_devices->rowCount() == 0);
    m_rejectionsEmpty->setVisible(m_rejectionsKnown && m_rejections->rowCount() == 0);
    m_flagsEmpty->setVisible(m_flagsKnown && m_flags->rowCount() == 0);
    std::int64_t pending = 0;
    bool pendingKnown = false;
    for (const auto& row : m_devices->rows()) {
        if (row.value("pending", json()).is_number_integer()) {
            pending += row["pending"].get<std::int64_t>();
            pendingKnown = true;
        }
    }
    m_summary->setText(tr("Terminals: %1   ·   Pending on this terminal: %2   ·   Rejected commands: %3   ·   "
                          "Flags to look at: %4")
                           .arg(m_devices->rowCount())
                           .arg(pendingKnown ? QString::number(pending) : tr("unknown"))
                           .arg(m_rejections->rowCount())
                           .arg(m_flags->rowCount()));
}

QString SyncPage::summaryText() const {
    return m_summary->text();
}

}  // namespace magasin::ui
