// Run a unit of work in one PostgreSQL transaction from the pool, retried on serialization failures and deadlocks.
// Usage: int n = withTransaction(pool, [&](pqxx::work& tx) { return tx.exec("UPDATE ...").affected_rows(); });
//        auto row = withReadOnly(pool, [&](pqxx::nontransaction& tx) { return tx.exec_prepared1("find", id); });
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

#include <pqxx/pqxx>

#include "magasin/server/db_pool.hpp"

namespace magasin::server {

enum class Isolation { kReadCommitted, kRepeatableRead, kSerializable };

struct RetryPolicy {
    int maxAttempts = 5;                     // after the last failed attempt: HttpError 503
    std::chrono::milliseconds baseDelay{5};  // full jitter: sleep uniform in [0, min(maxDelay, base * 2^attempt)]
    std::chrono::milliseconds maxDelay{200};
};

// Runs fn(tx) and commits. On 40001 (serialization failure) or 40P01 (deadlock) the transaction is rolled back and
// fn runs AGAIN on a fresh transaction, so fn must have no effect outside the database (or an idempotent one).
// A connection found broken before the commit is replaced and the work retried too. Every other exception
// (HttpError, DomainError, pqxx::sql_error...) rolls back and propagates. After maxAttempts: HttpError 503.
void runInTransaction(DbPool& pool, const std::function<void(pqxx::work&)>& fn,
                      Isolation isolation = Isolation::kReadCommitted, const RetryPolicy& retry = {});

template <typename Fn>
auto withTransaction(DbPool& pool, Fn&& fn, Isolation isolation = Isolation::kReadCommitted,
                     const RetryPolicy& retry = {}) -> std::invoke_result_t<Fn&, pqxx::work&> {
    using Result = std::invoke_result_t<Fn&, pqxx::work&>;
    if constexpr (std::is_void_v<Result>) {
        runInTransaction(
            pool, [&](pqxx::work& tx) { fn(tx); }, isolation, retry);
    } else {
        std::optional<Result> result;
        runInTransaction(
            pool, [&](pqxx::work& tx) { result.emplace(fn(tx)); }, isolation, retry);
        return std::move(*result);
    }
}

// Point reads without BEGIN/COMMIT: each statement is its own snapshot. A broken connection is replaced and the
// read retried once; other errors propagate.
template <typename Fn>
auto withReadOnly(DbPool& pool, Fn&& fn) -> std::invoke_result_t<Fn&, pqxx::nontransaction&> {
    for (int attempt = 0;; ++attempt) {
        auto lease = pool.acquire();
        try {
            pqxx::nontransaction tx(*lease);
            return fn(tx);
        } catch (const pqxx::broken_connection&) {
            lease.markBroken();
            if (attempt > 0) {
                throw;
            }
        }
    }
}

}  // namespace magasin::server
