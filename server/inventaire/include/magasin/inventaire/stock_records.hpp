// What the inventaire reads back from its ledger: levels with their location, ledger lines, transfers, reservations
// and stock exceptions, as the use cases return them and the routes serialize them.
// Usage: for (const LevelRecord& r : ledger.levels({})) levelToJson(r);
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "magasin/domain/reservation.hpp"
#include "magasin/domain/stock_level.hpp"
#include "magasin/domain/time.hpp"

namespace magasin::inventaire {

struct LevelRecord {
    domain::StockLevel level;
    bool customThresholds = false;  // false: the defaults of the location's kind
    domain::Timestamp updatedAt{};
};

// One ledger line as stored (a Movement cannot be rebuilt from storage: its factories check how it is made).
struct MovementRecord {
    std::int64_t seq = 0;
    domain::MovementId id;
    domain::LocationId location;
    domain::ProductId product;
    std::string reason;  // movementReasonName
    std::int64_t delta = 0;
    std::optional<std::int64_t> counted;
    std::int64_t levelAfter = 0;
    std::string source;
    std::string origin;  // "online" | "offline"
    std::string actor;
    domain::Timestamp at{};
};

struct TransferRecord {
    domain::TransferId id;
    domain::ProductId product;
    std::int64_t quantity = 0;
    domain::LocationId from;
    domain::LocationId to;
    domain::MovementId outMovement;
    domain::MovementId inMovement;
    std::string actor;
    domain::Timestamp at{};
};

struct ReservationRecord {
    domain::Reservation reservation;
    std::string actor;
};

// A level below zero and the offline sales that took it there.
struct StockExceptionRecord {
    LevelRecord level;
    std::vector<MovementRecord> causes;  // the movements that raised an exception on this level, oldest first
};

}  // namespace magasin::inventaire
