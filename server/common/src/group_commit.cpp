#include "magasin/server/group_commit.hpp"

#include "magasin/server/transaction.hpp"

namespace magasin::server {

namespace {

// Thrown out of the shared transaction when one unit's statement lost it: the group runs again without that unit.
struct UnitRefused {};

}  // namespace

void GroupCommit::run(const std::function<void(pqxx::work&)>& work) {
    Unit unit{&work, nullptr};
    std::unique_lock lock(m_mutex);
    m_queue.push_back(&unit);
    while (!unit.done) {
        if (m_groups < m_options.maxGroups && !m_queue.empty()) {
            // Lead a group: everything queued so far (this unit included unless an earlier leader took it).
            std::deque<Unit*> group;
            while (!m_queue.empty() && group.size() < m_options.maxBatch) {
                group.push_back(m_queue.front());
                m_queue.pop_front();
            }
            ++m_groups;
            lock.unlock();
            execute(group);
            lock.lock();
            --m_groups;
            for (Unit* member : group) {
                member->done = true;
            }
            m_done.notify_all();
        } else {
            m_done.wait(lock);
        }
    }
    lock.unlock();
    if (unit.error) {
        std::rethrow_exception(unit.error);
    }
}

void GroupCommit::execute(std::deque<Unit*>& group) {
    for (;;) {
        try {
            runInTransaction(m_pool, [&](pqxx::work& tx) {
                for (Unit* unit : group) {
                    if (unit->refused) {
                        continue;
                    }
                    unit->error = nullptr;
                    tx.exec("SAVEPOINT unit");
                    try {
                        (*unit->work)(tx);
                    } catch (const pqxx::transaction_rollback&) {
                        throw;  // serialization failure or deadlock: runInTransaction runs the whole group again
                    } catch (const pqxx::broken_connection&) {
                        throw;
                    } catch (const pqxx::sql_error&) {
                        unit->error = std::current_exception();
                        unit->refused = true;
                        throw UnitRefused{};
                    } catch (...) {
                        unit->error = std::current_exception();
                        tx.exec("ROLLBACK TO SAVEPOINT unit");
                        continue;
                    }
                    tx.exec("RELEASE SAVEPOINT unit");
                }
            });
            return;
        } catch (const UnitRefused&) {
            continue;  // the refused unit keeps its error; the others run again in a fresh transaction
        } catch (...) {
            // The commit failed or the database stayed busy: nobody's work is there.
            for (Unit* unit : group) {
                if (!unit->refused) {
                    unit->error = std::current_exception();
                }
            }
            return;
        }
    }
}

}  // namespace magasin::server
