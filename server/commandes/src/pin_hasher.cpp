#include "magasin/commandes/pin_hasher.hpp"

#include <argon2.h>
#include <sodium.h>

#include <array>
#include <stdexcept>
#include <vector>

namespace magasin::commandes {
namespace {

constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;

}  // namespace

std::string PinHasher::hash(const domain::Pin& pin) const {
    if (sodium_init() < 0) {
        throw std::runtime_error("libsodium cannot start");
    }
    std::array<std::uint8_t, kSaltBytes> salt{};
    randombytes_buf(salt.data(), salt.size());
    const std::size_t length = argon2_encodedlen(m_parameters.passes, m_parameters.memoryKiB, m_parameters.lanes,
                                                 kSaltBytes, kHashBytes, Argon2_id);
    std::vector<char> encoded(length);
    const int rc = argon2id_hash_encoded(m_parameters.passes, m_parameters.memoryKiB, m_parameters.lanes,
                                         pin.digits().data(), pin.digits().size(), salt.data(), salt.size(), kHashBytes,
                                         encoded.data(), encoded.size());
    if (rc != ARGON2_OK) {
        throw std::runtime_error(std::string("Argon2id failed: ") + argon2_error_message(rc));
    }
    return {encoded.data()};
}

bool PinHasher::verify(const std::string& encoded, const domain::Pin& pin) const {
    if (encoded.rfind("$argon2id$", 0) != 0) {
        return false;
    }
    return argon2id_verify(encoded.c_str(), pin.digits().data(), pin.digits().size()) == ARGON2_OK;
}

void PinHasher::verifyNothing(const domain::Pin& pin) const {
    // A fixed verifier of the same cost; the result is meaningless on purpose.
    static const std::string kDecoy = PinHasher(m_parameters).hash(domain::Pin::parse("0000"));
    (void)verify(kDecoy, pin);
}

}  // namespace magasin::commandes
