// Follows another server's change feed: each page is applied in ONE transaction together with the new cursor (kept
// in this server's feed_cursors table), so a crash never applies a change twice nor skips one.
// Usage: FeedConsumer c(pool, {"commandes"}, httpFeed(commandesClient), [](pqxx::work& tx, const sync::Change& ch)
// {...});
//        c.start();  // background thread; or call c.pollOnce() in tests
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include <pqxx/pqxx>

#include "magasin/server/db_pool.hpp"
#include "magasin/server/json_log.hpp"
#include "magasin/server/metrics.hpp"
#include "magasin/server/service_client.hpp"
#include "magasin/sync/wire.hpp"

namespace magasin::server {

// Thrown by a Fetch when the source answers 410: the cursor is older than its compaction horizon.
class FeedCursorExpired : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class FeedConsumer {
public:
    // Reads the page after `since`. Throws FeedCursorExpired on 410, anything else on failure (retried later).
    using Fetch = std::function<sync::ChangePage(std::int64_t since, int limit)>;
    // Applies one change inside the page's transaction. Must be idempotent for re-bootstraps (upserts, UNIQUE sources).
    using Apply = std::function<void(pqxx::work&, const sync::Change&)>;

    struct Options {
        std::string feed;  // the cursor's name in feed_cursors, e.g. "commandes"
        int pageSize = 500;
        std::chrono::milliseconds idleInterval{250};  // wait between polls once caught up
        std::chrono::milliseconds maxBackoff{5000};   // longest wait after failures
    };

    struct PollResult {
        std::size_t applied = 0;
        bool hasMore = false;
    };

    FeedConsumer(DbPool& pool, Options options, Fetch fetch, Apply apply, JsonLog* log = nullptr,
                 Metrics* metrics = nullptr);
    ~FeedConsumer();
    FeedConsumer(const FeedConsumer&) = delete;
    FeedConsumer& operator=(const FeedConsumer&) = delete;

    // One page: fetch after the stored cursor, apply every change and store the new cursor in one transaction.
    // On 410 the cursor goes back to 0 (the next poll re-bootstraps). Exceptions from fetch or apply propagate and
    // leave the cursor where it was.
    PollResult pollOnce();
    [[nodiscard]] std::int64_t cursor() const;

    // Polls in a background thread until stop(): pages back to back while there is more, then every idleInterval;
    // failures are logged and retried with a growing delay.
    void start();
    void stop();

private:
    void run();

    DbPool& m_pool;
    Options m_options;
    Fetch m_fetch;
    Apply m_apply;
    JsonLog* m_log;
    Metrics* m_metrics;
    std::chrono::steady_clock::time_point m_caughtUpAt;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
};

// A Fetch that reads `path` (default /v1/sync/changes) through a ServiceClient with the server's service token.
FeedConsumer::Fetch httpFeed(ServiceClient& client, std::string path = "/v1/sync/changes");

}  // namespace magasin::server
