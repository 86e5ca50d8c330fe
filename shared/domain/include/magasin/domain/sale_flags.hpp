// What the server flags on a sale recorded offline: the sale stays as sold (never silently rewritten), a person
// reviews. Usage: for (const RaisedFlag& f : flagOfflineSale(sale, lookup, terminalTotals)) log(saleFlagName(f.flag));
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "magasin/domain/money.hpp"
#include "magasin/domain/sale.hpp"
#include "magasin/domain/tax_profile.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::domain {

enum class SaleFlag { kPriceDiffersFromCatalogue, kArchivedProduct, kTotalsDifferFromTerminal, kUnknownProduct };

// Stable snake_case name ("price_differs_from_catalogue", ...) for logs and the wire.
std::string_view saleFlagName(SaleFlag flag) noexcept;

// What the server's catalogue says about a product now.
struct CatalogueView {
    Price currentPrice;
    bool active = true;
};

// Returns the product's view, or nothing when the catalogue does not know the product.
using CatalogueLookup = std::function<std::optional<CatalogueView>(const ProductId&)>;

struct RaisedFlag {
    SaleFlag flag;
    std::optional<std::size_t> line;  // index in sale.lines(); none for the totals flag
    std::optional<ProductId> product;
    // The catalogue's current price, or the total the server computed; none for an unknown product.
    std::optional<Money> serverValue;
    // The unit price as sold, or the total the terminal computed.
    Money terminalValue;
    friend bool operator==(const RaisedFlag&, const RaisedFlag&) = default;
};

// Flags, line by line in order: an unknown product (and nothing else for that line), else a price that differs from
// the catalogue and/or an archived product; then totals that differ from the terminal's. The whole breakdown of the
// totals is compared (subtotals, each tax, total); the values reported are the two totals. Empty when all agrees.
std::vector<RaisedFlag> flagOfflineSale(const Sale& sale, const CatalogueLookup& catalogue,
                                        const Totals& terminalTotals);

}  // namespace magasin::domain
