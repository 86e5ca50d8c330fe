#include "magasin/ui/sales_page.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include "magasin/ui/json_table_model.hpp"
#include "magasin/ui/money_text.hpp"

namespace magasin::ui {

using nlohmann::json;

namespace {

// The start of a local day, as the servers read times (UTC).
QString dayStartUtc(const QDate& day) {
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODate);
}

}  // namespace

SalesPage::SalesPage(BackOfficeClient& client, QWidget* parent)
    : BackOfficePage(client, QStringLiteral("salesPage"), parent) {
    m_sales = new JsonTableModel(saleColumns([this](const std::string& id) { return staffName(id); }), this);
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, title(), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
               QMessageBox::Yes;
    };

    auto* filters = new QHBoxLayout;
    const auto labelled = [this, filters](const QString& text, QWidget* widget) {
        auto* label = new QLabel(text, this);
        label->setBuddy(widget);
        filters->addWidget(label);
        filters->addWidget(widget);
        filters->addSpacing(8);
    };
    m_store = new QComboBox(this);
    m_store->setObjectName(QStringLiteral("storeFilter"));
    m_store->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    labelled(tr("S&tore:"), m_store);
    m_from = new QDateEdit(QDate::currentDate().addDays(-6), this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setCalendarPopup(true);
    labelled(tr("&From:"), m_from);
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setCalendarPopup(true);
    labelled(tr("T&o:"), m_to);
    m_cashier = new QComboBox(this);
    m_cashier->setObjectName(QStringLiteral("cashierFilter"));
    m_cashier->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_cashier->addItem(tr("Everyone"), QString());
    labelled(tr("&Cashier:"), m_cashier);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Every status"), QString());
    m_status->addItem(tr("Completed"), QStringLiteral("active"));
    m_status->addItem(tr("Cancelled"), QStringLiteral("cancelled"));
    labelled(tr("St&atus:"), m_status);
    m_flagged = new QCheckBox(tr("F&lagged only"), this);
    m_flagged->setObjectName(QStringLiteral("flaggedOnly"));
    filters->addWidget(m_flagged);
    filters->addStretch(1);
    body()->addLayout(filters);

    m_totalsLabel = new QLabel(this);
    m_totalsLabel->setObjectName(QStringLiteral("salesTotals"));
    m_totalsLabel->setTextFormat(Qt::PlainText);
    m_totalsLabel->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600; padding: 4px 0;"));
    body()->addWidget(m_totalsLabel);

    connect(m_store, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            showMessage(QString(), false);  // what the server said about the previous store is not about this one
            reloadStaff();
            reloadSales();
        }
    });
    for (auto* date : {m_from, m_to}) {
        connect(date, &QDateEdit::dateChanged, this, [this] { reloadSales(); });
    }
    for (auto* combo : {m_cashier, m_status}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling) {
                reloadSales();
            }
        });
    }
    connect(m_flagged, &QCheckBox::toggled, this, [this] { reloadSales(); });

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_sales);
    m_proxy->setSortRole(Qt::UserRole);
    m_view = new QTableView(left);
    m_view->setObjectName(QStringLiteral("salesTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_empty =
        new QLabel(tr("No sale matches these filters. Widen the period or choose Everyone and Every status."), left);
    m_empty->setObjectName(QStringLiteral("emptySales"));
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: #555; padding: 8px;"));
    m_empty->hide();
    leftLayout->addWidget(m_empty);
    leftLayout->addWidget(m_view, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { updateSelection(); });

    auto* right = new QGroupBox(tr("Receipt"), split);
    right->setMaximumWidth(430);  // a receipt's width: the list gets the rest
    auto* rightLayout = new QVBoxLayout(right);
    m_receipt = new QPlainTextEdit(right);
    m_receipt->setObjectName(QStringLiteral("saleReceipt"));
    m_receipt->setReadOnly(true);
    m_receipt->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_receipt->setPlaceholderText(tr("Select a sale to read its receipt."));
    m_receipt->setMinimumWidth(340);
    rightLayout->addWidget(m_receipt, 1);
    auto* cancelRow = new QHBoxLayout;
    m_reason = new QLineEdit(right);
    m_reason->setObjectName(QStringLiteral("cancelReason"));
    m_reason->setPlaceholderText(tr("Reason for cancelling (5 to 500 characters)"));
    m_cancel = new QPushButton(tr("Ca&ncel the sale…"), right);
    m_cancel->setObjectName(QStringLiteral("cancelSaleButton"));
    cancelRow->addWidget(m_reason, 1);
    cancelRow->addWidget(m_cancel);
    rightLayout->addLayout(cancelRow);
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelSale(); });
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    body()->addWidget(split, 1);
    updateSelection();
}

QString SalesPage::title() const {
    return tr("Sales");
}

QString SalesPage::totalsText() const {
    return m_totalsLabel->text();
}

QString SalesPage::receiptText() const {
    return m_receipt->toPlainText();
}

void SalesPage::reload() {
    fetch(Server::kCommandes, QStringLiteral("/v1/stores"), [this](const json& answer) {
        const QString kept = m_store->count() > 0 ? m_store->currentData().toString() : client().storeId();
        m_filling = true;
        m_store->clear();
        for (const auto& store : answer.value("items", json::array())) {
            m_store->addItem(JsonTableModel::field(store, "name"), JsonTableModel::field(store, "id"));
        }
        // Commandes lets a manager read the sales of their own store only: the others are listed, greyed, saying so.
        if (auto* items = qobject_cast<QStandardItemModel*>(m_store->model())) {
            for (int i = 0; i < items->rowCount(); ++i) {
                if (m_store->itemData(i).toString() != client().storeId()) {
                    items->item(i)->setEnabled(false);
                    items->item(i)->setToolTip(tr("The sales of this store are read by its own manager."));
                }
            }
        }
        m_store->setCurrentIndex(std::max(0, m_store->findData(kept)));
        m_filling = false;
        reloadStaff();
        reloadSales();
    });
}

QString SalesPage::staffName(const std::string& id) const {
    const auto it = m_staffNames.find(id);
    return it == m_staffNames.end() ? QString() : it->second;
}

void SalesPage::reloadStaff() {
    const QString store = m_store->count() > 0 ? m_store->currentData().toString() : client().storeId();
    fetch(Server::kCommandes, QStringLiteral("/v1/staff?store=") + store, [this](const json& answer) {
        const QString kept = m_cashier->currentData().toString();
        m_filling = true;
        m_cashier->clear();
        m_cashier->addItem(tr("Everyone"), QString());
        for (const auto& member : answer.value("items", json::array())) {
            const auto id = member.value("id", std::string());
            m_staffNames[id] = JsonTableModel::field(member, "name");
            m_cashier->addItem(JsonTableModel::field(member, "name"), QString::fromStdString(id));
        }
        m_cashier->setCurrentIndex(std::max(0, m_cashier->findData(kept)));
        m_filling = false;
        if (m_sales->rowCount() > 0) {
            showSales({{"items", m_sales->rows()}});  // the names arrived after the sales
        }
    });
}

void SalesPage::reloadSales() {
    const QString store = m_store->count() > 0 ? m_store->currentData().toString() : client().storeId();
    QStringList query{QStringLiteral("store=") + store, QStringLiteral("from=") + dayStartUtc(m_from->date()),
                      QStringLiteral("to=") + dayStartUtc(m_to->date().addDays(1)), QStringLiteral("limit=500")};
    if (const QString staff = m_cashier->currentData().toString(); !staff.isEmpty()) {
        query << QStringLiteral("staff=") + staff;
    }
    if (const QString status = m_status->currentData().toString(); !status.isEmpty()) {
        query << QStringLiteral("status=") + status;
    }
    if (m_flagged->isChecked()) {
        query << QStringLiteral("flagged=true");
    }
    m_lastQuery = query.join(QLatin1Char('&'));
    const QString asked = m_lastQuery;
    // Nothing of the previous filters stays shown: a refusal (another store) leaves an empty list and the server's
    // words; an outage brings back the last answer to these same filters, with its age in the banner.
    if (const QString selected = JsonTableModel::field(selectedSale(), "id"); !selected.isEmpty()) {
        m_wantedSale = selected;
    }
    m_sales->setRows(nlohmann::json::array());
    m_totals = {};
    m_totalsLabel->setText(tr("Asking the sales server…"));
    m_empty->hide();
    updateSelection();
    fetch(Server::kCommandes, QStringLiteral("/v1/sales?") + asked, [this, asked](const json& answer) {
        if (asked == m_lastQuery) {  // a late answer to earlier filters is not shown
            showSales(answer);
        }
    });
}

void SalesPage::showSales(const json& answer) {
    const QString selected = m_wantedSale.isEmpty() ? JsonTableModel::field(selectedSale(), "id") : m_wantedSale;
    m_wantedSale.clear();
    const json items = answer.value("items", json::array());
    m_sales->setRows(items);
    m_totals = salesTotals(items);
    QString text = tr("%1 sales   ·   revenue %2   ·   %3 cancelled   ·   %4 flagged")
                       .arg(m_totals.count)
                       .arg(formatMoney(m_totals.revenueCents))
                       .arg(m_totals.cancelled)
                       .arg(m_totals.flagged);
    if (answer.value("limit", 0) > 0 && m_totals.count >= answer.value("limit", 0)) {
        text += tr("   (the first %1 only: narrow the period)").arg(m_totals.count);
    }
    m_totalsLabel->setText(text);
    m_empty->setVisible(m_sales->rowCount() == 0);
    if (selected.isEmpty() || !selectSale(selected)) {
        updateSelection();
    }
}

bool SalesPage::selectSale(const QString& id) {
    const int row = m_sales->findRow("id", id.toStdString());
    if (row < 0) {
        return false;
    }
    m_view->selectionModel()->setCurrentIndex(m_proxy->mapFromSource(m_sales->index(row, 0)),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateSelection();
    return true;
}

json SalesPage::selectedSale() const {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        return json::object();
    }
    const int row = m_proxy->mapToSource(current).row();
    return row >= 0 && row < m_sales->rowCount() ? m_sales->rowAt(row) : json::object();
}

void SalesPage::updateSelection() {
    const json sale = selectedSale();
    const bool active = sale.value("status", std::string()) == "active";
    m_cancel->setEnabled(active);
    m_reason->setEnabled(active);
    if (!sale.contains("id")) {
        m_receipt->clear();
        return;
    }
    m_receipt->setPlainText(
        saleReceiptText(sale, m_store->currentText(), [this](const std::string& id) { return staffName(id); }));
}

void SalesPage::cancelSale() {
    const json sale = selectedSale();
    if (!m_cancel->isEnabled() || !sale.contains("id")) {
        return;
    }
    const QString when = localTime(sale.value("at", std::string()));
    const QString total = formatMoney(sale.value("totals", json::object()).value("total_cents", std::int64_t{0}));
    if (!m_confirm(tr("Cancel the sale of %1 (%2)? Its items go back to the store's stock; this cannot be undone.")
                       .arg(when, total))) {
        return;
    }
    act(Server::kCommandes, "POST", QStringLiteral("/v1/sales/%1/cancel").arg(JsonTableModel::field(sale, "id")),
        {{"reason", m_reason->text().toStdString()}},
        tr("Sale of %1 (%2) cancelled; its items go back to the store's stock.").arg(when, total), [this](const json&) {
            m_reason->clear();
            reloadSales();
        });
}

}  // namespace magasin::ui
