#include "magasin/webshop/csrf.hpp"

#include <sodium.h>

#include <stdexcept>
#include <vector>

namespace magasin::webshop {
namespace {

std::string base64Url(const unsigned char* bytes, std::size_t size) {
    std::string out(sodium_base64_encoded_len(size, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(), out.size(), bytes, size, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(out.find('\0'));
    return out;
}

}  // namespace

CsrfGuard::CsrfGuard(std::string key) : m_key(std::move(key)) {
    if (sodium_init() < 0) {
        throw std::runtime_error("libsodium cannot start");
    }
    if (m_key.empty()) {
        m_key.resize(kKeyBytes);
        randombytes_buf(m_key.data(), m_key.size());
    }
    if (m_key.size() != kKeyBytes) {
        throw std::invalid_argument("the CSRF key must be 32 bytes");
    }
}

std::string CsrfGuard::newBrowserId() {
    if (sodium_init() < 0) {
        throw std::runtime_error("libsodium cannot start");
    }
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    return base64Url(bytes, sizeof bytes);
}

std::string CsrfGuard::tokenFor(std::string_view browserId) const {
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(m_key.data()), m_key.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(browserId.data()), browserId.size());
    crypto_auth_hmacsha256_final(&state, mac);
    return base64Url(mac, sizeof mac);
}

bool CsrfGuard::verify(std::string_view browserId, std::string_view token) const {
    if (browserId.empty() || token.empty()) {
        return false;
    }
    const std::string expected = tokenFor(browserId);
    if (token.size() != expected.size()) {
        return false;
    }
    return sodium_memcmp(expected.data(), token.data(), expected.size()) == 0;
}

}  // namespace magasin::webshop
