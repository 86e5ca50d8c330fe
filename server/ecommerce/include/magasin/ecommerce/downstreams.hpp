// The other contexts the shop calls (catalogue, inventaire, commandes), as one port so that the checkout saga is
// tested with fakes and runs over HTTP in the server. Usage: Downstreams& d = ...; auto p = d.product(id, requestId);
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "magasin/domain/uuid.hpp"
#include "magasin/ecommerce/shop_types.hpp"
#include "magasin/sync/problem.hpp"

namespace magasin::ecommerce {

// The answer of an effectful remote step: done, or refused for good (a 4xx the retry would only repeat). A remote
// that cannot be reached is neither: the call throws server::HttpError 503 "upstream_unavailable" and the saga stays
// where it is, resumable.
struct RemoteOutcome {
    bool done = false;
    int status = 0;
    sync::Problem problem;  // when refused
    nlohmann::json body;    // when done
};

class Downstreams {
public:
    virtual ~Downstreams() = default;

    // catalogue. nullopt when the catalogue does not know the product (404).
    virtual std::optional<ProductView> product(const domain::ProductId& id, const std::string& requestId) = 0;
    virtual ProductPage searchProducts(const ProductQuery& query, const std::string& requestId) = 0;

    // inventaire: hold `quantity` of `product` at the central warehouse, idempotent by `key` and by the id.
    virtual RemoteOutcome reserve(const domain::ReservationId& id, const domain::ProductId& product,
                                  std::int64_t quantity, std::chrono::seconds ttl, const std::string& key,
                                  const std::string& requestId) = 0;
    // Committing a committed reservation or releasing a released one answers done again.
    virtual RemoteOutcome commitReservation(const domain::ReservationId& id, const std::string& requestId) = 0;
    virtual RemoteOutcome releaseReservation(const domain::ReservationId& id, const std::string& requestId) = 0;

    // commandes: records the web sale (POST /v1/sales, channel web), idempotent by `key` and by the sale's id.
    virtual RemoteOutcome recordSale(const nlohmann::json& sale, const std::string& key,
                                     const std::string& requestId) = 0;
};

}  // namespace magasin::ecommerce
