// The supply chain's port to inventaire's transfers: central -> store, idempotent by the request's id.
// Usage: TransferOutcome o = gateway.transfer({request.id(), product, store, quantity}, ex.requestId());
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "magasin/domain/quantity.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::supply_chain {

struct TransferOrder {
    domain::RequestId request;  // also the transfer's id: the same approval sent twice moves stock once
    domain::ProductId product;
    domain::StoreId store;
    domain::Quantity quantity;
};

struct TransferOutcome {
    enum class Kind {
        kDone,          // the transfer exists (made now, or earlier for this request): `quantity` moved
        kInsufficient,  // the central warehouse holds too little: nothing moved
        kIdTaken,       // a transfer with this id exists with another quantity (an earlier approval's)
        kStoreUnknown,  // inventaire does not know the store (yet)
        kRefused,       // any other refusal (status and detail say which)
    };
    Kind kind = Kind::kDone;
    std::int64_t quantity = 0;
    int status = 0;      // inventaire's HTTP status when refused
    std::string detail;  // inventaire's words, for the manager
};

class TransferGateway {
public:
    virtual ~TransferGateway() = default;
    // Throws server::HttpError 503 when inventaire cannot be reached: the transfer may or may not have been made.
    virtual TransferOutcome transfer(const TransferOrder& order, const std::string& requestId) = 0;
    // The quantity of the transfer made for this request, nullopt when there is none. Throws HttpError 503 likewise.
    virtual std::optional<std::int64_t> transferredQuantity(const domain::RequestId& request,
                                                            const std::string& requestId) = 0;
};

}  // namespace magasin::supply_chain
