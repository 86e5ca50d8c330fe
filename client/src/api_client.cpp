#include "magasin/client/api_client.hpp"

namespace magasin::client {
namespace {

std::string describe(int status, const sync::Problem& p) {
    if (status == 0) {
        return "unreachable: " + p.detail;
    }
    return "HTTP " + std::to_string(status) + ": " + (p.detail.empty() ? p.title : p.detail);
}

}  // namespace

ApiError::ApiError(int s, sync::Problem p, std::string ra)
    : std::runtime_error(describe(s, p)), status(s), problem(std::move(p)), retryAfter(std::move(ra)) {}

bool ApiError::transient() const {
    return status == 0 || status == 408 || status == 429 || status >= 500;
}

nlohmann::json ApiClient::request(Server server, const QByteArray& method, const QString& path,
                                  const nlohmann::json* body, const std::string& token, int timeoutMs) {
    HttpRequest request;
    request.method = method;
    request.url = m_endpoints.urlFor(server, path);
    request.timeoutMs = timeoutMs;
    if (request.url.isEmpty()) {
        throw ApiError(0,
                       sync::Problem::make(0, "not_configured", "Server not configured",
                                           std::string(serverName(server)) + " has no address configured"),
                       {});
    }
    request.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    if (!m_endpoints.apiKey.isEmpty()) {
        request.headers.append(qMakePair(QByteArray("X-API-Key"), QByteArray(m_endpoints.apiKey.toUtf8())));
    }
    if (!token.empty()) {
        request.headers.append(qMakePair(QByteArray("Authorization"),
                                         QByteArray(QByteArray("Bearer ") + QByteArray::fromStdString(token))));
    }
    if (body != nullptr) {
        request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        request.body = QByteArray::fromStdString(body->dump());
    }
    const HttpResponse response = m_transport.send(request);
    if (!response.answered()) {
        throw ApiError(0,
                       sync::Problem::make(0, "unreachable", "Server unreachable",
                                           std::string(serverName(server)) + ": " + response.error.toStdString()),
                       {});
    }
    const auto parsed = nlohmann::json::parse(response.body.toStdString(), nullptr, false);
    if (response.status < 200 || response.status >= 300) {
        sync::Problem problem;
        if (!parsed.is_discarded() && parsed.is_object()) {
            problem = parsed.get<sync::Problem>();
        }
        problem.status = response.status;
        if (problem.detail.empty()) {
            problem.detail = response.body.left(300).toStdString();
        }
        throw ApiError(response.status, std::move(problem), response.retryAfter.toStdString());
    }
    if (response.status == 204) {
        return nlohmann::json();
    }
    if (parsed.is_discarded()) {
        throw ApiError(502,
                       sync::Problem::make(502, "bad_gateway", "Unreadable answer",
                                           std::string(serverName(server)) + " answered something not JSON"),
                       {});
    }
    return parsed;
}

nlohmann::json ApiClient::login(const std::string& employeeCode, const std::string& pin,
                                const std::optional<std::string>& deviceCredential) {
    nlohmann::json body = {{"employee_code", employeeCode}, {"pin", pin}};
    if (deviceCredential) {
        body["device_credential"] = *deviceCredential;
    }
    return request(Server::kCommandes, "POST", QStringLiteral("/v1/sessions"), &body, {}, kLoginTimeoutMs);
}

nlohmann::json ApiClient::enrolDevice(const std::string& managerToken, const std::string& storeId,
                                      const std::string& name) {
    const nlohmann::json body = {{"store_id", storeId}, {"name", name}};
    return request(Server::kCommandes, "POST", QStringLiteral("/v1/devices"), &body, managerToken);
}

nlohmann::json ApiClient::deviceToken(const std::string& deviceId, const std::string& credential) {
    const nlohmann::json body = {{"device_id", deviceId}, {"credential", credential}};
    return request(Server::kCommandes, "POST", QStringLiteral("/v1/devices/token"), &body, {});
}

sync::ChangePage ApiClient::changes(Server server, std::int64_t since, int limit, const std::string& token,
                                    const std::optional<std::string>& store) {
    QString path = QStringLiteral("/v1/sync/changes?since=%1&limit=%2").arg(since).arg(limit);
    if (store) {
        path += QStringLiteral("&store=") + QString::fromStdString(*store);
    }
    const auto j = request(server, "GET", path, nullptr, token);
    try {
        return sync::changePageFromJson(j);
    } catch (const std::exception& e) {
        throw ApiError(502, sync::Problem::make(502, "bad_gateway", "Unreadable change page", e.what()), {});
    }
}

sync::PushResponse ApiClient::push(Server server, const sync::PushRequest& batch, const std::string& token) {
    const nlohmann::json body = sync::toJson(batch);
    const auto j = request(server, "POST", QStringLiteral("/v1/sync/commands"), &body, token);
    try {
        return sync::pushResponseFromJson(j);
    } catch (const std::exception& e) {
        throw ApiError(502, sync::Problem::make(502, "bad_gateway", "Unreadable push answer", e.what()), {});
    }
}

}  // namespace magasin::client
