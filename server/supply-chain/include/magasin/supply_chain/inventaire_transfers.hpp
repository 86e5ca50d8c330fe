// The TransferGateway over HTTP: POST /v1/transfers and GET /v1/transfers/{id} of inventaire through a ServiceClient
// (service token, timeouts, retries of the keyed POST, circuit breaker). Usage: InventaireTransfers t(client);
#pragma once

#include "magasin/server/service_client.hpp"
#include "magasin/supply_chain/transfer_gateway.hpp"

namespace magasin::supply_chain {

class InventaireTransfers : public TransferGateway {
public:
    explicit InventaireTransfers(server::ServiceClient& client) : m_client(client) {}

    // Idempotency-Key "replenishment:<request id>:<quantity>": a retried call (the client's own retries, or a
    // manager's second click) gets inventaire's stored answer; the transfer id (the request id) is the permanent
    // protection. 201/200 -> kDone; 409 stock_level.insufficient -> kInsufficient; 409 transfer.id.taken or 422
    // idempotency_key_reused -> kIdTaken; 404 -> kStoreUnknown; other answers -> kRefused. No answer: HttpError 503.
    TransferOutcome transfer(const TransferOrder& order, const std::string& requestId) override;
    std::optional<std::int64_t> transferredQuantity(const domain::RequestId& request,
                                                    const std::string& requestId) override;

private:
    server::ServiceClient& m_client;
};

}  // namespace magasin::supply_chain
