// What the reports page shows for one period: commandes' indicators (one item per store the manager may see) and
// the consolidated report of the manager's store, the key figures drawn from them and the columns of their tables.
// Usage: ReportContent c{days, indicators, consolidated}; c.figures().averageBasketCents; reportProductColumns();
#pragma once

#include <QString>

#include <cstdint>
#include <vector>

#include <nlohmann/json.hpp>

#include "magasin/ui/json_table_model.hpp"
#include "magasin/ui/report_days.hpp"

namespace magasin::ui {

// The figures above the charts. Revenue is before taxes, as commandes counts it (DOMAIN.md: the sum of the lines).
struct ReportFigures {
    std::int64_t revenueCents = 0;
    std::int64_t taxesCents = 0;
    std::int64_t sales = 0;
    // Revenue / sales, rounded half-up to the cent; 0 without sales.
    std::int64_t averageBasketCents = 0;
    std::int64_t units = 0;  // quantities of every product sold
    std::int64_t ruptures = 0;
    std::int64_t overstock = 0;

    // From GET /v1/reports/consolidated's answer.
    static ReportFigures of(const nlohmann::json& consolidated);
};

// One key figure, as the page and the PDF show it (`text`, in the UI's language) and as the CSV writes it (`csv`).
struct KeyFigure {
    QString name;  // "revenue", "sales", "basket", "taxes", "units", "ruptures", "overstock"
    QString caption;
    QString text;
    QString csv;
};
// The key figures in the order shown (the average basket is "—" and empty in the CSV without sales).
std::vector<KeyFigure> keyFigures(const ReportFigures& figures);

struct ReportContent {
    ReportDays days;
    nlohmann::json indicators;    // GET /v1/reports/indicators: {from, to, items: [{store_name, revenue_cents, ...}]}
    nlohmann::json consolidated;  // GET /v1/reports/consolidated: {sale_count, revenue_cents, products_sold, ...}

    [[nodiscard]] ReportFigures figures() const { return ReportFigures::of(consolidated); }
    [[nodiscard]] nlohmann::json stores() const;                      // the indicators' items (an array, maybe empty)
    [[nodiscard]] nlohmann::json list(const std::string& key) const;  // an array of the consolidated report
    // The store the consolidated report is about, by its name in the indicators (its id when not found).
    [[nodiscard]] QString storeName() const;
    // products_sold with "share_permille" (of the revenue) added to each row, for its column.
    [[nodiscard]] nlohmann::json productsWithShares() const;
};

// The tables' columns: per store (indicators), products sold, stock entries (ruptures, overstock).
std::vector<JsonColumn> reportStoreColumns();
std::vector<JsonColumn> reportProductColumns();
std::vector<JsonColumn> reportStockColumns(Tone tone);

}  // namespace magasin::ui
