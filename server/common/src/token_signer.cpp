#include "magasin/server/token_signer.hpp"

#include <sodium.h>

#include <stdexcept>

#include "sodium_support.hpp"

namespace magasin::server {

TokenSigner::TokenSigner(SecretKey secretKey, domain::Clock clock)
    : m_secretKey(std::move(secretKey)), m_clock(std::move(clock)) {
    detail::ensureSodium();
}

std::string TokenSigner::sign(Claims claims, std::chrono::seconds ttl) const {
    if (ttl <= std::chrono::seconds::zero()) {
        throw std::invalid_argument("token ttl must be positive");
    }
    if (const std::string problem = claimsProblem(claims); !problem.empty()) {
        throw std::invalid_argument("cannot sign inconsistent claims: " + problem);
    }
    claims.issuedAt = std::chrono::floor<std::chrono::seconds>(m_clock());
    claims.expiresAt = claims.issuedAt + ttl;
    std::array<std::uint8_t, 16> jti{};
    randombytes_buf(jti.data(), jti.size());
    claims.tokenId = detail::toBase64(jti, detail::Base64::kUrlNoPadding);

    const std::string body = claimsToJson(claims).dump();
    const std::string head = detail::toBase64(
        std::span(reinterpret_cast<const std::uint8_t*>(body.data()), body.size()), detail::Base64::kUrlNoPadding);
    std::array<std::uint8_t, crypto_sign_BYTES> signature{};
    crypto_sign_detached(signature.data(), nullptr, reinterpret_cast<const std::uint8_t*>(head.data()), head.size(),
                         m_secretKey.bytes.data());
    return head + "." + detail::toBase64(signature, detail::Base64::kUrlNoPadding);
}

}  // namespace magasin::server
