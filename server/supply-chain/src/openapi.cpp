#include "magasin/supply_chain/openapi.hpp"

#include <map>
#include <vector>

#include "magasin/server/openapi.hpp"

namespace magasin::supply_chain {

using nlohmann::json;
using namespace server::openapi;

namespace {

const std::map<int, std::string> kProblemCauses = {
    {400, "The body is not valid JSON (or, on the feed, since/limit is not a number)"},
    {401, "No bearer token, or one that is invalid or expired"},
    {403,
     "The token may not do this: a cashier approving or rejecting, a device or server token where a person must act, "
     "another store's cashier or device, someone else's request withdrawn by a cashier, a device pushing another "
     "device's or another store's commands"},
    {404, "No such request (or, on creation, no active product with this id in the catalogue)"},
    {409,
     "The request is no longer pending (approving, rejecting or withdrawing twice), the store already has a pending "
     "request for this product, the id is used by another request, inventaire refused the transfer (the central "
     "warehouse holds less than the quantity: the detail says how much it has; or the store is unknown there) and "
     "the request stays pending, or the Idempotency-Key is in use by a request in flight"},
    {410, "The cursor is older than the feed's compaction horizon: bootstrap again with since=0"},
    {413, "The body is larger than the server accepts"},
    {415, "The body is not sent as application/json"},
    {422,
     "A value breaks a rule (errors[] names the field and the rule: quantity 1..10,000, an approval above the "
     "requested quantity, a reason of 5..500 characters with a letter), or the Idempotency-Key was used with another "
     "body"},
    {503,
     "The database does not answer, the server is shutting down, or (approval) inventaire cannot be reached: the "
     "request stays pending, and approving it again later moves the stock exactly once"},
};

std::vector<Operation> operations() {
    const json uuid = uuidSchema();
    const json id = pathParameter("id", "The request's UUID", uuid);
    const json storeQuery =
        queryParameter("store", "Only this store (a cashier's or device's token: their own store, the default)", uuid);
    const json status = {{"type", "string"}, {"enum", {"pending", "approved", "transferred", "rejected", "withdrawn"}}};
    const json request = jsonResponse("The request", ref("Request"));
    std::vector<Operation> result = {
        {"post",
         "/v1/requests",
         "Ask the central warehouse for stock (a cashier of the store, or a manager for any store); idempotent by id "
         "and by Idempotency-Key: the same id with the same content answers the stored request with 200",
         {idempotencyKeyHeader()},
         jsonBody("NewRequest"),
         201,
         request,
         {400, 401, 403, 404, 409, 413, 415, 422, 503},
         true},
        {"get",
         "/v1/requests",
         "Requests, newest first, with product and store names (null until the feeds bring them)",
         {queryParameter("status", "Only requests in this status", status), storeQuery,
          queryParameter("product", "Only this product", uuid),
          queryParameter("limit", "1..1000, default 100", {{"type", "integer"}}),
          queryParameter("offset", "0..1,000,000, default 0", {{"type", "integer"}})},
         nullptr,
         200,
         jsonResponse("One page of requests", ref("RequestPage")),
         {401, 403, 422, 503},
         true},
        {"get", "/v1/requests/{id}", "One request", {id}, nullptr, 200, request, {401, 403, 404, 422, 503}, true},
        {"post",
         "/v1/requests/{id}/approve",
         "Approve (a manager), optionally lowering the quantity: inventaire moves it from the central warehouse to the "
         "store (transfer keyed by the request id) and the request becomes transferred; if inventaire refuses or "
         "cannot be reached the request stays pending and the problem says why",
         {id},
         {{"required", false}, {"content", {{"application/json", {{"schema", ref("Approval")}}}}}},
         200,
         request,
         {400, 401, 403, 404, 409, 413, 415, 422, 503},
         true},
        {"post",
         "/v1/requests/{id}/reject",
         "Reject (a manager) with a reason that is kept",
         {id},
         jsonBody("Rejection"),
         200,
         request,
         {400, 401, 403, 404, 409, 413, 415, 422, 503},
         true},
        {"post",
         "/v1/requests/{id}/withdraw",
         "Withdraw (the requester or a manager)",
         {id},
         nullptr,
         200,
         request,
         {400, 401, 403, 404, 409, 413, 415, 422, 503},
         true},
        {"get",
         "/v1/suggestions",
         "What stores should ask for: store levels at or under their low threshold with no pending request suggest "
         "max(10 - level, 5) units, most urgent first",
         {storeQuery},
         nullptr,
         200,
         jsonResponse(
             "The suggestions",
             {{"type", "object"}, {"properties", {{"items", {{"type", "array"}, {"items", ref("Suggestion")}}}}}}),
         {401, 403, 422, 503},
         true},
    };
    result.push_back(changeFeedOperation(
        "The change feed of requests and their status; a store's tokens see their store's, managers and servers all "
        "(or one store with ?store=)",
        true));
    auto push = commandPushOperation(
        "A terminal's queued CreateReplenishmentRequest commands {id, product_id, store_id, quantity}, applied once "
        "each in device_seq order");
    result.push_back(std::move(push));
    return result;
}

json schemas() {
    const json uuid = uuidSchema();
    const json text = textSchema();
    const json nullableText = {{"type", {"string", "null"}}};
    const json dateTime = dateTimeSchema();
    const json nullableTime = {{"type", {"string", "null"}}, {"format", "date-time"}};
    const json quantity = {{"type", "integer"}, {"minimum", 1}, {"maximum", 10000}};
    json result = {
        {"NewRequest",
         {{"type", "object"},
          {"required", {"product_id", "quantity"}},
          {"properties",
           {{"id", {{"type", "string"}, {"format", "uuid"}, {"description", "The client's UUIDv7; default: new"}}},
            {"product_id", uuid},
            {"store_id", {{"type", "string"}, {"format", "uuid"}, {"description", "Default: the token's store"}}},
            {"quantity", quantity}}}}},
        {"Approval",
         {{"type", "object"},
          {"properties",
           {{"quantity",
             {{"type", "integer"},
              {"minimum", 1},
              {"maximum", 10000},
              {"description", "At most the requested quantity; default: all of it"}}}}}}},
        {"Rejection",
         {{"type", "object"},
          {"required", {"reason"}},
          {"properties",
           {{"reason",
             {{"type", "string"},
              {"minLength", 5},
              {"maxLength", 500},
              {"description", "With at least one letter"}}}}}}},
        {"Request",
         {{"type", "object"},
          {"properties",
           {{"id", uuid},
            {"product_id", uuid},
            {"product_name", nullableText},
            {"store_id", uuid},
            {"store_name", nullableText},
            {"quantity", quantity},
            {"approved_quantity", {{"type", {"integer", "null"}}}},
            {"status", {{"type", "string"}, {"enum", {"pending", "approved", "transferred", "rejected", "withdrawn"}}}},
            {"requested_by", uuid},
            {"requested_at", dateTime},
            {"decided_at", nullableTime},
            {"decided_by", nullableText},
            {"transferred_at", nullableTime},
            {"rejection_reason", nullableText},
            {"origin", {{"type", "string"}, {"enum", {"rest", "terminal", "demo"}}}},
            {"flags", {{"type", "array"}, {"items", text}}},
            {"transfer_in_doubt",
             {{"type", "boolean"},
              {"description", "An approval could not reach inventaire: the next decision asks it first"}}},
            {"updated_at", dateTime}}}}},
        {"RequestPage",
         {{"type", "object"},
          {"properties",
           {{"items", {{"type", "array"}, {"items", ref("Request")}}},
            {"limit", {{"type", "integer"}}},
            {"offset", {{"type", "integer"}}}}}}},
        {"Suggestion",
         {{"type", "object"},
          {"properties",
           {{"store_id", uuid},
            {"store_name", nullableText},
            {"product_id", uuid},
            {"product_name", nullableText},
            {"level", {{"type", "integer"}}},
            {"quantity", quantity}}}}},
        {"ChangePage", changePageSchema({"replenishment_request"})},
    };
    result.update(pushSchemas());
    return result;
}

}  // namespace

json openApiDocument(const std::string& version) {
    return document({"Magasin supply chain", version,
                     "Replenishment requests from the stores (REST and terminals' sync commands), their approval "
                     "through inventaire's transfer, rejection and withdrawal, and suggestions from low store stock.",
                     "/api/supply-chain"},
                    operations(), kProblemCauses, schemas());
}

}  // namespace magasin::supply_chain
