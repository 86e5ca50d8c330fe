// Argon2id verifiers of staff PINs (OWASP parameters: 19 MiB, 2 passes, 1 lane), in the PHC encoded form terminals
// also verify offline. Usage: std::string v = PinHasher().hash(pin); bool ok = PinHasher().verify(v, pin);
#pragma once

#include <cstdint>
#include <string>

#include "magasin/domain/staff.hpp"

namespace magasin::commandes {

struct Argon2Parameters {
    std::uint32_t memoryKiB = 19 * 1024;
    std::uint32_t passes = 2;
    std::uint32_t lanes = 1;
};

class PinHasher {
public:
    explicit PinHasher(Argon2Parameters parameters = {}) : m_parameters(parameters) {}

    // "$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>" with a fresh 16-byte salt. Throws std::runtime_error when
    // libargon2 fails (out of memory): never a wrong verifier.
    [[nodiscard]] std::string hash(const domain::Pin& pin) const;
    // False for a wrong PIN and for a verifier that is not an Argon2id encoded string.
    [[nodiscard]] bool verify(const std::string& encoded, const domain::Pin& pin) const;
    // Spends the time of one verification: answers for an unknown employee code take as long as for a wrong PIN.
    void verifyNothing(const domain::Pin& pin) const;

private:
    Argon2Parameters m_parameters;
};

}  // namespace magasin::commandes
