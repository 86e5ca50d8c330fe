#include "sodium_support.hpp"

#include <sodium.h>

#include <stdexcept>

namespace magasin::server::detail {
namespace {

int sodiumVariant(Base64 variant) {
    return variant == Base64::kStandard ? sodium_base64_VARIANT_ORIGINAL : sodium_base64_VARIANT_URLSAFE_NO_PADDING;
}

}  // namespace

void ensureSodium() {
    // A function-local static is initialised once even when threads race here (C++11 magic statics).
    static const bool ready = sodium_init() >= 0;
    if (!ready) {
        throw std::runtime_error("libsodium failed to initialise");
    }
}

std::string toBase64(std::span<const std::uint8_t> bytes, Base64 variant) {
    const int v = sodiumVariant(variant);
    std::string text(sodium_base64_encoded_len(bytes.size(), v), '\0');
    sodium_bin2base64(text.data(), text.size(), bytes.data(), bytes.size(), v);
    text.resize(text.size() - 1);  // the encoder's terminating NUL
    return text;
}

std::optional<std::vector<std::uint8_t>> fromBase64(std::string_view text, Base64 variant) {
    std::vector<std::uint8_t> bytes(text.size() * 3 / 4 + 3);
    std::size_t length = 0;
    // b64_end == nullptr makes libsodium fail on any character it cannot decode instead of stopping there.
    if (sodium_base642bin(bytes.data(), bytes.size(), text.data(), text.size(), nullptr, &length, nullptr,
                          sodiumVariant(variant)) != 0) {
        return std::nullopt;
    }
    bytes.resize(length);
    return bytes;
}

}  // namespace magasin::server::detail
