// One HTTP request and its response as a handler sees them: path parameters, query, JSON body, request id, replies.
// Usage: app.route(Method::kGet, "/v1/products/{id}", [](Exchange& ex) { ex.json(200, find(ex.pathParam("id"))); });
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "magasin/server/web_forms.hpp"

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace magasin::server {

class Exchange {
public:
    Exchange(const httplib::Request& request, httplib::Response& response, std::string requestId,
             std::map<std::string, std::string, std::less<>> pathParams);

    [[nodiscard]] const httplib::Request& request() const { return m_request; }
    [[nodiscard]] httplib::Response& response() { return m_response; }
    [[nodiscard]] const std::string& requestId() const { return m_requestId; }

    // A path parameter of the route template ("{id}"); throws std::out_of_range for a name the route lacks.
    [[nodiscard]] const std::string& pathParam(std::string_view name) const;
    [[nodiscard]] std::optional<std::string> query(const std::string& name) const;
    [[nodiscard]] std::optional<std::string> header(const std::string& name) const;
    // The request body parsed as JSON; HttpError 400 with the parser's position when it is not valid JSON.
    [[nodiscard]] nlohmann::json jsonBody() const;

    // The body as application/x-www-form-urlencoded fields (an HTML form's POST); empty fields when there is none.
    [[nodiscard]] FormFields formBody() const;
    // A cookie the browser sent; nullopt when absent.
    [[nodiscard]] std::optional<std::string> cookie(std::string_view name) const;

    void json(int status, const nlohmann::json& body);
    void html(int status, const std::string& body);
    // 303 See Other by default: the answer to a POSTed form, so that reloading does not post it again.
    void redirect(const std::string& location, int status = 303);
    void setCookie(const Cookie& cookie);
    void noContent();
    void text(int status, const std::string& body, const std::string& contentType);
    void setHeader(const std::string& name, const std::string& value);

private:
    const httplib::Request& m_request;
    httplib::Response& m_response;
    std::string m_requestId;
    std::map<std::string, std::string, std::less<>> m_pathParams;
};

}  // namespace magasin::server
