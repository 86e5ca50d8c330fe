// The pieces every server's OpenAPI 3.1 document is made of: operations with their problems, the platform routes,
// the sync routes, and the check that a document and an HttpApp's routes agree.
// Usage: app.setOpenApi(openapi::document({"Magasin x", version, "...", "/api/x"}, operations, causes, schemas));
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "magasin/server/http_app.hpp"

namespace magasin::server::openapi {

nlohmann::json ref(const std::string& schemaName);
nlohmann::json jsonResponse(const std::string& description, const nlohmann::json& schema);
nlohmann::json jsonBody(const std::string& schemaName);  // a required application/json request body
nlohmann::json pathParameter(const std::string& name, const std::string& description, const nlohmann::json& schema);
nlohmann::json queryParameter(const std::string& name, const std::string& description, const nlohmann::json& schema);
// The Idempotency-Key header of §6: replay, 409 in flight, 422 with another body.
nlohmann::json idempotencyKeyHeader();

struct Operation {
    std::string method;  // lower-case, as OpenAPI keys them
    std::string path;
    std::string summary;
    std::vector<nlohmann::json> parameters;
    nlohmann::json requestBody;  // null: none
    int status = 200;
    nlohmann::json response;
    std::vector<int> problems;  // each status must have a cause in the document's problem causes
    bool bearer = false;        // needs a bearer token
};

struct DocumentInfo {
    std::string title;
    std::string version;
    std::string description;
    std::string serverUrl;  // where the gateway exposes the server, e.g. "/api/catalogue"
};

// The value schemas every API uses: a UUID, a string, an ISO-8601 UTC date-time, an amount in CAD cents.
nlohmann::json uuidSchema();
nlohmann::json textSchema();
nlohmann::json dateTimeSchema();
nlohmann::json centsSchema();

// /health/live, /health/ready (503), /metrics, /openapi.json: what HttpApp registers itself.
std::vector<Operation> platformOperations();
// GET /v1/sync/changes as registerChangeFeedRoute answers it (400, 410, 422, 503; 401 when bearer).
Operation changeFeedOperation(const std::string& summary, bool bearer);
// POST /v1/sync/commands as registerCommandRoute answers it; always with a device's bearer token.
Operation commandPushOperation(const std::string& summary);
// ChangePage (entities: the values "entity" takes), PushRequest and PushResponse schemas, to merge into a server's.
nlohmann::json changePageSchema(const std::vector<std::string>& entities);
nlohmann::json pushSchemas();

// The whole document: the server's operations and the platform's (health, metrics, this document), each
// operation's problems described by problemCauses (status -> what causes it in this API),
// schemas plus the Problem schema, and the bearer security scheme. Throws std::out_of_range for a problem status
// without a cause, so that a test building the document catches it.
nlohmann::json document(const DocumentInfo& info, const std::vector<Operation>& operations,
                        const std::map<int, std::string>& problemCauses, nlohmann::json schemas);

// "get /v1/x/{id}" for every route of the app, and for every path and method of a document: a test compares them.
std::set<std::string> registeredOperations(const HttpApp& app);
std::set<std::string> documentedOperations(const nlohmann::json& document);

}  // namespace magasin::server::openapi
