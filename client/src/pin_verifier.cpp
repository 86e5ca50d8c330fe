#include "magasin/client/pin_verifier.hpp"

#include <argon2.h>

#include <array>
#include <random>
#include <stdexcept>
#include <vector>

namespace magasin::client {

bool PinVerifier::verify(const std::string& encoded, std::string_view pin) {
    if (encoded.rfind("$argon2id$", 0) != 0) {
        return false;
    }
    return argon2id_verify(encoded.c_str(), pin.data(), pin.size()) == ARGON2_OK;
}

std::string PinVerifier::hash(std::string_view pin, int memoryKiB, int passes) {
    std::array<std::uint8_t, 16> salt{};
    std::random_device random;
    for (auto& b : salt) {
        b = static_cast<std::uint8_t>(random());
    }
    constexpr std::uint32_t kLanes = 1;
    constexpr std::size_t kHashBytes = 32;
    const auto m = static_cast<std::uint32_t>(memoryKiB);
    const auto t = static_cast<std::uint32_t>(passes);
    std::vector<char> encoded(argon2_encodedlen(t, m, kLanes, salt.size(), kHashBytes, Argon2_id));
    const int rc = argon2id_hash_encoded(t, m, kLanes, pin.data(), pin.size(), salt.data(), salt.size(), kHashBytes,
                                         encoded.data(), encoded.size());
    if (rc != ARGON2_OK) {
        throw std::runtime_error(std::string("Argon2id failed: ") + argon2_error_message(rc));
    }
    return {encoded.data()};
}

}  // namespace magasin::client
