#include "magasin/supply_chain/feed_copies.hpp"

#include "magasin/sync/json_fields.hpp"

namespace magasin::supply_chain {

void applyCatalogueChange(pqxx::work& tx, const sync::Change& change) {
    if (change.entity != "product") {
        return;
    }
    if (change.op == sync::ChangeOp::kDelete) {
        tx.exec_params("DELETE FROM catalogue_products WHERE id = $1::uuid", domain::Uuid::parse(change.id).toString());
        return;
    }
    const sync::JsonFields p(change.data, "product");
    tx.exec_params(
        "INSERT INTO catalogue_products (id, name, active) VALUES ($1, $2, $3)"
        " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, active = EXCLUDED.active",
        p.uuid("id").toString(), p.string("name"), p.optionalBoolean("active").value_or(true));
}

void applyStoreChange(pqxx::work& tx, const sync::Change& change) {
    if (change.entity != "store" || change.op == sync::ChangeOp::kDelete) {
        return;
    }
    const sync::JsonFields s(change.data, "store");
    tx.exec_params("INSERT INTO stores (id, name) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name",
                   s.uuid("id").toString(), s.string("name"));
}

void applyStockChange(pqxx::work& tx, const sync::Change& change) {
    if (change.entity != "stock_level" || change.op == sync::ChangeOp::kDelete) {
        return;
    }
    const sync::JsonFields s(change.data, "stock_level");
    if (s.string("location_kind") != "store") {
        return;
    }
    const auto thresholds = s.object("thresholds");
    tx.exec_params(
        "INSERT INTO store_levels (store_id, product_id, level, critical, low, high) VALUES ($1, $2, $3, $4, $5, $6)"
        " ON CONFLICT (store_id, product_id) DO UPDATE SET level = EXCLUDED.level, critical = EXCLUDED.critical,"
        " low = EXCLUDED.low, high = EXCLUDED.high",
        s.uuid("store_id").toString(), s.uuid("product_id").toString(), s.integer("level"),
        thresholds.integer("critical"), thresholds.integer("low"), thresholds.integer("high"));
}

}  // namespace magasin::supply_chain
