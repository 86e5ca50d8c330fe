// The status bar of every screen: online/offline (or demo), commands waiting to sync, age of prices and stock,
// receipts waiting to print, who is logged in. Usage: bar->show(status, false, now, 0, u"Julie Roy"_s);
#pragma once

#include <QDateTime>
#include <QStatusBar>

#include "magasin/client/sync_status.hpp"

class QLabel;

namespace magasin::ui {

class SyncStatusBar : public QStatusBar {
    Q_OBJECT

public:
    explicit SyncStatusBar(QWidget* parent = nullptr);

    // `maxOfflineHours`: the store's maximum offline window; past it, offline, the bar warns (sales are still kept).
    void show(const client::SyncStatus& status, bool demo, const QDateTime& now, int pendingReceipts,
              const QString& user, int maxOfflineHours = 72);
    // Before enrolment: nothing syncs yet, and saying "offline" would suggest sales are being kept.
    void showNotSetUp();
    // "just now", "4 min", "2 h", "3 d"; "never" for -1.
    static QString age(std::int64_t seconds);

private:
    QLabel* m_connection;
    QLabel* m_pending;
    QLabel* m_dataAge;
    QLabel* m_receipts;
    QLabel* m_user;
};

}  // namespace magasin::ui
