#include "magasin/server/authentication.hpp"

#include <string>

#include "magasin/server/http_error.hpp"

namespace magasin::server {
namespace {

bool startsWithBearer(std::string_view value) {
    constexpr std::string_view kScheme = "bearer ";
    if (value.size() < kScheme.size()) {
        return false;
    }
    for (std::size_t i = 0; i < kScheme.size(); ++i) {
        const char c = value[i];
        if ((c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c) != kScheme[i]) {
            return false;
        }
    }
    return true;
}

}  // namespace

Principal authenticate(const Exchange& exchange, const TokenVerifier& verifier) {
    const auto header = exchange.header("Authorization");
    if (!header || !startsWithBearer(*header)) {
        // RFC 6750 §3.1: no credentials at all get the challenge without an error code.
        throw std::move(HttpError::unauthorized("This request needs an access token: send Authorization: Bearer "
                                                "<token>")
                            .withHeader("WWW-Authenticate", "Bearer realm=\"magasin\""));
    }
    std::string_view token(*header);
    token.remove_prefix(7);
    while (!token.empty() && token.front() == ' ') {
        token.remove_prefix(1);
    }
    while (!token.empty() && token.back() == ' ') {
        token.remove_suffix(1);
    }
    return Principal{verifier.verify(token)};
}

void requireRole(const Principal& principal, domain::Role role) {
    const auto& held = principal.claims.role;
    if (principal.isService() || (held && (*held == role || *held == domain::Role::kManager))) {
        return;
    }
    throw HttpError::forbidden("This action needs the " + std::string(domain::roleName(role)) + " role");
}

void requireStore(const Principal& principal, const domain::StoreId& store) {
    if (principal.isService() || principal.claims.store == store) {
        return;
    }
    throw HttpError::forbidden("This token acts for another store");
}

}  // namespace magasin::server
