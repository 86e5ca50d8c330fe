#include "magasin/server/http_app.hpp"

#include <httplib.h>
#include <sys/socket.h>

#include <chrono>
#include <regex>
#include <stdexcept>

#include "magasin/domain/uuid.hpp"
#include "magasin/server/error_mapping.hpp"
#include "magasin/server/http_error.hpp"

namespace magasin::server {
namespace {

// One worker thread serves one connection at a time, so the state of the request in progress is per thread:
// set before routing, completed by the route, read by the logger after the response is written.
struct RequestState {
    std::chrono::steady_clock::time_point start;
    std::string requestId;
    std::string route = "unmatched";
};
thread_local RequestState tRequest;

// Debian's httplib listens with a compiled-in backlog of 5: when dozens of clients connect at once (a gateway
// opening its upstream pool, a load test), the kernel drops SYNs and the clients retry after a second, which shows
// as p99 latencies near 1 s. listen() again on the bound socket raises the backlog (Linux updates it in place).
class WideBacklogServer : public httplib::Server {
public:
    void widenBacklog(int backlog) { ::listen(svr_sock_, backlog); }
};
constexpr int kListenBacklog = 1024;

bool isValidRequestId(const std::string& id) {
    if (id.empty() || id.size() > 128) {
        return false;
    }
    for (char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                        c == '_' || c == '.' || c == ':';
        if (!ok) {
            return false;
        }
    }
    return true;
}

std::string newRequestId() {
    thread_local domain::UuidV7Generator ids(domain::systemClock(), domain::systemRandom());
    return ids.next().toString();
}

void writeProblem(httplib::Response& res, sync::Problem problem) {
    problem.requestId = tRequest.requestId;
    res.status = problem.status;
    // A detail may quote the request ("No route for GET /x/%FF"): bytes that are not UTF-8 become U+FFFD instead of
    // throwing, which in the library's error handler would terminate the process.
    res.set_content(nlohmann::json(problem).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                    sync::Problem::kMediaType);
}

bool hasJsonContentType(const httplib::Request& req) {
    const std::string type = req.get_header_value("Content-Type");
    const std::string media = type.substr(0, type.find(';'));
    return media == "application/json" || (media.rfind("application/", 0) == 0 && media.size() > 5 &&
                                           media.compare(media.size() - 5, 5, "+json") == 0);
}

bool isFormContentType(const httplib::Request& req) {
    const std::string type = req.get_header_value("Content-Type");
    return type.substr(0, type.find(';')) == "application/x-www-form-urlencoded";
}

// "/v1/products/{id}" -> "^/v1/products/([^/]+)$" and ["id"]
std::string compileTemplate(const std::string& path, std::vector<std::string>& names) {
    static const std::regex kParam(R"(\{([a-z_][a-z0-9_]*)\})");
    std::string pattern;
    auto begin = std::sregex_iterator(path.begin(), path.end(), kParam);
    std::size_t last = 0;
    for (auto it = begin; it != std::sregex_iterator(); ++it) {
        const auto& m = *it;
        std::string literal = path.substr(last, static_cast<std::size_t>(m.position()) - last);
        pattern += std::regex_replace(literal, std::regex(R"([.^$|()\[\]*+?\\])"), R"(\$&)");
        pattern += "([^/]+)";
        names.push_back(m[1].str());
        last = static_cast<std::size_t>(m.position() + m.length());
    }
    pattern += std::regex_replace(path.substr(last), std::regex(R"([.^$|()\[\]*+?\\])"), R"(\$&)");
    return pattern;
}

}  // namespace

std::string_view methodName(Method method) noexcept {
    switch (method) {
        case Method::kGet: return "GET";
        case Method::kPost: return "POST";
        case Method::kPut: return "PUT";
        case Method::kPatch: return "PATCH";
        case Method::kDelete: return "DELETE";
    }
    return "GET";
}

HttpApp::HttpApp(ServiceInfo service, HttpOptions options)
    : m_service(std::move(service)),
      m_options(options),
      m_server(std::make_unique<WideBacklogServer>()),
      m_log(m_service.name, m_service.instance) {
    const int workers = m_options.workers;
    m_server->new_task_queue = [workers] { return new httplib::ThreadPool(static_cast<std::size_t>(workers)); };
    m_server->set_tcp_nodelay(true);
    m_server->set_keep_alive_max_count(m_options.keepAliveMaxCount);
    m_server->set_keep_alive_timeout(m_options.keepAliveTimeoutSeconds);
    m_server->set_payload_max_length(m_options.maxBodyBytes);
    installMiddleware();
    installPlatformRoutes();
}

HttpApp::~HttpApp() {
    stop();
}

void HttpApp::route(Method method, std::string pathTemplate, Handler handler) {
    std::vector<std::string> names;
    const std::string pattern = compileTemplate(pathTemplate, names);
    m_routes.push_back({method, pathTemplate});
    auto wrapped = [this, handler = std::move(handler), names, route = pathTemplate](const httplib::Request& req,
                                                                                     httplib::Response& res) {
        tRequest.route = route;
        try {
            std::map<std::string, std::string, std::less<>> params;
            for (std::size_t i = 0; i < names.size() && i + 1 < req.matches.size(); ++i) {
                params.emplace(names[i], req.matches[i + 1].str());
            }
            Exchange exchange(req, res, tRequest.requestId, std::move(params));
            handler(exchange);
        } catch (const HttpError& e) {
            if (e.problem().detail != e.what()) {
                // A cause kept from the client (HttpError::unavailable(detail, cause)) goes to the log.
                m_log.warn("request failed",
                           {{"request_id", tRequest.requestId}, {"route", route}, {"error", e.what()}});
            }
            for (const auto& [name, value] : e.headers()) {
                res.set_header(name.c_str(), value);
            }
            writeProblem(res, e.problem());
        } catch (const domain::DomainError& e) {
            writeProblem(res, problemFor(e));
        } catch (const nlohmann::json::exception& e) {
            // A handler read a field with the wrong type without checking: still the client's mistake.
            writeProblem(res,
                         sync::Problem::make(400, "bad_request", "Bad request",
                                             std::string("The body does not have the expected shape: ") + e.what()));
        } catch (const std::exception& e) {
            m_log.error("unhandled exception",
                        {{"request_id", tRequest.requestId}, {"route", route}, {"error", e.what()}});
            writeProblem(res,
                         sync::Problem::make(500, "internal", "Internal error",
                                             "The server failed to answer; the request id identifies it in the logs"));
        } catch (...) {
            m_log.error("unhandled exception", {{"request_id", tRequest.requestId}, {"route", route}});
            writeProblem(res,
                         sync::Problem::make(500, "internal", "Internal error",
                                             "The server failed to answer; the request id identifies it in the logs"));
        }
    };
    switch (method) {
        case Method::kGet: m_server->Get(pattern, std::move(wrapped)); break;
        case Method::kPost: m_server->Post(pattern, std::move(wrapped)); break;
        case Method::kPut: m_server->Put(pattern, std::move(wrapped)); break;
        case Method::kPatch: m_server->Patch(pattern, std::move(wrapped)); break;
        case Method::kDelete: m_server->Delete(pattern, std::move(wrapped)); break;
    }
}

void HttpApp::installMiddleware() {
    m_server->set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
        tRequest.start = std::chrono::steady_clock::now();
        tRequest.route = "unmatched";
        const std::string given = req.get_header_value("X-Request-ID");
        tRequest.requestId = isValidRequestId(given) ? given : newRequestId();
        res.set_header("X-Request-ID", tRequest.requestId);
        const bool hasBody =
            !req.body.empty() || (req.has_header("Content-Length") && req.get_header_value("Content-Length") != "0");
        if (hasBody && (req.method == "POST" || req.method == "PUT" || req.method == "PATCH") &&
            !hasJsonContentType(req) && !(isFormContentType(req) && acceptsForms(req.path))) {
            writeProblem(res, sync::Problem::make(415, "unsupported_media_type", "Unsupported media type",
                                                  "Send the body as JSON with Content-Type: application/json"));
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });

    m_server->set_post_routing_handler([this](const httplib::Request&, httplib::Response& res) {
        res.set_header("X-Instance-Id", m_service.instance);
    });

    // Errors the library answers itself (no route, body too large, unreadable request) become problems too.
    m_server->set_error_handler(
        httplib::Server::HandlerWithResponse([this](const httplib::Request& req, httplib::Response& res) {
            if (!res.body.empty()) {
                return httplib::Server::HandlerResponse::Unhandled;  // a handler already wrote its problem
            }
            res.set_header("X-Instance-Id", m_service.instance);
            if (tRequest.requestId.empty()) {
                tRequest.requestId = newRequestId();
            }
            res.set_header("X-Request-ID", tRequest.requestId);
            switch (res.status) {
                case 404:
                    writeProblem(res, sync::Problem::make(404, "no_route", "Not found",
                                                          "No route for " + req.method + " " + req.path));
                    break;
                case 413:
                    writeProblem(res, sync::Problem::make(413, "payload_too_large", "Payload too large",
                                                          "The body is larger than " +
                                                              std::to_string(m_options.maxBodyBytes) + " bytes"));
                    break;
                default:
                    writeProblem(res, sync::Problem::make(res.status, "http_" + std::to_string(res.status),
                                                          "HTTP error " + std::to_string(res.status),
                                                          "The request could not be served"));
            }
            return httplib::Server::HandlerResponse::Handled;
        }));

    m_server->set_exception_handler([this](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        m_log.error("exception outside a route", {{"request_id", tRequest.requestId}});
        writeProblem(res, sync::Problem::make(500, "internal", "Internal error", "The server failed to answer"));
    });

    m_server->set_logger([this](const httplib::Request& req, const httplib::Response& res) {
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - tRequest.start).count();
        m_metrics.observeRequest(req.method, tRequest.route, res.status, seconds);
        // MAGASIN_LOG_REQUESTS=0 drops the per-request lines only; events and errors are always logged.
        if (!m_options.logRequests) {
            return;
        }
        m_log.write(res.status >= 500 ? "error" : "info", "request",
                    {{"request_id", tRequest.requestId},
                     {"method", req.method},
                     {"route", tRequest.route},
                     {"status", res.status},
                     {"duration_ms", seconds * 1000.0}});
    });
}

bool HttpApp::acceptsForms(const std::string& path) const {
    for (const auto& prefix : m_formPrefixes) {
        if (path == prefix || path.rfind(prefix + "/", 0) == 0) {
            return true;
        }
    }
    return false;
}

void HttpApp::installPlatformRoutes() {
    route(Method::kGet, "/health/live", [](Exchange& ex) { ex.json(200, {{"status", "live"}}); });
    route(Method::kGet, "/health/ready", [this](Exchange& ex) {
        if (m_draining) {
            throw HttpError::unavailable("The server is shutting down");
        }
        if (m_readiness && !m_readiness()) {
            throw HttpError::unavailable("The database does not answer");
        }
        ex.json(200, {{"status", "ready"}});
    });
    route(Method::kGet, "/metrics",
          [this](Exchange& ex) { ex.text(200, m_metrics.render(), "text/plain; version=0.0.4"); });
    route(Method::kGet, "/openapi.json", [this](Exchange& ex) {
        if (m_openApi.is_null()) {
            throw HttpError::notFound("This server publishes no OpenAPI document");
        }
        ex.json(200, m_openApi);
    });
}

int HttpApp::bind(const std::string& host, int port) {
    int bound = port;
    if (port == 0) {
        bound = m_server->bind_to_any_port(host);
        if (bound <= 0) {
            throw std::runtime_error("cannot bind " + host + " on any port");
        }
    } else if (!m_server->bind_to_port(host, port)) {
        throw std::runtime_error("cannot bind " + host + ":" + std::to_string(port) + " (is it in use?)");
    }
    static_cast<WideBacklogServer&>(*m_server).widenBacklog(kListenBacklog);
    return bound;
}

void HttpApp::serve() {
    m_server->listen_after_bind();
}

void HttpApp::stop() {
    m_draining = true;
    if (m_server->is_running()) {
        m_server->stop();
    }
}

bool HttpApp::isRunning() const {
    return m_server->is_running();
}

}  // namespace magasin::server
