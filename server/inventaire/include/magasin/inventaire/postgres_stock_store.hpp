// The inventaire's storage (schema in server/inventaire/sql): every statement the use cases run, inside the
// caller's transaction. Usage: PostgresStockStore store; auto level = store.lockLevel(tx, location, product, now);
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <pqxx/pqxx>

#include "magasin/inventaire/stock_records.hpp"

namespace magasin::inventaire {

struct LevelFilter {
    std::optional<domain::LocationId> location;
    std::optional<domain::ProductId> product;
    // Set: only the central warehouse and this store (a store's devices and cashiers see no other store).
    std::optional<domain::StoreId> visibleStore;
    bool belowZeroOnly = false;
};

struct MovementFilter {
    std::optional<domain::LocationId> location;
    std::optional<domain::ProductId> product;
    std::optional<domain::StoreId> visibleStore;
    std::optional<std::int64_t> beforeSeq;  // ledger lines older than this one (paging backwards)
    int limit = 100;
};

class PostgresStockStore {
public:
    // The central warehouse's id, fixed by the first migration.
    static constexpr const char* kCentralId = "00000000-0000-4000-8000-00000000c0de";

    std::vector<domain::Location> locations(pqxx::transaction_base& tx) const;
    std::optional<domain::Location> location(pqxx::transaction_base& tx, const domain::LocationId& id) const;
    // Creates the store's location or renames it; true when something changed.
    bool upsertStoreLocation(pqxx::work& tx, const domain::Location& store) const;

    // The level row, created at 0 when missing, locked FOR UPDATE until tx ends: online movements of one
    // (location, product) run one after the other, so a check against the level holds until the commit.
    LevelRecord lockLevel(pqxx::work& tx, const domain::Location& location, const domain::ProductId& product,
                          domain::Timestamp now) const;
    std::optional<LevelRecord> level(pqxx::transaction_base& tx, const domain::Location& location,
                                     const domain::ProductId& product) const;
    std::vector<LevelRecord> levels(pqxx::transaction_base& tx, const LevelFilter& filter) const;
    void saveLevel(pqxx::work& tx, const LevelRecord& level) const;

    bool movementExists(pqxx::transaction_base& tx, const std::string& source) const;
    void insertMovement(pqxx::work& tx, const domain::Movement& movement, std::int64_t levelAfter,
                        const std::string& origin, const std::string& actor) const;
    void insertException(pqxx::work& tx, const domain::MovementId& movement, const domain::StockException& exception,
                         domain::Timestamp at) const;
    std::vector<MovementRecord> movements(pqxx::transaction_base& tx, const MovementFilter& filter) const;
    std::vector<MovementRecord> exceptionCauses(pqxx::transaction_base& tx, const domain::LocationId& location,
                                                const domain::ProductId& product) const;

    void insertTransfer(pqxx::work& tx, const TransferRecord& transfer) const;
    std::optional<TransferRecord> transfer(pqxx::transaction_base& tx, const domain::TransferId& id) const;
    std::vector<TransferRecord> transfers(pqxx::transaction_base& tx, std::optional<domain::LocationId> to,
                                          int limit) const;

    void insertReservation(pqxx::work& tx, const ReservationRecord& reservation) const;
    // FOR UPDATE when asked, so that commit, release and the sweeper never act on one reservation at once.
    std::optional<ReservationRecord> reservation(pqxx::transaction_base& tx, const domain::ReservationId& id,
                                                 bool forUpdate) const;
    void saveReservationStatus(pqxx::work& tx, const domain::Reservation& reservation) const;
    // Held reservations due at `now`, locked, skipping those another sweeper or request holds.
    std::vector<domain::ReservationId> lockDueReservations(pqxx::work& tx, domain::Timestamp now, int limit) const;
};

}  // namespace magasin::inventaire
