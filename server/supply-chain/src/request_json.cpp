#include "magasin/supply_chain/request_json.hpp"

namespace magasin::supply_chain {

using nlohmann::json;

namespace {

json nullable(const std::optional<std::string>& text) {
    return text ? json(*text) : json(nullptr);
}
json nullable(const std::optional<domain::Timestamp>& at) {
    return at ? json(domain::toIso8601(*at)) : json(nullptr);
}

}  // namespace

json requestToJson(const RequestRecord& record) {
    const auto& r = record.request;
    return {{"id", r.id().toString()},
            {"product_id", r.product().toString()},
            {"product_name", nullable(record.productName)},
            {"store_id", r.store().toString()},
            {"store_name", nullable(record.storeName)},
            {"quantity", r.requestedQuantity().value()},
            {"approved_quantity", r.approvedQuantity() ? json(r.approvedQuantity()->value()) : json(nullptr)},
            {"status", std::string(domain::requestStatusName(r.status()))},
            {"requested_by", r.requestedBy().toString()},
            {"requested_at", domain::toIso8601(r.requestedAt())},
            {"decided_at", nullable(r.decidedAt())},
            {"decided_by", nullable(record.decidedBy)},
            {"transferred_at", nullable(r.transferredAt())},
            {"rejection_reason", r.rejectionReason() ? json(r.rejectionReason()->text()) : json(nullptr)},
            {"origin", record.origin},
            {"flags", record.flags},
            {"transfer_in_doubt", record.transferInDoubt},
            {"updated_at", domain::toIso8601(record.updatedAt)}};
}

json suggestionToJson(const SuggestionRecord& record) {
    const auto& s = record.suggestion;
    return {{"store_id", s.store.toString()},
            {"store_name", nullable(record.storeName)},
            {"product_id", s.product.toString()},
            {"product_name", nullable(record.productName)},
            {"level", s.level},
            {"quantity", s.quantity.value()}};
}

}  // namespace magasin::supply_chain
