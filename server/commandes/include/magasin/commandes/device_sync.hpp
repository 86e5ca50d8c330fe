// What commandes knows of each terminal's sync, for the managers' sync page: when it last pushed and read the feed,
// how its commands went, and the commands it refused. Usage: noteDevicePush(tx, device, now);
// json devices = storeDevicesToJson(tx, store); json refused = storeRejectionsToJson(tx, store, 100);
#pragma once

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

#include "magasin/domain/time.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::commandes {

// The device pushed commands / read the change feed at `at`. Feed reads come every few seconds: the time is
// written at most once per kFeedReadResolution per device (FeedReadNotes decides), so that polling writes nothing.
void noteDevicePush(pqxx::work& tx, const domain::DeviceId& device, domain::Timestamp at);
void noteDeviceFeedRead(pqxx::work& tx, const domain::DeviceId& device, domain::Timestamp at);
inline constexpr std::chrono::seconds kFeedReadResolution{30};

// Which feed reads are worth writing: this process remembers when it last wrote each device's, so that the polls in
// between cost no transaction at all (the UPDATE's own guard still covers several commandes instances).
class FeedReadNotes {
public:
    // True, and remembered, when `device`'s read at `at` comes kFeedReadResolution or more after the last one written.
    bool due(const domain::DeviceId& device, domain::Timestamp at);

private:
    std::mutex m_mutex;
    std::unordered_map<std::string, domain::Timestamp> m_written;
};

// {items: [{id, name, store_id, enrolled_at, revoked, revoked_at, last_push_at, last_feed_at, last_sync_at,
// last_device_seq, commands: {applied, applied_with_flags, rejected}}]}, oldest enrolment first; times null when
// never. last_sync_at is the later of the push and the feed read; last_device_seq the highest seq recorded (0: none).
nlohmann::json storeDevicesToJson(pqxx::transaction_base& tx, const domain::StoreId& store);

// {items: [{command_id, device_id, device_name, device_seq, type, at, problem: {status, code, title, detail,
// errors}}]}: the store's devices' rejected commands, newest first, at most `limit`.
nlohmann::json storeRejectionsToJson(pqxx::transaction_base& tx, const domain::StoreId& store, int limit);

}  // namespace magasin::commandes
