#include "magasin/supply_chain/postgres_request_repository.hpp"

#include "magasin/domain/domain_error.hpp"
#include "magasin/server/change_feed.hpp"
#include "magasin/server/transaction.hpp"
#include "magasin/supply_chain/request_json.hpp"

namespace magasin::supply_chain {

using domain::Timestamp;
using nlohmann::json;

namespace {

// Timestamps cross the boundary as integer milliseconds since the epoch: exact both ways, no time zone parsing.
std::int64_t toMillis(Timestamp t) {
    return t.time_since_epoch().count();
}
std::optional<std::int64_t> toMillis(const std::optional<Timestamp>& t) {
    return t ? std::optional(toMillis(*t)) : std::nullopt;
}
std::optional<Timestamp> fromMillis(const pqxx::field& field) {
    if (field.is_null()) {
        return std::nullopt;
    }
    return Timestamp(std::chrono::milliseconds(field.as<std::int64_t>()));
}
std::string millis(const std::string& column) {
    return "(extract(epoch FROM " + column + ") * 1000)::bigint";
}
std::string at(int parameter) {
    return "to_timestamp($" + std::to_string(parameter) + "::double precision / 1000)";
}

template <typename Id>
std::optional<std::string> optionalText(const std::optional<Id>& id) {
    return id ? std::optional<std::string>(id->toString()) : std::nullopt;
}

const std::string kColumns =
    "r.id::text, r.product_id::text, r.store_id::text, r.requested_quantity, r.approved_quantity, "
    "r.requested_by::text, " +
    millis("r.requested_at") + ", r.status, " + millis("r.decided_at") + ", r.decided_by, " +
    millis("r.transferred_at") + ", r.rejection_reason, r.transfer_in_doubt, r.flags::text, r.origin, " +
    millis("r.updated_at") + ", p.name, s.name";
const std::string kFrom =
    " FROM replenishment_requests r LEFT JOIN catalogue_products p ON p.id = r.product_id"
    " LEFT JOIN stores s ON s.id = r.store_id";

RequestRecord recordOf(const pqxx::row& row) {
    domain::ReplenishmentRequestState state{
        .id = domain::RequestId::parse(row[0].as<std::string>()),
        .product = domain::ProductId::parse(row[1].as<std::string>()),
        .store = domain::StoreId::parse(row[2].as<std::string>()),
        .requestedQuantity = domain::Quantity::of(row[3].as<std::int64_t>()),
        .approvedQuantity =
            row[4].is_null() ? std::nullopt : std::optional(domain::Quantity::of(row[4].as<std::int64_t>())),
        .requestedBy = domain::StaffId::parse(row[5].as<std::string>()),
        .requestedAt = *fromMillis(row[6]),
        .status = domain::requestStatusOfName(row[7].as<std::string>()).value(),
        .decidedAt = fromMillis(row[8]),
        .transferredAt = fromMillis(row[10]),
        .rejectionReason =
            row[11].is_null() ? std::nullopt : std::optional(domain::Reason::parse(row[11].as<std::string>()))};
    std::vector<std::string> flags;
    for (const auto& flag : json::parse(row[13].as<std::string>())) {
        flags.push_back(flag.get<std::string>());
    }
    return {.request = domain::ReplenishmentRequest::restore(state),
            .origin = row[14].as<std::string>(),
            .decidedBy = row[9].as<std::optional<std::string>>(),
            .transferInDoubt = row[12].as<bool>(),
            .flags = std::move(flags),
            .productName = row[16].as<std::optional<std::string>>(),
            .storeName = row[17].as<std::optional<std::string>>(),
            .updatedAt = *fromMillis(row[15])};
}

std::optional<RequestRecord> findIn(pqxx::transaction_base& tx, const domain::RequestId& id, bool forUpdate) {
    const auto rows = tx.exec_params(
        "SELECT " + kColumns + kFrom + " WHERE r.id = $1" + (forUpdate ? " FOR UPDATE OF r" : ""), id.toString());
    if (rows.empty()) {
        return std::nullopt;
    }
    return recordOf(rows[0]);
}

}  // namespace

std::optional<RequestRecord> PostgresRequestSession::find(const domain::RequestId& id, bool forUpdate) {
    return findIn(m_tx, id, forUpdate);
}

std::optional<RequestRecord> PostgresRequestSession::pendingFor(const domain::ProductId& product,
                                                                const domain::StoreId& store) {
    const auto rows = m_tx.exec_params(
        "SELECT " + kColumns + kFrom + " WHERE r.product_id = $1 AND r.store_id = $2 AND r.status = 'pending'",
        product.toString(), store.toString());
    if (rows.empty()) {
        return std::nullopt;
    }
    return recordOf(rows[0]);
}

bool PostgresRequestSession::productIsActive(const domain::ProductId& product) {
    return !m_tx.exec_params("SELECT 1 FROM catalogue_products WHERE id = $1 AND active", product.toString()).empty();
}

void PostgresRequestSession::insert(const RequestRecord& record) {
    const auto s = record.request.state();
    // A savepoint: a lost race on a unique index becomes a domain conflict, and the caller's transaction (a sync
    // command's, which records the outcome; a create that reads the winner back) stays usable. Plain SQL, as the
    // command processor does it: with pqxx 6.4's subtransaction the next statement sometimes failed with "current
    // transaction is aborted" after a unique violation under concurrency.
    m_tx.exec("SAVEPOINT insert_request");
    try {
        m_tx.exec_params(
            "INSERT INTO replenishment_requests (id, product_id, store_id, requested_quantity, requested_by, "
            "requested_at, origin, status, flags, updated_at) VALUES ($1, $2, $3, $4, $5, " +
                at(6) + ", $7, $8, $9::jsonb, " + at(10) + ")",
            s.id.toString(), s.product.toString(), s.store.toString(), s.requestedQuantity.value(),
            s.requestedBy.toString(), toMillis(s.requestedAt), record.origin,
            std::string(domain::requestStatusName(s.status)), json(record.flags).dump(), toMillis(record.updatedAt));
        m_tx.exec("RELEASE SAVEPOINT insert_request");
    } catch (const pqxx::unique_violation& e) {
        m_tx.exec("ROLLBACK TO SAVEPOINT insert_request");
        if (std::string(e.what()).find("one_pending") != std::string::npos) {
            throw domain::DomainError(
                domain::ErrorCode::kAlreadyExists, "replenishment.pending.exists", "product_id",
                "This store already has a pending request for this product; withdraw it or wait for a decision");
        }
        throw domain::DomainError(domain::ErrorCode::kAlreadyExists, "replenishment.id.taken", "id",
                                  "Request " + s.id.toString() + " already exists");
    }
    publish(s.id);
}

void PostgresRequestSession::update(const RequestRecord& record) {
    const auto s = record.request.state();
    m_tx.exec_params(
        "UPDATE replenishment_requests SET status = $2, approved_quantity = $3, decided_at = CASE WHEN "
        "$4::bigint IS NULL THEN NULL ELSE " +
            at(4) + " END, decided_by = $5, transferred_at = CASE WHEN $6::bigint IS NULL THEN NULL ELSE " + at(6) +
            " END, rejection_reason = $7, transfer_in_doubt = $8, flags = $9::jsonb, updated_at = " + at(10) +
            " WHERE id = $1",
        s.id.toString(), std::string(domain::requestStatusName(s.status)),
        s.approvedQuantity ? std::optional(s.approvedQuantity->value()) : std::nullopt, toMillis(s.decidedAt),
        record.decidedBy, toMillis(s.transferredAt),
        s.rejectionReason ? std::optional(s.rejectionReason->text()) : std::nullopt, record.transferInDoubt,
        json(record.flags).dump(), toMillis(record.updatedAt));
    publish(s.id);
}

void PostgresRequestSession::publish(const domain::RequestId& id) {
    // Read back with the names, so that a terminal sees what the lists show.
    const auto record = findIn(m_tx, id, false).value();
    server::ChangeFeed::append(m_tx, "replenishment_request", id.toString(), sync::ChangeOp::kUpsert,
                               requestToJson(record), record.request.store());
}

void PostgresRequestRepository::write(const std::function<void(RequestSession&)>& work) {
    server::withTransaction(m_pool, [&](pqxx::work& tx) {
        PostgresRequestSession session(tx);
        work(session);
    });
}

std::optional<RequestRecord> PostgresRequestRepository::find(const domain::RequestId& id) {
    return server::withReadOnly(m_pool, [&](pqxx::nontransaction& tx) { return findIn(tx, id, false); });
}

std::vector<RequestRecord> PostgresRequestRepository::list(const RequestFilter& filter) {
    return server::withReadOnly(m_pool, [&](pqxx::nontransaction& tx) {
        std::vector<RequestRecord> result;
        const auto status =
            filter.status ? std::optional(std::string(domain::requestStatusName(*filter.status))) : std::nullopt;
        const auto rows = tx.exec_params("SELECT " + kColumns + kFrom +
                                             " WHERE ($1::text IS NULL OR r.status = $1) AND ($2::uuid IS NULL OR "
                                             "r.store_id = $2) AND ($3::uuid IS NULL OR r.product_id = $3)"
                                             " ORDER BY r.requested_at DESC, r.id DESC LIMIT $4 OFFSET $5",
                                         status, optionalText(filter.store), optionalText(filter.product), filter.limit,
                                         filter.offset);
        for (const auto& row : rows) {
            result.push_back(recordOf(row));
        }
        return result;
    });
}

std::vector<domain::StockLevel> PostgresRequestRepository::storeLevels(const std::optional<domain::StoreId>& store) {
    return server::withReadOnly(m_pool, [&](pqxx::nontransaction& tx) {
        std::vector<domain::StockLevel> result;
        const auto rows = tx.exec_params(
            "SELECT l.store_id::text, l.product_id::text, l.level, l.critical, l.low, l.high, s.name"
            " FROM store_levels l LEFT JOIN stores s ON s.id = l.store_id"
            " WHERE $1::uuid IS NULL OR l.store_id = $1 ORDER BY l.store_id, l.product_id",
            optionalText(store));
        for (const auto& row : rows) {
            const auto storeId = domain::StoreId::parse(row[0].as<std::string>());
            const auto location = domain::Location::store(domain::LocationId(storeId.uuid()), storeId,
                                                          row[6].as<std::optional<std::string>>().value_or("?"));
            const auto kind = domain::LocationKind::kStore;
            result.emplace_back(location, domain::ProductId::parse(row[1].as<std::string>()), row[2].as<std::int64_t>(),
                                domain::Thresholds::of(kind, row[3].as<std::int64_t>(), row[4].as<std::int64_t>(),
                                                       row[5].as<std::int64_t>()));
        }
        return result;
    });
}

std::vector<domain::ReplenishmentRequest> PostgresRequestRepository::pendingRequests(
    const std::optional<domain::StoreId>& store) {
    RequestFilter filter{.status = domain::RequestStatus::kPending, .store = store, .limit = 1'000'000};
    std::vector<domain::ReplenishmentRequest> result;
    for (auto& record : list(filter)) {
        result.push_back(std::move(record.request));
    }
    return result;
}

std::optional<std::string> PostgresRequestRepository::productName(const domain::ProductId& product) {
    return server::withReadOnly(m_pool, [&](pqxx::nontransaction& tx) -> std::optional<std::string> {
        const auto rows = tx.exec_params("SELECT name FROM catalogue_products WHERE id = $1", product.toString());
        return rows.empty() ? std::nullopt : std::optional(rows[0][0].as<std::string>());
    });
}

std::optional<std::string> PostgresRequestRepository::storeName(const domain::StoreId& store) {
    return server::withReadOnly(m_pool, [&](pqxx::nontransaction& tx) -> std::optional<std::string> {
        const auto rows = tx.exec_params("SELECT name FROM stores WHERE id = $1", store.toString());
        return rows.empty() ? std::nullopt : std::optional(rows[0][0].as<std::string>());
    });
}

}  // namespace magasin::supply_chain
