#include "magasin/ui/pos_screen.hpp"

#include <QApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include "magasin/domain/quantity.hpp"
#include "magasin/ui/cancel_sale_dialog.hpp"
#include "magasin/ui/money_text.hpp"
#include "magasin/ui/payment_dialog.hpp"
#include "magasin/ui/pos_controller.hpp"

namespace magasin::ui {
namespace {

QFont sized(QFont font, int points, bool bold) {
    font.setPointSize(points);
    font.setBold(bold);
    return font;
}

QPushButton* actionButton(const QString& text, const QString& name, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setMinimumHeight(40);
    b->setFocusPolicy(Qt::NoFocus);  // the keyboard stays in the scan field; the keys are on the labels
    return b;
}

void setupTable(QTableView* table) {
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false);
}

bool allDigits(const QString& text) {
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

}  // namespace

PosScreen::PosScreen(PosController& pos, QWidget* parent) : QWidget(parent), m_pos(pos) {
    setObjectName(QStringLiteral("posScreen"));

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("posHeader"));
    // Staff, store and product names come from the servers: shown as typed, never as markup.
    m_header->setTextFormat(Qt::PlainText);
    m_header->setFont(sized(font(), 12, true));

    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("scanInput"));
    m_input->setPlaceholderText(tr("Scan or search  [F2]      \u2191\u2193 line   [Del] remove"));
    m_input->setFont(sized(font(), 18, false));
    m_input->setMinimumHeight(48);
    m_input->setClearButtonEnabled(true);
    m_input->installEventFilter(this);

    m_results = new QTableView(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_pos.searchResults());
    setupTable(m_results);
    m_results->setMaximumHeight(190);
    m_results->hide();

    m_cart = new QTableView(this);
    m_cart->setObjectName(QStringLiteral("cartTable"));
    m_cart->setModel(m_pos.cart());
    setupTable(m_cart);
    m_cart->setFont(sized(font(), 13, false));
    // Fixed widths for the figures, wide enough for the largest amount in either language: a column sized to its
    // contents jumps as lines come and goes, and elides amounts when it lags behind.
    const QFontMetrics metrics(m_cart->font());
    const int money = metrics.horizontalAdvance(formatMoney(99'999'99)) + 24;
    auto* header = m_cart->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setSectionResizeMode(CartModel::kProduct, QHeaderView::Stretch);
    header->resizeSection(CartModel::kQuantity, metrics.horizontalAdvance(QStringLiteral("00000")) + 24);
    header->resizeSection(CartModel::kUnitPrice, money);
    header->resizeSection(CartModel::kLineTotal, money);
    m_cart->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(32);
    m_message->setFont(sized(font(), 13, true));

    auto* left = new QVBoxLayout();
    left->addWidget(m_header);
    left->addWidget(m_input);
    left->addWidget(m_results);
    left->addWidget(m_cart, 1);
    left->addWidget(m_message);

    // Totals: what the customer and the cashier look at; large, right-aligned, one glance.
    auto* totalsBox = new QWidget(this);
    totalsBox->setObjectName(QStringLiteral("totalsBox"));
    totalsBox->setStyleSheet(
        QStringLiteral("#totalsBox { background: #1b2631; border-radius: 8px; } "
                       "#totalsBox QLabel { color: white; }"));
    m_subtotal = new QLabel(totalsBox);
    m_subtotal->setObjectName(QStringLiteral("subtotalLabel"));
    m_taxes = new QLabel(totalsBox);
    m_taxes->setObjectName(QStringLiteral("taxesLabel"));
    m_total = new QLabel(totalsBox);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    m_subtotal->setFont(sized(font(), 13, false));
    m_taxes->setFont(sized(font(), 13, false));
    m_total->setFont(sized(font(), 30, true));
    for (auto* l : {m_subtotal, m_taxes, m_total}) {
        l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    auto* totalsLayout = new QVBoxLayout(totalsBox);
    totalsLayout->addWidget(m_subtotal);
    totalsLayout->addWidget(m_taxes);
    totalsLayout->addWidget(m_total);

    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("quantitySpin"));
    m_quantity->setRange(static_cast<int>(domain::Quantity::kMin), static_cast<int>(domain::Quantity::kMax));
    m_quantity->setFont(sized(font(), 14, false));
    m_quantity->setMinimumHeight(36);
    auto* quantityRow = new QHBoxLayout();
    auto* quantityLabel = new QLabel(tr("Quantity  [F4]"), this);
    quantityLabel->setBuddy(m_quantity);
    quantityRow->addWidget(quantityLabel);
    quantityRow->addWidget(m_quantity, 1);

    m_pay = actionButton(tr("Pay  [F12]"), QStringLiteral("payButton"), this);
    m_pay->setMinimumHeight(64);
    m_pay->setFont(sized(font(), 18, true));
    m_pay->setStyleSheet(
        QStringLiteral("QPushButton { background: #1e8449; color: white; border-radius: 6px; } "
                       "QPushButton:disabled { background: #aab7b8; }"));
    auto* remove = actionButton(tr("Remove line  [Del]"), QStringLiteral("removeButton"), this);
    auto* cancel = actionButton(tr("Cancel a sale  [F8]"), QStringLiteral("cancelSaleButton"), this);
    auto* replenish = actionButton(tr("Ask for stock  [F9]"), QStringLiteral("replenishButton"), this);
    auto* logout = actionButton(tr("Log out  [F10]"), QStringLiteral("logoutButton"), this);
    auto* reprint = actionButton(tr("Reprint receipt  [F11]"), QStringLiteral("reprintButton"), this);
    // Managers only (refreshSession shows it); the back office checks the role again, and so do the servers.
    m_backOffice = actionButton(tr("Back office  [F6]"), QStringLiteral("backOfficeButton"), this);
    m_backOffice->hide();

    m_receipt = new QPlainTextEdit(this);
    m_receipt->setObjectName(QStringLiteral("receiptView"));
    m_receipt->setReadOnly(true);
    m_receipt->setFocusPolicy(Qt::NoFocus);
    m_receipt->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_receipt->setPlaceholderText(tr("The last receipt shows here."));

    auto* right = new QVBoxLayout();
    right->addWidget(totalsBox);
    right->addLayout(quantityRow);
    right->addWidget(m_pay);
    right->addWidget(remove);
    right->addWidget(replenish);
    right->addWidget(cancel);
    right->addWidget(m_backOffice);
    right->addWidget(logout);
    right->addWidget(new QLabel(tr("Last receipt"), this));
    right->addWidget(reprint);
    right->addWidget(m_receipt, 1);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    connect(m_input, &QLineEdit::textChanged, this, &PosScreen::onSearchTextChanged);
    connect(m_input, &QLineEdit::returnPressed, this, &PosScreen::onSearchEnter);
    connect(m_results, &QTableView::activated, this, [this](const QModelIndex& i) { addSearchResult(i.row()); });
    connect(m_quantity, &QSpinBox::editingFinished, this, [this] {
        if (m_quantity->hasFocus()) {
            applyQuantity();
        }
    });
    connect(m_cart->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
        if (i.isValid()) {
            m_quantity->setValue(static_cast<int>(m_pos.cart()->lines()[static_cast<std::size_t>(i.row())].quantity));
        }
    });
    connect(m_pos.cart(), &CartModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int) { m_cart->selectRow(first); });
    connect(m_pos.cart(), &CartModel::linesChanged, this, &PosScreen::refreshTotals);
    connect(m_pay, &QPushButton::clicked, this, &PosScreen::openPayment);
    connect(remove, &QPushButton::clicked, this, &PosScreen::removeCurrentLine);
    connect(cancel, &QPushButton::clicked, this, &PosScreen::openCancelSale);
    connect(replenish, &QPushButton::clicked, this, &PosScreen::requestReplenishment);
    connect(logout, &QPushButton::clicked, this, &PosScreen::logoutRequested);
    connect(reprint, &QPushButton::clicked, this, &PosScreen::reprintReceipt);
    connect(m_backOffice, &QPushButton::clicked, this, &PosScreen::backOfficeRequested);

    const auto key = [this](QKeySequence seq, auto slot) {
        auto* s = new QShortcut(seq, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    key(QKeySequence(Qt::Key_F2), &PosScreen::focusSearch);
    key(QKeySequence(Qt::Key_F4), &PosScreen::focusQuantity);
    key(QKeySequence(Qt::Key_F12), &PosScreen::openPayment);
    key(QKeySequence(Qt::Key_F8), &PosScreen::openCancelSale);
    key(QKeySequence(Qt::Key_F9), &PosScreen::requestReplenishment);
    key(QKeySequence(Qt::Key_F10), &PosScreen::logoutRequested);
    key(QKeySequence(Qt::Key_F11), &PosScreen::reprintReceipt);
    key(QKeySequence(Qt::Key_F6), &PosScreen::backOfficeRequested);
    auto* del = new QShortcut(QKeySequence(Qt::Key_Delete), m_cart);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &PosScreen::removeCurrentLine);

    setFocusProxy(m_input);
    refreshTotals();
}

void PosScreen::refreshSession() {
    const auto& session = m_pos.session();
    m_backOffice->setVisible(m_pos.isManager());
    if (!session) {
        m_header->clear();
        return;
    }
    const QString role = session->role == domain::Role::kManager ? tr("manager") : tr("cashier");
    m_header->setText(tr("%1 (%2) \u2014 %3").arg(QString::fromStdString(session->name), role, m_pos.storeName()));
    m_receipt->clear();
    showMessage(QString(), false);
    refreshTotals();
}

QString PosScreen::message() const {
    return m_message->text();
}

void PosScreen::showMessage(const QString& text, bool error) {
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QStringLiteral("color: #1e8449;"));
}

void PosScreen::refreshTotals() {
    if (m_pos.cart()->isEmpty()) {
        m_quantity->setValue(1);
    } else {
        m_lastSale.reset();  // a new sale has started: its totals replace the last change due
    }
    if (m_lastSale) {
        // Right after a sale the big figure is the change to hand back, where the cashier is already looking.
        m_subtotal->setText(tr("Last sale  %1").arg(formatMoney(m_lastSale->first)));
        m_taxes->setText(tr("Received  %1").arg(formatMoney(m_lastSale->first + m_lastSale->second)));
        m_total->setText(tr("CHANGE  %1").arg(formatMoney(m_lastSale->second)));
        m_pay->setEnabled(false);
        return;
    }
    const auto totals = m_pos.totals();
    m_subtotal->setText(tr("Subtotal  %1").arg(formatMoney(totals.subtotal.cents())));
    QStringList taxes;
    for (const auto& tax : totals.taxes) {
        const QString name = tax.code == "GST"   ? tr("GST")
                             : tax.code == "QST" ? tr("QST")
                                                 : QString::fromStdString(tax.code);
        taxes << QStringLiteral("%1  %2").arg(name, formatMoney(tax.amount.cents()));
    }
    if (taxes.isEmpty()) {
        taxes << tr("GST  %1").arg(formatMoney(0)) << tr("QST  %1").arg(formatMoney(0));
    }
    m_taxes->setText(taxes.join(QStringLiteral("    ")));
    m_total->setText(tr("TOTAL  %1").arg(formatMoney(totals.total.cents())));
    m_pay->setEnabled(!m_pos.cart()->isEmpty());
}

void PosScreen::onScanned(const QString& digits) {
    switch (m_pos.scan(digits)) {
        case ScanResult::kAdded: {
            const auto& line = m_pos.cart()->lines()[static_cast<std::size_t>(currentCartRow())];
            showMessage(tr("Added: %1").arg(QString::fromStdString(line.name)), false);
            break;
        }
        case ScanResult::kInvalidBarcode:
            QApplication::beep();
            showMessage(tr("Barcode %1 is not valid (check digit): scan it again or type it.").arg(digits), true);
            break;
        case ScanResult::kUnknownProduct:
            QApplication::beep();
            showMessage(tr("No product with barcode %1 in the catalogue. Search it by name.").arg(digits), true);
            break;
        case ScanResult::kNoSession: break;
    }
    m_input->setFocus();
}

void PosScreen::onSearchTextChanged(const QString& text) {
    const QString trimmed = text.trimmed();
    // Digits are a barcode being typed: searching them would only flicker the results.
    // The catalogue search starts at two letters (one letter matches half the catalogue).
    if (trimmed.size() < 2 || allDigits(trimmed)) {
        m_pos.searchResults()->setResults({});
        m_results->hide();
        return;
    }
    const int count = m_pos.search(trimmed);
    m_results->setVisible(true);
    if (count > 0) {
        m_results->selectRow(0);
        showMessage(tr("Enter adds the highlighted product; \u2193 \u2191 to choose."), false);
    } else {
        showMessage(tr("No product matches \u201c%1\u201d.").arg(trimmed), true);
    }
}

void PosScreen::onSearchEnter() {
    const QString text = m_input->text().trimmed();
    if (allDigits(text)) {
        m_input->clear();
        onScanned(text);
        return;
    }
    const auto rows = m_results->selectionModel()->selectedRows();
    addSearchResult(rows.isEmpty() ? 0 : rows.first().row());
}

void PosScreen::addSearchResult(int row) {
    const auto* product = m_pos.searchResults()->productAt(row);
    if (product == nullptr) {
        return;
    }
    const QString name = QString::fromStdString(product->name);
    m_pos.addProduct(*product);
    m_input->clear();  // also hides the results
    showMessage(tr("Added: %1").arg(name), false);
    m_input->setFocus();
}

bool PosScreen::eventFilter(QObject* watched, QEvent* event) {
    // Up and down in the search field move in the results, so the hands stay on the keyboard.
    if (watched == m_input && event->type() == QEvent::KeyPress && m_results->isVisible()) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const auto rows = m_results->selectionModel()->selectedRows();
            const int current = rows.isEmpty() ? -1 : rows.first().row();
            const int next =
                std::clamp(current + (key == Qt::Key_Down ? 1 : -1), 0, m_pos.searchResults()->rowCount() - 1);
            m_results->selectRow(next);
            return true;
        }
    }
    if (watched == m_input && event->type() == QEvent::KeyPress && m_input->text().isEmpty()) {
        // With an empty scan field the arrows pick a cart line and Del removes it: no need to leave the field.
        const int key = static_cast<QKeyEvent*>(event)->key();
        const int rows = m_pos.cart()->rowCount();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && rows > 0) {
            m_cart->selectRow(std::clamp(currentCartRow() + (key == Qt::Key_Down ? 1 : -1), 0, rows - 1));
            return true;
        }
        if (key == Qt::Key_Delete && rows > 0) {
            removeCurrentLine();
            return true;
        }
    }
    if (watched == m_input && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        m_input->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

int PosScreen::currentCartRow() const {
    const auto rows = m_cart->selectionModel()->selectedRows();
    if (!rows.isEmpty()) {
        return rows.first().row();
    }
    return m_pos.cart()->rowCount() - 1;
}

void PosScreen::focusSearch() {
    m_input->setFocus();
    m_input->selectAll();
}

void PosScreen::focusQuantity() {
    const int row = currentCartRow();
    if (row < 0) {
        showMessage(tr("The cart is empty: scan a product first."), true);
        return;
    }
    m_cart->selectRow(row);
    m_quantity->setValue(static_cast<int>(m_pos.cart()->lines()[static_cast<std::size_t>(row)].quantity));
    m_quantity->setFocus();
    m_quantity->selectAll();
    showMessage(tr("Type the quantity, then Enter."), false);
}

void PosScreen::applyQuantity() {
    const int row = currentCartRow();
    if (row >= 0 && m_pos.cart()->setQuantity(row, m_quantity->value())) {
        m_cart->selectRow(row);
        showMessage(tr("Quantity: %1 \u00d7 %2")
                        .arg(m_quantity->value())
                        .arg(QString::fromStdString(m_pos.cart()->lines()[static_cast<std::size_t>(row)].name)),
                    false);
    }
    m_input->setFocus();
}

void PosScreen::removeCurrentLine() {
    const int row = currentCartRow();
    if (row < 0) {
        return;
    }
    const QString name = QString::fromStdString(m_pos.cart()->lines()[static_cast<std::size_t>(row)].name);
    m_pos.cart()->removeLine(row);
    showMessage(tr("Removed: %1").arg(name), false);
    m_input->setFocus();
}

void PosScreen::openPayment() {
    if (m_pos.cart()->isEmpty()) {
        showMessage(tr("The cart is empty: scan a product first."), true);
        return;
    }
    PaymentDialog dialog(m_pos, m_pos.totals().total.cents(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.recorded()) {
        const auto& sale = *dialog.recorded();
        m_receipt->setPlainText(PosController::receiptText(sale.receipt));
        m_lastSale = std::make_pair(sale.receipt.totalCents, sale.changeDueCents);
        refreshTotals();
        showMessage(sale.changeDueCents > 0 ? tr("Sale completed. Change due: %1").arg(formatMoney(sale.changeDueCents))
                                            : tr("Sale completed."),
                    false);
    }
    m_input->setFocus();
}

void PosScreen::openCancelSale() {
    CancelSaleDialog dialog(m_pos, this);
    if (dialog.exec() == QDialog::Accepted) {
        showMessage(tr("The sale is cancelled; it will be synced with the servers."), false);
    }
    m_input->setFocus();
}

void PosScreen::requestReplenishment() {
    const client::CachedProduct* product = nullptr;
    std::optional<client::CachedProduct> fromCart;
    if (m_results->isVisible()) {
        const auto rows = m_results->selectionModel()->selectedRows();
        product = m_pos.searchResults()->productAt(rows.isEmpty() ? 0 : rows.first().row());
    }
    if (product == nullptr && currentCartRow() >= 0) {
        const auto& line = m_pos.cart()->lines()[static_cast<std::size_t>(currentCartRow())];
        fromCart = client::CachedProduct{};
        fromCart->id = line.productId;
        fromCart->name = line.name;
        product = &*fromCart;
    }
    if (product == nullptr) {
        showMessage(tr("Pick a product first: scan it or search it, then F9."), true);
        return;
    }
    const QString name = QString::fromStdString(product->name);
    const QString id = QString::fromStdString(product->id);
    bool ok = false;
    const int quantity =
        QInputDialog::getInt(this, tr("Ask for stock"), tr("How many of %1 should the warehouse send?").arg(name), 12,
                             1, static_cast<int>(domain::Quantity::kMax), 1, &ok);
    if (!ok) {
        return;
    }
    try {
        m_pos.requestReplenishment(id, quantity);
        showMessage(tr("Request for %1 \u00d7 %2 queued.").arg(quantity).arg(name), false);
    } catch (const std::exception& e) {
        showMessage(PosController::errorMessage(e), true);
    }
    m_input->setFocus();
}

void PosScreen::reprintReceipt() {
    try {
        m_pos.reprintLast();
        showMessage(tr("Receipt reprinted (marked as a duplicate)."), false);
    } catch (const std::exception&) {
        showMessage(tr("No sale since login: nothing to reprint."), true);
    }
    m_input->setFocus();
}

}  // namespace magasin::ui
