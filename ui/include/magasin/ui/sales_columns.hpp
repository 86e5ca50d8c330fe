// The sales page's table and texts, declared once so that the page and the model tests share them: the sales list
// (status in words and colour, flags), the totals above it, and a sale's receipt as the manager reads it.
// Usage: JsonTableModel sales(saleColumns(names)); auto totals = salesTotals(answer["items"]);
#pragma once

#include <QString>

#include <cstdint>
#include <vector>

#include "magasin/ui/json_table_model.hpp"
#include "magasin/ui/replenishment_columns.hpp"

namespace magasin::ui {

struct SalesTotals {
    int count = 0;                  // every sale listed
    int cancelled = 0;              // of which cancelled
    int flagged = 0;                // with at least one flag
    std::int64_t revenueCents = 0;  // active sales only: a cancelled sale brought nothing in
};

SalesTotals salesTotals(const nlohmann::json& sales);
// "Price differs from the catalogue", "Till totals differ"...: a flag code in words.
QString saleFlagText(const std::string& code);
// The sale's flags in words, joined ("" when none).
QString saleFlagsText(const nlohmann::json& sale);
// "Completed" / "Cancelled" (the words of the till's recent sales).
QString saleStatusText(const std::string& status);

std::vector<JsonColumn> saleColumns(StaffNames names);
// The receipt: lines, subtotal, each tax, total, payments, change, flags, cancellation; `storeName` on top.
QString saleReceiptText(const nlohmann::json& sale, const QString& storeName, const StaffNames& names);

}  // namespace magasin::ui
