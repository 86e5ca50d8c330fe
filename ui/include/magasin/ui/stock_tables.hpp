// The stock page's tables: columns of levels, stock exceptions and their sales, transfers and movements, over the
// inventaire's rows completed with the names of products and locations. Usage: auto rows = withNames(levels, names);
// JsonTableModel m(stockLevelColumns()); m.setRows(rows); label->setText(stockTotalsText(stockTotals(rows)));
#pragma once

#include <QHash>
#include <QString>

#include <vector>

#include <nlohmann/json.hpp>

#include "magasin/ui/json_table_model.hpp"

namespace magasin::ui {

// Product and location names by id, as the catalogue and the inventaire list them.
struct StockNames {
    QHash<QString, QString> products;
    QHash<QString, QString> locations;
};

// Copies `rows` adding "product_name" (from "product_id") and "location_name" (from "location_id", or
// "to_location_id" for a transfer, with "from_location_name" too); an unknown id shows as its first 8 characters.
nlohmann::json withNames(const nlohmann::json& rows, const StockNames& names);

// The level's label in words, in the UI's language: the inventaire's label, "Out of stock" at 0 and "Negative"
// below 0 (a stock exception: offline sales took more than there was).
QString levelLabelText(const nlohmann::json& level);
// Bad for negative, out and critical levels, warning for low ones.
Tone levelTone(const nlohmann::json& level);

struct StockTotals {
    int levels = 0;
    int low = 0;
    int critical = 0;  // at or under the critical threshold, above 0
    int out = 0;       // exactly 0
    int negative = 0;  // below 0
};
StockTotals stockTotals(const nlohmann::json& levels);
// "12 levels: 3 low, 1 critical, 0 out of stock, 1 negative".
QString stockTotalsText(const StockTotals& totals);

// Location, product, level, label, critical / low / high thresholds (custom or default), updated.
std::vector<JsonColumn> stockLevelColumns();
// Location, product, level, label, how many sales caused it.
std::vector<JsonColumn> stockExceptionColumns();
// The movements behind an exception: when, delta, level after, sale, origin.
std::vector<JsonColumn> exceptionCauseColumns();
// When, product, quantity, from, to, by whom.
std::vector<JsonColumn> transferColumns();
// When, location, product, reason, delta, level after, source.
std::vector<JsonColumn> movementColumns();

}  // namespace magasin::ui
