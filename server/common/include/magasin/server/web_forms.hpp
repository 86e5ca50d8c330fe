// What browser-facing routes need beyond JSON: form-urlencoded bodies, the Cookie header, Set-Cookie values.
// Usage: auto form = parseForm(req.body); auto session = parseCookies(header)["session"]; setCookieValue(cookie);
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace magasin::server {

using FormFields = std::map<std::string, std::string, std::less<>>;

// "a=1&b=x+y%21" -> {a: "1", b: "x y!"}. A repeated name keeps its first value; a bad %-escape is kept as typed;
// names without '=' get an empty value. Bytes are not checked for UTF-8 here (the rules of each field do that).
FormFields parseForm(std::string_view body);
// Percent-decoding of one form component ('+' is a space).
std::string formDecode(std::string_view text);
// "%XX" for every byte but unreserved ones (RFC 3986), for building query strings and redirect targets.
std::string urlEncode(std::string_view text);

// "a=1; b=2" -> {a: "1", b: "2"}; the first cookie of a name wins (the most specific path, as browsers send).
FormFields parseCookies(std::string_view header);

enum class SameSite { kLax, kStrict, kNone };

struct Cookie {
    std::string name;
    std::string value;
    std::string path = "/";
    std::optional<long long> maxAgeSeconds;  // none: a session cookie; 0: delete it
    bool httpOnly = true;
    bool secure = false;
    SameSite sameSite = SameSite::kLax;
};

// The Set-Cookie header value: "name=value; Path=/; Max-Age=60; HttpOnly; Secure; SameSite=Lax".
std::string setCookieValue(const Cookie& cookie);

}  // namespace magasin::server
