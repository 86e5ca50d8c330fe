#include "magasin/server/command_processor.hpp"

#include <variant>

#include "magasin/domain/domain_error.hpp"
#include "magasin/server/error_mapping.hpp"
#include "magasin/server/http_error.hpp"
#include "magasin/server/transaction.hpp"

namespace magasin::server {
namespace {

// TODO(codec): the outcome JSON below is what sync::toJson/outcomeFromJson will do once sync/src/wire.cpp lands;
// swap these two functions (and the push body parsing further down) for the codec calls then.
const char* statusName(sync::OutcomeStatus status) {
    switch (status) {
        case sync::OutcomeStatus::kApplied: return "applied";
        case sync::OutcomeStatus::kAppliedWithFlags: return "applied_with_flags";
        case sync::OutcomeStatus::kRejected: return "rejected";
    }
    return "rejected";
}

nlohmann::json outcomeJson(const sync::CommandOutcome& o) {
    nlohmann::json j = {{"command_id", o.commandId.toString()},
                        {"device_seq", o.deviceSeq},
                        {"status", statusName(o.status)},
                        {"flags", o.flags},
                        {"result", o.result}};
    if (o.problem) {
        j["problem"] = *o.problem;
    }
    return j;
}

sync::CommandOutcome outcomeFromStored(const nlohmann::json& j) {
    sync::CommandOutcome o;
    o.commandId = domain::Uuid::parse(j.at("command_id").get<std::string>());
    o.deviceSeq = j.at("device_seq").get<std::int64_t>();
    const auto status = j.at("status").get<std::string>();
    o.status = status == "applied"              ? sync::OutcomeStatus::kApplied
               : status == "applied_with_flags" ? sync::OutcomeStatus::kAppliedWithFlags
                                                : sync::OutcomeStatus::kRejected;
    o.flags = j.at("flags");
    o.result = j.at("result");
    if (j.contains("problem")) {
        o.problem = j.at("problem").get<sync::Problem>();
    }
    return o;
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

std::string pathOf(std::size_t index, const char* field) {
    return "commands[" + std::to_string(index) + "]." + field;
}

template <typename T>
T field(const nlohmann::json& object, const std::string& path, const char* name) {
    if (!object.is_object() || !object.contains(name)) {
        throw HttpError::invalidField(path, "sync.command.required", path + " is required");
    }
    try {
        return object.at(name).get<T>();
    } catch (const nlohmann::json::exception&) {
        throw HttpError::invalidField(path, "sync.command.type", path + " has the wrong type");
    }
}

template <typename IdT>
IdT idField(const nlohmann::json& object, const std::string& path, const char* name) {
    const auto text = field<std::string>(object, path, name);
    try {
        return IdT(domain::Uuid::parse(text, path));
    } catch (const domain::DomainError&) {
        throw HttpError::invalidField(path, "sync.command.uuid", path + " must be a UUID");
    }
}

// TODO(codec): sync::pushRequestFromJson(body) once sync/src/wire.cpp lands.
sync::PushRequest parsePush(const nlohmann::json& body) {
    sync::PushRequest request;
    request.deviceId = idField<domain::DeviceId>(body, "device_id", "device_id");
    if (!body.contains("commands") || !body.at("commands").is_array()) {
        throw HttpError::invalidField("commands", "sync.push.commands", "commands must be an array");
    }
    const auto& commands = body.at("commands");
    if (commands.size() > sync::kMaxBatch) {
        throw HttpError::invalidField("commands", "sync.push.batch_size",
                                      "at most " + std::to_string(sync::kMaxBatch) + " commands per push");
    }
    for (std::size_t i = 0; i < commands.size(); ++i) {
        const auto& j = commands[i];
        sync::Command c;
        c.commandId = idField<domain::Uuid>(j, pathOf(i, "command_id"), "command_id");
        c.deviceId = idField<domain::DeviceId>(j, pathOf(i, "device_id"), "device_id");
        c.deviceSeq = field<std::int64_t>(j, pathOf(i, "device_seq"), "device_seq");
        c.type = field<std::string>(j, pathOf(i, "type"), "type");
        try {
            c.issuedAt = domain::parseIso8601(field<std::string>(j, pathOf(i, "issued_at"), "issued_at"));
        } catch (const domain::DomainError&) {
            throw HttpError::invalidField(pathOf(i, "issued_at"), "sync.command.time",
                                          pathOf(i, "issued_at") + " must be a UTC ISO-8601 time");
        }
        c.staffId = idField<domain::StaffId>(j, pathOf(i, "staff_id"), "staff_id");
        c.payload = j.contains("payload") ? j.at("payload") : nlohmann::json::object();
        request.commands.push_back(std::move(c));
    }
    return request;
}

}  // namespace

void CommandProcessor::registerHandler(std::string type, Handler handler) {
    m_handlers.insert_or_assign(std::move(type), std::move(handler));
}

sync::PushResponse CommandProcessor::process(const sync::PushRequest& request) {
    for (std::size_t i = 0; i < request.commands.size(); ++i) {
        const auto& c = request.commands[i];
        if (c.deviceId != request.deviceId) {
            throw HttpError::invalidField(pathOf(i, "device_id"), "sync.command.device",
                                          "every command must come from the pushing device");
        }
        if (c.deviceSeq < 1 || (i > 0 && c.deviceSeq <= request.commands[i - 1].deviceSeq)) {
            throw HttpError::invalidField(pathOf(i, "device_seq"), "sync.command.seq_order",
                                          "device_seq must start at 1 and increase within a batch");
        }
    }
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
        const sync::PushRequest request = parsePush(ex.jsonBody());
        authorize(ex, request);
        const sync::PushResponse response = processor.process(request);
        // TODO(codec): sync::toJson(response) once sync/src/wire.cpp lands.
        nlohmann::json outcomes = nlohmann::json::array();
        for (const auto& o : response.outcomes) {
            outcomes.push_back(outcomeJson(o));
        }
        nlohmann::json body = {{"outcomes", std::move(outcomes)}};
        if (response.expectedSeq) {
            body["expected_seq"] = *response.expectedSeq;
        }
        ex.json(200, body);
    });
}

}  // namespace magasin::server
