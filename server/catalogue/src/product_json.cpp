#include "magasin/catalogue/product_json.hpp"

#include "magasin/domain/domain_error.hpp"
#include "magasin/sync/json_fields.hpp"

namespace magasin::catalogue {

using domain::DomainError;
using domain::ErrorCode;
using sync::JsonFields;

namespace {

std::vector<domain::Barcode> barcodesOf(const JsonFields& body, std::string_view key) {
    std::vector<domain::Barcode> barcodes;
    if (!body.has(key)) {
        return barcodes;
    }
    const nlohmann::json& items = body.array(key);
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string path = JsonFields::itemPath(body.pathOf(key), i);
        if (!items[i].is_string()) {
            throw DomainError(ErrorCode::kInvalidValue, "json.type", path, path + " must be a string of digits");
        }
        barcodes.push_back(domain::Barcode::parse(items[i].get<std::string>(), path));
    }
    return barcodes;
}

}  // namespace

ProductDraft productDraftFromJson(const nlohmann::json& json) {
    const JsonFields body(json);
    std::optional<domain::ProductId> id;
    if (body.has("id")) {
        id = domain::ProductId(body.uuid("id"));
    }
    return ProductDraft{.id = id,
                        .name = domain::ProductName::parse(body.string("name"), "name"),
                        .category = domain::CategoryName::parse(body.string("category"), "category"),
                        .price = domain::Price::fromCents(body.integer("price_cents")),
                        .description = body.optionalString("description").value_or(""),
                        .sku = domain::Sku::parse(body.string("sku"), "sku"),
                        .barcodes = barcodesOf(body, "barcodes"),
                        .taxable = body.optionalBoolean("taxable").value_or(true)};
}

ProductChanges productChangesFromJson(const nlohmann::json& json) {
    const JsonFields body(json);
    if (body.has("price_cents")) {
        body.fail("price_cents", "product.price.separate_route",
                  "Change a price with POST /v1/products/{id}/price, which keeps its history");
    }
    ProductChanges changes;
    if (auto name = body.optionalString("name")) {
        changes.name = domain::ProductName::parse(*name, "name");
    }
    if (auto category = body.optionalString("category")) {
        changes.category = domain::CategoryName::parse(*category, "category");
    }
    changes.description = body.optionalString("description");
    changes.taxable = body.optionalBoolean("taxable");
    changes.addBarcodes = barcodesOf(body, "add_barcodes");
    changes.removeBarcodes = barcodesOf(body, "remove_barcodes");
    return changes;
}

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
