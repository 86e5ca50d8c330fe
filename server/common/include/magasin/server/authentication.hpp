// The request-side checks every protected handler starts with: who is calling (401), may they (403).
// Usage: Principal p = authenticate(ex, verifier); requireRole(p, Role::kManager); requireStore(p, storeId);
#pragma once

#include "magasin/domain/role.hpp"
#include "magasin/domain/uuid.hpp"
#include "magasin/server/access_token.hpp"
#include "magasin/server/exchange.hpp"
#include "magasin/server/token_verifier.hpp"

namespace magasin::server {

struct Principal {
    Claims claims;
    [[nodiscard]] bool isService() const { return claims.kind == TokenKind::kService; }
};

// Reads "Authorization: Bearer <token>" and verifies it. HttpError 401 with WWW-Authenticate: Bearer when the
// header is absent, uses another scheme or carries a token that does not verify.
Principal authenticate(const Exchange& exchange, const TokenVerifier& verifier);

// HttpError 403 unless the principal holds `role`. A manager holds the cashier role too. Service tokens pass: a
// server calls another on behalf of a person it has already checked.
void requireRole(const Principal& principal, domain::Role role);

// HttpError 403 unless the principal acts for `store`: staff and devices act on their own store only; service tokens
// pass.
void requireStore(const Principal& principal, const domain::StoreId& store);

}  // namespace magasin::server
