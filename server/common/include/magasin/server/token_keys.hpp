// Ed25519 key pairs for access tokens, and their base64 text form for environment variables and files.
// Usage: KeyPair keys = generateKeyPair(); std::string text = encodeKey(keys.publicKey); decodePublicKey(text);
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace magasin::server {

struct PublicKey {
    std::array<std::uint8_t, 32> bytes{};
    friend bool operator==(const PublicKey&, const PublicKey&) = default;
};

// libsodium's 64-byte form (seed + public key). Wiped from memory when destroyed.
struct SecretKey {
    std::array<std::uint8_t, 64> bytes{};
    SecretKey() = default;
    SecretKey(const SecretKey&) = default;
    SecretKey& operator=(const SecretKey&) = default;
    ~SecretKey();
};

struct KeyPair {
    PublicKey publicKey;
    SecretKey secretKey;
};

KeyPair generateKeyPair();
PublicKey publicKeyOf(const SecretKey& secretKey);

// Standard base64 with padding. Decoders ignore surrounding whitespace (a trailing newline in a key file) and throw
// std::invalid_argument, without echoing the text, when it is not a key of the right size.
std::string encodeKey(const PublicKey& key);
std::string encodeKey(const SecretKey& key);
PublicKey decodePublicKey(std::string_view text);
SecretKey decodeSecretKey(std::string_view text);

}  // namespace magasin::server
