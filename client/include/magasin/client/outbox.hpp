// The outbox: every command a terminal issues, numbered and committed locally before anything else happens, kept
// until its server returned an outcome. Usage: auto c = outbox.append("RecordSale", staffId, payload);
// auto batch = outbox.pending(Outbox::kCommandes, 100); ... outbox.applyOutcomes(Outbox::kCommandes, response);
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "magasin/domain/time.hpp"
#include "magasin/domain/uuid.hpp"
#include "magasin/sync/wire.hpp"

namespace magasin::client {

class Journal;

// A command the server answered, kept for managers (rejected or flagged) and for the sale history.
struct CommandRecord {
    sync::Command command;
    std::string stream;
    sync::OutcomeStatus status = sync::OutcomeStatus::kApplied;
    nlohmann::json flags = nlohmann::json::array();
    nlohmann::json problem;  // null unless rejected
    nlohmann::json result = nlohmann::json::object();
    std::string decidedAt;
};

class Outbox {
public:
    // Streams: one gapless device_seq sequence per destination server, because each server checks the sequence of
    // the commands it receives (server/common command_processor). RecordSale and CancelSale go to commandes;
    // CreateReplenishmentRequest to supply-chain (kept queued until that server exists).
    static constexpr const char* kCommandes = "commandes";
    static constexpr const char* kSupplyChain = "supply-chain";
    // Throws ClientError kInvalid for a type no server takes.
    static std::string streamOf(const std::string& type);

    using IdSource = std::function<domain::Uuid()>;
    Outbox(Journal& journal, domain::DeviceId device, domain::Clock clock, IdSource ids);

    // Gives the command a UUIDv7 and its stream's next device_seq and commits it (joining the caller's transaction
    // when there is one, so that the sale record and its command are one atomic unit).
    sync::Command append(const std::string& type, const domain::StaffId& staff, nlohmann::json payload);

    // The oldest `limit` commands of a stream not yet answered, in device_seq order.
    [[nodiscard]] std::vector<sync::Command> pending(const std::string& stream, std::size_t limit);
    [[nodiscard]] std::int64_t pendingCount();
    [[nodiscard]] std::int64_t pendingCount(const std::string& stream);
    // Moves each answered command out of the outbox into the command log, with its outcome, in one transaction.
    // Outcomes for commands no longer pending (a replay answered twice) are ignored. Returns how many moved.
    std::size_t applyOutcomes(const std::string& stream, const std::vector<sync::CommandOutcome>& outcomes);
    // Counts a failed push attempt on the stream's head command (shown to managers when it keeps failing).
    void notePushFailure(const std::string& stream, const std::string& error);

    [[nodiscard]] std::vector<CommandRecord> rejected();
    [[nodiscard]] std::vector<CommandRecord> flagged();
    [[nodiscard]] std::optional<CommandRecord> record(const domain::Uuid& commandId);
    [[nodiscard]] const domain::DeviceId& device() const { return m_device; }

private:
    Journal& m_journal;
    domain::DeviceId m_device;
    domain::Clock m_clock;
    IdSource m_ids;
};

}  // namespace magasin::client
