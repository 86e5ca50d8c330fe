// The inventaire's JSON: locations, levels with their labels, ledger lines, transfers, reservations, exceptions.
// Usage: ex.json(200, levelToJson(ledger.level(location, product)));  "critical" == levelLabelKey(kCritical)
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "magasin/inventaire/stock_records.hpp"

namespace magasin::inventaire {

// "critical", "low", "normal", "medium", "high", "well_stocked": the stable wire keys of the labels.
std::string_view levelLabelKey(domain::LevelLabel label) noexcept;
// The label of a key above; nullopt for anything else.
std::optional<domain::LevelLabel> levelLabelOfKey(std::string_view key) noexcept;

nlohmann::json locationToJson(const domain::Location& location);
// {location_id, location_kind, store_id, product_id, level, label, label_fr, label_en, thresholds{...}, updated_at}
nlohmann::json levelToJson(const LevelRecord& level);
nlohmann::json movementToJson(const MovementRecord& movement);
nlohmann::json transferToJson(const TransferRecord& transfer);
nlohmann::json reservationToJson(const ReservationRecord& reservation);
nlohmann::json stockExceptionToJson(const StockExceptionRecord& exception);

}  // namespace magasin::inventaire
