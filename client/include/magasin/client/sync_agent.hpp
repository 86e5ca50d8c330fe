// The sync worker off the UI thread: a QThread that takes the terminal lock, runs SyncEngine rounds every interval
// (at once on syncNow()), backs off with jitter after failures, and publishes SyncStatus.
// Usage: SyncAgent agent(options); connect(&agent, &SyncAgent::statusChanged, ...); agent.start(); agent.syncNow();
#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>

#include "magasin/client/device_identity.hpp"
#include "magasin/client/server_endpoints.hpp"
#include "magasin/client/sync_status.hpp"

namespace magasin::client {

struct SyncAgentOptions {
    QString journalPath;
    ServerEndpoints endpoints;
    DeviceIdentity identity;
    std::chrono::milliseconds interval{10'000};  // between two rounds when all is well
};

class SyncAgent : public QObject {
    Q_OBJECT

public:
    explicit SyncAgent(SyncAgentOptions options, QObject* parent = nullptr);
    ~SyncAgent() override;  // stops and joins the worker

    void start();
    void stop();
    // Wakes the worker for a round now (after a sale, so that it leaves the terminal quickly when online).
    void syncNow();
    // The last published status; thread-safe.
    [[nodiscard]] SyncStatus status() const;

Q_SIGNALS:
    // Emitted from the worker thread; connect with a receiver context so Qt queues it to the UI thread.
    void statusChanged(const magasin::client::SyncStatus& status);
    void roundFinished(bool complete);

private:
    void run();
    void publish(const SyncStatus& status);

    SyncAgentOptions m_options;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_wake{false};
    mutable std::mutex m_mutex;
    SyncStatus m_status;
};

}  // namespace magasin::client
