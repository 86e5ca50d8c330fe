#include "magasin/catalogue/product_json.hpp"

namespace magasin::catalogue {

nlohmann::json productToJson(const domain::Product& product) {
    nlohmann::json barcodes = nlohmann::json::array();
    for (const auto& barcode : product.barcodes()) {
        barcodes.push_back(barcode.digits());
    }
    return {{"id", product.id().toString()},
            {"name", product.name().text()},
            {"category", product.category().text()},
            {"price_cents", product.price().cents()},
            {"description", product.description()},
            {"sku", product.sku().code()},
            {"barcodes", std::move(barcodes)},
            {"taxable", product.isTaxable()},
            {"active", product.isActive()},
            {"created_at", domain::toIso8601(product.createdAt())},
            {"modified_at", domain::toIso8601(product.modifiedAt())}};
}

nlohmann::json priceChangeToJson(const domain::PriceChange& change) {
    return {{"changed_by", change.changedBy.toString()},
            {"changed_at", domain::toIso8601(change.at)},
            {"old_price_cents", change.oldPrice.cents()},
            {"new_price_cents", change.newPrice.cents()}};
}

nlohmann::json searchPageToJson(const SearchPage& page, const domain::ProductSearchCriteria& criteria) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& match : page.matches) {
        items.push_back(productToJson(match.product));
    }
    return {{"items", std::move(items)},
            {"page", criteria.page()},
            {"page_size", criteria.pageSize()},
            {"total", page.total}};
}

}  // namespace magasin::catalogue
