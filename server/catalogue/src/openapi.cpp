#include "magasin/catalogue/openapi.hpp"

#include <map>
#include <vector>

#include "magasin/server/openapi.hpp"

namespace magasin::catalogue {

using nlohmann::json;
using namespace server::openapi;

namespace {

const json kProductId = pathParameter("id", "The product's UUID", {{"type", "string"}, {"format", "uuid"}});

// The problems a route may answer, by status, with what causes them in this API.
const std::map<int, std::string> kProblemCauses = {
    {400, "The body is not valid JSON (or, on the feed, since/limit is not a number)"},
    {401, "No bearer token, or one that is invalid or expired"},
    {403, "The token is not a manager's"},
    {404, "No such product (or barcode, SKU)"},
    {409,
     "A product already has this name, SKU or barcode; the product is already (un)archived; or the "
     "Idempotency-Key is in use by a request in flight"},
    {410, "The cursor is older than the feed's compaction horizon: bootstrap again with since=0"},
    {413, "The body is larger than the server accepts"},
    {415, "The body is not sent as application/json"},
    {422,
     "A value breaks a rule (errors[] names the field and the rule), or the Idempotency-Key was used with "
     "another body"},
    {503, "The database does not answer, or the server is shutting down"},
};

std::vector<Operation> operations() {
    const json product = ref("Product");
    const json productBody = jsonBody("NewProduct");
    const std::vector<int> write = {400, 401, 403, 404, 409, 413, 415, 422, 503};
    const json integer = {{"type", "integer"}};
    std::vector<Operation> result = {
        {"post",
         "/v1/products",
         "Create a product (manager)",
         {idempotencyKeyHeader()},
         productBody,
         201,
         jsonResponse("The product created", product),
         {400, 401, 403, 409, 413, 415, 422, 503},
         true},
        {"get",
         "/v1/products",
         "Search products: words (accent-insensitive, prefixes), category, price range; "
         "ranked by relevance then price",
         {queryParameter("q", "Words of the name or description; a word's start is enough", {{"type", "string"}}),
          queryParameter("category", "Only this category", {{"type", "string"}}),
          queryParameter("min_price_cents", "Lowest price", integer),
          queryParameter("max_price_cents", "Highest price", integer),
          queryParameter("active", "false to include archived products", {{"type", "boolean"}, {"default", true}}),
          queryParameter("page", "1-based page", {{"type", "integer"}, {"minimum", 1}, {"default", 1}}),
          queryParameter("page_size", "Results per page",
                         {{"type", "integer"}, {"minimum", 1}, {"maximum", 100}, {"default", 20}})},
         nullptr,
         200,
         jsonResponse("One page of results", ref("SearchPage")),
         {422, 503}},
        {"get",
         "/v1/products/by-barcode/{code}",
         "The product carrying an EAN-13, EAN-8 or UPC-A code",
         {pathParameter("code", "The barcode's digits", {{"type", "string"}})},
         nullptr,
         200,
         jsonResponse("The active product carrying it (else the latest archived one)", product),
         {404, 422, 503}},
        {"get",
         "/v1/products/by-sku/{sku}",
         "The product with a SKU",
         {pathParameter("sku", "Three letters and four digits", {{"type", "string"}})},
         nullptr,
         200,
         jsonResponse("The product", product),
         {404, 422, 503}},
        {"get",
         "/v1/products/{id}",
         "One product",
         {kProductId},
         nullptr,
         200,
         jsonResponse("The product", product),
         {404, 422, 503}},
        {"patch",
         "/v1/products/{id}",
         "Change a product's name, category, description, taxable flag or barcodes (manager)",
         {kProductId},
         jsonBody("ProductChanges"),
         200,
         jsonResponse("The product changed", product),
         write,
         true},
        {"post",
         "/v1/products/{id}/price",
         "Change a product's price; the change is kept in its history (manager)",
         {kProductId, idempotencyKeyHeader()},
         jsonBody("PriceChangeRequest"),
         200,
         jsonResponse("The product at its new price", product),
         write,
         true},
        {"get",
         "/v1/products/{id}/price-history",
         "A product's price changes, oldest first",
         {kProductId},
         nullptr,
         200,
         jsonResponse("The history", {{"type", "object"},
                                      {"properties", {{"items", {{"type", "array"}, {"items", ref("PriceChange")}}}}}}),
         {404, 422, 503}},
        {"post",
         "/v1/products/{id}/archive",
         "Archive a product: it leaves searches and frees its name and barcodes (manager)",
         {kProductId},
         nullptr,
         200,
         jsonResponse("The product archived", product),
         {401, 403, 404, 409, 422, 503},
         true},
        {"post",
         "/v1/products/{id}/unarchive",
         "Bring an archived product back, if its name and barcodes are still free (manager)",
         {kProductId},
         nullptr,
         200,
         jsonResponse("The product active again", product),
         {401, 403, 404, 409, 422, 503},
         true},
        {"get",
         "/v1/categories",
         "The categories, the seed's first",
         {},
         nullptr,
         200,
         jsonResponse("The categories", {{"type", "object"},
                                         {"properties", {{"items", {{"type", "array"}, {"items", ref("Category")}}}}}}),
         {503}},
        {"post",
         "/v1/categories",
         "Add a category (manager)",
         {},
         jsonBody("Category"),
         201,
         jsonResponse("The category added", ref("Category")),
         {400, 401, 403, 409, 413, 415, 422, 503},
         true},
    };
    result.push_back(
        changeFeedOperation("The change feed: products and categories as they change, in commit order", false));
    return result;
}

json schemas() {
    const json text = textSchema();
    const json cents = {{"type", "integer"}, {"minimum", 0}, {"maximum", 99999999}, {"description", "CAD cents"}};
    const json barcodes = {{"type", "array"},
                           {"items", {{"type", "string"}, {"pattern", "^[0-9]{8}$|^[0-9]{12,13}$"}}}};
    const json name = {{"type", "string"}, {"minLength", 2}, {"maxLength", 100}};
    const json sku = {{"type", "string"}, {"pattern", "^[A-Za-z]{3}[0-9]{4}$"}};
    const json timestamp = {{"type", "string"}, {"format", "date-time"}};
    return {
        {"Product",
         {{"type", "object"},
          {"required",
           {"id", "name", "category", "price_cents", "description", "sku", "barcodes", "taxable", "active",
            "created_at", "modified_at"}},
          {"properties",
           {{"id", {{"type", "string"}, {"format", "uuid"}}},
            {"name", name},
            {"category", text},
            {"price_cents", cents},
            {"description", text},
            {"sku", sku},
            {"barcodes", barcodes},
            {"taxable", {{"type", "boolean"}}},
            {"active", {{"type", "boolean"}}},
            {"created_at", timestamp},
            {"modified_at", timestamp}}}}},
        {"NewProduct",
         {{"type", "object"},
          {"required", {"name", "category", "price_cents", "sku"}},
          {"properties",
           {{"id", {{"type", "string"}, {"format", "uuid"}, {"description", "Optional client-chosen id"}}},
            {"name", name},
            {"category", text},
            {"price_cents", cents},
            {"description", {{"type", "string"}, {"maxLength", 2000}}},
            {"sku", sku},
            {"barcodes", barcodes},
            {"taxable", {{"type", "boolean"}, {"default", true}}}}}}},
        {"ProductChanges",
         {{"type", "object"},
          {"properties",
           {{"name", name},
            {"category", text},
            {"description", {{"type", "string"}, {"maxLength", 2000}}},
            {"taxable", {{"type", "boolean"}}},
            {"add_barcodes", barcodes},
            {"remove_barcodes", barcodes}}}}},
        {"PriceChangeRequest",
         {{"type", "object"},
          {"required", {"price_cents"}},
          {"properties", {{"price_cents", {{"type", "integer"}, {"minimum", 1}, {"maximum", 99999999}}}}}}},
        {"PriceChange",
         {{"type", "object"},
          {"properties",
           {{"changed_by", {{"type", "string"}, {"format", "uuid"}}},
            {"changed_at", timestamp},
            {"old_price_cents", cents},
            {"new_price_cents", cents}}}}},
        {"SearchPage",
         {{"type", "object"},
          {"properties",
           {{"items", {{"type", "array"}, {"items", ref("Product")}}},
            {"page", {{"type", "integer"}}},
            {"page_size", {{"type", "integer"}}},
            {"total", {{"type", "integer"}}}}}}},
        {"Category",
         {{"type", "object"},
          {"required", {"name"}},
          {"properties", {{"name", {{"type", "string"}, {"minLength", 2}, {"maxLength", 50}}}}}}},
        {"ChangePage", changePageSchema({"product", "category"})},
    };
}

}  // namespace

json openApiDocument(const std::string& version) {
    return document({"Magasin catalogue", version,
                     "Products, categories, prices with their history, barcodes and SKUs. Reads need no token (the "
                     "gateway's key guards them); writes need a manager's bearer token. Money is in integer CAD cents.",
                     "/api/catalogue"},
                    operations(), kProblemCauses, schemas());
}

}  // namespace magasin::catalogue
