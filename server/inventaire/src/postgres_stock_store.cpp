#include "magasin/inventaire/postgres_stock_store.hpp"

namespace magasin::inventaire {

using domain::Location;
using domain::LocationId;
using domain::ProductId;
using domain::Timestamp;

namespace {

// Timestamps cross the boundary as integer milliseconds since the epoch: exact both ways, no time zone parsing.
std::int64_t toMillis(Timestamp t) {
    return t.time_since_epoch().count();
}
Timestamp fromMillis(const pqxx::field& field) {
    return Timestamp(std::chrono::milliseconds(field.as<std::int64_t>()));
}
std::string millis(const char* column) {
    return std::string("(extract(epoch FROM ") + column + ") * 1000)::bigint";
}
constexpr const char* kFromMillis = "to_timestamp(%::double precision / 1000)";
std::string at(int parameter) {
    std::string text = kFromMillis;
    return text.replace(text.find('%'), 1, "$" + std::to_string(parameter));
}

template <typename Id>
std::optional<std::string> optionalText(const std::optional<Id>& id) {
    return id ? std::optional<std::string>(id->toString()) : std::nullopt;
}

const std::string kLocationColumns = "l.id::text, l.kind, l.store_id::text, l.name";

Location locationOf(const pqxx::row& row, int first) {
    const auto id = LocationId::parse(row[first].as<std::string>());
    if (row[first + 1].as<std::string>() == "central") {
        return Location::central(id, row[first + 3].as<std::string>());
    }
    return Location::store(id, domain::StoreId::parse(row[first + 2].as<std::string>()),
                           row[first + 3].as<std::string>());
}

const std::string kLevelColumns =
    kLocationColumns + ", s.product_id::text, s.level, s.critical, s.low, s.high, " + millis("s.updated_at");

LevelRecord levelOf(const pqxx::row& row) {
    Location location = locationOf(row, 0);
    const auto kind = location.kind();
    const bool custom = !row[6].is_null();
    const auto thresholds = custom ? domain::Thresholds::of(kind, row[6].as<std::int64_t>(), row[7].as<std::int64_t>(),
                                                            row[8].as<std::int64_t>())
                                   : domain::Thresholds::defaultsFor(kind);
    return {domain::StockLevel(std::move(location), ProductId::parse(row[4].as<std::string>()),
                               row[5].as<std::int64_t>(), thresholds),
            custom, fromMillis(row[9])};
}

const std::string kMovementColumns =
    "m.seq, m.id::text, m.location_id::text, m.product_id::text, m.reason, m.delta, "
    "m.counted, m.level_after, m.source, m.origin, m.actor, " +
    millis("m.at");

MovementRecord movementOf(const pqxx::row& row) {
    return {.seq = row[0].as<std::int64_t>(),
            .id = domain::MovementId::parse(row[1].as<std::string>()),
            .location = LocationId::parse(row[2].as<std::string>()),
            .product = ProductId::parse(row[3].as<std::string>()),
            .reason = row[4].as<std::string>(),
            .delta = row[5].as<std::int64_t>(),
            .counted = row[6].as<std::optional<std::int64_t>>(),
            .levelAfter = row[7].as<std::int64_t>(),
            .source = row[8].as<std::string>(),
            .origin = row[9].as<std::string>(),
            .actor = row[10].as<std::string>(),
            .at = fromMillis(row[11])};
}

const std::string kTransferColumns =
    "id::text, product_id::text, quantity, from_location_id::text, "
    "to_location_id::text, out_movement_id::text, in_movement_id::text, actor, " +
    millis("at");

TransferRecord transferOf(const pqxx::row& row) {
    return {.id = domain::TransferId::parse(row[0].as<std::string>()),
            .product = ProductId::parse(row[1].as<std::string>()),
            .quantity = row[2].as<std::int64_t>(),
            .from = LocationId::parse(row[3].as<std::string>()),
            .to = LocationId::parse(row[4].as<std::string>()),
            .outMovement = domain::MovementId::parse(row[5].as<std::string>()),
            .inMovement = domain::MovementId::parse(row[6].as<std::string>()),
            .actor = row[7].as<std::string>(),
            .at = fromMillis(row[8])};
}

// A reservation is rebuilt by replaying its life through the domain object, so that commit and release on a stored
// one answer with the domain's own rules.
ReservationRecord reservationOf(const pqxx::row& row, const Location& central) {
    auto reservation = domain::Reservation::hold(
        domain::ReservationId::parse(row[0].as<std::string>()), ProductId::parse(row[1].as<std::string>()),
        domain::Quantity::of(row[2].as<std::int64_t>()), central, fromMillis(row[5]), fromMillis(row[6]));
    const auto status = row[4].as<std::string>();
    if (status != "held") {
        const Timestamp closedAt = fromMillis(row[7]);
        if (status == "committed") {
            reservation.commit(closedAt);
        } else if (status == "released") {
            reservation.release(domain::MovementId(), closedAt);
        } else {
            reservation.expireIfDue(domain::MovementId(), std::max(closedAt, reservation.expiresAt()));
        }
    }
    return {std::move(reservation), row[8].as<std::string>()};
}

const std::string kReservationColumns = "id::text, product_id::text, quantity, location_id::text, status, " +
                                        millis("created_at") + ", " + millis("expires_at") + ", " +
                                        millis("coalesce(closed_at, created_at)") + ", actor";

}  // namespace

std::vector<Location> PostgresStockStore::locations(pqxx::transaction_base& tx) const {
    std::vector<Location> result;
    for (const auto& row : tx.exec("SELECT " + kLocationColumns + " FROM locations l ORDER BY l.kind, l.name, l.id")) {
        result.push_back(locationOf(row, 0));
    }
    return result;
}

std::optional<Location> PostgresStockStore::location(pqxx::transaction_base& tx, const LocationId& id) const {
    const auto rows = tx.exec_params("SELECT " + kLocationColumns + " FROM locations l WHERE l.id = $1", id.toString());
    if (rows.empty()) {
        return std::nullopt;
    }
    return locationOf(rows[0], 0);
}

bool PostgresStockStore::upsertStoreLocation(pqxx::work& tx, const Location& store) const {
    return tx.exec_params(
                 "INSERT INTO locations (id, kind, store_id, name) VALUES ($1, 'store', $1, $2) "
                 "ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name "
                 "WHERE locations.name IS DISTINCT FROM EXCLUDED.name",
                 store.id().toString(), store.name())
               .affected_rows() > 0;
}

LevelRecord PostgresStockStore::lockLevel(pqxx::work& tx, const Location& location, const ProductId& product,
                                          Timestamp now) const {
    tx.exec_params("INSERT INTO stock_levels (location_id, product_id, level, updated_at) VALUES ($1, $2, 0, " + at(3) +
                       ") ON CONFLICT DO NOTHING",
                   location.id().toString(), product.toString(), toMillis(now));
    const auto rows = tx.exec_params("SELECT " + kLevelColumns +
                                         " FROM stock_levels s JOIN locations l ON l.id = s.location_id"
                                         " WHERE s.location_id = $1 AND s.product_id = $2 FOR UPDATE OF s",
                                     location.id().toString(), product.toString());
    return levelOf(rows.at(0));
}

std::optional<LevelRecord> PostgresStockStore::level(pqxx::transaction_base& tx, const Location& location,
                                                     const ProductId& product) const {
    const auto rows = tx.exec_params("SELECT " + kLevelColumns +
                                         " FROM stock_levels s JOIN locations l ON l.id = s.location_id"
                                         " WHERE s.location_id = $1 AND s.product_id = $2",
                                     location.id().toString(), product.toString());
    if (rows.empty()) {
        return std::nullopt;
    }
    return levelOf(rows[0]);
}

std::vector<LevelRecord> PostgresStockStore::levels(pqxx::transaction_base& tx, const LevelFilter& filter) const {
    std::vector<LevelRecord> result;
    const auto rows = tx.exec_params(
        "SELECT " + kLevelColumns +
            " FROM stock_levels s JOIN locations l ON l.id = s.location_id"
            " WHERE ($1::uuid IS NULL OR s.location_id = $1) AND ($2::uuid IS NULL OR s.product_id = $2)"
            " AND ($3::uuid IS NULL OR l.kind = 'central' OR l.store_id = $3) AND (NOT $4 OR s.level < 0)"
            " ORDER BY l.kind, l.name, l.id, s.product_id",
        optionalText(filter.location), optionalText(filter.product), optionalText(filter.visibleStore),
        filter.belowZeroOnly);
    for (const auto& row : rows) {
        result.push_back(levelOf(row));
    }
    return result;
}

void PostgresStockStore::saveLevel(pqxx::work& tx, const LevelRecord& record) const {
    const auto& t = record.level.thresholds();
    std::optional<std::int64_t> critical;
    std::optional<std::int64_t> low;
    std::optional<std::int64_t> high;
    if (record.customThresholds) {
        critical = t.critical();
        low = t.low();
        high = t.high();
    }
    tx.exec_params("UPDATE stock_levels SET level = $3, critical = $4, low = $5, high = $6, updated_at = " + at(7) +
                       " WHERE location_id = $1 AND product_id = $2",
                   record.level.location().id().toString(), record.level.product().toString(), record.level.level(),
                   critical, low, high, toMillis(record.updatedAt));
}

bool PostgresStockStore::movementExists(pqxx::transaction_base& tx, const std::string& source) const {
    return !tx.exec_params("SELECT 1 FROM stock_movements WHERE source = $1", source).empty();
}

void PostgresStockStore::insertMovement(pqxx::work& tx, const domain::Movement& m, std::int64_t levelAfter,
                                        const std::string& origin, const std::string& actor) const {
    tx.exec_params(
        "INSERT INTO stock_movements (id, location_id, product_id, reason, delta, counted, level_after, "
        "source, origin, actor, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, " +
            at(11) + ")",
        m.id().toString(), m.location().toString(), m.product().toString(),
        std::string(domain::movementReasonName(m.reason())), m.delta(), m.counted(), levelAfter, m.source(), origin,
        actor, toMillis(m.at()));
}

void PostgresStockStore::insertException(pqxx::work& tx, const domain::MovementId& movement,
                                         const domain::StockException& e, Timestamp when) const {
    tx.exec_params(
        "INSERT INTO stock_exceptions (movement_id, location_id, product_id, level_after, source, at) "
        "VALUES ($1, $2, $3, $4, $5, " +
            at(6) + ")",
        movement.toString(), e.location.toString(), e.product.toString(), e.levelAfter, e.source, toMillis(when));
}

std::vector<MovementRecord> PostgresStockStore::movements(pqxx::transaction_base& tx,
                                                          const MovementFilter& filter) const {
    std::vector<MovementRecord> result;
    const auto rows = tx.exec_params(
        "SELECT " + kMovementColumns +
            " FROM stock_movements m JOIN locations l ON l.id = m.location_id"
            " WHERE ($1::uuid IS NULL OR m.location_id = $1) AND ($2::uuid IS NULL OR m.product_id = $2)"
            " AND ($3::uuid IS NULL OR l.kind = 'central' OR l.store_id = $3) AND ($4::bigint IS NULL OR m.seq < $4)"
            " ORDER BY m.seq DESC LIMIT $5",
        optionalText(filter.location), optionalText(filter.product), optionalText(filter.visibleStore),
        filter.beforeSeq, filter.limit);
    for (const auto& row : rows) {
        result.push_back(movementOf(row));
    }
    return result;
}

std::vector<MovementRecord> PostgresStockStore::exceptionCauses(pqxx::transaction_base& tx, const LocationId& location,
                                                                const ProductId& product) const {
    std::vector<MovementRecord> result;
    const auto rows = tx.exec_params("SELECT " + kMovementColumns +
                                         " FROM stock_exceptions e JOIN stock_movements m ON m.id = e.movement_id"
                                         " WHERE e.location_id = $1 AND e.product_id = $2 ORDER BY m.seq",
                                     location.toString(), product.toString());
    for (const auto& row : rows) {
        result.push_back(movementOf(row));
    }
    return result;
}

void PostgresStockStore::insertTransfer(pqxx::work& tx, const TransferRecord& t) const {
    tx.exec_params(
        "INSERT INTO transfers (id, product_id, quantity, from_location_id, to_location_id, "
        "out_movement_id, in_movement_id, actor, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, " +
            at(9) + ")",
        t.id.toString(), t.product.toString(), t.quantity, t.from.toString(), t.to.toString(), t.outMovement.toString(),
        t.inMovement.toString(), t.actor, toMillis(t.at));
}

std::optional<TransferRecord> PostgresStockStore::transfer(pqxx::transaction_base& tx,
                                                           const domain::TransferId& id) const {
    const auto rows = tx.exec_params("SELECT " + kTransferColumns + " FROM transfers WHERE id = $1", id.toString());
    if (rows.empty()) {
        return std::nullopt;
    }
    return transferOf(rows[0]);
}

std::vector<TransferRecord> PostgresStockStore::transfers(pqxx::transaction_base& tx,
                                                          std::optional<domain::LocationId> to, int limit) const {
    std::vector<TransferRecord> result;
    const auto rows = tx.exec_params("SELECT " + kTransferColumns +
                                         " FROM transfers WHERE ($1::uuid IS NULL OR to_location_id = $1)"
                                         " ORDER BY at DESC, id LIMIT $2",
                                     optionalText(to), limit);
    for (const auto& row : rows) {
        result.push_back(transferOf(row));
    }
    return result;
}

void PostgresStockStore::insertReservation(pqxx::work& tx, const ReservationRecord& record) const {
    const auto& r = record.reservation;
    tx.exec_params(
        "INSERT INTO reservations (id, product_id, quantity, location_id, status, created_at, expires_at, "
        "actor) VALUES ($1, $2, $3, $4, $5, " +
            at(6) + ", " + at(7) + ", $8)",
        r.id().toString(), r.product().toString(), r.quantity().value(), r.location().toString(),
        std::string(domain::reservationStatusName(r.status())), toMillis(r.createdAt()), toMillis(r.expiresAt()),
        record.actor);
}

std::optional<ReservationRecord> PostgresStockStore::reservation(pqxx::transaction_base& tx,
                                                                 const domain::ReservationId& id,
                                                                 bool forUpdate) const {
    const auto rows = tx.exec_params(
        "SELECT " + kReservationColumns + " FROM reservations WHERE id = $1" + (forUpdate ? " FOR UPDATE" : ""),
        id.toString());
    if (rows.empty()) {
        return std::nullopt;
    }
    const auto central = location(tx, LocationId::parse(rows[0][3].as<std::string>()));
    return reservationOf(rows[0], central.value());
}

void PostgresStockStore::saveReservationStatus(pqxx::work& tx, const domain::Reservation& r) const {
    std::optional<std::int64_t> closed;
    if (r.closedAt()) {
        closed = toMillis(*r.closedAt());
    }
    tx.exec_params("UPDATE reservations SET status = $2, closed_at = CASE WHEN $3::bigint IS NULL THEN NULL ELSE " +
                       at(3) + " END WHERE id = $1",
                   r.id().toString(), std::string(domain::reservationStatusName(r.status())), closed);
}

std::vector<domain::ReservationId> PostgresStockStore::lockDueReservations(pqxx::work& tx, Timestamp now,
                                                                           int limit) const {
    std::vector<domain::ReservationId> result;
    const auto rows =
        tx.exec_params("SELECT id::text FROM reservations WHERE status = 'held' AND expires_at <= " + at(1) +
                           " ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED",
                       toMillis(now), limit);
    for (const auto& row : rows) {
        result.push_back(domain::ReservationId::parse(row[0].as<std::string>()));
    }
    return result;
}

}  // namespace magasin::inventaire
