// What the sync agent shows: online or not, what waits, when each server was last reached, how old prices and stock
// are. Usage: connect(&agent, &SyncAgent::statusChanged, [](const SyncStatus& s) { bar.setPending(s.pending); });
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <cstdint>

namespace magasin::client {

struct SyncStatus {
    bool online = false;          // the last exchange with every configured server got an answer
    bool running = false;         // a sync round is in progress
    bool lockHeld = false;        // false: another process syncs this journal
    std::int64_t pending = 0;     // commands in the outbox
    std::int64_t rejected = 0;    // commands the servers rejected (kept for managers)
    std::int64_t flagged = 0;     // commands applied with flags
    QDateTime lastCatalogueSync;  // last successful pull per server (UTC), null when never
    QDateTime lastInventaireSync;
    QDateTime lastCommandesSync;
    QDateTime lastPush;  // last time the outbox was fully pushed
    QString lastError;   // English, for logs and managers

    // How old the prices (catalogue) and stock (inventaire) are at `now`, in seconds; -1 when never synced.
    [[nodiscard]] std::int64_t pricesAgeSeconds(const QDateTime& now) const;
    [[nodiscard]] std::int64_t stockAgeSeconds(const QDateTime& now) const;
    // Since the last time any server was reached (pull or push), in seconds; -1 when never.
    [[nodiscard]] std::int64_t sinceLastContactSeconds(const QDateTime& now) const;
    friend bool operator==(const SyncStatus&, const SyncStatus&) = default;
};

}  // namespace magasin::client

Q_DECLARE_METATYPE(magasin::client::SyncStatus)
