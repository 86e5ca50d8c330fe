#include "magasin/ui/sync_status_bar.hpp"

#include <QLabel>

namespace magasin::ui {
namespace {

QLabel* addLabel(QStatusBar* bar, const QString& name, bool permanent) {
    auto* label = new QLabel(bar);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);  // the user's name comes from the server: never markup
    label->setContentsMargins(8, 2, 8, 2);
    if (permanent) {
        bar->addPermanentWidget(label);
    } else {
        bar->addWidget(label);
    }
    return label;
}

}  // namespace

SyncStatusBar::SyncStatusBar(QWidget* parent)
    : QStatusBar(parent),
      m_connection(addLabel(this, QStringLiteral("connectionStatus"), false)),
      m_pending(addLabel(this, QStringLiteral("pendingStatus"), false)),
      m_dataAge(addLabel(this, QStringLiteral("dataAgeStatus"), false)),
      m_receipts(addLabel(this, QStringLiteral("receiptsStatus"), false)),
      m_user(addLabel(this, QStringLiteral("userStatus"), true)) {
    setSizeGripEnabled(false);
}

void SyncStatusBar::showNotSetUp() {
    m_connection->setText(tr("\u25cf Terminal not set up"));
    m_connection->setStyleSheet(QStringLiteral("color: white; background: #566573; font-weight: bold;"));
    m_connection->setToolTip(QString());
    m_pending->clear();
    m_dataAge->clear();
    m_receipts->hide();
    m_user->clear();
}

QString SyncStatusBar::age(std::int64_t seconds) {
    if (seconds < 0) {
        return tr("never");
    }
    if (seconds < 60) {
        return tr("just now");
    }
    if (seconds < 3600) {
        return tr("%1 min").arg(seconds / 60);
    }
    if (seconds < 86400) {
        return tr("%1 h").arg(seconds / 3600);
    }
    return tr("%1 d").arg(seconds / 86400);
}

void SyncStatusBar::show(const client::SyncStatus& status, bool demo, const QDateTime& now, int pendingReceipts,
                         const QString& user, int maxOfflineHours) {
    const std::int64_t sinceContact = status.sinceLastContactSeconds(now);
    if (demo) {
        m_connection->setText(tr("\u25cf DEMO MODE \u2014 no server"));
        m_connection->setStyleSheet(QStringLiteral("color: white; background: #8e44ad; font-weight: bold;"));
    } else if (!status.lockHeld) {
        m_connection->setText(tr("\u25cf Another app is syncing this terminal"));
        m_connection->setStyleSheet(QStringLiteral("color: white; background: #c0392b; font-weight: bold;"));
    } else if (status.online) {
        m_connection->setText(tr("\u25cf Online"));
        m_connection->setStyleSheet(QStringLiteral("color: white; background: #1e8449; font-weight: bold;"));
    } else if (sinceContact > std::int64_t{maxOfflineHours} * 3600) {
        // Past the store's window the terminal never refuses a sale, but someone must know prices may be wrong.
        m_connection->setText(tr("\u25cf Offline for more than %1 h \u2014 sales are kept; tell a manager: prices "
                                 "and stock may be out of date")
                                  .arg(maxOfflineHours));
        m_connection->setStyleSheet(QStringLiteral("color: white; background: #c0392b; font-weight: bold;"));
    } else {
        m_connection->setText(tr("\u25cf Offline \u2014 sales are kept and sent later"));
        m_connection->setStyleSheet(QStringLiteral("color: black; background: #f5b041; font-weight: bold;"));
    }
    m_connection->setToolTip(status.lastError);
    m_pending->setText(tr("To sync: %1").arg(status.pending));
    if (status.rejected > 0) {
        m_pending->setText(m_pending->text() + QStringLiteral(" \u00b7 ") + tr("rejected: %1").arg(status.rejected));
    }
    if (demo) {
        m_dataAge->setStyleSheet(QString());
        m_dataAge->setText(tr("Prices and stock: demo data"));
    } else {
        m_dataAge->setText(
            tr("Prices: %1 \u00b7 Stock: %2").arg(age(status.pricesAgeSeconds(now)), age(status.stockAgeSeconds(now))));
        // Prices older than a day may be wrong at the till: the cashier should notice without reading.
        const std::int64_t prices = status.pricesAgeSeconds(now);
        m_dataAge->setStyleSheet(prices < 0 || prices > 86400 ? QStringLiteral("color: #c0392b; font-weight: bold;")
                                                              : QString());
    }
    m_receipts->setVisible(pendingReceipts > 0);
    m_receipts->setText(tr("Receipts to print: %1").arg(pendingReceipts));
    m_user->setText(user);
}

}  // namespace magasin::ui
