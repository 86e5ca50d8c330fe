#include "magasin/server/password_hasher.hpp"

#include <argon2.h>
#include <sodium.h>

#include <array>
#include <stdexcept>
#include <vector>

namespace magasin::server {
namespace {

constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;

}  // namespace

std::string PasswordHasher::hash(std::string_view secret) const {
    if (sodium_init() < 0) {
        throw std::runtime_error("libsodium cannot start");
    }
    std::array<std::uint8_t, kSaltBytes> salt{};
    randombytes_buf(salt.data(), salt.size());
    const std::size_t length = argon2_encodedlen(m_parameters.passes, m_parameters.memoryKiB, m_parameters.lanes,
                                                 kSaltBytes, kHashBytes, Argon2_id);
    std::vector<char> encoded(length);
    const int rc =
        argon2id_hash_encoded(m_parameters.passes, m_parameters.memoryKiB, m_parameters.lanes, secret.data(),
                              secret.size(), salt.data(), salt.size(), kHashBytes, encoded.data(), encoded.size());
    if (rc != ARGON2_OK) {
        throw std::runtime_error(std::string("Argon2id failed: ") + argon2_error_message(rc));
    }
    return {encoded.data()};
}

bool PasswordHasher::verify(const std::string& encoded, std::string_view secret) const {
    if (encoded.rfind("$argon2id$", 0) != 0) {
        return false;
    }
    return argon2id_verify(encoded.c_str(), secret.data(), secret.size()) == ARGON2_OK;
}

void PasswordHasher::verifyNothing(std::string_view secret) const {
    // A fixed verifier of the same cost; the result is meaningless on purpose. One per parameter set would be exact;
    // the default (OWASP) set is the one that matters in production.
    static const std::string kDecoy = PasswordHasher(m_parameters).hash("decoy-secret");
    (void)verify(kDecoy, secret);
}

}  // namespace magasin::server
