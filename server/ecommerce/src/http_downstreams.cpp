#include "magasin/ecommerce/http_downstreams.hpp"

#include <httplib.h>

#include "magasin/ecommerce/shop_json.hpp"
#include "magasin/server/http_error.hpp"

namespace magasin::ecommerce {

using nlohmann::json;

namespace {

// A 2xx is done; a 409 "idempotency_key_in_flight" is the same request still running there, and a 5xx the remote's
// own failure: neither is an answer, so the step stays where it is (503). Every other 4xx is a refusal.
RemoteOutcome outcomeOf(const server::ServiceResponse& response, const std::string& remote) {
    RemoteOutcome outcome;
    outcome.status = response.status;
    if (response.status >= 200 && response.status < 300) {
        outcome.done = true;
        outcome.body = response.json();
        return outcome;
    }
    sync::Problem problem;
    sync::from_json(response.json(), problem);
    problem.status = response.status;
    if (response.status >= 500 || problem.code() == "idempotency_key_in_flight") {
        throw server::HttpError(503, "upstream_unavailable", "Service unavailable",
                                "The " + remote + " server could not answer (" + std::to_string(response.status) +
                                    "); try again in a few seconds");
    }
    outcome.problem = std::move(problem);
    return outcome;
}

std::string encoded(const std::string& text) {
    return httplib::detail::encode_query_param(text);
}

}  // namespace

HttpDownstreams::HttpDownstreams(const DownstreamUrls& urls)
    : m_catalogue({.baseUrl = urls.catalogue, .token = urls.serviceToken, .name = "catalogue"}),
      m_inventaire({.baseUrl = urls.inventaire, .token = urls.serviceToken, .name = "inventaire"}),
      m_commandes({.baseUrl = urls.commandes, .token = urls.serviceToken, .name = "commandes"}) {}

std::optional<ProductView> HttpDownstreams::product(const domain::ProductId& id, const std::string& requestId) {
    const auto response = m_catalogue.get("/v1/products/" + id.toString(), requestId);
    if (response.status == 404) {
        return std::nullopt;
    }
    if (response.status != 200) {
        throw server::HttpError(503, "upstream_unavailable", "Service unavailable",
                                "The catalogue server could not answer (" + std::to_string(response.status) +
                                    "); try again in a few seconds");
    }
    return productFromJson(response.json());
}

ProductPage HttpDownstreams::searchProducts(const ProductQuery& query, const std::string& requestId) {
    std::string path = "/v1/products?page=" + std::to_string(query.page) +
                       "&page_size=" + std::to_string(query.pageSize) + "&q=" + encoded(query.text);
    if (!query.category.empty()) {
        path += "&category=" + encoded(query.category);
    }
    if (query.minPriceCents) {
        path += "&min_price_cents=" + std::to_string(*query.minPriceCents);
    }
    if (query.maxPriceCents) {
        path += "&max_price_cents=" + std::to_string(*query.maxPriceCents);
    }
    const auto response = m_catalogue.get(path, requestId);
    if (response.status >= 400 && response.status < 500) {
        sync::Problem problem;
        sync::from_json(response.json(), problem);
        problem.status = response.status;
        throw server::HttpError(std::move(problem));
    }
    if (response.status != 200) {
        throw server::HttpError(503, "upstream_unavailable", "Service unavailable",
                                "The catalogue server could not answer; try again in a few seconds");
    }
    const json body = response.json();
    ProductPage page;
    page.page = body.value("page", query.page);
    page.pageSize = body.value("page_size", query.pageSize);
    page.total = body.value("total", std::int64_t{0});
    if (body.contains("items") && body["items"].is_array()) {
        for (const auto& item : body["items"]) {
            page.items.push_back(productFromJson(item));
        }
    }
    return page;
}

RemoteOutcome HttpDownstreams::reserve(const domain::ReservationId& id, const domain::ProductId& product,
                                       std::int64_t quantity, std::chrono::seconds ttl, const std::string& key,
                                       const std::string& requestId) {
    const json body{{"id", id.toString()},
                    {"product_id", product.toString()},
                    {"quantity", quantity},
                    {"ttl_seconds", ttl.count()}};
    return outcomeOf(m_inventaire.post("/v1/reservations", body, requestId, key), "inventaire");
}

RemoteOutcome HttpDownstreams::commitReservation(const domain::ReservationId& id, const std::string& requestId) {
    // Committing is idempotent by the reservation's id: a key lets the client retry it after a lost answer.
    return outcomeOf(m_inventaire.post("/v1/reservations/" + id.toString() + "/commit", json::object(), requestId,
                                       id.toString() + ":commit"),
                     "inventaire");
}

RemoteOutcome HttpDownstreams::releaseReservation(const domain::ReservationId& id, const std::string& requestId) {
    return outcomeOf(m_inventaire.post("/v1/reservations/" + id.toString() + "/release", json::object(), requestId,
                                       id.toString() + ":release"),
                     "inventaire");
}

RemoteOutcome HttpDownstreams::recordSale(const json& sale, const std::string& key, const std::string& requestId) {
    return outcomeOf(m_commandes.post("/v1/sales", sale, requestId, key), "commandes");
}

}  // namespace magasin::ecommerce
