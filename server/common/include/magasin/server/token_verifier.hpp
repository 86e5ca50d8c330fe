// Checks an access token and returns its claims, or throws HttpError 401 (with WWW-Authenticate) saying why.
// Usage: TokenVerifier verifier(decodePublicKey(env), domain::systemClock()); Claims c = verifier.verify(token);
#pragma once

#include <chrono>
#include <functional>
#include <string_view>

#include "magasin/domain/time.hpp"
#include "magasin/server/access_token.hpp"
#include "magasin/server/token_keys.hpp"

namespace magasin::server {

class TokenVerifier {
public:
    // Returns true when the token was revoked (by jti, subject or device). Called after every other check, from
    // many request threads at once: it must be thread-safe.
    using RevocationCheck = std::function<bool(const Claims&)>;

    static constexpr std::chrono::seconds kClockSkew{30};
    static constexpr std::size_t kMaxTokenLength = 4096;

    TokenVerifier(PublicKey publicKey, domain::Clock clock, RevocationCheck isRevoked = {});

    // Order: shape, signature, then the claims (only signed bytes are parsed), time with kClockSkew either way,
    // revocation. The 401 details say which of malformed / bad signature / expired / not yet valid / revoked, and
    // nothing about the token's content. Thread-safe.
    [[nodiscard]] Claims verify(std::string_view token) const;

private:
    PublicKey m_publicKey;
    domain::Clock m_clock;
    RevocationCheck m_isRevoked;
};

}  // namespace magasin::server
