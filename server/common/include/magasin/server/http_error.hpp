// An error a handler raises when the request itself is wrong (bad JSON, missing token, unknown id): it carries the
// problem+json to answer.  Usage: throw HttpError::notFound("No product with id " + id);
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "magasin/sync/problem.hpp"

namespace magasin::server {

class HttpError : public std::runtime_error {
public:
    explicit HttpError(sync::Problem problem);
    HttpError(int status, std::string_view code, std::string title, std::string detail);

    static HttpError badRequest(std::string detail);                                          // 400 bad_request
    static HttpError invalidField(std::string field, std::string rule, std::string message);  // 422 invalid_value
    static HttpError unauthorized(std::string detail);                                        // 401 unauthorized
    static HttpError forbidden(std::string detail);                                           // 403 forbidden
    static HttpError notFound(std::string detail);                                            // 404 not_found
    static HttpError conflict(std::string_view code, std::string detail);                     // 409
    static HttpError unavailable(std::string detail);                                         // 503 unavailable
    // 503 whose cause (a driver's message: hosts, socket paths, server errors) is for the log only: what() carries
    // it, the problem answered to the client does not.
    static HttpError unavailable(std::string detail, const std::string& cause);

    [[nodiscard]] const sync::Problem& problem() const { return m_problem; }
    sync::Problem& problem() { return m_problem; }

    // Response headers the answer needs besides the problem (WWW-Authenticate on 401, Retry-After on 429).
    HttpError& withHeader(std::string name, std::string value);
    [[nodiscard]] const std::vector<std::pair<std::string, std::string>>& headers() const { return m_headers; }

private:
    HttpError(sync::Problem problem, const std::string& internal);

    sync::Problem m_problem;
    std::vector<std::pair<std::string, std::string>> m_headers;
};

}  // namespace magasin::server
