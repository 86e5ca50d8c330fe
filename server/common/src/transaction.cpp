#include "magasin/server/transaction.hpp"

#include <algorithm>
#include <random>
#include <thread>

#include <pqxx/pqxx>

#include "magasin/server/http_error.hpp"

namespace magasin::server {
namespace {

const char* isolationStatement(Isolation isolation) {
    switch (isolation) {
        case Isolation::kReadCommitted: return nullptr;
        case Isolation::kRepeatableRead: return "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ";
        case Isolation::kSerializable: return "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE";
    }
    return nullptr;
}

void backoff(const RetryPolicy& retry, int attempt) {
    thread_local std::mt19937_64 random{std::random_device{}()};
    const auto cap = std::min<long long>(retry.maxDelay.count(), retry.baseDelay.count() << std::min(attempt, 20));
    std::uniform_int_distribution<long long> jitter(0, std::max<long long>(cap, 0));
    std::this_thread::sleep_for(std::chrono::milliseconds(jitter(random)));
}

}  // namespace

void runInTransaction(DbPool& pool, const std::function<void(pqxx::work&)>& fn, Isolation isolation,
                      const RetryPolicy& retry) {
    const int attempts = std::max(retry.maxAttempts, 1);
    for (int attempt = 1;; ++attempt) {
        std::string reason;
        {
            auto lease = pool.acquire();
            try {
                pqxx::work tx(*lease);
                if (const char* set = isolationStatement(isolation)) {
                    tx.exec(set);  // must be the transaction's first statement
                }
                fn(tx);
                tx.commit();
                return;
            } catch (const pqxx::serialization_failure&) {
                reason = "serialization failure";
            } catch (const pqxx::deadlock_detected&) {
                reason = "deadlock";
            } catch (const pqxx::broken_connection&) {
                // Before COMMIT was sent the server rolled back with the connection; a lost COMMIT is
                // pqxx::in_doubt_error instead, which propagates because the outcome is unknown.
                lease.markBroken();
                reason = "broken connection";
            }
        }
        if (attempt >= attempts) {
            throw HttpError::unavailable("The database stayed busy (" + reason + " after " + std::to_string(attempts) +
                                         " attempts); try again");
        }
        backoff(retry, attempt);
    }
}

}  // namespace magasin::server
