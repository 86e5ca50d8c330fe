#include "magasin/server/token_keys.hpp"

#include <sodium.h>

#include <stdexcept>

#include "sodium_support.hpp"

namespace magasin::server {

static_assert(sizeof(PublicKey::bytes) == crypto_sign_PUBLICKEYBYTES);
static_assert(sizeof(SecretKey::bytes) == crypto_sign_SECRETKEYBYTES);

namespace {

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

template <std::size_t N>
std::array<std::uint8_t, N> decodeKey(std::string_view text, const char* what) {
    const auto bytes = detail::fromBase64(trimmed(text), detail::Base64::kStandard);
    if (!bytes || bytes->size() != N) {
        throw std::invalid_argument(std::string("not a base64 Ed25519 ") + what + " (" + std::to_string(N) + " bytes)");
    }
    std::array<std::uint8_t, N> key{};
    std::copy(bytes->begin(), bytes->end(), key.begin());
    return key;
}

}  // namespace

SecretKey::~SecretKey() {
    sodium_memzero(bytes.data(), bytes.size());
}

KeyPair generateKeyPair() {
    detail::ensureSodium();
    KeyPair keys;
    crypto_sign_keypair(keys.publicKey.bytes.data(), keys.secretKey.bytes.data());
    return keys;
}

PublicKey publicKeyOf(const SecretKey& secretKey) {
    PublicKey key;
    crypto_sign_ed25519_sk_to_pk(key.bytes.data(), secretKey.bytes.data());
    return key;
}

std::string encodeKey(const PublicKey& key) {
    return detail::toBase64(key.bytes, detail::Base64::kStandard);
}

std::string encodeKey(const SecretKey& key) {
    return detail::toBase64(key.bytes, detail::Base64::kStandard);
}

PublicKey decodePublicKey(std::string_view text) {
    detail::ensureSodium();
    return PublicKey{decodeKey<crypto_sign_PUBLICKEYBYTES>(text, "public key")};
}

SecretKey decodeSecretKey(std::string_view text) {
    detail::ensureSodium();
    SecretKey key;
    key.bytes = decodeKey<crypto_sign_SECRETKEYBYTES>(text, "secret key");
    return key;
}

}  // namespace magasin::server
