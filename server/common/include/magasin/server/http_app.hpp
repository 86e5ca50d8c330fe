// The HTTP platform every context server stands on: routes with path templates, problem+json errors, request ids,
// one JSON log line per request, Prometheus metrics, health, OpenAPI, body limits and JSON-only bodies, draining.
// Usage: HttpApp app({"catalogue", "c1", "0.1.0"}, {}); app.route(Method::kGet, "/v1/x", h); app.bind("127.0.0.1", 0);
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "magasin/server/exchange.hpp"
#include "magasin/server/json_log.hpp"
#include "magasin/server/metrics.hpp"

namespace httplib {
class Server;
}

namespace magasin::server {

struct ServiceInfo {
    std::string name;      // "catalogue"
    std::string instance;  // "catalogue-1"
    std::string version;
};

struct HttpOptions {
    // One thread per keep-alive connection, idle ones included: a gateway keeps up to (its worker processes x its
    // upstream keep-alive pool) idle connections open to each server, and a connection beyond the pool waits for a
    // free thread until an idle one times out (keepAliveTimeoutSeconds). 128 leaves room for the local nginx's 2 x 32
    // idle connections plus as many busy ones (tests/load/p1-load found 16 stalling requests for 9 s).
    int workers = 128;
    // PostgreSQL connections of the server's pool, apart from the threads: most threads sit on idle keep-alive
    // connections, and 7 servers x 128 connections would pass PostgreSQL's max_connections (100 by default) and
    // run more backends than a database machine has cores. A request beyond waits for a connection (up to 2 s).
    int databaseConnections = 16;
    std::size_t maxBodyBytes = 1024 * 1024;   // larger bodies get 413
    std::size_t keepAliveMaxCount = 100'000;  // requests per connection before the server closes it
    int keepAliveTimeoutSeconds = 5;
    bool logRequests = true;
};

enum class Method { kGet, kPost, kPut, kPatch, kDelete };
std::string_view methodName(Method method) noexcept;

struct RouteInfo {
    Method method;
    std::string path;  // the template, e.g. "/v1/products/{id}"
};

class HttpApp {
public:
    using Handler = std::function<void(Exchange&)>;

    HttpApp(ServiceInfo service, HttpOptions options);
    ~HttpApp();
    HttpApp(const HttpApp&) = delete;
    HttpApp& operator=(const HttpApp&) = delete;

    // Path templates use {name} for one segment. Routes must be added before bind().
    void route(Method method, std::string pathTemplate, Handler handler);
    [[nodiscard]] const std::vector<RouteInfo>& routes() const { return m_routes; }

    // Readiness beyond "not draining" (e.g. the database answers). Called on every /health/ready.
    void setReadinessProbe(std::function<bool()> probe) { m_readiness = std::move(probe); }
    void setOpenApi(nlohmann::json document) { m_openApi = std::move(document); }
    // Bodies under this path prefix may also be application/x-www-form-urlencoded (HTML forms); everywhere else a
    // body that is not JSON is answered 415. Call before bind().
    void acceptFormsUnder(std::string pathPrefix) { m_formPrefixes.push_back(std::move(pathPrefix)); }

    // Binds; port 0 picks a free port. Returns the port. Throws std::runtime_error when the port is taken.
    int bind(const std::string& host, int port);
    // Serves until stop(); returns when every in-flight request has been answered.
    void serve();
    // /health/ready answers 503 from now on, so that balancers stop sending new work.
    void drain() { m_draining = true; }
    void stop();
    [[nodiscard]] bool isRunning() const;

    Metrics& metrics() { return m_metrics; }
    JsonLog& log() { return m_log; }
    [[nodiscard]] const ServiceInfo& service() const { return m_service; }

private:
    void installPlatformRoutes();
    void installMiddleware();
    [[nodiscard]] bool acceptsForms(const std::string& path) const;

    ServiceInfo m_service;
    HttpOptions m_options;
    std::unique_ptr<httplib::Server> m_server;
    std::vector<RouteInfo> m_routes;
    Metrics m_metrics;
    JsonLog m_log;
    std::function<bool()> m_readiness;
    nlohmann::json m_openApi;
    std::vector<std::string> m_formPrefixes;
    std::atomic<bool> m_draining{false};
};

}  // namespace magasin::server
