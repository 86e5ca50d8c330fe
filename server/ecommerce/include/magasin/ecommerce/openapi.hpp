// The ecommerce server's OpenAPI 3.1 document, served at /openapi.json and checked against the routes by a test.
// Usage: app.setOpenApi(openApiDocument(version));
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace magasin::ecommerce {

nlohmann::json openApiDocument(const std::string& version);

}  // namespace magasin::ecommerce
