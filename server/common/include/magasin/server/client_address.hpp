// The address of the client behind a request, for throttling: the network peer, or the address a trusted gateway
// puts last in X-Forwarded-For. Usage: std::string ip = clientAddress(ex, {"127.0.0.1", "10.0.0.2"});
#pragma once

#include <string>
#include <vector>

#include "magasin/server/exchange.hpp"

namespace magasin::server {

// X-Forwarded-For is only believed from a peer in `trustedProxies` (anyone else could write any address there and
// get fresh login attempts with each); from such a peer the last entry is the address the gateway itself saw.
std::string clientAddress(const Exchange& exchange, const std::vector<std::string>& trustedProxies);

// "127.0.0.1, 10.0.0.2" -> {"127.0.0.1", "10.0.0.2"}: a comma-separated list with spaces trimmed and blanks dropped.
std::vector<std::string> splitAddressList(const std::string& text);

}  // namespace magasin::server
