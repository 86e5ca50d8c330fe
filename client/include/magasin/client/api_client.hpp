// The servers' HTTP API as the terminal uses it: sessions, enrolment, device tokens, change feeds and command push.
// Usage: ApiClient api(transport, endpoints); auto page = api.changes(Server::kCatalogue, cursor, 500, token, {});
#pragma once

#include <QString>

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "magasin/client/http_transport.hpp"
#include "magasin/client/server_endpoints.hpp"
#include "magasin/sync/problem.hpp"
#include "magasin/sync/wire.hpp"

namespace magasin::client {

// A call that did not succeed: either no answer (status 0) or a problem+json answer.
struct ApiError : std::runtime_error {
    ApiError(int status, sync::Problem problem, std::string retryAfter);
    int status;  // 0: unreachable
    sync::Problem problem;
    std::string retryAfter;
    [[nodiscard]] bool unreachable() const { return status == 0; }
    // Worth retrying later with the same request: unreachable, 408, 429, 5xx.
    [[nodiscard]] bool transient() const;
};

class ApiClient {
public:
    static constexpr int kLoginTimeoutMs = 4'000;

    ApiClient(HttpTransport& transport, ServerEndpoints endpoints)
        : m_transport(transport), m_endpoints(std::move(endpoints)) {}

    // POST commandes /v1/sessions. The answer's access_token, refresh_token and staff. Throws ApiError. Waits at
    // most kLoginTimeoutMs: a cashier is waiting, and an offline check follows when commandes is silent.
    nlohmann::json login(const std::string& employeeCode, const std::string& pin,
                         const std::optional<std::string>& deviceCredential);
    // POST commandes /v1/devices with a manager's access token: {id, store_id, name, credential}.
    nlohmann::json enrolDevice(const std::string& managerToken, const std::string& storeId, const std::string& name);
    // POST commandes /v1/devices/token: {access_token, expires_in}.
    nlohmann::json deviceToken(const std::string& deviceId, const std::string& credential);
    // GET <server>/v1/sync/changes?since=&limit=[&store=]. Throws ApiError (410: the cursor is past the horizon).
    sync::ChangePage changes(Server server, std::int64_t since, int limit, const std::string& token,
                             const std::optional<std::string>& store);
    // POST <server>/v1/sync/commands.
    sync::PushResponse push(Server server, const sync::PushRequest& request, const std::string& token);

    // Any other call (the back-office screens): method + "/v1/..." path with its query, an optional JSON body, a
    // bearer token. The answer's JSON (null for 204). Throws ApiError.
    nlohmann::json request(Server server, const QByteArray& method, const QString& pathAndQuery,
                           const nlohmann::json* body, const std::string& token, int timeoutMs = 15'000);

    [[nodiscard]] const ServerEndpoints& endpoints() const { return m_endpoints; }

private:
    HttpTransport& m_transport;
    ServerEndpoints m_endpoints;
};

}  // namespace magasin::client
