// Argon2id verifiers of secrets people type (staff PINs, customer passwords) with OWASP's parameters (19 MiB, 2
// passes, 1 lane), in the PHC encoded form. Usage: auto v = PasswordHasher().hash(secret); PasswordHasher().verify(v,
// s);
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace magasin::server {

struct Argon2Parameters {
    std::uint32_t memoryKiB = 19 * 1024;
    std::uint32_t passes = 2;
    std::uint32_t lanes = 1;
};

class PasswordHasher {
public:
    explicit PasswordHasher(Argon2Parameters parameters = {}) : m_parameters(parameters) {}

    // "$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>" with a fresh 16-byte salt. Throws std::runtime_error when
    // libargon2 fails (out of memory, a secret longer than it accepts): never a wrong verifier.
    [[nodiscard]] std::string hash(std::string_view secret) const;
    // False for a wrong secret and for a verifier that is not an Argon2id encoded string.
    [[nodiscard]] bool verify(const std::string& encoded, std::string_view secret) const;
    // Spends the time of one verification, so that an unknown account answers as slowly as a wrong secret.
    void verifyNothing(std::string_view secret) const;

    [[nodiscard]] const Argon2Parameters& parameters() const { return m_parameters; }

private:
    Argon2Parameters m_parameters;
};

}  // namespace magasin::server
