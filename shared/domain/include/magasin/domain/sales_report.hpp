// The consolidated sales report of one store over a period, and the indicators drawn from it (seed's dashboard).
// Usage: auto report = buildSalesReport(storeId, ReportPeriod::lastSevenDays(now), sales, stockRows);
//        auto kpi = salesIndicators(report, ReportLanguage::kFrench);  // kpi.trend == "Clavier mécanique (3), ..."
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "magasin/domain/money.hpp"
#include "magasin/domain/sale.hpp"
#include "magasin/domain/time.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::domain {

// A half-open period [from, to): a sale exactly at `to` belongs to the next period, so that periods tile.
class ReportPeriod {
public:
    // Throws DomainError kInvalidValue "report.period.order" unless from < to.
    static ReportPeriod of(Timestamp from, Timestamp to);
    // The seed's default: the 7 days (168 hours) before now, [now - 7 days, now).
    static ReportPeriod lastSevenDays(Timestamp now);

    [[nodiscard]] Timestamp from() const { return m_from; }
    [[nodiscard]] Timestamp to() const { return m_to; }
    [[nodiscard]] bool contains(Timestamp t) const { return m_from <= t && t < m_to; }

private:
    ReportPeriod(Timestamp from, Timestamp to) : m_from(from), m_to(to) {}
    Timestamp m_from;
    Timestamp m_to;
};

// One stock level as the inventory context reports it; plain data so that sales do not depend on inventory types.
struct StockRow {
    StoreId store;
    ProductId product;
    std::string productName;
    std::int64_t level = 0;
};

struct ProductSold {
    ProductId product;
    std::string name;  // as sold in the most recent sale of the period
    std::int64_t quantity = 0;
    Money revenue;  // sum of line totals: after discounts, before taxes
};

struct StockEntry {
    ProductId product;
    std::string name;
    std::int64_t level = 0;
    friend bool operator==(const StockEntry&, const StockEntry&) = default;
};

// Revenue is counted BEFORE taxes (the sum of subtotals, discounts deducted): the taxes are collected for the
// governments and are not the store's revenue; they are reported apart in taxesCollected.
struct SalesReport {
    static constexpr std::int64_t kOverstockAbove = 10;

    StoreId store;
    ReportPeriod period;
    std::size_t saleCount = 0;  // active sales of the store in the period
    Money revenue;
    Money taxesCollected;
    std::vector<ProductSold> productsSold;  // quantity descending, then name, then product id
    // Stock lists sorted by name, then product id. A level below zero (offline sales may cause it) is a rupture too.
    std::vector<StockEntry> ruptures;   // level <= 0
    std::vector<StockEntry> overstock;  // level > 10
    std::vector<StockEntry> inStock;    // level > 0
};

// Only the store's ACTIVE sales whose time lies in the period count; stock rows of other stores are ignored.
SalesReport buildSalesReport(const StoreId& store, const ReportPeriod& period, std::span<const Sale> sales,
                             std::span<const StockRow> stock);

// The language of the trend text; the desktop app translates everything else by rule keys, but the seed's dashboard
// shows this sentence as it comes.
enum class ReportLanguage { kFrench, kEnglish };

struct SalesIndicators {
    static constexpr std::size_t kTrendSize = 3;

    StoreId store;
    Money revenue;  // before taxes, as in the report
    std::size_t ruptures = 0;
    std::size_t overstock = 0;
    // The top 3 products by quantity, "Nom (q), Nom (q), Nom (q)" (ties broken by name), or
    // "Aucune vente cette semaine" / "No sales this week".
    std::string trend;
};

SalesIndicators salesIndicators(const SalesReport& report, ReportLanguage language);

}  // namespace magasin::domain
