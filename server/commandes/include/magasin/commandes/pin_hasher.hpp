// Argon2id verifiers of staff PINs (server::PasswordHasher, OWASP parameters), in the PHC encoded form terminals
// also verify offline. Usage: std::string v = PinHasher().hash(pin); bool ok = PinHasher().verify(v, pin);
#pragma once

#include <string>

#include "magasin/domain/staff.hpp"
#include "magasin/server/password_hasher.hpp"

namespace magasin::commandes {

using Argon2Parameters = server::Argon2Parameters;

class PinHasher {
public:
    explicit PinHasher(Argon2Parameters parameters = {}) : m_hasher(parameters) {}

    // "$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>" with a fresh 16-byte salt. Throws std::runtime_error when
    // libargon2 fails (out of memory): never a wrong verifier.
    [[nodiscard]] std::string hash(const domain::Pin& pin) const { return m_hasher.hash(pin.digits()); }
    // False for a wrong PIN and for a verifier that is not an Argon2id encoded string.
    [[nodiscard]] bool verify(const std::string& encoded, const domain::Pin& pin) const {
        return m_hasher.verify(encoded, pin.digits());
    }
    // Spends the time of one verification: answers for an unknown employee code take as long as for a wrong PIN.
    void verifyNothing(const domain::Pin& pin) const { m_hasher.verifyNothing(pin.digits()); }

private:
    server::PasswordHasher m_hasher;
};

}  // namespace magasin::commandes
