#include "magasin/client/cached_product.hpp"

namespace magasin::client {

CachedProduct CachedProduct::fromJson(const nlohmann::json& j) {
    CachedProduct p;
    p.id = j.at("id").get<std::string>();
    p.name = j.at("name").get<std::string>();
    p.category = j.value("category", std::string());
    p.priceCents = j.at("price_cents").get<std::int64_t>();
    p.description = j.value("description", std::string());
    p.sku = j.value("sku", std::string());
    if (j.contains("barcodes") && j.at("barcodes").is_array()) {
        for (const auto& code : j.at("barcodes")) {
            p.barcodes.push_back(code.get<std::string>());
        }
    }
    p.taxable = j.value("taxable", true);
    p.active = j.value("active", true);
    return p;
}

}  // namespace magasin::client
