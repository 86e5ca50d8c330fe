#include "magasin/sync/wire.hpp"

#include "magasin/domain/domain_error.hpp"
#include "magasin/sync/json_fields.hpp"

namespace magasin::sync {

using nlohmann::json;

std::string_view outcomeStatusName(OutcomeStatus status) noexcept {
    switch (status) {
        case OutcomeStatus::kApplied: return "applied";
        case OutcomeStatus::kAppliedWithFlags: return "applied_with_flags";
        case OutcomeStatus::kRejected: return "rejected";
    }
    return "rejected";
}

std::string_view changeOpName(ChangeOp op) noexcept {
    return op == ChangeOp::kDelete ? "delete" : "upsert";
}

namespace {

OutcomeStatus readStatus(const JsonFields& f) {
    const std::string text = f.string("status");
    for (auto status : {OutcomeStatus::kApplied, OutcomeStatus::kAppliedWithFlags, OutcomeStatus::kRejected}) {
        if (text == outcomeStatusName(status)) {
            return status;
        }
    }
    f.fail("status", "sync.outcome.status",
           f.pathOf("status") + " must be \"applied\", \"applied_with_flags\" or \"rejected\"");
}

ChangeOp readOp(const JsonFields& f) {
    const std::string text = f.string("op");
    for (auto op : {ChangeOp::kUpsert, ChangeOp::kDelete}) {
        if (text == changeOpName(op)) {
            return op;
        }
    }
    f.fail("op", "sync.change.op", f.pathOf("op") + " must be \"upsert\" or \"delete\"");
}

std::int64_t positive(const JsonFields& f, std::string_view key, const std::string& rule) {
    const std::int64_t value = f.integer(key);
    if (value < 1) {
        f.fail(key, rule, f.pathOf(key) + " must be 1 or more");
    }
    return value;
}

std::string nonEmpty(const JsonFields& f, std::string_view key, const std::string& rule) {
    std::string value = f.string(key);
    if (value.empty()) {
        f.fail(key, rule, f.pathOf(key) + " must not be empty");
    }
    return value;
}

Command readCommand(const JsonFields& f) {
    Command c;
    c.commandId = f.uuid("command_id");
    c.deviceId = domain::DeviceId(f.uuid("device_id"));
    c.deviceSeq = positive(f, "device_seq", "sync.device_seq.min");
    c.type = nonEmpty(f, "type", "sync.command.type.empty");
    c.issuedAt = f.timestamp("issued_at");
    c.staffId = domain::StaffId(f.uuid("staff_id"));
    c.payload = f.object("payload").raw();
    return c;
}

CommandOutcome readOutcome(const JsonFields& f) {
    CommandOutcome o;
    o.commandId = f.uuid("command_id");
    o.deviceSeq = positive(f, "device_seq", "sync.device_seq.min");
    o.status = readStatus(f);
    if (f.has("flags")) {
        o.flags = f.array("flags");
    }
    if (f.has("result")) {
        o.result = f.object("result").raw();
    }
    if (o.status == OutcomeStatus::kRejected || f.has("problem")) {
        // A rejected outcome must say why.
        o.problem = f.object("problem").raw().get<Problem>();
    }
    return o;
}

Change readChange(const JsonFields& f) {
    Change c;
    c.seq = positive(f, "seq", "sync.change.seq.min");
    c.entity = nonEmpty(f, "entity", "sync.change.entity.empty");
    c.id = nonEmpty(f, "id", "sync.change.id.empty");
    c.op = readOp(f);
    if (c.op == ChangeOp::kUpsert) {
        c.data = f.object("data").raw();  // an upsert carries the entity's state
    }
    return c;
}

}  // namespace

json toJson(const Command& command) {
    return {{"command_id", command.commandId.toString()},
            {"device_id", command.deviceId.toString()},
            {"device_seq", command.deviceSeq},
            {"type", command.type},
            {"issued_at", domain::toIso8601(command.issuedAt)},
            {"staff_id", command.staffId.toString()},
            {"payload", command.payload}};
}

Command commandFromJson(const json& j, const std::string& path) {
    return readCommand(JsonFields(j, path));
}

json toJson(const CommandOutcome& outcome) {
    json j = {{"command_id", outcome.commandId.toString()},
              {"device_seq", outcome.deviceSeq},
              {"status", outcomeStatusName(outcome.status)},
              {"flags", outcome.flags},
              {"result", outcome.result}};
    if (outcome.problem) {
        j["problem"] = *outcome.problem;
    }
    return j;
}

CommandOutcome outcomeFromJson(const json& j, const std::string& path) {
    return readOutcome(JsonFields(j, path));
}

json toJson(const PushRequest& request) {
    json commands = json::array();
    for (const auto& c : request.commands) {
        commands.push_back(toJson(c));
    }
    return {{"device_id", request.deviceId.toString()}, {"commands", std::move(commands)}};
}

PushRequest pushRequestFromJson(const json& j) {
    const JsonFields f(j);
    PushRequest request;
    request.deviceId = domain::DeviceId(f.uuid("device_id"));
    const std::size_t count = f.array("commands").size();
    if (count == 0 || count > kMaxBatch) {
        f.fail("commands", "sync.batch.size",
               "A batch holds 1 to " + std::to_string(kMaxBatch) + " commands, not " + std::to_string(count));
    }
    for (const auto& item : f.objects("commands")) {
        Command c = readCommand(item);
        if (c.deviceId != request.deviceId) {
            item.fail("device_id", "sync.batch.device",
                      item.pathOf("device_id") + " differs from the batch's device_id: one batch, one device");
        }
        if (!request.commands.empty() && c.deviceSeq <= request.commands.back().deviceSeq) {
            item.fail("device_seq", "sync.batch.order",
                      item.pathOf("device_seq") + " must be greater than the previous command's (" +
                          std::to_string(request.commands.back().deviceSeq) + ")");
        }
        request.commands.push_back(std::move(c));
    }
    return request;
}

json toJson(const PushResponse& response) {
    json outcomes = json::array();
    for (const auto& o : response.outcomes) {
        outcomes.push_back(toJson(o));
    }
    json j = {{"outcomes", std::move(outcomes)}};
    if (response.expectedSeq) {
        j["expected_seq"] = *response.expectedSeq;
    }
    return j;
}

PushResponse pushResponseFromJson(const json& j) {
    const JsonFields f(j);
    PushResponse response;
    for (const auto& item : f.objects("outcomes")) {
        response.outcomes.push_back(readOutcome(item));
    }
    if (f.has("expected_seq")) {
        response.expectedSeq = positive(f, "expected_seq", "sync.device_seq.min");
    }
    return response;
}

json toJson(const Change& change) {
    return {{"seq", change.seq},
            {"entity", change.entity},
            {"id", change.id},
            {"op", changeOpName(change.op)},
            {"data", change.op == ChangeOp::kDelete ? json() : change.data}};
}

Change changeFromJson(const json& j, const std::string& path) {
    return readChange(JsonFields(j, path));
}

json toJson(const ChangePage& page) {
    json changes = json::array();
    for (const auto& c : page.changes) {
        changes.push_back(toJson(c));
    }
    return {{"changes", std::move(changes)}, {"cursor", page.cursor}, {"has_more", page.hasMore}};
}

ChangePage changePageFromJson(const json& j) {
    const JsonFields f(j);
    ChangePage page;
    for (const auto& item : f.objects("changes")) {
        Change c = readChange(item);
        if (!page.changes.empty() && c.seq <= page.changes.back().seq) {
            item.fail("seq", "sync.feed.order", item.pathOf("seq") + " must be greater than the previous change's");
        }
        page.changes.push_back(std::move(c));
    }
    page.cursor = f.integer("cursor");
    if (page.cursor < 0) {
        f.fail("cursor", "sync.cursor.min", "cursor must be 0 or more");
    }
    page.hasMore = f.boolean("has_more");
    return page;
}

}  // namespace magasin::sync
