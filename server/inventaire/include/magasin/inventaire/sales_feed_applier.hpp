// What inventaire does with commandes' change feed: a store's sale takes its lines out of the store's stock, a
// cancellation puts them back, a store gets its location. Exactly once: movements are UNIQUE on their source.
// Usage: SalesFeedApplier applier(ledger); withTransaction(pool, [&](pqxx::work& tx) { applier.apply(tx, change); });
#pragma once

#include <pqxx/pqxx>

#include "magasin/inventaire/stock_ledger.hpp"
#include "magasin/sync/wire.hpp"

namespace magasin::inventaire {

class SalesFeedApplier {
public:
    // The actor recorded on the movements it writes.
    static constexpr const char* kActor = "commandes-feed";

    explicit SalesFeedApplier(StockLedger& ledger) : m_ledger(ledger) {}

    // Applies one change in tx (which the caller commits with its cursor):
    // - "store" {id, name}: creates or renames the store's location;
    // - "sale" {id, store_id, channel "store"|"web", origin "terminal"|"rest"|"web", status "active"|"cancelled",
    //   lines [{product_id, quantity, ...}]}: a store sale moves each line out of the store's stock (reason sale,
    //   source "sale:<sale id>:<line number from 1>", origin offline when it came from a terminal); a cancelled one
    //   also moves them back (sale_cancelled, "sale_cancelled:<sale id>:<line>"), after the sale's own movements if
    //   this reader never saw it active (a feed compacted to the cancelled state). A web sale moves nothing here:
    //   its reservation already took the central stock.
    // Other entities are not inventaire's concern and are ignored. A replayed change changes nothing. A malformed
    // sale throws DomainError (naming the JSON path): the caller must not advance its cursor past it.
    // Returns the number of movements written.
    int apply(pqxx::work& tx, const sync::Change& change);

private:
    int applySale(pqxx::work& tx, const sync::Change& change);
    StockLedger& m_ledger;
};

}  // namespace magasin::inventaire
