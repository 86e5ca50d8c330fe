#include "magasin/domain/sales_report.hpp"

#include "magasin/domain/domain_error.hpp"

#include <algorithm>
#include <chrono>
#include <unordered_map>

namespace magasin::domain {
namespace {

void sortByName(std::vector<StockEntry>& entries) {
    std::sort(entries.begin(), entries.end(), [](const StockEntry& a, const StockEntry& b) {
        return a.name != b.name ? a.name < b.name : a.product < b.product;
    });
}

}  // namespace

ReportPeriod ReportPeriod::of(Timestamp from, Timestamp to) {
    if (!(from < to)) {
        throw DomainError(ErrorCode::kInvalidValue, "report.period.order", "from",
                          "The start of a period must come before its end");
    }
    return ReportPeriod(from, to);
}

ReportPeriod ReportPeriod::lastSevenDays(Timestamp now) {
    return ReportPeriod(now - std::chrono::days(7), now);
}

SalesReport buildSalesReport(const StoreId& store, const ReportPeriod& period, std::span<const Sale> sales,
                             std::span<const StockRow> stock) {
    SalesReport report{store, period, 0, {}, {}, {}, {}, {}, {}};
    std::unordered_map<ProductId, std::size_t> indexOf;
    std::vector<Timestamp> nameSoldAt;  // parallel to productsSold: when its name was taken
    for (const Sale& sale : sales) {
        if (sale.store() != store || sale.status() != SaleStatus::kActive || !period.contains(sale.at())) {
            continue;
        }
        ++report.saleCount;
        report.revenue += sale.totals().subtotal;
        report.taxesCollected += sale.totals().taxTotal;
        for (const SaleLine& line : sale.lines()) {
            const auto [it, added] = indexOf.try_emplace(line.product(), report.productsSold.size());
            if (added) {
                report.productsSold.push_back({line.product(), line.name(), 0, Money::zero()});
                nameSoldAt.push_back(sale.at());
            }
            ProductSold& sold = report.productsSold[it->second];
            sold.quantity += line.quantity().value();
            sold.revenue += line.total();
            if (sale.at() > nameSoldAt[it->second]) {
                sold.name = line.name();
                nameSoldAt[it->second] = sale.at();
            }
        }
    }
    std::sort(report.productsSold.begin(), report.productsSold.end(), [](const ProductSold& a, const ProductSold& b) {
        if (a.quantity != b.quantity) {
            return a.quantity > b.quantity;
        }
        return a.name != b.name ? a.name < b.name : a.product < b.product;
    });

    for (const StockRow& row : stock) {
        if (row.store != store) {
            continue;
        }
        const StockEntry entry{row.product, row.productName, row.level};
        if (row.level <= 0) {
            report.ruptures.push_back(entry);
            continue;
        }
        report.inStock.push_back(entry);
        if (row.level > SalesReport::kOverstockAbove) {
            report.overstock.push_back(entry);
        }
    }
    sortByName(report.ruptures);
    sortByName(report.overstock);
    sortByName(report.inStock);
    return report;
}

SalesIndicators salesIndicators(const SalesReport& report, ReportLanguage language) {
    SalesIndicators indicators{report.store, report.revenue, report.ruptures.size(), report.overstock.size(), {}};
    if (report.productsSold.empty()) {
        indicators.trend = language == ReportLanguage::kFrench ? "Aucune vente cette semaine" : "No sales this week";
        return indicators;
    }
    const std::size_t count = std::min(report.productsSold.size(), SalesIndicators::kTrendSize);
    for (std::size_t i = 0; i < count; ++i) {
        const ProductSold& sold = report.productsSold[i];
        if (i > 0) {
            indicators.trend += ", ";
        }
        indicators.trend += sold.name + " (" + std::to_string(sold.quantity) + ")";
    }
    return indicators;
}

}  // namespace magasin::domain
