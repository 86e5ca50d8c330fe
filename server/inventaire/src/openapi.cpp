#include "magasin/inventaire/openapi.hpp"

#include <map>
#include <vector>

namespace magasin::inventaire {

using nlohmann::json;

namespace {

json ref(const std::string& name) {
    return {{"$ref", "#/components/schemas/" + name}};
}
json problemResponse(const std::string& description) {
    return {{"description", description}, {"content", {{"application/problem+json", {{"schema", ref("Problem")}}}}}};
}
json jsonResponse(const std::string& description, const json& schema) {
    return {{"description", description}, {"content", {{"application/json", {{"schema", schema}}}}}};
}
json listOf(const std::string& name) {
    return {{"type", "object"}, {"properties", {{"items", {{"type", "array"}, {"items", ref(name)}}}}}};
}
json pathParameter(const std::string& name, const std::string& description) {
    return {{"name", name},
            {"in", "path"},
            {"required", true},
            {"description", description},
            {"schema", {{"type", "string"}}}};
}
json queryParameter(const std::string& name, const std::string& description, const json& schema) {
    return {{"name", name}, {"in", "query"}, {"required", false}, {"description", description}, {"schema", schema}};
}
json body(const std::string& schema) {
    return {{"required", true}, {"content", {{"application/json", {{"schema", ref(schema)}}}}}};
}

const json kUuid = {{"type", "string"}, {"format", "uuid"}};
const json kInteger = {{"type", "integer"}};
const json kLocation = pathParameter("location", "\"central\", or a store's location id (the store's id)");
const json kProduct = pathParameter("product", "The product's UUID");
const json kId = pathParameter("id", "The UUID");
const json kIdempotencyKey = {{"name", "Idempotency-Key"},
                              {"in", "header"},
                              {"required", false},
                              {"description",
                               "Same key and body: the stored answer again; same key, other body: 422; same key "
                               "still in flight: 409"},
                              {"schema", {{"type", "string"}, {"maxLength", 200}}}};
const std::vector<json> kLevelQuery = {queryParameter("location", "\"central\" or a location id", {{"type", "string"}}),
                                       queryParameter("store", "A store's id (its location)", kUuid),
                                       queryParameter("product", "Only this product", kUuid)};

const std::map<int, std::string> kProblemCauses = {
    {400, "The body is not valid JSON (or, on the feed, since/limit is not a number)"},
    {401, "No bearer token, or one that is invalid or expired"},
    {403, "The token may not do this: not a manager's or a server's, or another store's device or cashier"},
    {404, "No such location, transfer or reservation"},
    {409,
     "Not enough stock (the detail says how much is available), the id is already used for something else, the "
     "reservation is no longer held, or the Idempotency-Key is in use by a request in flight"},
    {410, "The cursor is older than the feed's compaction horizon: bootstrap again with since=0"},
    {413, "The body is larger than the server accepts"},
    {415, "The body is not sent as application/json"},
    {422,
     "A value breaks a rule (errors[] names the field and the rule), or the Idempotency-Key was used with another "
     "body"},
    {503, "The database does not answer, or the server is shutting down"},
};

struct Operation {
    std::string method;
    std::string path;
    std::string summary;
    std::vector<json> parameters;
    json requestBody;
    int status = 200;
    json response;
    std::vector<int> problems;
};

std::vector<Operation> operations() {
    const std::vector<int> read = {401, 403, 404, 422, 503};
    const std::vector<int> write = {400, 401, 403, 404, 409, 413, 415, 422, 503};
    auto withQuery = [](std::vector<json> base, std::vector<json> more) {
        base.insert(base.end(), more.begin(), more.end());
        return base;
    };
    return {
        {"get",
         "/v1/locations",
         "Stock locations: the central warehouse and the stores the caller may see",
         {},
         nullptr,
         200,
         jsonResponse("The locations", listOf("Location")),
         {401, 503}},
        {"get", "/v1/stocks", "Stock levels with their labels",
         withQuery(kLevelQuery,
                   {queryParameter("label", "Only levels with this label",
                                   {{"enum", {"critical", "low", "normal", "medium", "high", "well_stocked"}}})}),
         nullptr, 200, jsonResponse("The levels", listOf("StockLevel")), read},
        {"get",
         "/v1/stocks/{location}/{product}",
         "One level (0 when the product never moved there)",
         {kLocation, kProduct},
         nullptr,
         200,
         jsonResponse("The level", ref("StockLevel")),
         read},
        {"put",
         "/v1/stocks/{location}/{product}/thresholds",
         "Set where the labels change (manager)",
         {kLocation, kProduct},
         body("Thresholds"),
         200,
         jsonResponse("The level", ref("StockLevel")),
         {400, 401, 403, 404, 413, 415, 422, 503}},
        {"post",
         "/v1/stocks/{location}/{product}/adjustments",
         "Correct a level up or down by delta (1..10,000 either way; never below zero) (manager)",
         {kLocation, kProduct, kIdempotencyKey},
         body("Adjustment"),
         201,
         jsonResponse("The movement and the level after it", ref("AppliedMovement")),
         write},
        {"post",
         "/v1/stocks/{location}/{product}/counts",
         "Record an inventory count: the level becomes counted (manager)",
         {kLocation, kProduct, kIdempotencyKey},
         body("Count"),
         201,
         jsonResponse("The movement and the level after it", ref("AppliedMovement")),
         write},
        {"get", "/v1/movements", "The movement ledger, newest first",
         withQuery(kLevelQuery, {queryParameter("before", "Lines older than this seq (next_before)", kInteger),
                                 queryParameter("limit", "1..1000, default 100", kInteger)}),
         nullptr, 200, jsonResponse("One page of the ledger", ref("MovementPage")), read},
        {"post",
         "/v1/transfers",
         "Move stock from the central warehouse to a store, atomically; idempotent by id (the replenishment "
         "request's id): the same id again answers the first transfer with 200 (manager or server)",
         {kIdempotencyKey},
         body("NewTransfer"),
         201,
         jsonResponse("The transfer", ref("Transfer")),
         write},
        {"get",
         "/v1/transfers",
         "Transfers, newest first",
         {queryParameter("store", "Only transfers to this store", kUuid),
          queryParameter("limit", "1..1000, default 100", kInteger)},
         nullptr,
         200,
         jsonResponse("The transfers", listOf("Transfer")),
         read},
        {"get",
         "/v1/transfers/{id}",
         "One transfer",
         {kId},
         nullptr,
         200,
         jsonResponse("The transfer", ref("Transfer")),
         read},
        {"post",
         "/v1/reservations",
         "Hold stock at the central warehouse for a checkout until committed, released or expired; the same id "
         "again answers the first reservation with 200 (server or manager)",
         {kIdempotencyKey},
         body("NewReservation"),
         201,
         jsonResponse("The reservation", ref("Reservation")),
         write},
        {"get",
         "/v1/reservations/{id}",
         "One reservation (server or manager)",
         {kId},
         nullptr,
         200,
         jsonResponse("The reservation", ref("Reservation")),
         read},
        {"post",
         "/v1/reservations/{id}/commit",
         "The order is confirmed: the held stock is sold (again on a committed one: the same answer)",
         {kId},
         nullptr,
         200,
         jsonResponse("The reservation", ref("Reservation")),
         {401, 403, 404, 409, 422, 503}},
        {"post",
         "/v1/reservations/{id}/release",
         "Give the held stock back (again on a released or expired one: the same answer)",
         {kId},
         nullptr,
         200,
         jsonResponse("The reservation", ref("Reservation")),
         {401, 403, 404, 409, 422, 503}},
        {"get", "/v1/stock-exceptions", "Levels below zero after offline sales, with the sales that caused them",
         kLevelQuery, nullptr, 200, jsonResponse("The exceptions", listOf("StockException")), read},
        {"get",
         "/v1/sync/changes",
         "Stock level changes in commit order (entity stock_level). A store's devices and cashiers get central "
         "levels and their own store's; managers and servers get all, or one store with ?store=",
         {queryParameter("since", "The cursor returned by the previous page; 0 bootstraps", kInteger),
          queryParameter("limit", "1..1000, default 500", kInteger),
          queryParameter("store", "Only this store's levels (and the central ones)", kUuid)},
         nullptr,
         200,
         jsonResponse("One page of changes", ref("ChangePage")),
         {400, 401, 403, 410, 422, 503}},
    };
}

json schemas() {
    const json string = {{"type", "string"}};
    const json nullableUuid = {{"type", {"string", "null"}}, {"format", "uuid"}};
    const json time = {{"type", "string"}, {"format", "date-time"}};
    auto object = [](json properties, std::vector<std::string> required) {
        return json{{"type", "object"}, {"properties", std::move(properties)}, {"required", std::move(required)}};
    };
    json level = object({{"location_id", kUuid},
                         {"location_kind", {{"enum", {"central", "store"}}}},
                         {"store_id", nullableUuid},
                         {"product_id", kUuid},
                         {"level", kInteger},
                         {"label", {{"enum", {"critical", "low", "normal", "medium", "high", "well_stocked"}}}},
                         {"label_fr", string},
                         {"label_en", string},
                         {"thresholds", ref("Thresholds")},
                         {"updated_at", time}},
                        {"location_id", "product_id", "level", "label"});
    json movement = object({{"seq", kInteger},
                            {"id", kUuid},
                            {"location_id", kUuid},
                            {"product_id", kUuid},
                            {"reason",
                             {{"enum",
                               {"sale", "sale_cancelled", "transfer_out", "transfer_in", "reservation",
                                "reservation_released", "adjustment", "count"}}}},
                            {"delta", kInteger},
                            {"counted", {{"type", {"integer", "null"}}}},
                            {"level_after", kInteger},
                            {"source", string},
                            {"origin", {{"enum", {"online", "offline"}}}},
                            {"actor", string},
                            {"at", time}},
                           {"id", "reason", "delta", "level_after", "source"});
    json exception = level;
    exception["properties"]["causes"] = {{"type", "array"}, {"items", ref("Movement")}};
    return {
        {"Location",
         object(
             {{"id", kUuid}, {"kind", {{"enum", {"central", "store"}}}}, {"store_id", nullableUuid}, {"name", string}},
             {"id", "kind", "name"})},
        {"StockLevel", level},
        {"Thresholds",
         object({{"critical", kInteger}, {"low", kInteger}, {"high", kInteger}, {"custom", {{"type", "boolean"}}}},
                {"critical", "low", "high"})},
        {"Movement", movement},
        {"MovementPage", object({{"items", {{"type", "array"}, {"items", ref("Movement")}}},
                                 {"next_before", {{"type", {"integer", "null"}}}}},
                                {"items"})},
        {"Adjustment", object({{"delta", kInteger}}, {"delta"})},
        {"Count", object({{"counted", {{"type", "integer"}, {"minimum", 0}}}}, {"counted"})},
        {"AppliedMovement",
         object({{"movement", ref("Movement")}, {"level", ref("StockLevel")}}, {"movement", "level"})},
        {"NewTransfer", object({{"id", kUuid},
                                {"product_id", kUuid},
                                {"store_id", kUuid},
                                {"quantity", {{"type", "integer"}, {"minimum", 1}, {"maximum", 10000}}}},
                               {"id", "product_id", "store_id", "quantity"})},
        {"Transfer", object({{"id", kUuid},
                             {"product_id", kUuid},
                             {"quantity", kInteger},
                             {"from_location_id", kUuid},
                             {"to_location_id", kUuid},
                             {"out_movement_id", kUuid},
                             {"in_movement_id", kUuid},
                             {"actor", string},
                             {"at", time}},
                            {"id", "product_id", "quantity", "from_location_id", "to_location_id"})},
        {"NewReservation",
         object({{"id", kUuid},
                 {"product_id", kUuid},
                 {"quantity", {{"type", "integer"}, {"minimum", 1}, {"maximum", 10000}}},
                 {"ttl_seconds", {{"type", "integer"}, {"minimum", 1}, {"maximum", 86400}, {"default", 900}}}},
                {"id", "product_id", "quantity"})},
        {"Reservation", object({{"id", kUuid},
                                {"product_id", kUuid},
                                {"quantity", kInteger},
                                {"location_id", kUuid},
                                {"status", {{"enum", {"held", "committed", "released", "expired"}}}},
                                {"created_at", time},
                                {"expires_at", time},
                                {"closed_at", {{"type", {"string", "null"}}}}},
                               {"id", "product_id", "quantity", "status", "expires_at"})},
        {"StockException", exception},
        {"ChangePage", object({{"changes", {{"type", "array"}, {"items", {{"type", "object"}}}}},
                               {"cursor", kInteger},
                               {"has_more", {{"type", "boolean"}}}},
                              {"changes", "cursor", "has_more"})},
        {"Problem", object({{"type", string},
                            {"title", string},
                            {"status", kInteger},
                            {"detail", string},
                            {"request_id", string},
                            {"errors", {{"type", "array"}}}},
                           {"type", "title", "status"})},
    };
}

}  // namespace

json openApiDocument(const std::string& version) {
    json paths = json::object();
    for (const auto& op : operations()) {
        json operation = {{"summary", op.summary},
                          {"responses", {{std::to_string(op.status), op.response}}},
                          {"security", json::array({{{"bearer", json::array()}}})}};
        if (!op.parameters.empty()) {
            operation["parameters"] = op.parameters;
        }
        if (!op.requestBody.is_null()) {
            operation["requestBody"] = op.requestBody;
        }
        for (int status : op.problems) {
            operation["responses"][std::to_string(status)] = problemResponse(kProblemCauses.at(status));
        }
        paths[op.path][op.method] = std::move(operation);
    }
    return {{"openapi", "3.1.0"},
            {"info",
             {{"title", "Magasin inventaire"},
              {"version", version},
              {"description",
               "Stock locations, levels with their labels, the signed movement ledger, thresholds, transfers "
               "central -> store, reservations for e-commerce, stock exceptions and the stock change feed. Every "
               "route needs a bearer token; a store's devices and cashiers see the central warehouse and their own "
               "store only."}}},
            {"servers", json::array({{{"url", "/api/inventaire"}}})},
            {"paths", std::move(paths)},
            {"components",
             {{"schemas", schemas()},
              {"securitySchemes",
               {{"bearer",
                 {{"type", "http"},
                  {"scheme", "bearer"},
                  {"description", "Ed25519-signed staff, device or service token"}}}}}}}};
}

}  // namespace magasin::inventaire
