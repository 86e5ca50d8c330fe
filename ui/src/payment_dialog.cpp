#include "magasin/ui/payment_dialog.hpp"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include "magasin/ui/money_text.hpp"
#include "magasin/ui/pos_controller.hpp"

namespace magasin::ui {
namespace {

QFont sized(QFont font, int points, bool bold) {
    font.setPointSize(points);
    font.setBold(bold);
    return font;
}

}  // namespace

PaymentDialog::PaymentDialog(PosController& pos, std::int64_t totalCents, QWidget* parent)
    : QDialog(parent), m_pos(pos), m_total(totalCents) {
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Payment"));
    setMinimumSize(620, 520);

    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("dueLabel"));
    m_due->setFont(sized(font(), 20, true));
    m_due->setText(tr("Total: %1").arg(formatMoney(m_total)));

    m_remaining = new QLabel(this);
    m_remaining->setObjectName(QStringLiteral("remainingLabel"));
    m_remaining->setFont(sized(font(), 26, true));
    m_remaining->setMinimumHeight(56);
    m_remaining->setAlignment(Qt::AlignCenter);

    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amountInput"));
    m_amount->setFont(sized(font(), 18, false));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("referenceInput"));
    m_reference->setPlaceholderText(tr("Reference shown by the card terminal"));
    m_reference->setMaxLength(static_cast<int>(domain::Payment::kReferenceMaxLength));

    auto* hint = new QLabel(tr("Type the amount received, then Enter (F5 cash, F6 card). Enter with nothing typed "
                               "takes exactly what is due. Several payments split the sale."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #566573;"));

    auto* form = new QFormLayout();
    form->addRow(tr("Amount received"), m_amount);
    form->addRow(tr("Card reference"), m_reference);

    auto* cash = new QPushButton(tr("Cash  [F5]"), this);
    cash->setObjectName(QStringLiteral("cashButton"));
    auto* card = new QPushButton(tr("Card  [F6]"), this);
    card->setObjectName(QStringLiteral("cardButton"));
    auto* remove = new QPushButton(tr("Remove payment  [Del]"), this);
    remove->setObjectName(QStringLiteral("removePaymentButton"));
    for (auto* b : {cash, card, remove}) {
        b->setMinimumHeight(40);
        b->setAutoDefault(false);
    }
    auto* methods = new QHBoxLayout();
    methods->addWidget(cash);
    methods->addWidget(card);
    methods->addWidget(remove);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("paymentsTable"));
    m_table->setModel(&m_payments);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("paymentError"));
    m_error->setTextFormat(Qt::PlainText);  // a server's problem detail may quote what was typed
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));

    m_complete = new QPushButton(tr("Complete sale  [Enter]"), this);
    m_complete->setObjectName(QStringLiteral("completeButton"));
    m_complete->setMinimumHeight(48);
    m_complete->setFont(sized(font(), 14, true));
    m_complete->setAutoDefault(false);
    m_complete->setStyleSheet(QStringLiteral("QPushButton:enabled { background: #1e8449; color: white; }"));
    auto* back = new QPushButton(tr("Back to the sale  [Esc]"), this);
    back->setObjectName(QStringLiteral("backButton"));
    back->setAutoDefault(false);
    auto* bottom = new QHBoxLayout();
    bottom->addWidget(back);
    bottom->addStretch(1);
    bottom->addWidget(m_complete);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_due);
    layout->addWidget(m_remaining);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addLayout(methods);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(bottom);

    connect(cash, &QPushButton::clicked, this, [this] { addCash(); });
    connect(card, &QPushButton::clicked, this, [this] { addCard(); });
    connect(remove, &QPushButton::clicked, this, &PaymentDialog::removeSelected);
    connect(m_complete, &QPushButton::clicked, this, [this] { complete(); });
    connect(back, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_amount, &QLineEdit::returnPressed, this, &PaymentDialog::onEnter);
    connect(m_reference, &QLineEdit::returnPressed, this, [this] { addCard(); });
    connect(new QShortcut(QKeySequence(Qt::Key_F5), this), &QShortcut::activated, this, [this] { addCash(); });
    connect(new QShortcut(QKeySequence(Qt::Key_F6), this), &QShortcut::activated, this, [this] { addCard(); });
    connect(new QShortcut(QKeySequence(Qt::Key_Delete), m_table), &QShortcut::activated, this,
            &PaymentDialog::removeSelected);
    refresh();
    m_amount->setFocus();
}

std::int64_t PaymentDialog::remainingCents() const {
    return std::max<std::int64_t>(0, m_total - m_payments.totalCents());
}

std::int64_t PaymentDialog::changeCents() const {
    return std::max<std::int64_t>(0, m_payments.totalCents() - m_total);
}

void PaymentDialog::refresh() {
    const std::int64_t remaining = remainingCents();
    if (remaining > 0) {
        m_remaining->setText(tr("Still due: %1").arg(formatMoney(remaining)));
        m_remaining->setStyleSheet(QStringLiteral("color: #c0392b; background: #fdedec; border-radius: 6px;"));
        m_amount->setText(QString());
        m_amount->setPlaceholderText(formatMoney(remaining));
    } else {
        m_remaining->setText(tr("Change due: %1").arg(formatMoney(changeCents())));
        m_remaining->setStyleSheet(QStringLiteral("color: white; background: #1e8449; border-radius: 6px;"));
        m_amount->clear();
        m_amount->setPlaceholderText(QString());
    }
    m_complete->setEnabled(remaining == 0 && m_payments.rowCount() > 0);
    m_amount->setFocus();
}

// Typed amount, or the amount still due when nothing was typed (exact cash, card for the rest).
static std::optional<std::int64_t> amountOf(const QLineEdit* edit, std::int64_t remaining) {
    if (edit->text().trimmed().isEmpty()) {
        return remaining > 0 ? std::optional<std::int64_t>(remaining) : std::nullopt;
    }
    return parseMoney(edit->text());
}

bool PaymentDialog::addCash() {
    const auto amount = amountOf(m_amount, remainingCents());
    if (!amount || *amount <= 0) {
        m_error->setText(tr("Type the amount received, like 50 or 20,75."));
        return false;
    }
    if (remainingCents() == 0) {
        m_error->setText(tr("Nothing is due any more: complete the sale."));
        return false;
    }
    m_error->clear();
    m_payments.add(PaymentEntry{domain::PaymentMethod::kCash, *amount, {}});
    refresh();
    return true;
}

bool PaymentDialog::addCard() {
    const auto amount = amountOf(m_amount, remainingCents());
    if (!amount || *amount <= 0) {
        m_error->setText(tr("Type the amount paid by card, like 50 or 20,75."));
        return false;
    }
    if (*amount > remainingCents()) {
        // No change is given on a card: the domain refuses card payments above what is due.
        m_error->setText(tr("A card pays at most what is still due (%1).").arg(formatMoney(remainingCents())));
        return false;
    }
    const QString reference = m_reference->text().trimmed();
    if (reference.isEmpty()) {
        m_error->setText(tr("Type the reference shown by the card terminal."));
        m_reference->setFocus();
        return false;
    }
    try {
        (void)domain::Payment::card(domain::Money::fromCents(*amount), reference.toStdString());
    } catch (const std::exception& e) {
        m_error->setText(PosController::errorMessage(e));
        m_reference->setFocus();
        return false;
    }
    m_error->clear();
    m_payments.add(PaymentEntry{domain::PaymentMethod::kCard, *amount, reference});
    m_reference->clear();
    refresh();
    return true;
}

void PaymentDialog::onEnter() {
    if (remainingCents() > 0) {
        addCash();
    } else {
        complete();
    }
}

void PaymentDialog::removeSelected() {
    const auto rows = m_table->selectionModel()->selectedRows();
    m_payments.removeAt(rows.isEmpty() ? m_payments.rowCount() - 1 : rows.first().row());
    refresh();
}

bool PaymentDialog::complete() {
    if (remainingCents() > 0 || m_payments.rowCount() == 0) {
        m_error->setText(tr("%1 is still due.").arg(formatMoney(remainingCents())));
        return false;
    }
    try {
        m_recorded = m_pos.checkout(m_payments.toDomain());
    } catch (const std::exception& e) {
        m_error->setText(PosController::errorMessage(e));
        return false;
    }
    accept();
    return true;
}

}  // namespace magasin::ui
