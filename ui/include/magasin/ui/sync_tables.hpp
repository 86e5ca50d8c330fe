// The Sync & conflicts page's tables: their columns, and its rows built from the servers' answers (terminals with
// their pending commands, rejected commands, flags of offline sales and negative stock) with what to do about each.
// Usage: JsonTableModel m(SyncTables::flagColumns()); m.setRows(SyncTables::flagRows(sales, exceptions, devices, {}));
#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "magasin/ui/json_table_model.hpp"

namespace magasin::ui {

// The terminal this app runs on, as its own journal knows it: the servers do not know how many commands wait in a
// terminal's outbox, only the terminal does.
struct LocalTerminal {
    std::string deviceId;
    std::int64_t pendingCommands = 0;
};

class SyncTables {
    Q_DECLARE_TR_FUNCTIONS(SyncTables)

public:
    // Flag kinds of the flag rows: commandes' sale flag codes, plus kStockNegative for inventaire's stock exceptions.
    static constexpr const char* kStockNegative = "stock_negative";

    static std::vector<JsonColumn> deviceColumns();
    static std::vector<JsonColumn> rejectionColumns();
    static std::vector<JsonColumn> flagColumns();

    // GET /v1/devices items, each with "pending" (this terminal's outbox count, or null: unknown) and "this_terminal".
    static nlohmann::json deviceRows(const nlohmann::json& devices, const std::optional<LocalTerminal>& local);
    // GET /v1/sync/rejections items, each with "advice".
    static nlohmann::json rejectionRows(const nlohmann::json& rejections);
    // One row per flag of each flagged sale (GET /v1/sales?flagged=true items) and per stock exception (inventaire's
    // GET /v1/stock-exceptions items), newest first: {at, kind, kind_text, terminal, sale_id, detail, advice}.
    // `devices`: GET /v1/devices items (terminal names); `productNames`: {product id: name} for the exceptions.
    static nlohmann::json flagRows(const nlohmann::json& flaggedSales, const nlohmann::json& stockExceptions,
                                   const nlohmann::json& devices, const nlohmann::json& productNames);

    // The flag kind in words, and the plain sentence saying what to do about it.
    static QString flagKindText(const std::string& kind);
    static QString flagAdvice(const std::string& kind);
    // What to do about a rejected command, from its type and problem.
    static QString rejectionAdvice(const nlohmann::json& rejection);
};

}  // namespace magasin::ui
