#include "magasin/server/service_client.hpp"

#include <httplib.h>

#include <random>
#include <thread>

#include "magasin/server/http_error.hpp"

namespace magasin::server {
namespace {

bool isTransientStatus(int status) {
    return status == 502 || status == 503 || status == 504;
}

}  // namespace

nlohmann::json ServiceResponse::json() const {
    auto parsed = nlohmann::json::parse(body, nullptr, false);
    return parsed.is_discarded() ? nlohmann::json::object() : parsed;
}

ServiceClient::ServiceClient(ServiceClientOptions options) : m_options(std::move(options)) {
    // "http://host:port" only: servers talk over the internal network, TLS ends at the gateway.
    std::string rest = m_options.baseUrl;
    const std::string scheme = "http://";
    if (rest.rfind(scheme, 0) == 0) {
        rest = rest.substr(scheme.size());
    }
    const auto colon = rest.rfind(':');
    if (colon == std::string::npos) {
        throw std::invalid_argument("service URL needs a port: " + m_options.baseUrl);
    }
    m_host = rest.substr(0, colon);
    m_port = std::stoi(rest.substr(colon + 1));
    if (m_options.name.empty()) {
        m_options.name = m_options.baseUrl;
    }
}

ServiceResponse ServiceClient::get(const std::string& path, const std::string& requestId) {
    return send("GET", path, nullptr, requestId, std::nullopt);
}

ServiceResponse ServiceClient::post(const std::string& path, const nlohmann::json& body, const std::string& requestId,
                                    const std::optional<std::string>& idempotencyKey) {
    const std::string text = body.dump();
    return send("POST", path, &text, requestId, idempotencyKey);
}

bool ServiceClient::breakerOpen() const {
    const std::lock_guard lock(m_mutex);
    return std::chrono::steady_clock::now() < m_openUntil;
}

void ServiceClient::recordSuccess() {
    const std::lock_guard lock(m_mutex);
    m_consecutiveFailures = 0;
}

void ServiceClient::recordFailure() {
    const std::lock_guard lock(m_mutex);
    if (++m_consecutiveFailures >= m_options.breakerThreshold) {
        m_openUntil = std::chrono::steady_clock::now() + m_options.breakerOpenFor;
        m_consecutiveFailures = 0;
    }
}

ServiceResponse ServiceClient::send(const std::string& method, const std::string& path, const std::string* body,
                                    const std::string& requestId, const std::optional<std::string>& idempotencyKey) {
    if (breakerOpen()) {
        throw HttpError(503, "upstream_unavailable", "Service unavailable",
                        "The " + m_options.name + " server is not answering; try again in a few seconds");
    }
    const bool retryable = method == "GET" || idempotencyKey.has_value();
    const int attempts = retryable ? m_options.maxAttempts : 1;
    thread_local std::minstd_rand jitter(std::random_device{}());
    std::string lastError;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        if (attempt > 0) {
            const auto cap = m_options.baseDelay.count() << attempt;
            std::this_thread::sleep_for(
                std::chrono::milliseconds(std::uniform_int_distribution<long long>(cap / 2, cap)(jitter)));
        }
        httplib::Client client(m_host, m_port);
        // Without it a POST's headers and body leave in two segments and Nagle holds the second one until the
        // server's delayed ACK: about 40 ms per call (TOOLCHAIN.md trap 4, client side).
        client.set_tcp_nodelay(true);
        client.set_connection_timeout(m_options.connectTimeout);
        client.set_read_timeout(m_options.readTimeout);
        client.set_write_timeout(m_options.readTimeout);
        httplib::Headers headers{{"X-Request-ID", requestId}, {"Accept", "application/json"}};
        if (!m_options.token.empty()) {
            headers.emplace("Authorization", "Bearer " + m_options.token);
        }
        if (idempotencyKey) {
            headers.emplace("Idempotency-Key", *idempotencyKey);
        }
        auto result =
            body != nullptr ? client.Post(path, headers, *body, "application/json") : client.Get(path, headers);
        if (!result) {
            lastError = httplib::to_string(result.error());
            recordFailure();
            continue;
        }
        // The same key still running there (our earlier attempt timed out on this side, not on theirs): its stored
        // answer will be there in a moment. Not the remote's failure, so the breaker does not count it.
        if (result->status == 409 && idempotencyKey && attempt + 1 < attempts &&
            result->body.find("idempotency_key_in_flight") != std::string::npos) {
            lastError = "the same request is still running there";
            continue;
        }
        if (isTransientStatus(result->status) && attempt + 1 < attempts) {
            lastError = "HTTP " + std::to_string(result->status);
            recordFailure();
            continue;
        }
        if (isTransientStatus(result->status)) {
            recordFailure();
        } else {
            recordSuccess();
        }
        return {result->status, result->body};
    }
    throw HttpError(503, "upstream_unavailable", "Service unavailable",
                    "The " + m_options.name + " server did not answer (" + lastError + "); try again in a few seconds");
}

}  // namespace magasin::server
