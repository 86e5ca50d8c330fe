// A fixed-size pool of PostgreSQL connections (one per HTTP worker), each prepared by the server's own statements.
// Usage: DbPool pool({conninfo, 8, [](pqxx::connection& c) { c.prepare("find", "SELECT ..."); }}, &app.metrics());
//        auto lease = pool.acquire(); pqxx::nontransaction tx(*lease); tx.exec_prepared("find", id);
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <pqxx/connection>

#include "magasin/server/metrics.hpp"

namespace magasin::server {

struct DbPoolOptions {
    std::string conninfo;  // libpq conninfo: "host=/run/pg port=5432 dbname=produits_db user=magasin"
    std::size_t size = 8;  // match HttpOptions::workers: one connection per worker thread never waits
    // Runs on every new connection (at first use and after a broken one is replaced): c.prepare(name, sql)...
    std::function<void(pqxx::connection&)> prepare = nullptr;
    std::chrono::milliseconds acquireTimeout{2000};  // default wait of acquire()
};

class DbPool {
public:
    // The use of one connection; gives it back to the pool when destroyed. Movable, not copyable.
    class Lease {
    public:
        Lease(Lease&& other) noexcept;
        Lease& operator=(Lease&&) = delete;
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        ~Lease();

        pqxx::connection& operator*() const { return *m_connection; }
        pqxx::connection* operator->() const { return m_connection; }
        // The connection failed (pqxx::broken_connection): the pool replaces it on its next use.
        void markBroken() { m_broken = true; }

    private:
        friend class DbPool;
        Lease(DbPool* pool, std::size_t slot, pqxx::connection* connection);
        DbPool* m_pool;
        std::size_t m_slot;
        pqxx::connection* m_connection;
        bool m_broken = false;
    };

    // Connects nothing yet: connections open on first use, so a server starts (not ready) while the database is down.
    // metrics may be null; otherwise the pool keeps magasin_db_pool_size and magasin_db_pool_in_use up to date.
    explicit DbPool(DbPoolOptions options, Metrics* metrics = nullptr);
    ~DbPool();
    DbPool(const DbPool&) = delete;
    DbPool& operator=(const DbPool&) = delete;

    // A connection within `timeout` (options().acquireTimeout when omitted), opened or reopened if needed.
    // Throws HttpError 503 "unavailable" when none frees up in time or the database cannot be reached.
    Lease acquire();
    Lease acquire(std::chrono::milliseconds timeout);

    // SELECT 1 on a pooled connection within a short wait; false instead of throwing. For /health/ready.
    bool ping();

    [[nodiscard]] std::size_t size() const { return m_slots.size(); }
    [[nodiscard]] std::size_t inUse() const;
    [[nodiscard]] const DbPoolOptions& options() const { return m_options; }

private:
    struct Slot {
        std::unique_ptr<pqxx::connection> connection;
        bool leased = false;
    };
    void release(std::size_t slot, bool broken);
    void publishGauges();

    DbPoolOptions m_options;
    std::vector<Slot> m_slots;
    std::size_t m_inUse = 0;
    mutable std::mutex m_mutex;
    std::condition_variable m_freed;
    prometheus::Gauge* m_sizeGauge = nullptr;
    prometheus::Gauge* m_inUseGauge = nullptr;
};

}  // namespace magasin::server
