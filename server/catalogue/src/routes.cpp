#include "magasin/catalogue/routes.hpp"

#include <httplib.h>

#include <charconv>

#include "magasin/catalogue/product_json.hpp"
#include "magasin/domain/domain_error.hpp"
#include "magasin/server/http_error.hpp"
#include "magasin/sync/json_fields.hpp"

namespace magasin::catalogue {

using domain::DomainError;
using domain::ErrorCode;
using nlohmann::json;
using server::Exchange;
using server::Method;
using sync::JsonFields;

namespace {

// The domain names money fields after the amount ("price"); the wire names them after the unit ("price_cents").
std::string wireField(const std::string& field) {
    if (field == "price" || field == "min_price" || field == "max_price") {
        return field + "_cents";
    }
    return field;
}

// Every handler goes through this, so that a field named in an error is the field the client sent.
server::HttpApp::Handler withWireFields(server::HttpApp::Handler handler) {
    return [handler = std::move(handler)](Exchange& ex) {
        try {
            handler(ex);
        } catch (const DomainError& e) {
            const std::string field = wireField(e.field());
            if (field == e.field()) {
                throw;
            }
            throw DomainError(e.code(), e.rule(), field, e.what());
        }
    };
}

domain::ProductId productId(const Exchange& ex) {
    return domain::ProductId::parse(ex.pathParam("id"), "id");
}

// A whole decimal integer or nothing: "12abc", "1.5" and "" are refused rather than read as 12, 1 or 0.
std::optional<std::int64_t> integerQuery(const Exchange& ex, const std::string& name) {
    const auto text = ex.query(name);
    if (!text) {
        return std::nullopt;
    }
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (error != std::errc() || end != text->data() + text->size() || text->empty()) {
        throw DomainError(ErrorCode::kInvalidValue, "query.integer", name, name + " must be a whole number");
    }
    return value;
}

domain::ProductSearchCriteria criteriaOf(const Exchange& ex) {
    domain::ProductSearchRequest request;
    request.words = ex.query("q").value_or("");
    request.category = ex.query("category");
    if (auto cents = integerQuery(ex, "min_price_cents")) {
        request.minPrice = domain::Money::fromCents(*cents);
    }
    if (auto cents = integerQuery(ex, "max_price_cents")) {
        request.maxPrice = domain::Money::fromCents(*cents);
    }
    if (auto active = ex.query("active")) {
        if (*active != "true" && *active != "false") {
            throw DomainError(ErrorCode::kInvalidValue, "query.boolean", "active",
                              "active must be true (only active products, the default) or false (archived too)");
        }
        request.activeOnly = *active == "true";
    }
    request.page = integerQuery(ex, "page").value_or(request.page);
    request.pageSize = integerQuery(ex, "page_size").value_or(request.pageSize);
    return domain::ProductSearchCriteria::of(request);
}

// Who the price history records: the staff member of a staff token; a device or service token names no person,
// so the history records the nil id rather than a made-up one.
domain::StaffId actingStaff(const server::Principal& principal) {
    if (principal.claims.kind != server::TokenKind::kStaff) {
        return {};
    }
    return domain::StaffId::parse(principal.claims.subject, "sub");
}

json categoryList(const std::vector<domain::CategoryName>& categories) {
    json items = json::array();
    for (const auto& category : categories) {
        items.push_back({{"name", category.text()}});
    }
    return {{"items", std::move(items)}};
}

}  // namespace

void installRoutes(server::HttpApp& app, RouteDependencies d) {
    auto manager = [&verifier = d.verifier](Exchange& ex) {
        server::Principal principal = server::authenticate(ex, verifier);
        server::requireRole(principal, domain::Role::kManager);
        return principal;
    };
    auto add = [&app](Method method, std::string path, server::HttpApp::Handler handler) {
        app.route(method, std::move(path), withWireFields(std::move(handler)));
    };

    add(Method::kPost, "/v1/products", [d, manager](Exchange& ex) {
        const auto principal = manager(ex);
        d.idempotently(ex, principal.claims.subject, [](ProductCatalogue& catalogue, const json& body) {
            return server::IdempotentReply{201, productToJson(catalogue.create(productDraftFromJson(body)))};
        });
        // After the reply, stored or replayed, so that a replay carries it too.
        if (ex.response().status == 201) {
            const json created = json::parse(ex.response().body, nullptr, false);
            if (created.is_object() && created.contains("id") && created["id"].is_string()) {
                ex.setHeader("Location", "/v1/products/" + created["id"].get<std::string>());
            }
        }
    });
    add(Method::kGet, "/v1/products", [d](Exchange& ex) {
        const auto criteria = criteriaOf(ex);
        ex.json(200, searchPageToJson(d.catalogue.search(criteria), criteria));
    });
    // Before the {id} routes: "/v1/products/by-sku/price-history" must reach the SKU lookup.
    add(Method::kGet, "/v1/products/by-barcode/{code}", [d](Exchange& ex) {
        const auto barcode = domain::Barcode::parse(ex.pathParam("code"), "code");
        ex.json(200, productToJson(d.catalogue.findByBarcode(barcode)));
    });
    add(Method::kGet, "/v1/products/by-sku/{sku}", [d](Exchange& ex) {
        const auto sku = domain::Sku::parse(ex.pathParam("sku"), "sku");
        ex.json(200, productToJson(d.catalogue.findBySku(sku)));
    });
    add(Method::kGet, "/v1/products/{id}",
        [d](Exchange& ex) { ex.json(200, productToJson(d.catalogue.get(productId(ex)))); });
    add(Method::kPatch, "/v1/products/{id}", [d, manager](Exchange& ex) {
        manager(ex);
        const auto id = productId(ex);
        const json body = ex.jsonBody();
        ex.json(200, productToJson(d.catalogue.update(id, productChangesFromJson(body))));
    });
    add(Method::kPost, "/v1/products/{id}/price", [d, manager](Exchange& ex) {
        const auto principal = manager(ex);
        const auto id = productId(ex);
        d.idempotently(ex, principal.claims.subject, [&](ProductCatalogue& catalogue, const json& body) {
            const auto price = domain::Price::fromCents(JsonFields(body).integer("price_cents"));
            return server::IdempotentReply{200,
                                           productToJson(catalogue.changePrice(id, price, actingStaff(principal)))};
        });
    });
    add(Method::kGet, "/v1/products/{id}/price-history", [d](Exchange& ex) {
        json items = json::array();
        for (const auto& change : d.catalogue.priceHistory(productId(ex))) {
            items.push_back(priceChangeToJson(change));
        }
        ex.json(200, {{"items", std::move(items)}});
    });
    add(Method::kPost, "/v1/products/{id}/archive", [d, manager](Exchange& ex) {
        manager(ex);
        ex.json(200, productToJson(d.catalogue.archive(productId(ex))));
    });
    add(Method::kPost, "/v1/products/{id}/unarchive", [d, manager](Exchange& ex) {
        manager(ex);
        ex.json(200, productToJson(d.catalogue.unarchive(productId(ex))));
    });
    add(Method::kGet, "/v1/categories", [d](Exchange& ex) { ex.json(200, categoryList(d.catalogue.categories())); });
    add(Method::kPost, "/v1/categories", [d, manager](Exchange& ex) {
        manager(ex);
        const json body = ex.jsonBody();
        const auto name = domain::CategoryName::parse(JsonFields(body).string("name"), "name");
        ex.json(201, {{"name", d.catalogue.createCategory(name).text()}});
    });
    // Products and categories are the same for every store and every reader: no scope, no token.
    server::registerChangeFeedRoute(app, d.feed, [](Exchange&) { return server::FeedScope::all(); });
}

}  // namespace magasin::catalogue
