#include "magasin/inventaire/stock_json.hpp"

#include <array>
#include <utility>

namespace magasin::inventaire {

using domain::LevelLabel;
using nlohmann::json;

namespace {

constexpr std::array<std::pair<LevelLabel, std::string_view>, 6> kLabelKeys = {{
    {LevelLabel::kCritical, "critical"},
    {LevelLabel::kLow, "low"},
    {LevelLabel::kNormal, "normal"},
    {LevelLabel::kMedium, "medium"},
    {LevelLabel::kHigh, "high"},
    {LevelLabel::kWellStocked, "well_stocked"},
}};

json nullable(const std::optional<domain::StoreId>& id) {
    return id ? json(id->toString()) : json(nullptr);
}

}  // namespace

std::string_view levelLabelKey(LevelLabel label) noexcept {
    for (const auto& [value, key] : kLabelKeys) {
        if (value == label) {
            return key;
        }
    }
    return "normal";
}

std::optional<LevelLabel> levelLabelOfKey(std::string_view key) noexcept {
    for (const auto& [value, text] : kLabelKeys) {
        if (text == key) {
            return value;
        }
    }
    return std::nullopt;
}

json locationToJson(const domain::Location& location) {
    return {{"id", location.id().toString()},
            {"kind", std::string(domain::locationKindName(location.kind()))},
            {"store_id", nullable(location.storeId())},
            {"name", location.name()}};
}

json levelToJson(const LevelRecord& record) {
    const auto& level = record.level;
    const auto& t = level.thresholds();
    return {{"location_id", level.location().id().toString()},
            {"location_kind", std::string(domain::locationKindName(level.location().kind()))},
            {"store_id", nullable(level.location().storeId())},
            {"product_id", level.product().toString()},
            {"level", level.level()},
            {"label", std::string(levelLabelKey(level.label()))},
            {"label_fr", std::string(domain::labelName(level.label(), domain::Language::kFrench))},
            {"label_en", std::string(domain::labelName(level.label(), domain::Language::kEnglish))},
            {"thresholds",
             {{"critical", t.critical()}, {"low", t.low()}, {"high", t.high()}, {"custom", record.customThresholds}}},
            {"updated_at", domain::toIso8601(record.updatedAt)}};
}

json movementToJson(const MovementRecord& m) {
    return {{"seq", m.seq},
            {"id", m.id.toString()},
            {"location_id", m.location.toString()},
            {"product_id", m.product.toString()},
            {"reason", m.reason},
            {"delta", m.delta},
            {"counted", m.counted ? json(*m.counted) : json(nullptr)},
            {"level_after", m.levelAfter},
            {"source", m.source},
            {"origin", m.origin},
            {"actor", m.actor},
            {"at", domain::toIso8601(m.at)}};
}

json transferToJson(const TransferRecord& t) {
    return {{"id", t.id.toString()},
            {"product_id", t.product.toString()},
            {"quantity", t.quantity},
            {"from_location_id", t.from.toString()},
            {"to_location_id", t.to.toString()},
            {"out_movement_id", t.outMovement.toString()},
            {"in_movement_id", t.inMovement.toString()},
            {"actor", t.actor},
            {"at", domain::toIso8601(t.at)}};
}

json reservationToJson(const ReservationRecord& record) {
    const auto& r = record.reservation;
    return {{"id", r.id().toString()},
            {"product_id", r.product().toString()},
            {"quantity", r.quantity().value()},
            {"location_id", r.location().toString()},
            {"status", std::string(domain::reservationStatusName(r.status()))},
            {"created_at", domain::toIso8601(r.createdAt())},
            {"expires_at", domain::toIso8601(r.expiresAt())},
            {"closed_at", r.closedAt() ? json(domain::toIso8601(*r.closedAt())) : json(nullptr)}};
}

json stockExceptionToJson(const StockExceptionRecord& e) {
    json causes = json::array();
    for (const auto& movement : e.causes) {
        json cause = movementToJson(movement);
        // "sale:<sale id>:<line>": the sale to look up in commandes.
        if (movement.source.rfind("sale:", 0) == 0) {
            const auto end = movement.source.find(':', 5);
            cause["sale_id"] = movement.source.substr(5, end == std::string::npos ? end : end - 5);
        }
        causes.push_back(std::move(cause));
    }
    json body = levelToJson(e.level);
    body["causes"] = std::move(causes);
    return body;
}

}  // namespace magasin::inventaire
