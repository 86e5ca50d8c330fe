#include "magasin/server/exchange.hpp"

#include <httplib.h>

#include "magasin/server/http_error.hpp"
#include "magasin/server/json_body.hpp"

namespace magasin::server {

Exchange::Exchange(const httplib::Request& request, httplib::Response& response, std::string requestId,
                   std::map<std::string, std::string, std::less<>> pathParams)
    : m_request(request),
      m_response(response),
      m_requestId(std::move(requestId)),
      m_pathParams(std::move(pathParams)) {}

const std::string& Exchange::pathParam(std::string_view name) const {
    const auto it = m_pathParams.find(name);
    if (it == m_pathParams.end()) {
        throw std::out_of_range("route has no parameter " + std::string(name));
    }
    return it->second;
}

std::optional<std::string> Exchange::query(const std::string& name) const {
    if (!m_request.has_param(name.c_str())) {
        return std::nullopt;
    }
    return m_request.get_param_value(name.c_str());
}

std::optional<std::string> Exchange::header(const std::string& name) const {
    if (!m_request.has_header(name.c_str())) {
        return std::nullopt;
    }
    return m_request.get_header_value(name.c_str());
}

nlohmann::json Exchange::jsonBody() const {
    return parseJsonBody(m_request.body);
}

FormFields Exchange::formBody() const {
    return parseForm(m_request.body);
}

std::optional<std::string> Exchange::cookie(std::string_view name) const {
    const auto cookies = parseCookies(m_request.get_header_value("Cookie"));
    const auto it = cookies.find(name);
    if (it == cookies.end()) {
        return std::nullopt;
    }
    return it->second;
}

void Exchange::html(int status, const std::string& body) {
    m_response.status = status;
    m_response.set_content(body, "text/html; charset=utf-8");
}

void Exchange::redirect(const std::string& location, int status) {
    m_response.status = status;
    m_response.set_header("Location", location);
    m_response.body.clear();
}

void Exchange::setCookie(const Cookie& cookie) {
    // set_header appends: several Set-Cookie headers go out side by side.
    m_response.set_header("Set-Cookie", setCookieValue(cookie));
}

void Exchange::json(int status, const nlohmann::json& body) {
    m_response.status = status;
    m_response.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "application/json");
}

void Exchange::noContent() {
    m_response.status = 204;
    m_response.body.clear();
}

void Exchange::text(int status, const std::string& body, const std::string& contentType) {
    m_response.status = status;
    m_response.set_content(body, contentType.c_str());
}

void Exchange::setHeader(const std::string& name, const std::string& value) {
    m_response.set_header(name.c_str(), value);
}

}  // namespace magasin::server
