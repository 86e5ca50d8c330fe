// Issues access tokens: base64url(claims JSON) "." base64url(Ed25519 signature of the first part), no padding.
// Usage: TokenSigner signer(keys.secretKey, domain::systemClock()); std::string t = signer.sign(claims, 15min);
#pragma once

#include <chrono>
#include <string>

#include "magasin/domain/time.hpp"
#include "magasin/server/access_token.hpp"
#include "magasin/server/token_keys.hpp"

namespace magasin::server {

class TokenSigner {
public:
    TokenSigner(SecretKey secretKey, domain::Clock clock);

    // Sets iat to now, exp to now + ttl and a fresh 128-bit jti, whatever `claims` held there. Throws
    // std::invalid_argument for inconsistent claims (claimsProblem) or a ttl that is not positive: a caller's bug.
    [[nodiscard]] std::string sign(Claims claims, std::chrono::seconds ttl) const;

private:
    SecretKey m_secretKey;
    domain::Clock m_clock;
};

}  // namespace magasin::server
