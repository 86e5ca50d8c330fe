// HTTP calls from one server to another: timeouts, retries with jittered backoff on transient failures only, a
// circuit breaker, the service token and the caller's X-Request-ID passed on. Failures become HttpError 503.
// Usage: ServiceClient inv({"http://127.0.0.1:8002", token}); auto r = inv.post("/v1/transfers", body, ex.requestId(),
// key);
#pragma once

#include <chrono>
#include <mutex>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace magasin::server {

struct ServiceClientOptions {
    std::string baseUrl;  // "http://127.0.0.1:8002"
    std::string token;    // service token sent as "Authorization: Bearer"; empty: none
    std::string name;     // the remote server's name, for messages ("inventaire")
    std::chrono::milliseconds connectTimeout{500};
    std::chrono::milliseconds readTimeout{3000};
    int maxAttempts = 3;  // transient failures only: no connection, timeout, 502, 503, 504
    std::chrono::milliseconds baseDelay{20};
    int breakerThreshold = 5;  // consecutive transient failures that open the breaker
    std::chrono::milliseconds breakerOpenFor{5000};
};

struct ServiceResponse {
    int status = 0;
    std::string body;
    // The body as JSON; an empty object when it is not JSON.
    [[nodiscard]] nlohmann::json json() const;
};

class ServiceClient {
public:
    explicit ServiceClient(ServiceClientOptions options);

    // Returns any HTTP answer (2xx, 4xx and final 5xx alike) for the caller to map. A POST is retried only when it
    // carries an idempotency key, since the first attempt may have taken effect; a 409 "idempotency_key_in_flight"
    // (an earlier attempt still running there) is retried too. Throws HttpError 503
    // "upstream_unavailable" when the remote cannot be reached after the retries or the breaker is open.
    ServiceResponse get(const std::string& path, const std::string& requestId);
    ServiceResponse post(const std::string& path, const nlohmann::json& body, const std::string& requestId,
                         const std::optional<std::string>& idempotencyKey = std::nullopt);

    [[nodiscard]] bool breakerOpen() const;

private:
    ServiceResponse send(const std::string& method, const std::string& path, const std::string* body,
                         const std::string& requestId, const std::optional<std::string>& idempotencyKey);
    void recordSuccess();
    void recordFailure();

    ServiceClientOptions m_options;
    std::string m_host;
    int m_port = 0;
    mutable std::mutex m_mutex;
    int m_consecutiveFailures = 0;
    std::chrono::steady_clock::time_point m_openUntil{};
};

}  // namespace magasin::server
