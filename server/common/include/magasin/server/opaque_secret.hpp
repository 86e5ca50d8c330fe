// Opaque bearer secrets (refresh tokens, device credentials): 256 random bits shown once, only their hash stored.
// Usage: std::string secret = newOpaqueSecret("rt_"); db.store(secretHash(secret));  lookup(secretHash(presented));
#pragma once

#include <string>
#include <string_view>

namespace magasin::server {

// prefix + base64url of 32 random bytes from libsodium's CSPRNG.
std::string newOpaqueSecret(std::string_view prefix);
// SHA-256 as 64 hex digits. A plain hash is enough: the secrets are random and long, not guessable like a PIN.
std::string secretHash(std::string_view secret);

}  // namespace magasin::server
