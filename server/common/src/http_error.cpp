#include "magasin/server/http_error.hpp"

namespace magasin::server {

HttpError::HttpError(sync::Problem problem) : std::runtime_error(problem.detail), m_problem(std::move(problem)) {}

HttpError::HttpError(sync::Problem problem, const std::string& internal)
    : std::runtime_error(internal), m_problem(std::move(problem)) {}

HttpError::HttpError(int status, std::string_view code, std::string title, std::string detail)
    : HttpError(sync::Problem::make(status, code, std::move(title), std::move(detail))) {}

HttpError& HttpError::withHeader(std::string name, std::string value) {
    m_headers.emplace_back(std::move(name), std::move(value));
    return *this;
}

HttpError HttpError::badRequest(std::string detail) {
    return {400, "bad_request", "Bad request", std::move(detail)};
}

HttpError HttpError::invalidField(std::string field, std::string rule, std::string message) {
    HttpError error(422, "invalid_value", "Invalid value", message);
    error.m_problem.errors.push_back({std::move(field), std::move(rule), std::move(message)});
    return error;
}

HttpError HttpError::unauthorized(std::string detail) {
    return {401, "unauthorized", "Authentication required", std::move(detail)};
}

HttpError HttpError::forbidden(std::string detail) {
    return {403, "forbidden", "Forbidden", std::move(detail)};
}

HttpError HttpError::notFound(std::string detail) {
    return {404, "not_found", "Not found", std::move(detail)};
}

HttpError HttpError::conflict(std::string_view code, std::string detail) {
    return {409, code, "Conflict", std::move(detail)};
}

HttpError HttpError::unavailable(std::string detail) {
    return {503, "unavailable", "Service unavailable", std::move(detail)};
}

HttpError HttpError::unavailable(std::string detail, const std::string& cause) {
    const std::string internal = detail + " (" + cause + ")";
    return {sync::Problem::make(503, "unavailable", "Service unavailable", std::move(detail)), internal};
}

}  // namespace magasin::server
