#include "magasin/commandes/device_sync.hpp"

#include <optional>
#include <string>

#include "magasin/sync/problem.hpp"

namespace magasin::commandes {

using nlohmann::json;

namespace {

std::string millis(domain::Timestamp at) {
    return std::to_string(at.time_since_epoch().count());
}

// A timestamptz read as epoch milliseconds (NULL: never) in the wire's ISO-8601 form.
json timeOrNull(const pqxx::field& field) {
    if (field.is_null()) {
        return nullptr;
    }
    return domain::toIso8601(domain::Timestamp(std::chrono::milliseconds(field.as<std::int64_t>())));
}

std::string epochMs(const std::string& column) {
    return "(extract(epoch FROM " + column + ") * 1000)::bigint";
}

// These times only inform a person: a commit that does not wait for the disk keeps the push and the feed read fast.
void relaxedCommit(pqxx::work& tx) {
    tx.exec("SET LOCAL synchronous_commit = off");
}

}  // namespace

void noteDevicePush(pqxx::work& tx, const domain::DeviceId& device, domain::Timestamp at) {
    relaxedCommit(tx);
    tx.exec_params("UPDATE devices SET last_push_at = to_timestamp($2::bigint / 1000.0) WHERE id = $1::uuid",
                   device.toString(), millis(at));
}

void noteDeviceFeedRead(pqxx::work& tx, const domain::DeviceId& device, domain::Timestamp at) {
    relaxedCommit(tx);
    tx.exec_params(
        "UPDATE devices SET last_feed_at = to_timestamp($2::bigint / 1000.0) WHERE id = $1::uuid"
        " AND (last_feed_at IS NULL OR last_feed_at < to_timestamp(($2::bigint - $3::bigint) / 1000.0))",
        device.toString(), millis(at),
        std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(kFeedReadResolution).count()));
}

bool FeedReadNotes::due(const domain::DeviceId& device, domain::Timestamp at) {
    std::lock_guard lock(m_mutex);
    auto [it, first] = m_written.try_emplace(device.toString(), at);
    if (!first && at - it->second < kFeedReadResolution) {
        return false;
    }
    it->second = at;
    return true;
}

json storeDevicesToJson(pqxx::transaction_base& tx, const domain::StoreId& store) {
    // One pass over the store's devices' command records (sync_commands is keyed by (device_id, device_seq)).
    const auto rows =
        tx.exec_params("SELECT d.id::text, d.name, " + epochMs("d.enrolled_at") + ", " + epochMs("d.revoked_at") +
                           ", " + epochMs("d.last_push_at") + ", " + epochMs("d.last_feed_at") +
                           ", c.last_seq, c.applied, c.flagged, c.rejected FROM devices d"
                           " LEFT JOIN LATERAL (SELECT COALESCE(max(device_seq), 0) AS last_seq,"
                           " count(*) FILTER (WHERE outcome->>'status' = 'applied') AS applied,"
                           " count(*) FILTER (WHERE outcome->>'status' = 'applied_with_flags') AS flagged,"
                           " count(*) FILTER (WHERE outcome->>'status' = 'rejected') AS rejected"
                           " FROM sync_commands s WHERE s.device_id = d.id) c ON true"
                           " WHERE d.store_id = $1::uuid ORDER BY d.enrolled_at, d.id",
                       store.toString());
    json items = json::array();
    for (const auto& row : rows) {
        const json push = timeOrNull(row[4]);
        const json feed = timeOrNull(row[5]);
        json lastSync = nullptr;
        if (!row[4].is_null() || !row[5].is_null()) {
            lastSync = row[4].is_null()                                         ? feed
                       : row[5].is_null()                                       ? push
                       : row[4].as<std::int64_t>() >= row[5].as<std::int64_t>() ? push
                                                                                : feed;
        }
        items.push_back({{"id", row[0].as<std::string>()},
                         {"name", row[1].as<std::string>()},
                         {"store_id", store.toString()},
                         {"enrolled_at", timeOrNull(row[2])},
                         {"revoked", !row[3].is_null()},
                         {"revoked_at", timeOrNull(row[3])},
                         {"last_push_at", push},
                         {"last_feed_at", feed},
                         {"last_sync_at", lastSync},
                         {"last_device_seq", row[6].as<std::int64_t>()},
                         {"commands",
                          {{"applied", row[7].as<std::int64_t>()},
                           {"applied_with_flags", row[8].as<std::int64_t>()},
                           {"rejected", row[9].as<std::int64_t>()}}}});
    }
    return {{"items", std::move(items)}};
}

json storeRejectionsToJson(pqxx::transaction_base& tx, const domain::StoreId& store, int limit) {
    const auto rows = tx.exec_params(
        "SELECT s.command_id::text, d.id::text, d.name, s.device_seq, s.type, " + epochMs("s.applied_at") +
            ", s.outcome->'problem' FROM sync_commands s JOIN devices d ON d.id = s.device_id"
            " WHERE d.store_id = $1::uuid AND s.outcome->>'status' = 'rejected'"
            " ORDER BY s.applied_at DESC, s.device_seq DESC LIMIT $2",
        store.toString(), limit);
    json items = json::array();
    for (const auto& row : rows) {
        sync::Problem problem;
        if (!row[6].is_null()) {
            sync::from_json(json::parse(row[6].as<std::string>(), nullptr, false), problem);
        }
        json errors = json::array();
        for (const auto& e : problem.errors) {
            errors.push_back({{"field", e.field}, {"rule", e.rule}, {"message", e.message}});
        }
        items.push_back({{"command_id", row[0].as<std::string>()},
                         {"device_id", row[1].as<std::string>()},
                         {"device_name", row[2].as<std::string>()},
                         {"device_seq", row[3].as<std::int64_t>()},
                         {"type", row[4].as<std::string>()},
                         {"at", timeOrNull(row[5])},
                         {"problem",
                          {{"status", problem.status},
                           {"code", problem.code()},
                           {"title", problem.title},
                           {"detail", problem.detail},
                           {"errors", std::move(errors)}}}});
    }
    return {{"items", std::move(items)}};
}

}  // namespace magasin::commandes
