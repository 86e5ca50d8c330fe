#include "magasin/inventaire/stock_ledger.hpp"

#include "magasin/domain/domain_error.hpp"
#include "magasin/domain/stock_transfer.hpp"
#include "magasin/inventaire/stock_json.hpp"
#include "magasin/server/change_feed.hpp"
#include "magasin/server/transaction.hpp"

namespace magasin::inventaire {

using domain::DomainError;
using domain::ErrorCode;
using domain::Location;
using domain::ProductId;

namespace {

// Batches keep each sweep transaction short, so that it never holds many level locks at once.
constexpr int kSweepBatch = 100;

MovementRecord recordOf(const domain::Movement& m, std::int64_t levelAfter, const std::string& origin,
                        const std::string& actor) {
    return {.seq = 0,
            .id = m.id(),
            .location = m.location(),
            .product = m.product(),
            .reason = std::string(domain::movementReasonName(m.reason())),
            .delta = m.delta(),
            .counted = m.counted(),
            .levelAfter = levelAfter,
            .source = m.source(),
            .origin = origin,
            .actor = actor,
            .at = m.at()};
}

}  // namespace

StockLedger::StockLedger(server::DbPool& pool, domain::Clock clock, server::IdSource ids)
    : m_pool(pool), m_clock(std::move(clock)), m_ids(std::move(ids)) {}

std::vector<Location> StockLedger::locations() {
    return server::withReadOnly(m_pool, [&](pqxx::nontransaction& tx) { return m_store.locations(tx); });
}

Location StockLedger::location(std::string_view reference, std::string_view field) {
    const auto id = reference == "central" ? domain::LocationId::parse(PostgresStockStore::kCentralId)
                                           : domain::LocationId::parse(reference, field);
    return server::withReadOnly(m_pool, [&](pqxx::nontransaction& tx) { return locationIn(tx, id, field); });
}

Location StockLedger::locationIn(pqxx::transaction_base& tx, const domain::LocationId& id, std::string_view field) {
    auto found = m_store.location(tx, id);
    if (!found) {
        throw DomainError(
            ErrorCode::kNotFound, "location.not_found", std::string(field),
            "No stock location " + id.toString() + ": a store's location appears once commandes publishes the store");
    }
    return *found;
}

Location StockLedger::central() {
    return location("central");
}

bool StockLedger::recordStore(pqxx::work& tx, const domain::StoreId& store, std::string_view name) {
    const auto location = Location::store(domain::LocationId(store.uuid()), store, name);
    return m_store.upsertStoreLocation(tx, location);
}

Location StockLedger::storeLocation(pqxx::work& tx, const domain::StoreId& store) {
    const domain::LocationId id(store.uuid());
    if (auto found = m_store.location(tx, id)) {
        return *found;
    }
    const auto location = Location::store(id, store, "Magasin " + store.toString().substr(0, 8));
    m_store.upsertStoreLocation(tx, location);
    return location;
}

std::vector<LevelRecord> StockLedger::levels(const LevelFilter& filter) {
    return server::withReadOnly(m_pool, [&](pqxx::nontransaction& tx) { return m_store.levels(tx, filter); });
}

LevelRecord StockLedger::level(const Location& location, const ProductId& product) {
    auto found =
        server::withReadOnly(m_pool, [&](pqxx::nontransaction& tx) { return m_store.level(tx, location, product); });
    if (found) {
        return *found;
    }
    return {domain::StockLevel(location, product, 0), false, m_clock()};
}

LevelRecord StockLedger::setThresholds(const Location& location, const ProductId& product, std::int64_t critical,
                                       std::int64_t low, std::int64_t high) {
    const auto thresholds = domain::Thresholds::of(location.kind(), critical, low, high);
    return server::withTransaction(m_pool, [&](pqxx::work& tx) {
        auto record = m_store.lockLevel(tx, location, product, m_clock());
        record.level = domain::StockLevel(location, product, record.level.level(), thresholds);
        record.customThresholds = true;
        record.updatedAt = m_clock();
        m_store.saveLevel(tx, record);
        appendLevelChange(tx, record);
        return record;
    });
}

std::vector<MovementRecord> StockLedger::movements(const MovementFilter& filter) {
    return server::withReadOnly(m_pool, [&](pqxx::nontransaction& tx) { return m_store.movements(tx, filter); });
}

std::optional<AppliedMovement> StockLedger::record(pqxx::work& tx, const Location& location,
                                                   const domain::Movement& movement, const std::string& actor,
                                                   std::string_view origin) {
    auto level = m_store.lockLevel(tx, location, movement.product(), movement.at());
    // Checked under the level's lock: two replays of one cause cannot both pass.
    if (m_store.movementExists(tx, movement.source())) {
        return std::nullopt;
    }
    const auto outcome = level.level.apply(movement);
    const std::string stored = !origin.empty()              ? std::string(origin)
                               : movement.fromOfflineSale() ? "offline"
                                                            : "online";
    m_store.insertMovement(tx, movement, outcome.level, stored, actor);
    if (outcome.exception) {
        m_store.insertException(tx, movement.id(), *outcome.exception, movement.at());
    }
    level.updatedAt = movement.at();
    m_store.saveLevel(tx, level);
    appendLevelChange(tx, level);
    return AppliedMovement{recordOf(movement, outcome.level, stored, actor), level};
}

AppliedMovement StockLedger::adjust(pqxx::work& tx, const Location& location, const ProductId& product,
                                    std::int64_t delta, const std::string& actor) {
    const auto id = nextMovementId();
    const auto movement =
        domain::Movement::adjustment(id, location.id(), product, delta, "adjustment:" + id.toString(), m_clock());
    return record(tx, location, movement, actor).value();
}

AppliedMovement StockLedger::count(pqxx::work& tx, const Location& location, const ProductId& product,
                                   std::int64_t counted, const std::string& actor) {
    const auto id = nextMovementId();
    // The count is prepared against the level as locked now, so that StockLevel::apply finds it current.
    const auto current = m_store.lockLevel(tx, location, product, m_clock()).level.level();
    const auto movement =
        domain::Movement::count(id, location.id(), product, counted, current, "count:" + id.toString(), m_clock());
    return record(tx, location, movement, actor).value();
}

Created<TransferRecord> StockLedger::transfer(pqxx::work& tx, const domain::TransferId& id, const ProductId& product,
                                              domain::Quantity quantity, const domain::StoreId& toStore,
                                              const std::string& actor) {
    const auto from = *m_store.location(tx, domain::LocationId::parse(PostgresStockStore::kCentralId));
    const auto to = locationIn(tx, domain::LocationId(toStore.uuid()), "store_id");
    const auto transfer = domain::Transfer::of(id, product, quantity, from, to);
    // Locks in one order (central first) for every transfer, so that two transfers cannot deadlock.
    const auto central = m_store.lockLevel(tx, from, product, m_clock());
    const auto store = m_store.lockLevel(tx, to, product, m_clock());
    if (auto existing = m_store.transfer(tx, id)) {
        if (existing->product != product || existing->quantity != quantity.value() || existing->to != to.id()) {
            throw DomainError(
                ErrorCode::kAlreadyExists, "transfer.id.taken", "id",
                "Transfer " + id.toString() + " was already made with another product, quantity or store");
        }
        return {*existing, false};
    }
    const auto plan = transfer.plan(central.level, store.level, nextMovementId(), nextMovementId(), m_clock());
    record(tx, from, plan.out, actor);
    record(tx, to, plan.in, actor);
    TransferRecord stored{.id = id,
                          .product = product,
                          .quantity = quantity.value(),
                          .from = from.id(),
                          .to = to.id(),
                          .outMovement = plan.out.id(),
                          .inMovement = plan.in.id(),
                          .actor = actor,
                          .at = plan.out.at()};
    m_store.insertTransfer(tx, stored);
    return {stored, true};
}

std::optional<TransferRecord> StockLedger::findTransfer(const domain::TransferId& id) {
    return server::withReadOnly(m_pool, [&](pqxx::nontransaction& tx) { return m_store.transfer(tx, id); });
}

std::vector<TransferRecord> StockLedger::transfers(std::optional<domain::LocationId> to, int limit) {
    return server::withReadOnly(m_pool, [&](pqxx::nontransaction& tx) { return m_store.transfers(tx, to, limit); });
}

Created<ReservationRecord> StockLedger::reserve(pqxx::work& tx, const domain::ReservationId& id,
                                                const ProductId& product, domain::Quantity quantity,
                                                std::chrono::seconds ttl, const std::string& actor) {
    const auto central = *m_store.location(tx, domain::LocationId::parse(PostgresStockStore::kCentralId));
    const auto now = m_clock();
    auto reservation = domain::Reservation::hold(id, product, quantity, central, now, now + ttl);
    // The level lock also orders two requests with one reservation id.
    m_store.lockLevel(tx, central, product, now);
    if (auto existing = m_store.reservation(tx, id, true)) {
        if (existing->reservation.product() != product || existing->reservation.quantity() != quantity) {
            throw DomainError(ErrorCode::kAlreadyExists, "reservation.id.taken", "id",
                              "Reservation " + id.toString() + " already holds another product or quantity");
        }
        return {*existing, false};
    }
    ReservationRecord stored{reservation, actor};
    m_store.insertReservation(tx, stored);
    record(tx, central, reservation.holdMovement(nextMovementId()), actor);
    return {stored, true};
}

std::optional<ReservationRecord> StockLedger::findReservation(const domain::ReservationId& id) {
    return server::withReadOnly(m_pool, [&](pqxx::nontransaction& tx) { return m_store.reservation(tx, id, false); });
}

ReservationRecord StockLedger::closeReservation(pqxx::work& tx, const domain::ReservationId& id, bool commit) {
    auto found = m_store.reservation(tx, id, true);
    if (!found) {
        throw DomainError(ErrorCode::kNotFound, "reservation.not_found", "id", "No reservation " + id.toString());
    }
    auto& reservation = found->reservation;
    const auto wanted = commit ? domain::ReservationStatus::kCommitted : domain::ReservationStatus::kReleased;
    // A release asks that the stock be held no more: an expired reservation already gave it back.
    if (reservation.status() == wanted || (!commit && reservation.status() == domain::ReservationStatus::kExpired)) {
        return *found;
    }
    const auto now = m_clock();
    if (commit) {
        reservation.commit(now);
    } else {
        const auto location = *m_store.location(tx, reservation.location());
        record(tx, location, reservation.release(nextMovementId(), now), found->actor);
    }
    m_store.saveReservationStatus(tx, reservation);
    return *found;
}

ReservationRecord StockLedger::commitReservation(pqxx::work& tx, const domain::ReservationId& id) {
    return closeReservation(tx, id, true);
}

ReservationRecord StockLedger::releaseReservation(pqxx::work& tx, const domain::ReservationId& id) {
    return closeReservation(tx, id, false);
}

std::size_t StockLedger::expireDueReservations() {
    std::size_t expired = 0;
    for (;;) {
        const auto batch = server::withTransaction(m_pool, [&](pqxx::work& tx) {
            const auto now = m_clock();
            std::size_t count = 0;
            for (const auto& id : m_store.lockDueReservations(tx, now, kSweepBatch)) {
                auto found = m_store.reservation(tx, id, true);
                auto& reservation = found->reservation;
                if (auto movement = reservation.expireIfDue(nextMovementId(), now)) {
                    record(tx, *m_store.location(tx, reservation.location()), *movement, "reservation-sweeper");
                    m_store.saveReservationStatus(tx, reservation);
                    ++count;
                }
            }
            return count;
        });
        expired += batch;
        if (batch < static_cast<std::size_t>(kSweepBatch)) {
            return expired;
        }
    }
}

std::vector<StockExceptionRecord> StockLedger::stockExceptions(const LevelFilter& filter) {
    LevelFilter belowZero = filter;
    belowZero.belowZeroOnly = true;
    return server::withReadOnly(m_pool, [&](pqxx::nontransaction& tx) {
        std::vector<StockExceptionRecord> result;
        for (auto& level : m_store.levels(tx, belowZero)) {
            auto causes = m_store.exceptionCauses(tx, level.level.location().id(), level.level.product());
            result.push_back({std::move(level), std::move(causes)});
        }
        return result;
    });
}

void StockLedger::appendLevelChange(pqxx::work& tx, const LevelRecord& level) const {
    const auto& location = level.level.location();
    server::ChangeFeed::append(tx, "stock_level", location.id().toString() + ":" + level.level.product().toString(),
                               sync::ChangeOp::kUpsert, levelToJson(level), location.storeId());
}

}  // namespace magasin::inventaire
