// Group commit: concurrent units of work share one transaction and one durable COMMIT, each behind its own
// savepoint, so that a write path whose commits serialize (the change feed numbers its changes under one row lock
// held until the commit is on disk, docs/adr/0005) pays one fsync for many requests instead of one each.
// Usage: GroupCommit group(pool); group.run([&](pqxx::work& tx) { record(tx, sale); });  // returns once committed
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>

#include <pqxx/pqxx>

#include "magasin/server/db_pool.hpp"

namespace magasin::server {

class GroupCommit {
public:
    struct Options {
        std::size_t maxBatch = 64;  // units of work in one transaction
        std::size_t maxGroups = 4;  // transactions in flight at once (each holds one pooled connection)
    };

    explicit GroupCommit(DbPool& pool) : GroupCommit(pool, Options{}) {}
    GroupCommit(DbPool& pool, Options options) : m_pool(pool), m_options(options) {}
    GroupCommit(const GroupCommit&) = delete;
    GroupCommit& operator=(const GroupCommit&) = delete;

    // Runs work(tx) in a transaction shared with the units submitted meanwhile and returns once that transaction
    // committed. An exception from `work` rolls back its own savepoint only and is rethrown here, to this caller
    // alone; a statement the database refuses (pqxx::sql_error) loses the transaction, so the group runs again
    // without that unit. Like withTransaction: on serialization failures and deadlocks the whole group runs again, so
    // `work` may run more than once and must only touch `tx`; a failed commit is rethrown to every unit of the group.
    void run(const std::function<void(pqxx::work&)>& work);

private:
    struct Unit {
        const std::function<void(pqxx::work&)>* work;
        std::exception_ptr error;
        bool refused = false;  // its statement lost the transaction: left out when the group runs again
        bool done = false;
    };
    void execute(std::deque<Unit*>& group);

    DbPool& m_pool;
    Options m_options;
    std::mutex m_mutex;
    std::condition_variable m_done;
    std::deque<Unit*> m_queue;
    std::size_t m_groups = 0;
};

}  // namespace magasin::server
