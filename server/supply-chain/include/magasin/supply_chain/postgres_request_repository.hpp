// The supply chain's storage in PostgreSQL (schema in server/supply-chain/sql): requests, and the copies of the
// catalogue, commandes and inventaire feeds. Usage: PostgresRequestRepository repo(pool); ReplenishmentDesk d(repo,
// ...);
//   in a sync command handler, on the processor's transaction: PostgresRequestSession session(tx); desk.create(session,
//   ..);
#pragma once

#include <pqxx/pqxx>

#include "magasin/server/db_pool.hpp"
#include "magasin/supply_chain/request_repository.hpp"

namespace magasin::supply_chain {

// A session on a transaction someone else commits (withTransaction, the command processor).
class PostgresRequestSession : public RequestSession {
public:
    explicit PostgresRequestSession(pqxx::work& tx) : m_tx(tx) {}

    std::optional<RequestRecord> find(const domain::RequestId& id, bool forUpdate) override;
    std::optional<RequestRecord> pendingFor(const domain::ProductId& product, const domain::StoreId& store) override;
    bool productIsActive(const domain::ProductId& product) override;
    void insert(const RequestRecord& record) override;
    void update(const RequestRecord& record) override;

private:
    void publish(const domain::RequestId& id);
    pqxx::work& m_tx;
};

class PostgresRequestRepository : public RequestRepository {
public:
    explicit PostgresRequestRepository(server::DbPool& pool) : m_pool(pool) {}

    void write(const std::function<void(RequestSession&)>& work) override;
    std::optional<RequestRecord> find(const domain::RequestId& id) override;
    std::vector<RequestRecord> list(const RequestFilter& filter) override;
    std::vector<domain::StockLevel> storeLevels(const std::optional<domain::StoreId>& store) override;
    std::vector<domain::ReplenishmentRequest> pendingRequests(const std::optional<domain::StoreId>& store) override;
    std::optional<std::string> productName(const domain::ProductId& product) override;
    std::optional<std::string> storeName(const domain::StoreId& store) override;

private:
    server::DbPool& m_pool;
};

}  // namespace magasin::supply_chain
