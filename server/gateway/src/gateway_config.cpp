#include "magasin/gateway/gateway_config.hpp"

namespace magasin::gateway {

const Upstream* GatewayConfig::upstreamOf(const Service& service) const {
    for (const Upstream& upstream : upstreams) {
        if (upstream.name == service.host) {
            return &upstream;
        }
    }
    return nullptr;
}

std::vector<Target> GatewayConfig::targetsOf(const Service& service) const {
    if (const Upstream* upstream = upstreamOf(service)) {
        return upstream->targets;
    }
    return {Target{service.host, service.port, 100}};
}

}  // namespace magasin::gateway
