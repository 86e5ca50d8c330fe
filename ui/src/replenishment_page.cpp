#include "magasin/ui/replenishment_page.hpp"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "magasin/ui/json_table_model.hpp"
#include "magasin/ui/replenishment_columns.hpp"

namespace magasin::ui {

using nlohmann::json;

namespace {

QTableView* tableView(QAbstractItemModel* model, QWidget* parent) {
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);
    auto* view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

// requestColumns()' order.
constexpr int kApprovedColumn = 4;
constexpr int kAskedAtColumn = 6;
constexpr int kDecidedByColumn = 7;
constexpr int kDecidedAtColumn = 8;
constexpr int kReasonColumn = 9;

QString text(const json& row, const char* key) {
    return JsonTableModel::field(row, key);
}

// The level's label in the UI's language ("Faible", "Low").
QString labelOf(const json& level) {
    const char* key = QLocale().language() == QLocale::French ? "label_fr" : "label_en";
    return text(level, key);
}

}  // namespace

ReplenishmentPage::ReplenishmentPage(BackOfficeClient& client, QWidget* parent)
    : BackOfficePage(client, QStringLiteral("replenishmentPage"), parent) {
    m_requests = new JsonTableModel(requestColumns([this](const std::string& id) { return staffName(id); }), this);
    m_suggestions = new JsonTableModel(suggestionColumns(), this);
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, title(), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
               QMessageBox::Yes;
    };

    // Filters and counts.
    auto* filters = new QHBoxLayout;
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Pending"), QStringLiteral("pending"));
    m_statusFilter->addItem(tr("Approved"), QStringLiteral("approved"));
    m_statusFilter->addItem(tr("Rejected"), QStringLiteral("rejected"));
    m_statusFilter->addItem(tr("Withdrawn"), QStringLiteral("withdrawn"));
    m_statusFilter->addItem(tr("Every status"), QString());
    m_storeFilter = new QComboBox(this);
    m_storeFilter->setObjectName(QStringLiteral("storeFilter"));
    m_storeFilter->addItem(tr("Every store"), QString());
    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_statusFilter);
    auto* storeLabel = new QLabel(tr("S&tore:"), this);
    storeLabel->setBuddy(m_storeFilter);
    filters->addWidget(statusLabel);
    filters->addWidget(m_statusFilter);
    filters->addSpacing(12);
    filters->addWidget(storeLabel);
    filters->addWidget(m_storeFilter);
    filters->addSpacing(24);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("requestCounts"));
    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setStyleSheet(QStringLiteral("font-weight: 600;"));
    filters->addWidget(m_counts, 1);
    body()->addLayout(filters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    connect(m_storeFilter, &QComboBox::activated, this, [this] { reload(); });

    // The requests, and beside them what approving the selected one does.
    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_requestsView = tableView(m_requests, left);
    m_requestsView->setObjectName(QStringLiteral("requestsTable"));
    m_requestsProxy = qobject_cast<QSortFilterProxyModel*>(m_requestsView->model());
    m_requestsView->sortByColumn(kAskedAtColumn, Qt::DescendingOrder);  // newest first
    m_emptyRequests = new QLabel(left);
    m_emptyRequests->setObjectName(QStringLiteral("emptyRequests"));
    m_emptyRequests->setWordWrap(true);
    m_emptyRequests->setStyleSheet(QStringLiteral("color: #555; padding: 8px;"));
    leftLayout->addWidget(m_emptyRequests);
    leftLayout->addWidget(m_requestsView, 1);
    connect(m_requestsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateSelection(); });

    // Beside the requests: the selected one with its stock and decisions, then a new request.
    auto* side = new QWidget(split);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto* right = new QGroupBox(tr("Selected request"), side);
    auto* rightLayout = new QVBoxLayout(right);
    m_selected = new QLabel(tr("Select a request to see the stock it moves."), right);
    m_selected->setObjectName(QStringLiteral("selectedRequest"));
    m_selected->setTextFormat(Qt::PlainText);
    m_selected->setWordWrap(true);
    m_stock = new QLabel(right);
    m_stock->setObjectName(QStringLiteral("requestStock"));
    m_stock->setTextFormat(Qt::PlainText);
    m_stock->setWordWrap(true);
    m_stock->setStyleSheet(QStringLiteral("background: #f3f6fa; border-radius: 4px; padding: 6px;"));
    rightLayout->addWidget(m_selected);
    rightLayout->addWidget(m_stock);

    auto* approveRow = new QHBoxLayout;
    m_approveQuantity = new QSpinBox(right);
    m_approveQuantity->setObjectName(QStringLiteral("approveQuantity"));
    m_approveQuantity->setRange(1, 10'000);
    m_approveQuantity->setMinimumWidth(70);
    auto* quantityLabel = new QLabel(tr("&Quantity:"), right);
    quantityLabel->setBuddy(m_approveQuantity);
    m_approve = new QPushButton(tr("&Approve (Ctrl+Enter)"), right);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    approveRow->addWidget(quantityLabel);
    approveRow->addWidget(m_approveQuantity);
    approveRow->addWidget(m_approve, 1);
    rightLayout->addLayout(approveRow);
    connect(m_approveQuantity, &QSpinBox::valueChanged, this, [this] {
        if (m_centralLevel) {
            showStock(selectedRequest(), nullptr);
        }
    });

    m_reason = new QLineEdit(right);
    m_reason->setObjectName(QStringLiteral("rejectReason"));
    m_reason->setPlaceholderText(tr("Reason for the store (5 to 500 characters)"));
    m_reject = new QPushButton(tr("&Reject"), right);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    auto* rejectRow = new QHBoxLayout;
    rejectRow->addWidget(m_reason, 1);
    rejectRow->addWidget(m_reject);
    rightLayout->addLayout(rejectRow);
    m_withdraw = new QPushButton(tr("&Withdraw the request…"), right);
    m_withdraw->setObjectName(QStringLiteral("withdrawButton"));
    rightLayout->addWidget(m_withdraw);
    sideLayout->addWidget(right);
    connect(m_approve, &QPushButton::clicked, this, [this] { approve(); });
    connect(m_reject, &QPushButton::clicked, this, [this] { reject(); });
    connect(m_reason, &QLineEdit::returnPressed, this, [this] { reject(); });
    connect(m_withdraw, &QPushButton::clicked, this, [this] { withdraw(); });
    for (const auto& key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] { approve(); });
    }

    auto* create = new QGroupBox(tr("New request"), side);
    auto* createLayout = new QFormLayout(create);
    m_newProduct = new QComboBox(create);
    m_newProduct->setObjectName(QStringLiteral("newProduct"));
    m_newStore = new QComboBox(create);
    m_newStore->setObjectName(QStringLiteral("newStore"));
    m_newQuantity = new QSpinBox(create);
    m_newQuantity->setObjectName(QStringLiteral("newQuantity"));
    m_newQuantity->setRange(1, 10'000);
    m_newQuantity->setValue(10);
    m_create = new QPushButton(tr("Ask for &stock"), create);
    m_create->setObjectName(QStringLiteral("createRequest"));
    createLayout->addRow(tr("Product:"), m_newProduct);
    createLayout->addRow(tr("For:"), m_newStore);
    createLayout->addRow(tr("Quantity:"), m_newQuantity);
    createLayout->addRow(m_create);
    connect(m_create, &QPushButton::clicked, this, [this] { createRequest(); });
    sideLayout->addWidget(create);
    sideLayout->addStretch(1);
    split->addWidget(left);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    body()->addWidget(split, 3);

    // The suggestions from low stock, under everything.
    auto* suggestions = new QGroupBox(tr("Suggestions from low stock"), this);
    auto* suggestionsLayout = new QVBoxLayout(suggestions);
    m_emptySuggestions = new QLabel(tr("No store is low on stock: nothing to suggest."), suggestions);
    m_emptySuggestions->setObjectName(QStringLiteral("emptySuggestions"));
    m_emptySuggestions->setStyleSheet(QStringLiteral("color: #555;"));
    m_suggestionsView = tableView(m_suggestions, suggestions);
    m_suggestionsView->setObjectName(QStringLiteral("suggestionsTable"));
    m_suggestionsView->sortByColumn(2, Qt::AscendingOrder);  // the emptiest shelves first
    m_fromSuggestion = new QPushButton(tr("&Create a request from this suggestion"), suggestions);
    m_fromSuggestion->setObjectName(QStringLiteral("createFromSuggestion"));
    auto* suggestionsRow = new QHBoxLayout;
    suggestionsRow->addWidget(m_suggestionsView, 1);
    auto* suggestionsSide = new QVBoxLayout;
    suggestionsSide->addWidget(m_fromSuggestion);
    suggestionsSide->addStretch(1);
    suggestionsRow->addLayout(suggestionsSide);
    suggestionsLayout->addWidget(m_emptySuggestions);
    suggestionsLayout->addLayout(suggestionsRow, 1);
    connect(m_fromSuggestion, &QPushButton::clicked, this, [this] { createFromSuggestion(); });
    connect(m_suggestionsView, &QTableView::doubleClicked, this, [this] { createFromSuggestion(); });
    body()->addWidget(suggestions, 2);

    updateSelection();
}

QString ReplenishmentPage::title() const {
    return tr("Replenishment");
}

QString ReplenishmentPage::countsText() const {
    return m_counts->text();
}

QString ReplenishmentPage::stockText() const {
    return m_stock->text();
}

void ReplenishmentPage::reload() {
    const QString store = m_storeFilter->currentData().toString();
    const QString storeQuery = store.isEmpty() ? QString() : QStringLiteral("store=") + store;
    fetch(Server::kSupplyChain,
          QStringLiteral("/v1/requests?limit=1000") + (store.isEmpty() ? QString() : QStringLiteral("&") + storeQuery),
          [this](const json& answer) { showRequests(answer); });
    fetch(Server::kSupplyChain,
          QStringLiteral("/v1/suggestions") + (store.isEmpty() ? QString() : QStringLiteral("?") + storeQuery),
          [this](const json& answer) {
              m_suggestions->setRows(answer.value("items", json::array()));
              m_emptySuggestions->setVisible(m_suggestions->rowCount() == 0);
              m_suggestionsView->setVisible(m_suggestions->rowCount() > 0);
              m_fromSuggestion->setEnabled(m_suggestions->rowCount() > 0);
          });
    fetch(Server::kCommandes, QStringLiteral("/v1/stores"), [this](const json& answer) {
        const QString filterKept = m_storeFilter->currentData().toString();
        const QString newKept = m_newStore->currentData().toString();
        m_storeFilter->clear();
        m_newStore->clear();
        m_storeFilter->addItem(tr("Every store"), QString());
        for (const auto& store : answer.value("items", json::array())) {
            m_storeFilter->addItem(text(store, "name"), text(store, "id"));
            m_newStore->addItem(text(store, "name"), text(store, "id"));
        }
        m_storeFilter->setCurrentIndex(std::max(0, m_storeFilter->findData(filterKept)));
        const int newIndex = m_newStore->findData(newKept.isEmpty() ? client().storeId() : newKept);
        m_newStore->setCurrentIndex(std::max(0, newIndex));
    });
    fetch(Server::kCatalogue, QStringLiteral("/v1/products?page_size=100"), [this](const json& answer) {
        const QString kept = m_newProduct->currentData().toString();
        m_newProduct->clear();
        for (const auto& product : answer.value("items", json::array())) {
            m_newProduct->addItem(text(product, "name"), text(product, "id"));
        }
        m_newProduct->setCurrentIndex(std::max(0, m_newProduct->findData(kept)));
    });
    fetch(Server::kCommandes, QStringLiteral("/v1/staff"), [this](const json& answer) {
        m_staffNames.clear();
        for (const auto& member : answer.value("items", json::array())) {
            m_staffNames[member.value("id", std::string())] = text(member, "name");
        }
        if (m_requests->rowCount() > 0) {
            applyFilter();  // the names arrived after the requests
        }
    });
}

QString ReplenishmentPage::staffName(const std::string& id) const {
    const auto it = m_staffNames.find(id);
    return it == m_staffNames.end() ? QString() : it->second;
}

void ReplenishmentPage::showRequests(const json& answer) {
    m_allRequests = answer.value("items", json::array());
    std::map<QString, int> counts;
    for (const auto& request : m_allRequests) {
        ++counts[requestStatusText(request.value("status", std::string()))];
    }
    QStringList parts;
    for (const QString& status : {tr("Pending"), tr("Approved"), tr("Rejected"), tr("Withdrawn")}) {
        parts << tr("%1: %2").arg(status).arg(counts[status]);
    }
    m_counts->setText(parts.join(QStringLiteral("   ·   ")));
    applyFilter();
}

void ReplenishmentPage::applyFilter() {
    const QString selected = text(selectedRequest(), "id");
    const QString status = m_statusFilter->currentData().toString();
    json shown = json::array();
    for (const auto& request : m_allRequests) {
        const auto value = request.value("status", std::string());
        const bool approved = value == "approved" || value == "transferred";
        if (status.isEmpty() || QString::fromStdString(value) == status ||
            (status == QStringLiteral("approved") && approved)) {
            shown.push_back(request);
        }
    }
    m_requests->setRows(shown);
    // The columns the status has something in: a pending request has no decision yet, only a rejection a reason.
    const bool decided = status != QStringLiteral("pending");
    m_requestsView->setColumnHidden(kApprovedColumn, !(status.isEmpty() || status == QStringLiteral("approved")));
    m_requestsView->setColumnHidden(kDecidedByColumn, !decided);
    m_requestsView->setColumnHidden(kDecidedAtColumn, !decided);
    m_requestsView->setColumnHidden(kReasonColumn, !(status.isEmpty() || status == QStringLiteral("rejected")));
    const bool empty = m_requests->rowCount() == 0;
    if (empty && status == QStringLiteral("pending")) {
        m_emptyRequests->setText(
            tr("No pending request. Suggestions below come from low stock: create a request from one, or ask for "
               "stock with New request."));
    } else if (empty) {
        m_emptyRequests->setText(tr("No request with this status. Choose another status or store above."));
    }
    m_emptyRequests->setVisible(empty);
    // The same request stays selected; else the first one, so that its stock is on screen at once.
    if ((selected.isEmpty() || !selectRequest(selected)) && !empty) {
        m_requestsView->selectionModel()->setCurrentIndex(
            m_requestsProxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateSelection();
    if (empty) {
        // No request to show the stock of: inventaire is still asked, so that the banner says whether approvals
        // can go through now (an outage seen earlier would otherwise stay on it).
        fetch(Server::kInventaire, QStringLiteral("/v1/locations"), [](const json&) {});
    }
}

bool ReplenishmentPage::selectRequest(const QString& id) {
    const int row = m_requests->findRow("id", id.toStdString());
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_requestsProxy->mapFromSource(m_requests->index(row, 0));
    m_requestsView->selectionModel()->setCurrentIndex(index,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

json ReplenishmentPage::selectedRequest() const {
    const QModelIndex current = m_requestsView->selectionModel()->currentIndex();
    if (!current.isValid()) {
        return json::object();
    }
    const int row = m_requestsProxy->mapToSource(current).row();
    return row >= 0 && row < m_requests->rowCount() ? m_requests->rowAt(row) : json::object();
}

void ReplenishmentPage::updateSelection() {
    const json request = selectedRequest();
    const bool any = request.contains("id");
    const bool pending = any && request.value("status", std::string()) == "pending";
    m_approve->setEnabled(pending);
    m_approveQuantity->setEnabled(pending);
    m_reject->setEnabled(pending);
    m_reason->setEnabled(pending);
    m_withdraw->setEnabled(pending);
    if (!any) {
        m_selected->setText(tr("Select a request to see the stock it moves."));
        m_stock->clear();
        m_stock->hide();
        m_centralLevel.reset();
        m_storeLevel.reset();
        return;
    }
    const QString id = text(request, "id");
    const bool sameAsShown = m_selected->property("requestId").toString() == id;
    m_selected->setProperty("requestId", id);
    m_selected->setText(tr("%1 × %2 for %3, asked %4 (%5).")
                            .arg(text(request, "quantity"), text(request, "product_name"), text(request, "store_name"),
                                 localTime(request.value("requested_at", std::string())),
                                 requestStatusText(request.value("status", std::string()))));
    if (!sameAsShown) {
        m_approveQuantity->setMaximum(std::max<int>(1, request.value("quantity", 1)));
        m_approveQuantity->setValue(request.value("quantity", 1));
        m_centralLevel.reset();
        m_storeLevel.reset();
        m_stock->setText(tr("Asking inventory for the stock…"));
    }
    m_stock->show();
    const int call = ++m_stockCall;
    fetch(Server::kInventaire, QStringLiteral("/v1/stocks?product=") + text(request, "product_id"),
          [this, call, request](const json& answer) {
              if (call == m_stockCall) {
                  showStock(request, answer.value("items", json::array()));
              }
          });
}

void ReplenishmentPage::showStock(const json& request, const json& levels) {
    if (!levels.is_null()) {
        m_centralLevel.reset();
        m_storeLevel.reset();
        QString centralLabel;
        QString storeLabel;
        for (const auto& level : levels) {
            if (level.value("location_kind", std::string()) == "central") {
                m_centralLevel = level.value("level", 0LL);
                centralLabel = labelOf(level);
            } else if (level.value("store_id", json()) == request.value("store_id", json())) {
                m_storeLevel = level.value("level", 0LL);
                storeLabel = labelOf(level);
            }
        }
        m_stock->setProperty("centralLabel", centralLabel);
        m_stock->setProperty("storeLabel", storeLabel);
    }
    const QString store = text(request, "store_name");
    const auto level = [](const std::optional<long long>& value, const QString& label) {
        if (!value) {
            return tr("not stocked yet");
        }
        return label.isEmpty() ? QString::number(*value) : tr("%1 (%2)").arg(*value).arg(label);
    };
    QStringList lines;
    lines << tr("Central stock: %1").arg(level(m_centralLevel, m_stock->property("centralLabel").toString()));
    lines << tr("%1: %2").arg(store, level(m_storeLevel, m_stock->property("storeLabel").toString()));
    if (request.value("status", std::string()) == "pending") {
        const long long quantity = m_approveQuantity->value();
        const long long central = m_centralLevel.value_or(0);
        if (central < quantity) {
            lines << tr("Central stock is short: approving %1 will be refused.").arg(quantity);
        } else {
            lines << tr("Approving %1 takes central stock to %2 and %3 to %4.")
                         .arg(quantity)
                         .arg(central - quantity)
                         .arg(store)
                         .arg(m_storeLevel.value_or(0) + quantity);
        }
    }
    m_stock->setText(lines.join(QLatin1Char('\n')));
}

void ReplenishmentPage::approve() {
    const json request = selectedRequest();
    if (!m_approve->isEnabled() || !request.contains("id")) {
        return;
    }
    const int quantity = m_approveQuantity->value();
    act(
        Server::kSupplyChain, "POST", QStringLiteral("/v1/requests/%1/approve").arg(text(request, "id")),
        {{"quantity", quantity}},
        tr("Approved: %1 × %2 sent from the central warehouse to %3.")
            .arg(QString::number(quantity), text(request, "product_name"), text(request, "store_name")),
        [this](const json&) { reload(); },
        [this](const BackOfficeReply&) { reload(); });  // still pending: show it as the server has it now
}

void ReplenishmentPage::reject() {
    const json request = selectedRequest();
    if (!m_reject->isEnabled() || !request.contains("id")) {
        return;
    }
    // The reason rules are the server's (DOMAIN.md): its message says what is missing.
    act(Server::kSupplyChain, "POST", QStringLiteral("/v1/requests/%1/reject").arg(text(request, "id")),
        {{"reason", m_reason->text().toStdString()}},
        tr("Rejected: %1 for %2. The store sees the reason.")
            .arg(text(request, "product_name"), text(request, "store_name")),
        [this](const json&) {
            m_reason->clear();
            reload();
        });
}

void ReplenishmentPage::withdraw() {
    const json request = selectedRequest();
    if (!m_withdraw->isEnabled() || !request.contains("id")) {
        return;
    }
    if (!m_confirm(tr("Withdraw the request for %1 × %2 for %3? The store will have to ask again.")
                       .arg(text(request, "quantity"), text(request, "product_name"), text(request, "store_name")))) {
        return;
    }
    act(Server::kSupplyChain, "POST", QStringLiteral("/v1/requests/%1/withdraw").arg(text(request, "id")), nullptr,
        tr("Withdrawn: %1 for %2.").arg(text(request, "product_name"), text(request, "store_name")),
        [this](const json&) { reload(); });
}

void ReplenishmentPage::createRequest() {
    if (m_newProduct->currentIndex() < 0 || m_newStore->currentIndex() < 0) {
        showMessage(tr("Choose a product and a store first (their lists come from the catalogue and the sales "
                       "server)."),
                    true);
        return;
    }
    const int quantity = m_newQuantity->value();
    act(Server::kSupplyChain, "POST", QStringLiteral("/v1/requests"),
        {{"product_id", m_newProduct->currentData().toString().toStdString()},
         {"store_id", m_newStore->currentData().toString().toStdString()},
         {"quantity", quantity}},
        tr("Request created: %1 × %2 for %3, pending.")
            .arg(QString::number(quantity), m_newProduct->currentText(), m_newStore->currentText()),
        [this](const json&) {
            m_statusFilter->setCurrentIndex(m_statusFilter->findData(QStringLiteral("pending")));
            reload();
        });
}

void ReplenishmentPage::createFromSuggestion() {
    const QModelIndex current = m_suggestionsView->selectionModel()->currentIndex();
    const auto* proxy = qobject_cast<QSortFilterProxyModel*>(m_suggestionsView->model());
    if (!current.isValid() || proxy == nullptr) {
        showMessage(tr("Select a suggestion first."), true);
        return;
    }
    const json suggestion = m_suggestions->rowAt(proxy->mapToSource(current).row());
    act(Server::kSupplyChain, "POST", QStringLiteral("/v1/requests"),
        {{"product_id", suggestion.value("product_id", std::string())},
         {"store_id", suggestion.value("store_id", std::string())},
         {"quantity", suggestion.value("quantity", 1)}},
        tr("Request created from the suggestion: %1 × %2 for %3, pending.")
            .arg(text(suggestion, "quantity"), text(suggestion, "product_name"), text(suggestion, "store_name")),
        [this](const json&) {
            m_statusFilter->setCurrentIndex(m_statusFilter->findData(QStringLiteral("pending")));
            reload();
        });
}

}  // namespace magasin::ui
