// Cross-site request forgery protection for the shop's forms: a random per-browser id travels in an HttpOnly cookie,
// every form carries HMAC(key, id). Usage: CsrfGuard g(key); auto t = g.tokenFor(id); if (!g.verify(id, posted)) 403;
#pragma once

#include <string>
#include <string_view>

namespace magasin::webshop {

class CsrfGuard {
public:
    static constexpr std::size_t kKeyBytes = 32;

    // `key`: kKeyBytes of secret; empty: a random key for this process (forms of an earlier run are then refused).
    explicit CsrfGuard(std::string key = {});

    // A fresh random browser id (256 bits, base64url), for the cookie.
    [[nodiscard]] static std::string newBrowserId();
    // The token the forms of this browser carry.
    [[nodiscard]] std::string tokenFor(std::string_view browserId) const;
    // Constant-time check; false for an empty id or token.
    [[nodiscard]] bool verify(std::string_view browserId, std::string_view token) const;

private:
    std::string m_key;
};

}  // namespace magasin::webshop
