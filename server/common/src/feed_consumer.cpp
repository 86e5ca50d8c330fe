#include "magasin/server/feed_consumer.hpp"

#include "magasin/domain/uuid.hpp"
#include "magasin/server/http_error.hpp"
#include "magasin/server/transaction.hpp"

namespace magasin::server {

FeedConsumer::FeedConsumer(DbPool& pool, Options options, Fetch fetch, Apply apply, JsonLog* log, Metrics* metrics)
    : m_pool(pool),
      m_options(std::move(options)),
      m_fetch(std::move(fetch)),
      m_apply(std::move(apply)),
      m_log(log),
      m_metrics(metrics),
      m_caughtUpAt(std::chrono::steady_clock::now()) {}

FeedConsumer::~FeedConsumer() {
    stop();
}

std::int64_t FeedConsumer::cursor() const {
    return withReadOnly(m_pool, [this](pqxx::nontransaction& tx) {
        const auto rows = tx.exec_params("SELECT cursor FROM feed_cursors WHERE feed = $1", m_options.feed);
        return rows.empty() ? std::int64_t{0} : rows[0][0].as<std::int64_t>();
    });
}

FeedConsumer::PollResult FeedConsumer::pollOnce() {
    const std::int64_t since = cursor();
    sync::ChangePage page;
    try {
        page = m_fetch(since, m_options.pageSize);
    } catch (const FeedCursorExpired&) {
        if (m_log != nullptr) {
            m_log->warn("feed cursor expired, re-bootstrapping", {{"feed", m_options.feed}, {"cursor", since}});
        }
        withTransaction(m_pool, [this](pqxx::work& tx) {
            tx.exec_params("UPDATE feed_cursors SET cursor = 0, updated_at = now() WHERE feed = $1", m_options.feed);
        });
        return {0, true};
    }
    const bool applied = withTransaction(m_pool, [&](pqxx::work& tx) {
        // The row lock on the cursor makes two instances of this server take turns instead of applying a page twice.
        tx.exec_params("INSERT INTO feed_cursors (feed) VALUES ($1) ON CONFLICT (feed) DO NOTHING", m_options.feed);
        const auto locked =
            tx.exec_params("SELECT cursor FROM feed_cursors WHERE feed = $1 FOR UPDATE", m_options.feed)[0][0]
                .as<std::int64_t>();
        if (locked != since) {
            return false;  // another instance applied this page meanwhile; the next poll starts from its cursor
        }
        for (const auto& change : page.changes) {
            m_apply(tx, change);
        }
        tx.exec_params("UPDATE feed_cursors SET cursor = $2, updated_at = now() WHERE feed = $1", m_options.feed,
                       page.cursor);
        return true;
    });
    if (!applied) {
        return {0, true};
    }
    const auto now = std::chrono::steady_clock::now();
    if (!page.hasMore) {
        m_caughtUpAt = now;
    }
    if (m_metrics != nullptr) {
        m_metrics
            ->gauge("magasin_feed_consumer_lag_seconds", "Seconds since this consumer last read the end of its feed",
                    {{"feed", m_options.feed}})
            .Set(std::chrono::duration<double>(now - m_caughtUpAt).count());
        m_metrics->gauge("magasin_feed_consumer_cursor", "Last seq applied from the feed", {{"feed", m_options.feed}})
            .Set(static_cast<double>(page.cursor));
    }
    return {page.changes.size(), page.hasMore};
}

void FeedConsumer::start() {
    const std::lock_guard lock(m_mutex);
    if (m_thread.joinable()) {
        return;
    }
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void FeedConsumer::stop() {
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void FeedConsumer::run() {
    auto delay = m_options.idleInterval;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            if (m_stopping) {
                return;
            }
        }
        std::chrono::milliseconds wait{0};
        try {
            const PollResult result = pollOnce();
            delay = m_options.idleInterval;
            wait = result.hasMore ? std::chrono::milliseconds{0} : m_options.idleInterval;
        } catch (const std::exception& e) {
            if (m_log != nullptr) {
                m_log->warn("feed poll failed", {{"feed", m_options.feed}, {"error", e.what()}});
            }
            wait = delay;
            delay = std::min(delay * 2, m_options.maxBackoff);
        }
        if (wait.count() > 0) {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, wait, [this] { return m_stopping; });
        }
    }
}

FeedConsumer::Fetch httpFeed(ServiceClient& client, std::string path) {
    return [&client, path = std::move(path)](std::int64_t since, int limit) {
        thread_local domain::UuidV7Generator ids(domain::systemClock(), domain::systemRandom());
        const auto response = client.get(path + "?since=" + std::to_string(since) + "&limit=" + std::to_string(limit),
                                         ids.next().toString());
        if (response.status == 410) {
            throw FeedCursorExpired("cursor " + std::to_string(since) + " expired");
        }
        if (response.status != 200) {
            throw HttpError(503, "upstream_unavailable", "Service unavailable",
                            "The feed answered HTTP " + std::to_string(response.status));
        }
        return sync::changePageFromJson(response.json());
    };
}

}  // namespace magasin::server
