#include "magasin/inventaire/sales_feed_applier.hpp"

#include "magasin/domain/domain_error.hpp"
#include "magasin/sync/json_fields.hpp"

namespace magasin::inventaire {

using domain::DomainError;
using domain::ErrorCode;
using domain::MovementOrigin;
using domain::MovementReason;
using sync::JsonFields;

int SalesFeedApplier::apply(pqxx::work& tx, const sync::Change& change) {
    if (change.op != sync::ChangeOp::kUpsert) {
        return 0;  // commandes never deletes a store or a sale; a delete would carry nothing to move
    }
    if (change.entity == "store") {
        const JsonFields store(change.data, "store");
        m_ledger.recordStore(tx, domain::StoreId(store.uuid("id")), store.string("name"));
        return 0;
    }
    if (change.entity == "sale") {
        return applySale(tx, change);
    }
    return 0;
}

int SalesFeedApplier::applySale(pqxx::work& tx, const sync::Change& change) {
    const JsonFields sale(change.data, "sale");
    const auto saleId = domain::SaleId(sale.uuid("id"));
    const auto channel = sale.string("channel");
    const auto status = sale.string("status");
    const auto origin = sale.string("origin");
    if (channel != "store" && channel != "web") {
        sale.fail("channel", "sale.channel.unknown", "channel must be store or web");
    }
    if (status != "active" && status != "cancelled") {
        sale.fail("status", "sale.status.unknown", "status must be active or cancelled");
    }
    if (channel == "web") {
        return 0;
    }
    const auto store = domain::StoreId(sale.uuid("store_id"));
    // A store commandes has not published yet still gets a location: the sale happened there.
    const auto location = m_ledger.storeLocation(tx, store);
    // Every store sale is a fact commandes already recorded: a terminal's comes from an offline journal, and neither
    // waits for inventory, so both may take the level below zero (and then raise a stock exception).
    const auto movementOrigin = MovementOrigin::kOfflineSale;
    const bool offline = origin == "terminal";
    const auto lines = sale.objects("lines");
    const auto now = m_ledger.clock()();
    int written = 0;
    auto move = [&](MovementReason reason, const std::string& prefix) {
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const auto product = domain::ProductId(lines[i].uuid("product_id"));
            const auto quantity = domain::Quantity::of(lines[i].integer("quantity"), lines[i].pathOf("quantity"));
            const auto source = prefix + ":" + saleId.toString() + ":" + std::to_string(i + 1);
            const auto movement = domain::Movement::of(m_ledger.nextMovementId(), location.id(), product, reason,
                                                       quantity, source, now, movementOrigin);
            if (m_ledger.record(tx, location, movement, kActor, offline ? "offline" : "online")) {
                ++written;
            }
        }
    };
    move(MovementReason::kSale, "sale");
    if (status == "cancelled") {
        move(MovementReason::kSaleCancelled, "sale_cancelled");
    }
    return written;
}

}  // namespace magasin::inventaire
