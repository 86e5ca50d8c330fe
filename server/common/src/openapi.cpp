#include "magasin/server/openapi.hpp"

#include <algorithm>
#include <cctype>

namespace magasin::server::openapi {

using nlohmann::json;

json ref(const std::string& schemaName) {
    return {{"$ref", "#/components/schemas/" + schemaName}};
}

json jsonResponse(const std::string& description, const json& schema) {
    return {{"description", description}, {"content", {{"application/json", {{"schema", schema}}}}}};
}

json jsonBody(const std::string& schemaName) {
    return {{"required", true}, {"content", {{"application/json", {{"schema", ref(schemaName)}}}}}};
}

json pathParameter(const std::string& name, const std::string& description, const json& schema) {
    return {{"name", name}, {"in", "path"}, {"required", true}, {"description", description}, {"schema", schema}};
}

json queryParameter(const std::string& name, const std::string& description, const json& schema) {
    return {{"name", name}, {"in", "query"}, {"required", false}, {"description", description}, {"schema", schema}};
}

json idempotencyKeyHeader() {
    return {{"name", "Idempotency-Key"},
            {"in", "header"},
            {"required", false},
            {"description",
             "Same key and body: the stored answer again; same key, other body: 422; same key still in flight: 409"},
            {"schema", {{"type", "string"}, {"maxLength", 200}}}};
}

json uuidSchema() {
    return {{"type", "string"}, {"format", "uuid"}};
}

json textSchema() {
    return {{"type", "string"}};
}

json dateTimeSchema() {
    return {{"type", "string"}, {"format", "date-time"}};
}

json centsSchema() {
    return {{"type", "integer"}, {"description", "CAD cents"}};
}

std::vector<Operation> platformOperations() {
    return {
        {"get",
         "/health/live",
         "The process answers",
         {},
         nullptr,
         200,
         jsonResponse("Live", {{"type", "object"}}),
         {}},
        {"get",
         "/health/ready",
         "The server takes work: not draining and the database answers",
         {},
         nullptr,
         200,
         jsonResponse("Ready", {{"type", "object"}}),
         {503}},
        {"get",
         "/metrics",
         "Prometheus metrics",
         {},
         nullptr,
         200,
         {{"description", "Text exposition"}, {"content", {{"text/plain", {{"schema", {{"type", "string"}}}}}}}},
         {}},
        {"get",
         "/openapi.json",
         "This document",
         {},
         nullptr,
         200,
         jsonResponse("OpenAPI 3.1", {{"type", "object"}}),
         {}},
    };
}

Operation changeFeedOperation(const std::string& summary, bool bearer) {
    const json integer = {{"type", "integer"}};
    std::vector<int> problems = {400, 410, 422, 503};
    if (bearer) {
        problems.insert(problems.begin() + 1, 401);
    }
    return {"get",
            "/v1/sync/changes",
            summary,
            {queryParameter("since", "The cursor of the last page read; 0 to bootstrap", integer),
             queryParameter("limit", "Most changes in one page", integer)},
            nullptr,
            200,
            jsonResponse("One page of changes", ref("ChangePage")),
            std::move(problems),
            bearer};
}

Operation commandPushOperation(const std::string& summary) {
    return {"post",
            "/v1/sync/commands",
            summary,
            {},
            jsonBody("PushRequest"),
            200,
            jsonResponse("One outcome per command applied or replayed; expected_seq when a gap stopped the batch",
                         ref("PushResponse")),
            {400, 401, 403, 413, 415, 422, 503},
            true};
}

json changePageSchema(const std::vector<std::string>& entities) {
    const json text = textSchema();
    return {{"type", "object"},
            {"properties",
             {{"changes",
               {{"type", "array"},
                {"items",
                 {{"type", "object"},
                  {"properties",
                   {{"seq", {{"type", "integer"}}},
                    {"entity", {{"type", "string"}, {"enum", entities}}},
                    {"id", text},
                    {"op", {{"type", "string"}, {"enum", {"upsert", "delete"}}}},
                    {"data", {{"type", "object"}}}}}}}}},
              {"cursor", {{"type", "integer"}}},
              {"has_more", {{"type", "boolean"}}}}}};
}

json pushSchemas() {
    const json uuid = uuidSchema();
    return {
        {"PushRequest",
         {{"type", "object"},
          {"required", {"device_id", "commands"}},
          {"properties",
           {{"device_id", uuid},
            {"commands",
             {{"type", "array"},
              {"items",
               {{"type", "object"},
                {"required", {"command_id", "device_seq", "type", "payload"}},
                {"properties",
                 {{"command_id", uuid},
                  {"device_seq", {{"type", "integer"}, {"minimum", 1}}},
                  {"type", {{"type", "string"}}},
                  {"staff_id", uuid},
                  {"issued_at", {{"type", "string"}, {"format", "date-time"}}},
                  {"payload", {{"type", "object"}}}}}}}}}}}}},
        {"PushResponse",
         {{"type", "object"},
          {"properties",
           {{"outcomes",
             {{"type", "array"},
              {"items",
               {{"type", "object"},
                {"properties",
                 {{"command_id", uuid},
                  {"status", {{"type", "string"}, {"enum", {"applied", "applied_with_flags", "rejected"}}}},
                  {"flags", {{"type", "array"}}},
                  {"result", {{"type", "object"}}},
                  {"problem", ref("Problem")}}}}}}},
            {"expected_seq", {{"type", "integer"}}}}}}},
    };
}

namespace {

json problemSchema() {
    const json text = textSchema();
    return {
        {"type", "object"},
        {"description", "RFC 9457 problem details"},
        {"properties",
         {{"type", text},
          {"title", text},
          {"status", {{"type", "integer"}}},
          {"detail", text},
          {"request_id", text},
          {"errors",
           {{"type", "array"},
            {"items", {{"type", "object"}, {"properties", {{"field", text}, {"rule", text}, {"message", text}}}}}}}}}};
}

}  // namespace

json document(const DocumentInfo& info, const std::vector<Operation>& operations,
              const std::map<int, std::string>& problemCauses, json schemas) {
    json paths = json::object();
    // Every server answers the platform's routes (health, metrics, this document) besides its own.
    std::vector<Operation> all = operations;
    for (auto& platform : platformOperations()) {
        all.push_back(std::move(platform));
    }
    for (const auto& op : all) {
        json operation = {{"summary", op.summary}, {"responses", {{std::to_string(op.status), op.response}}}};
        if (!op.parameters.empty()) {
            operation["parameters"] = op.parameters;
        }
        if (!op.requestBody.is_null()) {
            operation["requestBody"] = op.requestBody;
        }
        if (op.bearer) {
            operation["security"] = json::array({{{"bearer", json::array()}}});
        }
        for (int status : op.problems) {
            operation["responses"][std::to_string(status)] = {
                {"description", problemCauses.at(status)},
                {"content", {{"application/problem+json", {{"schema", ref("Problem")}}}}}};
        }
        paths[op.path][op.method] = std::move(operation);
    }
    schemas["Problem"] = problemSchema();
    return {
        {"openapi", "3.1.0"},
        {"info", {{"title", info.title}, {"version", info.version}, {"description", info.description}}},
        {"servers", json::array({{{"url", info.serverUrl}}})},
        {"paths", std::move(paths)},
        {"components",
         {{"schemas", std::move(schemas)},
          {"securitySchemes",
           {{"bearer", {{"type", "http"}, {"scheme", "bearer"}, {"description", "Ed25519-signed access token"}}}}}}}};
}

std::set<std::string> registeredOperations(const HttpApp& app) {
    std::set<std::string> registered;
    for (const auto& route : app.routes()) {
        std::string method(methodName(route.method));
        std::transform(method.begin(), method.end(), method.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        registered.insert(method + " " + route.path);
    }
    return registered;
}

std::set<std::string> documentedOperations(const json& document) {
    std::set<std::string> documented;
    for (const auto& [path, operations] : document.at("paths").items()) {
        for (const auto& [method, operation] : operations.items()) {
            documented.insert(method + " " + path);
        }
    }
    return documented;
}

}  // namespace magasin::server::openapi
