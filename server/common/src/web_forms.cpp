#include "magasin/server/web_forms.hpp"

namespace magasin::server {
namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

}  // namespace

std::string formDecode(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 && hexValue(text[i + 2]) >= 0) {
            out += static_cast<char>(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

std::string urlEncode(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                                c == '-' || c == '_' || c == '.' || c == '~';
        if (unreserved) {
            out += c;
        } else {
            out += '%';
            out += kHex[byte >> 4];
            out += kHex[byte & 0x0F];
        }
    }
    return out;
}

FormFields parseForm(std::string_view body) {
    FormFields fields;
    while (!body.empty()) {
        const auto amp = body.find('&');
        const std::string_view pair = body.substr(0, amp);
        body = amp == std::string_view::npos ? std::string_view{} : body.substr(amp + 1);
        if (pair.empty()) {
            continue;
        }
        const auto eq = pair.find('=');
        std::string name = formDecode(pair.substr(0, eq));
        std::string value = eq == std::string_view::npos ? std::string{} : formDecode(pair.substr(eq + 1));
        fields.emplace(std::move(name), std::move(value));  // emplace keeps the first of a repeated name
    }
    return fields;
}

FormFields parseCookies(std::string_view header) {
    FormFields cookies;
    while (!header.empty()) {
        const auto semi = header.find(';');
        const std::string_view pair = trim(header.substr(0, semi));
        header = semi == std::string_view::npos ? std::string_view{} : header.substr(semi + 1);
        const auto eq = pair.find('=');
        if (pair.empty() || eq == std::string_view::npos || eq == 0) {
            continue;
        }
        std::string_view value = trim(pair.substr(eq + 1));
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
            value = value.substr(1, value.size() - 2);
        }
        cookies.emplace(std::string(trim(pair.substr(0, eq))), std::string(value));
    }
    return cookies;
}

std::string setCookieValue(const Cookie& cookie) {
    std::string out = cookie.name + "=" + cookie.value + "; Path=" + cookie.path;
    if (cookie.maxAgeSeconds) {
        out += "; Max-Age=" + std::to_string(*cookie.maxAgeSeconds);
    }
    if (cookie.httpOnly) {
        out += "; HttpOnly";
    }
    // SameSite=None is only honoured on a Secure cookie; the caller decides, this only writes.
    if (cookie.secure) {
        out += "; Secure";
    }
    switch (cookie.sameSite) {
        case SameSite::kLax: out += "; SameSite=Lax"; break;
        case SameSite::kStrict: out += "; SameSite=Strict"; break;
        case SameSite::kNone: out += "; SameSite=None"; break;
    }
    return out;
}

}  // namespace magasin::server
