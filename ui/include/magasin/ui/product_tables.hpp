// The products page's tables: the catalogue's products (name, category, price, SKU, barcodes, status) and one
// product's price history. Usage: JsonTableModel m(productColumns()); m.setRows(answer["items"]);
#pragma once

#include <QString>

#include <vector>

#include <nlohmann/json.hpp>

#include "magasin/ui/json_table_model.hpp"

namespace magasin::ui {

// "Active" or "Archived", in the UI's language.
QString productStatusText(const nlohmann::json& product);
// Name, category, price, SKU, barcodes, taxable, status (archived in colour).
std::vector<JsonColumn> productColumns();
// When, old price, new price, change (+/-).
std::vector<JsonColumn> priceHistoryColumns();

}  // namespace magasin::ui
