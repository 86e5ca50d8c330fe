#include "magasin/server/client_address.hpp"

#include <httplib.h>

#include <algorithm>

namespace magasin::server {
namespace {

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

}  // namespace

std::vector<std::string> splitAddressList(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = text.find(',', start);
        const auto part = trimmed(text.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (!part.empty()) {
            out.push_back(part);
        }
        if (comma == std::string::npos) {
            break;
        }
        start = comma + 1;
    }
    return out;
}

std::string clientAddress(const Exchange& exchange, const std::vector<std::string>& trustedProxies) {
    const std::string& peer = exchange.request().remote_addr;
    if (std::find(trustedProxies.begin(), trustedProxies.end(), peer) == trustedProxies.end()) {
        return peer;
    }
    const auto forwarded = exchange.header("X-Forwarded-For");
    if (!forwarded) {
        return peer;
    }
    const auto hops = splitAddressList(*forwarded);
    if (hops.empty() || hops.back().size() > 64) {
        return peer;
    }
    return hops.back();
}

}  // namespace magasin::server
