#include "magasin/commandes/feed_copies.hpp"

#include "magasin/sync/json_fields.hpp"

namespace magasin::commandes {

void applyCatalogueChange(pqxx::work& tx, const sync::Change& change) {
    if (change.entity != "product") {
        return;
    }
    if (change.op == sync::ChangeOp::kDelete) {
        tx.exec_params("DELETE FROM catalogue_products WHERE id = $1::uuid", domain::Uuid::parse(change.id).toString());
        return;
    }
    const sync::JsonFields p(change.data);
    tx.exec_params(
        "INSERT INTO catalogue_products (id, name, price_cents, active, taxable) VALUES ($1, $2, $3, $4, $5)"
        " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, price_cents = EXCLUDED.price_cents,"
        " active = EXCLUDED.active, taxable = EXCLUDED.taxable",
        p.uuid("id").toString(), p.string("name"), p.integer("price_cents"), p.optionalBoolean("active").value_or(true),
        p.optionalBoolean("taxable").value_or(true));
}

void applyStockChange(pqxx::work& tx, const sync::Change& change) {
    if (change.entity != "stock_level" || change.op == sync::ChangeOp::kDelete) {
        return;
    }
    const sync::JsonFields s(change.data);
    const std::string store = s.has("store_id") ? s.uuid("store_id").toString() : std::string();
    tx.exec_params(
        "INSERT INTO stock_levels (location_id, store_id, product_id, level)"
        " VALUES ($1, NULLIF($2, '')::uuid, $3, $4) ON CONFLICT (location_id, product_id)"
        " DO UPDATE SET store_id = EXCLUDED.store_id, level = EXCLUDED.level",
        s.uuid("location_id").toString(), store, s.uuid("product_id").toString(), s.integer("level"));
}

}  // namespace magasin::commandes
