// The ProductRepository over PostgreSQL (schema in server/catalogue/sql): prepared statements on pooled
// connections, writes in one transaction with their change-feed record.  Usage:
//   DbPool pool({url, 8, PostgresProductRepository::prepare}); PostgresProductRepository repository(pool);
#pragma once

#include <pqxx/pqxx>

#include "magasin/catalogue/product_repository.hpp"
#include "magasin/catalogue/search_cache.hpp"
#include "magasin/server/db_pool.hpp"

namespace magasin::catalogue {

class PostgresProductRepository : public ProductRepository {
public:
    explicit PostgresProductRepository(server::DbPool& pool) : m_pool(pool) {}
    // Reads and write sessions run in `joined`, which the caller commits (e.g. with the Idempotency-Key's reply);
    // the caller's withTransaction retries the whole unit on serialization failures.
    PostgresProductRepository(server::DbPool& pool, pqxx::work& joined) : m_pool(pool), m_joined(&joined) {}

    // Serves repeated searches from `cache` while the catalogue is unchanged (one version read instead of the search,
    // which ranks every match). Not used by a joined repository. The cache must outlive the repository.
    void useSearchCache(SearchCache* cache) { m_searchCache = cache; }

    // Prepares the catalogue's statements on a new connection: pass it as DbPoolOptions::prepare.
    static void prepare(pqxx::connection& connection);

    // Every write session first takes one transaction-scoped advisory lock, so that the sessions of all instances on
    // the database run one after the other: the uniqueness rules span rows that a row lock cannot cover.
    void write(const std::function<void(ProductWriteSession&)>& work) override;
    std::optional<domain::Product> find(const domain::ProductId& id) override;
    std::optional<domain::Product> findByBarcode(const domain::Barcode& barcode) override;
    std::optional<domain::Product> findBySku(const domain::Sku& sku) override;
    SearchPage search(const domain::ProductSearchCriteria& criteria) override;
    std::vector<domain::CategoryName> categories() override;

    // "clav mécanique" -> "clav:* & mécanique:*": each run of letters and digits becomes a prefix term, so that
    // typing a word's start finds it; every other character separates words (none can reach the tsquery syntax).
    static std::string prefixQuery(std::string_view words);

private:
    // Runs a read in the joined transaction if any, else as point reads on a pooled connection.
    template <typename Fn>
    auto read(Fn&& fn);

    server::DbPool& m_pool;
    pqxx::work* m_joined = nullptr;
    SearchCache* m_searchCache = nullptr;
};

}  // namespace magasin::catalogue
