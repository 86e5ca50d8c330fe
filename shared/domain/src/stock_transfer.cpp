#include "magasin/domain/stock_transfer.hpp"

#include "magasin/domain/domain_error.hpp"

namespace magasin::domain {

Transfer Transfer::of(TransferId id, ProductId product, Quantity quantity, const Location& from, const Location& to) {
    if (!from.isCentral()) {
        throw DomainError(ErrorCode::kInvalidValue, "transfer.from.central", "from",
                          "A transfer leaves from the central warehouse");
    }
    if (!to.isStore()) {
        throw DomainError(ErrorCode::kInvalidValue, "transfer.to.store", "to", "A transfer goes to a store");
    }
    return Transfer(id, product, quantity, from.id(), to.id());
}

std::string Transfer::outSource() const {
    return "transfer:" + m_id.toString() + ":out";
}

std::string Transfer::inSource() const {
    return "transfer:" + m_id.toString() + ":in";
}

TransferPlan Transfer::plan(const StockLevel& central, const StockLevel& store, MovementId outId, MovementId inId,
                            Timestamp at) const {
    if (central.location().id() != m_from || store.location().id() != m_to || central.product() != m_product ||
        store.product() != m_product) {
        throw DomainError(ErrorCode::kInvalidValue, "transfer.level.mismatch", "",
                          "These stock levels are not those of the transfer's product and locations");
    }
    TransferPlan plan{
        Movement::of(outId, m_from, m_product, MovementReason::kTransferOut, m_quantity, outSource(), at),
        Movement::of(inId, m_to, m_product, MovementReason::kTransferIn, m_quantity, inSource(), at),
    };
    // Trial runs on copies: the same checks the caller's apply will make, before anything has moved.
    StockLevel centralAfter = central;
    StockLevel storeAfter = store;
    (void)centralAfter.apply(plan.out);
    (void)storeAfter.apply(plan.in);
    return plan;
}

}  // namespace magasin::domain
