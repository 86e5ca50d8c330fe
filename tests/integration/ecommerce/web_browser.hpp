// A tiny browser for the web shop's pg tests: one cookie jar, no redirect following (the tests check each 303), and
// the CSRF token of the last page seen, which postForm sends like a form would.
// Usage: WebBrowser b([&] { return server.client(); }); b.get("/shop"); auto r = b.postForm("/shop/login", {{"email",
// e}, {"password", p}});
#pragma once

#include <httplib.h>

#include <functional>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "magasin/server/web_forms.hpp"

class WebBrowser {
public:
    explicit WebBrowser(std::function<httplib::Client()> connect) : m_connect(std::move(connect)) {}

    httplib::Result get(const std::string& path, const httplib::Headers& extra = {}) {
        auto c = client();
        auto r = c.Get(path.c_str(), withCookies(extra));
        remember(r);
        return r;
    }

    // Posts the fields as application/x-www-form-urlencoded, with the csrf field of the last page unless
    // `withToken` is false or the fields carry their own.
    httplib::Result postForm(const std::string& path, std::vector<std::pair<std::string, std::string>> fields,
                             bool withToken = true, const httplib::Headers& extra = {}) {
        bool hasToken = false;
        for (const auto& [name, value] : fields) {
            hasToken = hasToken || name == "csrf";
        }
        if (withToken && !hasToken) {
            fields.emplace_back("csrf", m_csrf);
        }
        std::string body;
        for (const auto& [name, value] : fields) {
            body +=
                (body.empty() ? "" : "&") + magasin::server::urlEncode(name) + "=" + magasin::server::urlEncode(value);
        }
        auto c = client();
        auto r = c.Post(path.c_str(), withCookies(extra), body, "application/x-www-form-urlencoded");
        remember(r);
        return r;
    }

    [[nodiscard]] const std::string& csrf() const { return m_csrf; }
    [[nodiscard]] std::map<std::string, std::string>& cookies() { return m_cookies; }
    // Every Set-Cookie of the last answer, as sent.
    [[nodiscard]] const std::vector<std::string>& lastSetCookies() const { return m_lastSetCookies; }

private:
    httplib::Client client() const { return m_connect(); }

    httplib::Headers withCookies(httplib::Headers headers) const {
        std::string cookie;
        for (const auto& [name, value] : m_cookies) {
            cookie += (cookie.empty() ? "" : "; ") + name + "=" + value;
        }
        if (!cookie.empty()) {
            headers.emplace("Cookie", cookie);
        }
        return headers;
    }

    void remember(const httplib::Result& r) {
        m_lastSetCookies.clear();
        if (!r) {
            return;
        }
        for (const auto& [name, value] : r->headers) {
            if (name != "Set-Cookie") {
                continue;
            }
            m_lastSetCookies.push_back(value);
            const auto eq = value.find('=');
            const auto semi = value.find(';');
            const std::string cookieName = value.substr(0, eq);
            const std::string cookieValue = value.substr(eq + 1, semi - eq - 1);
            if (value.find("Max-Age=0") != std::string::npos) {
                m_cookies.erase(cookieName);
            } else {
                m_cookies[cookieName] = cookieValue;
            }
        }
        static const std::regex token(R"re(name="csrf" value="([^"]+)")re");
        std::smatch m;
        if (std::regex_search(r->body, m, token)) {
            m_csrf = m[1].str();
        }
    }

    std::function<httplib::Client()> m_connect;
    std::map<std::string, std::string> m_cookies;
    std::vector<std::string> m_lastSetCookies;
    std::string m_csrf;
};
