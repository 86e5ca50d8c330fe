#include "magasin/server/token_verifier.hpp"

#include <sodium.h>

#include "magasin/domain/domain_error.hpp"
#include "magasin/server/http_error.hpp"
#include "sodium_support.hpp"

namespace magasin::server {
namespace {

// RFC 6750 §3: a token that was sent but does not verify is an invalid_token.
HttpError invalidToken(std::string detail) {
    return std::move(HttpError::unauthorized(std::move(detail))
                         .withHeader("WWW-Authenticate", "Bearer realm=\"magasin\", error=\"invalid_token\""));
}

}  // namespace

TokenVerifier::TokenVerifier(PublicKey publicKey, domain::Clock clock, RevocationCheck isRevoked)
    : m_publicKey(publicKey), m_clock(std::move(clock)), m_isRevoked(std::move(isRevoked)) {
    detail::ensureSodium();
}

Claims TokenVerifier::verify(std::string_view token) const {
    const auto malformed = [] { return invalidToken("The access token is malformed"); };
    if (token.empty() || token.size() > kMaxTokenLength) {
        throw malformed();
    }
    const auto dot = token.find('.');
    if (dot == std::string_view::npos || token.find('.', dot + 1) != std::string_view::npos) {
        throw malformed();
    }
    const std::string_view head = token.substr(0, dot);
    const auto body = detail::fromBase64(head, detail::Base64::kUrlNoPadding);
    const auto signature = detail::fromBase64(token.substr(dot + 1), detail::Base64::kUrlNoPadding);
    if (head.empty() || !body || !signature || signature->size() != crypto_sign_BYTES) {
        throw malformed();
    }
    if (crypto_sign_verify_detached(signature->data(), reinterpret_cast<const std::uint8_t*>(head.data()), head.size(),
                                    m_publicKey.bytes.data()) != 0) {
        throw invalidToken("The access token's signature does not verify");
    }

    Claims claims;
    try {
        claims = claimsFromJson(nlohmann::json::parse(body->begin(), body->end()));
    } catch (const nlohmann::json::exception&) {
        throw malformed();
    } catch (const domain::DomainError&) {
        throw malformed();
    }
    if (!claimsProblem(claims).empty()) {
        throw malformed();
    }

    const auto now = m_clock();
    if (now > claims.expiresAt + kClockSkew) {
        throw invalidToken("The access token has expired; log in again");
    }
    if (claims.issuedAt > now + kClockSkew) {
        throw invalidToken("The access token is not valid yet; check this server's clock");
    }
    if (m_isRevoked && m_isRevoked(claims)) {
        throw invalidToken("The access token has been revoked");
    }
    return claims;
}

}  // namespace magasin::server
