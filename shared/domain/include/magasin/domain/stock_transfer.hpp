// A transfer of one product from the central warehouse to a store: both movements or neither.
// Usage: auto [out, in] = Transfer::of(TransferId{request.id().uuid()}, p, q, central, nord).plan(c, s, o, i, now);
#pragma once

#include <string>

#include "magasin/domain/quantity.hpp"
#include "magasin/domain/stock_level.hpp"
#include "magasin/domain/stock_location.hpp"
#include "magasin/domain/stock_movement.hpp"
#include "magasin/domain/time.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::domain {

struct TransferPlan {
    Movement out;  // transfer_out at the central warehouse, source "transfer:<id>:out"
    Movement in;   // transfer_in at the store, source "transfer:<id>:in"
};

class Transfer {
public:
    // The id is the replenishment request's, so that the movements' sources make a replayed transfer collide in
    // storage instead of moving the stock twice.
    // Throws DomainError kInvalidValue: "transfer.from.central" (field "from") unless `from` is the central
    // warehouse, "transfer.to.store" (field "to") unless `to` is a store.
    static Transfer of(TransferId id, ProductId product, Quantity quantity, const Location& from, const Location& to);

    [[nodiscard]] const TransferId& id() const { return m_id; }
    [[nodiscard]] const ProductId& product() const { return m_product; }
    [[nodiscard]] Quantity quantity() const { return m_quantity; }
    [[nodiscard]] const LocationId& from() const { return m_from; }
    [[nodiscard]] const LocationId& to() const { return m_to; }
    [[nodiscard]] std::string outSource() const;
    [[nodiscard]] std::string inSource() const;

    // Both movements, checked against the current levels (which it does not change), or a throw:
    // kInvalidValue "transfer.level.mismatch" when a level is not this product's at `from` / `to`;
    // kInsufficientStock "stock_level.insufficient" when the central warehouse holds less than the quantity.
    [[nodiscard]] TransferPlan plan(const StockLevel& central, const StockLevel& store, MovementId outId,
                                    MovementId inId, Timestamp at) const;

private:
    Transfer(TransferId id, ProductId product, Quantity quantity, LocationId from, LocationId to)
        : m_id(id), m_product(product), m_quantity(quantity), m_from(from), m_to(to) {}
    TransferId m_id;
    ProductId m_product;
    Quantity m_quantity;
    LocationId m_from;
    LocationId m_to;
};

}  // namespace magasin::domain
