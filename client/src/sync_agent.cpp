#include "magasin/client/sync_agent.hpp"

#include <QLoggingCategory>

#include "magasin/client/api_client.hpp"
#include "magasin/client/backoff.hpp"
#include "magasin/client/http_transport.hpp"
#include "magasin/client/journal.hpp"
#include "magasin/client/sync_engine.hpp"
#include "magasin/client/terminal_lock.hpp"

Q_LOGGING_CATEGORY(lcSync, "magasin.client.sync")

namespace magasin::client {

SyncAgent::SyncAgent(SyncAgentOptions options, QObject* parent) : QObject(parent), m_options(std::move(options)) {
    qRegisterMetaType<magasin::client::SyncStatus>();
}

SyncAgent::~SyncAgent() {
    stop();
}

void SyncAgent::start() {
    if (m_thread) {
        return;
    }
    m_stop = false;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("magasin-sync"));
    m_thread->start();
}

void SyncAgent::stop() {
    if (!m_thread) {
        return;
    }
    m_stop = true;
    m_thread->wait();
    m_thread.reset();
}

void SyncAgent::syncNow() {
    m_wake = true;
}

SyncStatus SyncAgent::status() const {
    const std::lock_guard lock(m_mutex);
    return m_status;
}

void SyncAgent::publish(const SyncStatus& status) {
    {
        const std::lock_guard lock(m_mutex);
        m_status = status;
    }
    Q_EMIT statusChanged(status);
}

void SyncAgent::run() {
    // Everything the worker touches is created on its own thread: the SQLite connection and the network manager.
    try {
        Journal journal(m_options.journalPath);
        QtHttpTransport transport;
        ApiClient api(transport, m_options.endpoints);
        SyncEngine engine(journal, api, m_options.identity, domain::systemClock());
        TerminalLock lock(m_options.journalPath);
        Backoff backoff({}, Backoff::systemRandom());
        while (!m_stop) {
            std::chrono::milliseconds wait = m_options.interval;
            if (!lock.tryAcquire()) {
                SyncStatus s = engine.status();
                s.lockHeld = false;
                s.lastError = QStringLiteral("another process is syncing this journal");
                publish(s);
            } else {
                SyncStatus running = engine.status();
                running.running = true;
                publish(running);
                const SyncRound round = engine.runOnce();
                if (round.complete) {
                    backoff.reset();
                } else {
                    wait = backoff.next();
                    qCInfo(lcSync) << "sync round incomplete, next in" << wait.count() << "ms:" << round.error;
                }
                publish(engine.status());
                Q_EMIT roundFinished(round.complete);
            }
            for (std::chrono::milliseconds slept{0}; slept < wait && !m_stop && !m_wake;
                 slept += std::chrono::milliseconds(50)) {
                QThread::msleep(50);
            }
            m_wake = false;
        }
    } catch (const std::exception& e) {
        qCCritical(lcSync) << "sync worker stopped:" << e.what();
        SyncStatus s = status();
        s.lastError = QString::fromUtf8(e.what());
        publish(s);
    }
}

}  // namespace magasin::client
