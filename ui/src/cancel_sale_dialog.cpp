#include "magasin/ui/cancel_sale_dialog.hpp"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "magasin/ui/pos_controller.hpp"

namespace magasin::ui {

CancelSaleDialog::CancelSaleDialog(PosController& pos, QWidget* parent) : QDialog(parent), m_pos(pos) {
    setObjectName(QStringLiteral("cancelSaleDialog"));
    setWindowTitle(tr("Cancel a sale"));
    setMinimumSize(640, 520);

    m_sales.setSales(m_pos.recentSales());
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("salesTable"));
    m_table->setModel(&m_sales);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->resizeColumnsToContents();
    if (m_sales.rowCount() > 0) {
        m_table->selectRow(0);
    }

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonInput"));
    m_reason->setPlaceholderText(tr("Why? For example: customer changed their mind"));

    m_approval = new QGroupBox(tr("Manager approval"), this);
    m_managerCode = new QLineEdit(m_approval);
    m_managerCode->setObjectName(QStringLiteral("managerCode"));
    m_managerPin = new QLineEdit(m_approval);
    m_managerPin->setObjectName(QStringLiteral("managerPin"));
    m_managerPin->setEchoMode(QLineEdit::Password);
    auto* approvalForm = new QFormLayout(m_approval);
    approvalForm->addRow(tr("Manager code"), m_managerCode);
    approvalForm->addRow(tr("Manager PIN"), m_managerPin);
    // A manager cancels on their own authority.
    m_approval->setVisible(!m_pos.isManager());

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("cancelError"));
    m_error->setTextFormat(Qt::PlainText);  // a server's problem detail may quote what was typed
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));

    auto* ok = new QPushButton(tr("Cancel this sale  [Enter]"), this);
    ok->setObjectName(QStringLiteral("confirmCancelButton"));
    ok->setAutoDefault(false);
    ok->setMinimumHeight(40);
    auto* close = new QPushButton(tr("Close  [Esc]"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAutoDefault(false);

    auto* form = new QFormLayout();
    form->addRow(tr("Reason"), m_reason);
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(close);
    buttons->addStretch(1);
    buttons->addWidget(ok);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Sales of this terminal (newest first)"), this));
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_approval);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(ok, &QPushButton::clicked, this, [this] { confirm(); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::returnPressed, this, [this] {
        if (m_approval->isVisible()) {
            m_managerCode->setFocus();
        } else {
            confirm();
        }
    });
    connect(m_managerCode, &QLineEdit::returnPressed, m_managerPin, [this] { m_managerPin->setFocus(); });
    connect(m_managerPin, &QLineEdit::returnPressed, this, [this] { confirm(); });
    m_reason->setFocus();
}

bool CancelSaleDialog::selectSale(const QString& saleId) {
    for (int row = 0; row < m_sales.rowCount(); ++row) {
        if (QString::fromStdString(m_sales.saleAt(row)->saleId) == saleId) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

QString CancelSaleDialog::error() const {
    return m_error->text();
}

bool CancelSaleDialog::confirm() {
    const auto rows = m_table->selectionModel()->selectedRows();
    const auto* sale = rows.isEmpty() ? nullptr : m_sales.saleAt(rows.first().row());
    if (sale == nullptr) {
        m_error->setText(tr("Pick the sale to cancel."));
        m_table->setFocus();
        return false;
    }
    if (sale->status == "cancelled") {
        m_error->setText(tr("This sale is already cancelled."));
        return false;
    }
    try {
        m_pos.cancelSale(QString::fromStdString(sale->saleId), m_reason->text().trimmed(), m_managerCode->text(),
                         m_managerPin->text());
    } catch (const std::exception& e) {
        m_error->setText(PosController::errorMessage(e));
        m_managerPin->clear();
        return false;
    }
    accept();
    return true;
}

}  // namespace magasin::ui
