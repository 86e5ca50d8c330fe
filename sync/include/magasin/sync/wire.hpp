// The sync protocol's wire types (ARCHITECTURE.md §5): commands a terminal pushes, the outcomes it gets back, and the
// change feed it pulls. Usage: Command c = commandFromJson(body.at("commands")[0]); json j = toJson(outcome);
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "magasin/domain/time.hpp"
#include "magasin/domain/uuid.hpp"
#include "magasin/sync/problem.hpp"

namespace magasin::sync {

// One effect a terminal asks for, recorded offline first. device_seq is gapless per device, starting at 1.
struct Command {
    domain::Uuid commandId;  // UUIDv7 from the terminal
    domain::DeviceId deviceId;
    std::int64_t deviceSeq = 0;
    std::string type;  // "RecordSale", "CancelSale", "CreateReplenishmentRequest"...
    domain::Timestamp issuedAt;
    domain::StaffId staffId;
    nlohmann::json payload;  // decoded by the command's handler
    friend bool operator==(const Command&, const Command&) = default;
};

enum class OutcomeStatus { kApplied, kAppliedWithFlags, kRejected };
std::string_view outcomeStatusName(OutcomeStatus status) noexcept;  // "applied", "applied_with_flags", "rejected"

// What the server did with one command; stored with the command and returned identically on every replay.
struct CommandOutcome {
    domain::Uuid commandId;
    std::int64_t deviceSeq = 0;
    OutcomeStatus status = OutcomeStatus::kApplied;
    nlohmann::json flags = nlohmann::json::array();    // [{code, message, ...}] for applied_with_flags
    std::optional<Problem> problem;                    // why, for rejected
    nlohmann::json result = nlohmann::json::object();  // e.g. {"sale_id": ...}
    friend bool operator==(const CommandOutcome&, const CommandOutcome&) = default;
};

// POST /v1/sync/commands body: one device's commands in device_seq order.
struct PushRequest {
    domain::DeviceId deviceId;
    std::vector<Command> commands;
    friend bool operator==(const PushRequest&, const PushRequest&) = default;
};

// Its answer: an outcome for each command applied or replayed, in order. When the batch skipped a seq, nothing from
// the gap on is applied and expectedSeq says which seq the server waits for.
struct PushResponse {
    std::vector<CommandOutcome> outcomes;
    std::optional<std::int64_t> expectedSeq;
    friend bool operator==(const PushResponse&, const PushResponse&) = default;
};

enum class ChangeOp { kUpsert, kDelete };
std::string_view changeOpName(ChangeOp op) noexcept;  // "upsert", "delete"

struct Change {
    std::int64_t seq = 0;
    std::string entity;  // "product", "stock_level", "sale", "staff_verifier"...
    std::string id;
    ChangeOp op = ChangeOp::kUpsert;
    nlohmann::json data;  // the entity's current state for upsert; null for delete
    friend bool operator==(const Change&, const Change&) = default;
};

// GET /v1/sync/changes?since=<cursor>&limit=<n> answer. Pass `cursor` back as `since` to continue.
struct ChangePage {
    std::vector<Change> changes;
    std::int64_t cursor = 0;
    bool hasMore = false;
    friend bool operator==(const ChangePage&, const ChangePage&) = default;
};

// Codecs. Decoders validate strictly and throw domain::DomainError kInvalidValue naming the JSON path of the field
// at fault ("commands[3].device_seq"), so that servers answer 422 with per-field errors and never 500.
nlohmann::json toJson(const Command& command);
Command commandFromJson(const nlohmann::json& j, const std::string& path = "");
nlohmann::json toJson(const CommandOutcome& outcome);
CommandOutcome outcomeFromJson(const nlohmann::json& j, const std::string& path = "");
nlohmann::json toJson(const PushRequest& request);
// Also checks: at most kMaxBatch commands, every command's device_id equals the batch's, seqs strictly increasing.
PushRequest pushRequestFromJson(const nlohmann::json& j);
nlohmann::json toJson(const PushResponse& response);
PushResponse pushResponseFromJson(const nlohmann::json& j);
nlohmann::json toJson(const Change& change);
Change changeFromJson(const nlohmann::json& j, const std::string& path = "");
nlohmann::json toJson(const ChangePage& page);
ChangePage changePageFromJson(const nlohmann::json& j);

constexpr std::size_t kMaxBatch = 500;

}  // namespace magasin::sync
