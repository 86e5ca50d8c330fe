// The commandes server's OpenAPI 3.1 document, served at /openapi.json: every route with its parameters, bodies, the
// problems it may answer and whether it needs a bearer token.  Usage: app.setOpenApi(openApiDocument(info.version));
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace magasin::commandes {

nlohmann::json openApiDocument(const std::string& version);

}  // namespace magasin::commandes
