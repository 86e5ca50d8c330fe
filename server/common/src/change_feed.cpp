#include "magasin/server/change_feed.hpp"

#include <charconv>

#include "magasin/server/http_error.hpp"
#include "magasin/server/transaction.hpp"
#include "magasin/sync/wire.hpp"

namespace magasin::server {
namespace {

std::string opName(sync::ChangeOp op) {
    return std::string(sync::changeOpName(op));
}
sync::ChangeOp parseOp(const std::string& text) {
    return text == "delete" ? sync::ChangeOp::kDelete : sync::ChangeOp::kUpsert;
}

HttpError cursorExpired(std::string detail) {
    return {410, "cursor_expired", "Cursor expired", std::move(detail)};
}

// The one place a query parameter becomes a bounded integer: 400 when it is not a number, 422 when out of range.
std::int64_t integerParam(Exchange& ex, const std::string& name, std::int64_t fallback, std::int64_t min,
                          std::int64_t max) {
    const auto text = ex.query(name);
    if (!text) {
        return fallback;
    }
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (error != std::errc() || end != text->data() + text->size() || text->empty()) {
        throw HttpError::badRequest("Query parameter " + name + " must be an integer, got '" + *text + "'");
    }
    if (value < min || value > max) {
        throw HttpError::invalidField(name, "sync.changes." + name + ".range",
                                      name + " must be between " + std::to_string(min) + " and " + std::to_string(max));
    }
    return value;
}

}  // namespace

void ChangeFeed::append(pqxx::work& tx, const std::string& entity, const std::string& id, sync::ChangeOp op,
                        const nlohmann::json& data, std::optional<domain::StoreId> store) {
    tx.exec_params(
        "INSERT INTO changes (entity, id, op, data, store_id) VALUES ($1, $2, $3, $4::jsonb, NULLIF($5, '')::uuid)",
        entity, id, opName(op), data.dump(), store ? store->toString() : std::string());
}

sync::ChangePage ChangeFeed::read(std::int64_t since, int limit, const FeedScope& scope) const {
    if (limit < 1 || limit > kMaxLimit) {
        throw HttpError::invalidField("limit", "sync.changes.limit.range",
                                      "limit must be between 1 and " + std::to_string(kMaxLimit));
    }
    // One statement, hence one snapshot: the rows, the end of the feed and the horizon agree with each other.
    const pqxx::result rows = withReadOnly(m_pool, [&](pqxx::nontransaction& tx) {
        return tx.exec_params(
            "SELECT f.horizon, f.last_seq, c.seq, c.entity, c.id, c.op, c.data::text"
            " FROM feed_state f LEFT JOIN LATERAL ("
            "   SELECT seq, entity, id, op, data FROM changes"
            "    WHERE seq > $1 AND (NULLIF($2, '')::uuid IS NULL OR store_id IS NULL OR store_id = NULLIF($2, "
            "'')::uuid)"
            "    ORDER BY seq LIMIT $3) c ON true"
            " ORDER BY c.seq",
            since, scope.store ? scope.store->toString() : std::string(), limit + 1);
    });
    const auto horizon = rows[0][0].as<std::int64_t>();
    const auto lastSeq = rows[0][1].as<std::int64_t>();
    if (since < 0 || (since > 0 && since < horizon)) {
        throw cursorExpired("Changes after " + std::to_string(since) + " were compacted (horizon " +
                            std::to_string(horizon) + "): start again from since=0");
    }
    if (since > lastSeq) {
        throw cursorExpired("Cursor " + std::to_string(since) + " is beyond the end of this feed (" +
                            std::to_string(lastSeq) + "): start again from since=0");
    }
    sync::ChangePage page;
    page.cursor = since;
    for (const auto& row : rows) {
        if (row[2].is_null()) {
            break;  // the LEFT JOIN's empty side: no changes
        }
        if (static_cast<int>(page.changes.size()) == limit) {
            page.hasMore = true;
            break;
        }
        sync::Change change;
        change.seq = row[2].as<std::int64_t>();
        change.entity = row[3].as<std::string>();
        change.id = row[4].as<std::string>();
        change.op = parseOp(row[5].as<std::string>());
        change.data = row[6].is_null() ? nlohmann::json() : nlohmann::json::parse(row[6].as<std::string>());
        page.cursor = change.seq;
        page.changes.push_back(std::move(change));
    }
    if (!page.hasMore) {
        // Everything up to the end of the feed was examined: skip past other stores' changes for good.
        page.cursor = std::max(page.cursor, lastSeq);
    }
    return page;
}

std::size_t ChangeFeed::compact(std::int64_t keepAfterSeq) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        const auto lastSeq = tx.exec("SELECT last_seq FROM feed_state FOR UPDATE")[0][0].as<std::int64_t>();
        const std::int64_t upTo = std::min(keepAfterSeq, lastSeq);
        const auto deleted = tx.exec_params(
            "DELETE FROM changes c WHERE c.seq <= $1 AND EXISTS ("
            " SELECT 1 FROM changes n WHERE n.entity = c.entity AND n.id = c.id AND n.seq > c.seq)",
            upTo);
        tx.exec_params("UPDATE feed_state SET horizon = GREATEST(horizon, $1)", upTo);
        return deleted.affected_rows();
    });
}

void registerChangeFeedRoute(HttpApp& app, const ChangeFeed& feed, std::function<FeedScope(Exchange&)> scopeOf) {
    app.route(Method::kGet, "/v1/sync/changes", [&feed, scopeOf = std::move(scopeOf)](Exchange& ex) {
        const FeedScope scope = scopeOf(ex);
        const auto since = integerParam(ex, "since", 0, 0, std::numeric_limits<std::int64_t>::max());
        const auto limit = integerParam(ex, "limit", ChangeFeed::kDefaultLimit, 1, ChangeFeed::kMaxLimit);
        ex.json(200, sync::toJson(feed.read(since, static_cast<int>(limit), scope)));
    });
}

}  // namespace magasin::server
