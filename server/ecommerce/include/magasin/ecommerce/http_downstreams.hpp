// The Downstreams port over HTTP: catalogue, inventaire and commandes through server::ServiceClient (timeouts,
// retries on transient errors only, circuit breaker). Usage: HttpDownstreams d({catUrl, invUrl, cmdUrl, token});
#pragma once

#include <string>

#include "magasin/ecommerce/downstreams.hpp"
#include "magasin/server/service_client.hpp"

namespace magasin::ecommerce {

struct DownstreamUrls {
    std::string catalogue;   // http://host:8001
    std::string inventaire;  // http://host:8002
    std::string commandes;   // http://host:8003
    std::string serviceToken;
};

class HttpDownstreams : public Downstreams {
public:
    explicit HttpDownstreams(const DownstreamUrls& urls);

    std::optional<ProductView> product(const domain::ProductId& id, const std::string& requestId) override;
    ProductPage searchProducts(const ProductQuery& query, const std::string& requestId) override;
    RemoteOutcome reserve(const domain::ReservationId& id, const domain::ProductId& product, std::int64_t quantity,
                          std::chrono::seconds ttl, const std::string& key, const std::string& requestId) override;
    RemoteOutcome commitReservation(const domain::ReservationId& id, const std::string& requestId) override;
    RemoteOutcome releaseReservation(const domain::ReservationId& id, const std::string& requestId) override;
    RemoteOutcome recordSale(const nlohmann::json& sale, const std::string& key, const std::string& requestId) override;

private:
    server::ServiceClient m_catalogue;
    server::ServiceClient m_inventaire;
    server::ServiceClient m_commandes;
};

}  // namespace magasin::ecommerce
