#include "magasin/server/db_pool.hpp"

#include <pqxx/pqxx>

#include "magasin/server/http_error.hpp"

namespace magasin::server {

DbPool::Lease::Lease(DbPool* pool, std::size_t slot, pqxx::connection* connection)
    : m_pool(pool), m_slot(slot), m_connection(connection) {}

DbPool::Lease::Lease(Lease&& other) noexcept
    : m_pool(other.m_pool), m_slot(other.m_slot), m_connection(other.m_connection), m_broken(other.m_broken) {
    other.m_pool = nullptr;
}

DbPool::Lease::~Lease() {
    if (m_pool != nullptr) {
        m_pool->release(m_slot, m_broken);
    }
}

DbPool::DbPool(DbPoolOptions options, Metrics* metrics) : m_options(std::move(options)), m_slots(m_options.size) {
    if (m_options.size == 0) {
        throw std::invalid_argument("DbPool: size must be at least 1");
    }
    if (metrics != nullptr) {
        m_sizeGauge = &metrics->gauge("magasin_db_pool_size", "Connections the database pool may hold");
        m_inUseGauge = &metrics->gauge("magasin_db_pool_in_use", "Database connections leased right now");
    }
    publishGauges();
}

DbPool::~DbPool() = default;

DbPool::Lease DbPool::acquire() {
    return acquire(m_options.acquireTimeout);
}

DbPool::Lease DbPool::acquire(std::chrono::milliseconds timeout) {
    std::size_t slot = 0;
    {
        std::unique_lock lock(m_mutex);
        if (!m_freed.wait_for(lock, timeout, [this] { return m_inUse < m_slots.size(); })) {
            throw HttpError::unavailable("Every database connection is busy; try again shortly");
        }
        while (m_slots[slot].leased) {
            ++slot;
        }
        m_slots[slot].leased = true;
        ++m_inUse;
        publishGauges();
    }
    // Connecting happens outside the lock: the slot is ours, and a slow connect must not block other leases.
    Slot& s = m_slots[slot];
    try {
        if (!s.connection || !s.connection->is_open()) {
            s.connection.reset();
            auto connection = std::make_unique<pqxx::connection>(m_options.conninfo);
            if (m_options.prepare) {
                m_options.prepare(*connection);
            }
            s.connection = std::move(connection);
        }
    } catch (const pqxx::broken_connection& e) {
        release(slot, true);
        // The driver's message names hosts and socket paths: the log gets it (what()), the client does not.
        throw HttpError::unavailable("The database cannot be reached; try again shortly", e.what());
    } catch (...) {
        release(slot, true);
        throw;
    }
    return Lease(this, slot, s.connection.get());
}

void DbPool::release(std::size_t slot, bool broken) {
    std::lock_guard lock(m_mutex);
    if (broken) {
        m_slots[slot].connection.reset();
    }
    m_slots[slot].leased = false;
    --m_inUse;
    publishGauges();
    m_freed.notify_one();
}

bool DbPool::ping() {
    try {
        auto lease = acquire(std::chrono::milliseconds(500));
        try {
            pqxx::nontransaction tx(*lease);
            tx.exec("SELECT 1");
            return true;
        } catch (const pqxx::broken_connection&) {
            lease.markBroken();
            return false;
        }
    } catch (const std::exception&) {
        return false;
    }
}

std::size_t DbPool::inUse() const {
    std::lock_guard lock(m_mutex);
    return m_inUse;
}

void DbPool::publishGauges() {
    if (m_sizeGauge != nullptr) {
        m_sizeGauge->Set(static_cast<double>(m_slots.size()));
        m_inUseGauge->Set(static_cast<double>(m_inUse));
    }
}

}  // namespace magasin::server
