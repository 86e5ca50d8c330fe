// The supply chain's OpenAPI 3.1 document, served at /openapi.json: every route with its parameters, bodies and the
// problems it may answer.  Usage: app.setOpenApi(openApiDocument(MAGASIN_VERSION));
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace magasin::supply_chain {

nlohmann::json openApiDocument(const std::string& version);

}  // namespace magasin::supply_chain
