// One sync worker per terminal: an exclusive flock(2) on "<journal>.sync-lock". The kernel releases it when the
// holder exits, even by SIGKILL. Usage: TerminalLock lock(journalPath); if (!lock.tryAcquire()) return;  // other
#pragma once

#include <QString>

namespace magasin::client {

class TerminalLock {
public:
    explicit TerminalLock(const QString& journalPath);
    ~TerminalLock();
    TerminalLock(const TerminalLock&) = delete;
    TerminalLock& operator=(const TerminalLock&) = delete;

    // True when this object now holds (or already held) the lock; false when another process or object holds it.
    bool tryAcquire();
    void release();
    [[nodiscard]] bool held() const { return m_fd >= 0; }

private:
    QString m_path;
    int m_fd = -1;
};

}  // namespace magasin::client
