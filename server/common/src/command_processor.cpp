#include "magasin/server/command_processor.hpp"

#include <exception>
#include <map>

#include "magasin/domain/domain_error.hpp"
#include "magasin/server/error_mapping.hpp"
#include "magasin/server/http_error.hpp"
#include "magasin/server/transaction.hpp"
#include "magasin/sync/wire.hpp"

namespace magasin::server {
namespace {

nlohmann::json outcomeJson(const sync::CommandOutcome& o) {
    return sync::toJson(o);
}

sync::CommandOutcome outcomeFromStored(const nlohmann::json& j) {
    return sync::outcomeFromJson(j);
}

sync::CommandOutcome rejected(const sync::Command& c, sync::Problem problem) {
    sync::CommandOutcome o;
    o.commandId = c.commandId;
    o.deviceSeq = c.deviceSeq;
    o.status = sync::OutcomeStatus::kRejected;
    problem.requestId.clear();  // stored and replayed: must not carry the first request's id
    o.problem = std::move(problem);
    return o;
}

// The device's advisory lock key: its UUID folded to 64 bits.
std::string deviceLockKey(const domain::DeviceId& device) {
    const auto& b = device.uuid().bytes();
    std::uint64_t key = 0;
    for (std::size_t i = 0; i < 8; ++i) {
        key = (key << 8) | static_cast<std::uint64_t>(b[i] ^ b[i + 8]);
    }
    return std::to_string(static_cast<std::int64_t>(key));
}

}  // namespace

void CommandProcessor::registerHandler(std::string type, Handler handler) {
    m_handlers.insert_or_assign(std::move(type), std::move(handler));
}

sync::PushResponse CommandProcessor::process(const sync::PushRequest& request) {
    const std::string lockKey = deviceLockKey(request.deviceId);
    const std::string device = request.deviceId.toString();
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::size_t failedAt = kNone;  // the command whose handler was running when the database refused a statement
    // ONE transaction for the batch, one savepoint per command: a rejected command rolls back to its savepoint only,
    // and the batch costs one durable commit instead of one per command (a terminal uploads its queue in batches of
    // 100 after a day offline). Nothing is answered before the commit, so a failed commit leaves the device to push
    // the same batch again, and the stored outcomes make that replay safe.
    auto run = [&](std::size_t limit) {
        return withTransaction(m_pool, [&](pqxx::work& tx) {
            sync::PushResponse batch;
            tx.exec_params("SELECT pg_advisory_xact_lock($1::bigint)", lockKey);
            std::string ids = "{";
            for (const auto& c : request.commands) {
                ids += (ids.size() > 1 ? "," : "") + c.commandId.toString();
            }
            ids += "}";
            std::map<std::string, nlohmann::json> stored;
            for (const auto& row : tx.exec_params(
                     "SELECT command_id::text, outcome::text FROM sync_commands WHERE command_id = ANY($1::uuid[])",
                     ids)) {
                stored.emplace(row[0].as<std::string>(), nlohmann::json::parse(row[1].as<std::string>()));
            }
            std::int64_t expected =
                tx.exec_params("SELECT COALESCE(max(device_seq), 0) + 1 FROM sync_commands WHERE device_id = $1::uuid",
                               device)[0][0]
                    .as<std::int64_t>();
            for (std::size_t i = 0; i < limit; ++i) {
                const auto& c = request.commands[i];
                if (const auto known = stored.find(c.commandId.toString()); known != stored.end()) {
                    batch.outcomes.push_back(outcomeFromStored(known->second));
                    continue;
                }
                if (c.deviceSeq > expected) {
                    batch.expectedSeq = expected;
                    break;
                }
                if (c.deviceSeq < expected) {
                    batch.outcomes.push_back(
                        rejected(c, sync::Problem::make(409, "device_seq_taken", "Sequence number already used",
                                                        "device_seq " + std::to_string(c.deviceSeq) +
                                                            " was consumed by another command of this device")));
                    continue;
                }
                sync::CommandOutcome outcome;
                const auto handler = m_handlers.find(c.type);
                tx.exec("SAVEPOINT command");
                if (handler == m_handlers.end()) {
                    outcome = rejected(c, sync::Problem::make(422, "unknown_command_type", "Unknown command type",
                                                              "This server has no command " + c.type));
                } else {
                    try {
                        failedAt = i;
                        outcome = handler->second(tx, c);
                        failedAt = kNone;
                    } catch (const domain::DomainError& e) {
                        failedAt = kNone;
                        tx.exec("ROLLBACK TO SAVEPOINT command");
                        outcome = rejected(c, problemFor(e));
                    } catch (const HttpError& e) {
                        failedAt = kNone;
                        tx.exec("ROLLBACK TO SAVEPOINT command");
                        outcome = rejected(c, e.problem());
                    }
                }
                outcome.commandId = c.commandId;
                outcome.deviceSeq = c.deviceSeq;
                const nlohmann::json record = outcomeJson(outcome);
                tx.exec_params(
                    "INSERT INTO sync_commands (command_id, device_id, device_seq, type, outcome)"
                    " VALUES ($1::uuid, $2::uuid, $3, $4, $5::jsonb)",
                    c.commandId.toString(), device, c.deviceSeq, c.type, record.dump());
                tx.exec("RELEASE SAVEPOINT command");
                stored.emplace(c.commandId.toString(), record);
                ++expected;
                // The first answer reads exactly like every replay.
                batch.outcomes.push_back(outcomeFromStored(record));
            }
            return batch;
        });
    };
    try {
        return run(request.commands.size());
    } catch (const pqxx::sql_error&) {
        // The database refused one of a handler's statements: not a refusal the device can be told about, and the
        // transaction is lost. The commands before it commit (as if each had its own transaction), then the push
        // fails so that the device sends the rest again later.
        if (failedAt == kNone || failedAt == 0) {
            throw;
        }
        const auto error = std::current_exception();
        const auto before = failedAt;
        failedAt = kNone;
        run(before);
        std::rethrow_exception(error);
    }
}

void registerCommandRoute(HttpApp& app, CommandProcessor& processor,
                          std::function<Principal(const Exchange&)> authenticate,
                          std::function<void(const Principal&, const sync::PushRequest&)> authorize) {
    app.route(Method::kPost, "/v1/sync/commands",
              [&processor, authenticate = std::move(authenticate), authorize = std::move(authorize)](Exchange& ex) {
                  const Principal principal = authenticate(ex);
                  const sync::PushRequest request = sync::pushRequestFromJson(ex.jsonBody());
                  authorize(principal, request);
                  const sync::PushResponse response = processor.process(request);
                  ex.json(200, sync::toJson(response));
              });
}

}  // namespace magasin::server
