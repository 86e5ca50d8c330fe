#include "magasin/domain/sale_flags.hpp"

namespace magasin::domain {

std::string_view saleFlagName(SaleFlag flag) noexcept {
    switch (flag) {
        case SaleFlag::kPriceDiffersFromCatalogue: return "price_differs_from_catalogue";
        case SaleFlag::kArchivedProduct: return "archived_product";
        case SaleFlag::kTotalsDifferFromTerminal: return "totals_differ_from_terminal";
        case SaleFlag::kUnknownProduct: return "unknown_product";
    }
    return "unknown_flag";
}

std::vector<RaisedFlag> flagOfflineSale(const Sale& sale, const CatalogueLookup& catalogue,
                                        const Totals& terminalTotals) {
    std::vector<RaisedFlag> flags;
    const std::vector<SaleLine>& lines = sale.lines();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const SaleLine& line = lines[i];
        const Money soldAt = line.unitPrice().amount();
        const std::optional<CatalogueView> view = catalogue(line.product());
        if (!view) {
            flags.push_back({SaleFlag::kUnknownProduct, i, line.product(), std::nullopt, soldAt});
            continue;
        }
        const Money current = view->currentPrice.amount();
        if (current != soldAt) {
            flags.push_back({SaleFlag::kPriceDiffersFromCatalogue, i, line.product(), current, soldAt});
        }
        if (!view->active) {
            flags.push_back({SaleFlag::kArchivedProduct, i, line.product(), current, soldAt});
        }
    }
    if (sale.totals() != terminalTotals) {
        flags.push_back({SaleFlag::kTotalsDifferFromTerminal, std::nullopt, std::nullopt, sale.totals().total,
                         terminalTotals.total});
    }
    return flags;
}

}  // namespace magasin::domain
