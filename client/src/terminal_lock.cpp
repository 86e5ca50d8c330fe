#include "magasin/client/terminal_lock.hpp"

#include <QFile>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace magasin::client {

TerminalLock::TerminalLock(const QString& journalPath) : m_path(journalPath + QStringLiteral(".sync-lock")) {}

TerminalLock::~TerminalLock() {
    release();
}

bool TerminalLock::tryAcquire() {
    if (m_fd >= 0) {
        return true;
    }
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        return false;
    }
    // flock locks belong to the open file description: a second open in this same process is refused too, so two
    // workers in one process cannot both push either.
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return false;
    }
    m_fd = fd;
    return true;
}

void TerminalLock::release() {
    if (m_fd >= 0) {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
        m_fd = -1;
    }
}

}  // namespace magasin::client
