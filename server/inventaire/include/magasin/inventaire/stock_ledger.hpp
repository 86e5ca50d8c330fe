// The inventaire's use cases: levels, thresholds, the movement ledger, adjustments and counts, transfers, reservations
// and stock exceptions. Rules come from the domain units; this class orders them around row locks and the change feed.
// Usage: StockLedger ledger(pool, clock, ids); withTransaction(pool, [&](pqxx::work& tx) { ledger.adjust(tx, ...); });
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pqxx/pqxx>

#include "magasin/domain/quantity.hpp"
#include "magasin/inventaire/postgres_stock_store.hpp"
#include "magasin/server/db_pool.hpp"
#include "magasin/server/id_source.hpp"

namespace magasin::inventaire {

// What a movement did: the level after it, and the stock exception it raised, if any.
struct AppliedMovement {
    MovementRecord movement;
    LevelRecord level;
};

template <typename Record>
struct Created {
    Record record;
    bool created = false;  // false: the same id was already recorded, and this is what it holds
};

class StockLedger {
public:
    StockLedger(server::DbPool& pool, domain::Clock clock, server::IdSource ids);

    [[nodiscard]] domain::Clock clock() const { return m_clock; }

    std::vector<domain::Location> locations();
    // "central" or a location id (a store's location id is the store id). DomainError kNotFound "location.not_found"
    // (field `field`) for an unknown one; kInvalidValue "uuid.format" for text that is neither.
    domain::Location location(std::string_view reference, std::string_view field = "location");
    domain::Location central();
    // From commandes' feed or the demo data: creates the store's location, or renames it. True when changed.
    bool recordStore(pqxx::work& tx, const domain::StoreId& store, std::string_view name);
    // The store's location as tx sees it, created under a provisional name when the store is not known yet (its
    // sales may arrive before the store itself).
    domain::Location storeLocation(pqxx::work& tx, const domain::StoreId& store);

    std::vector<LevelRecord> levels(const LevelFilter& filter);
    // A product never moved at the location reads as level 0.
    LevelRecord level(const domain::Location& location, const domain::ProductId& product);
    // Thresholds::of's rules; the level row is created at 0 when missing.
    LevelRecord setThresholds(const domain::Location& location, const domain::ProductId& product, std::int64_t critical,
                              std::int64_t low, std::int64_t high);
    std::vector<MovementRecord> movements(const MovementFilter& filter);

    // A manager's correction, up or down (never below zero: kInsufficientStock "stock_level.insufficient").
    AppliedMovement adjust(pqxx::work& tx, const domain::Location& location, const domain::ProductId& product,
                           std::int64_t delta, const std::string& actor);
    // An inventory count: the level becomes `counted`.
    AppliedMovement count(pqxx::work& tx, const domain::Location& location, const domain::ProductId& product,
                          std::int64_t counted, const std::string& actor);

    // Central -> store, both movements or neither; a second call with the same id answers the first transfer
    // (created = false) when it moved the same product and quantity to the same store, else kAlreadyExists
    // "transfer.id.taken". kInsufficientStock "stock_level.insufficient" names what the central warehouse holds;
    // kNotFound "location.not_found" (field "store_id") for a store inventaire does not know.
    Created<TransferRecord> transfer(pqxx::work& tx, const domain::TransferId& id, const domain::ProductId& product,
                                     domain::Quantity quantity, const domain::StoreId& to, const std::string& actor);
    std::optional<TransferRecord> findTransfer(const domain::TransferId& id);
    std::vector<TransferRecord> transfers(std::optional<domain::LocationId> to, int limit);

    // Holds the quantity at the central warehouse until now + ttl. Same id again: the first reservation
    // (created = false) when it holds the same product and quantity, else kAlreadyExists "reservation.id.taken".
    Created<ReservationRecord> reserve(pqxx::work& tx, const domain::ReservationId& id,
                                       const domain::ProductId& product, domain::Quantity quantity,
                                       std::chrono::seconds ttl, const std::string& actor);
    std::optional<ReservationRecord> findReservation(const domain::ReservationId& id);
    // Committing a committed reservation, or releasing a released or expired one, answers it again (a retried or
    // late compensation step of the checkout saga);
    // anything else the domain refuses is its kIllegalState. kNotFound "reservation.not_found" for an unknown id.
    ReservationRecord commitReservation(pqxx::work& tx, const domain::ReservationId& id);
    ReservationRecord releaseReservation(pqxx::work& tx, const domain::ReservationId& id);
    // Expires every held reservation due now and gives its stock back, in batches; returns how many expired.
    std::size_t expireDueReservations();

    // Levels below zero, each with the offline sales that raised its exceptions.
    std::vector<StockExceptionRecord> stockExceptions(const LevelFilter& filter);

    // The one way a movement reaches the ledger: locks the level, applies the movement through StockLevel::apply,
    // records the movement (and its exception), saves the level and appends its change, all in tx. Returns
    // nothing when a movement with the same source is already recorded (a replayed cause changes nothing).
    // origin ("online" | "offline") is where the cause happened; empty: offline for an offline sale, else online.
    std::optional<AppliedMovement> record(pqxx::work& tx, const domain::Location& location,
                                          const domain::Movement& movement, const std::string& actor,
                                          std::string_view origin = {});
    // A fresh movement id.
    domain::MovementId nextMovementId() { return domain::MovementId(m_ids()); }

private:
    domain::Location locationIn(pqxx::transaction_base& tx, const domain::LocationId& id, std::string_view field);
    ReservationRecord closeReservation(pqxx::work& tx, const domain::ReservationId& id, bool commit);
    void appendLevelChange(pqxx::work& tx, const LevelRecord& level) const;

    server::DbPool& m_pool;
    domain::Clock m_clock;
    server::IdSource m_ids;
    PostgresStockStore m_store;
};

}  // namespace magasin::inventaire
