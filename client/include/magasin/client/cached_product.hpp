// A product as the terminal knows it from the catalogue's change feed.
// Usage: CachedProduct p = CachedProduct::fromJson(change.data); p.priceCents;
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace magasin::client {

struct CachedProduct {
    std::string id;
    std::string name;
    std::string category;
    std::int64_t priceCents = 0;
    std::string description;
    std::string sku;
    std::vector<std::string> barcodes;
    bool taxable = true;
    bool active = true;

    // Reads the catalogue's product JSON (server/catalogue productToJson). Throws nlohmann::json::exception when a
    // required member is missing or of the wrong type.
    static CachedProduct fromJson(const nlohmann::json& j);
    friend bool operator==(const CachedProduct&, const CachedProduct&) = default;
};

}  // namespace magasin::client
