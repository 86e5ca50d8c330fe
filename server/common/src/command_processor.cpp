#include "magasin/server/command_processor.hpp"

#include <variant>

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

struct Gap {
    std::int64_t expected;
};

}  // namespace

void CommandProcessor::registerHandler(std::string type, Handler handler) {
    m_handlers.insert_or_assign(std::move(type), std::move(handler));
}

sync::PushResponse CommandProcessor::process(const sync::PushRequest& request) {
    const std::string lockKey = deviceLockKey(request.deviceId);
    const std::string device = request.deviceId.toString();
    sync::PushResponse response;
    for (const auto& c : request.commands) {
        // One transaction per command: its effect and its record commit together, and a later command's failure
        // cannot undo an earlier one the device will not send again.
        auto step = withTransaction(m_pool, [&](pqxx::work& tx) -> std::variant<sync::CommandOutcome, Gap> {
            tx.exec_params("SELECT pg_advisory_xact_lock($1::bigint)", lockKey);
            const auto stored = tx.exec_params("SELECT outcome::text FROM sync_commands WHERE command_id = $1::uuid",
                                               c.commandId.toString());
            if (!stored.empty()) {
                return outcomeFromStored(nlohmann::json::parse(stored[0][0].as<std::string>()));
            }
            const auto expected =
                tx.exec_params("SELECT COALESCE(max(device_seq), 0) + 1 FROM sync_commands WHERE device_id = $1::uuid",
                               device)[0][0]
                    .as<std::int64_t>();
            if (c.deviceSeq > expected) {
                return Gap{expected};
            }
            if (c.deviceSeq < expected) {
                return rejected(c, sync::Problem::make(409, "device_seq_taken", "Sequence number already used",
                                                       "device_seq " + std::to_string(c.deviceSeq) +
                                                           " was consumed by another command of this device"));
            }
            sync::CommandOutcome outcome;
            const auto handler = m_handlers.find(c.type);
            if (handler == m_handlers.end()) {
                outcome = rejected(c, sync::Problem::make(422, "unknown_command_type", "Unknown command type",
                                                          "This server has no command " + c.type));
            } else {
                tx.exec("SAVEPOINT command");
                try {
                    outcome = handler->second(tx, c);
                    tx.exec("RELEASE SAVEPOINT command");
                } catch (const domain::DomainError& e) {
                    tx.exec("ROLLBACK TO SAVEPOINT command");
                    outcome = rejected(c, problemFor(e));
                } catch (const HttpError& e) {
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
            return outcomeFromStored(record);  // the first answer reads exactly like every replay
        });
        if (const auto* gap = std::get_if<Gap>(&step)) {
            response.expectedSeq = gap->expected;
            break;
        }
        response.outcomes.push_back(std::get<sync::CommandOutcome>(std::move(step)));
    }
    return response;
}

void registerCommandRoute(HttpApp& app, CommandProcessor& processor,
                          std::function<void(Exchange&, const sync::PushRequest&)> authorize) {
    app.route(Method::kPost, "/v1/sync/commands", [&processor, authorize = std::move(authorize)](Exchange& ex) {
        const sync::PushRequest request = sync::pushRequestFromJson(ex.jsonBody());
        authorize(ex, request);
        const sync::PushResponse response = processor.process(request);
        ex.json(200, sync::toJson(response));
    });
}

}  // namespace magasin::server
