// The pull side of sync (ARCHITECTURE.md §5): changes appended in the transaction of the state change they describe,
// read back in commit order with a cursor. Usage: ChangeFeed::append(tx, "product", id, ChangeOp::kUpsert, json);
//   ChangePage page = feed.read(cursor, 500, FeedScope::all());  registerChangeFeedRoute(app, feed, scopeOf);
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "magasin/domain/uuid.hpp"
#include "magasin/server/db_pool.hpp"
#include "magasin/server/exchange.hpp"
#include "magasin/server/http_app.hpp"
#include "magasin/sync/wire.hpp"

namespace magasin::server {

// Who reads: a store's devices see that store's changes plus the unscoped ones; servers see everything.
struct FeedScope {
    std::optional<domain::StoreId> store;  // nullopt: all
    static FeedScope all() { return {}; }
    static FeedScope ofStore(domain::StoreId id) { return {id}; }
};

class ChangeFeed {
public:
    static constexpr int kMaxLimit = 1000;
    static constexpr int kDefaultLimit = 500;

    explicit ChangeFeed(DbPool& pool) : m_pool(pool) {}

    // Records a change in the caller's transaction: it becomes visible, with its seq, exactly when tx commits.
    // The seq is assigned at COMMIT (deferred trigger, docs/adr/0005), so call it from READ COMMITTED transactions;
    // under REPEATABLE READ/SERIALIZABLE two concurrent appenders conflict (40001, retried by withTransaction).
    // `data` is the entity's current state for upsert, null for delete; `store` limits who may read it.
    static void append(pqxx::work& tx, const std::string& entity, const std::string& id, sync::ChangeOp op,
                       const nlohmann::json& data, std::optional<domain::StoreId> store = std::nullopt);

    // Changes with seq > since visible to `scope`, in seq order, at most `limit` (1..kMaxLimit). Passing back the
    // returned cursor yields every committed change exactly once, in order. since = 0 bootstraps (after compaction:
    // the latest change of every entity). Throws HttpError 410 "cursor_expired" when 0 < since < the compaction
    // horizon, or since is beyond the end of this feed (a cursor from another database): re-bootstrap with 0.
    [[nodiscard]] sync::ChangePage read(std::int64_t since, int limit, const FeedScope& scope) const;

    // Deletes changes with seq <= keepAfterSeq that a later change of the same entity supersedes, and moves the
    // horizon to keepAfterSeq (never backwards, never past the end). Returns the number of rows deleted.
    std::size_t compact(std::int64_t keepAfterSeq);

private:
    DbPool& m_pool;
};

// GET /v1/sync/changes?since=&limit= on `app`. scopeOf decides from the request (its token) which changes the
// caller may see and throws HttpError 401/403 itself. Bad since/limit: 400 (not a number) or 422 (out of range).
void registerChangeFeedRoute(HttpApp& app, const ChangeFeed& feed, std::function<FeedScope(Exchange&)> scopeOf);

}  // namespace magasin::server
