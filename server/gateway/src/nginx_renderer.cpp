#include "magasin/gateway/nginx_renderer.hpp"

#include "magasin/gateway/kong_parser.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>

namespace magasin::gateway {

namespace {

constexpr const char* kProblemBase = "https://magasin.example/problems/";
// Headers Kong sets for an authenticated consumer: a client's own copies must never reach a server.
constexpr const char* kConsumerHeaders[] = {"X-Consumer-ID", "X-Consumer-Custom-ID", "X-Credential-Identifier",
                                            "X-Anonymous-Consumer"};

// "X-API-Key" -> "$http_x_api_key"
std::string headerVariable(const std::string& header) {
    std::string name = "$http_";
    for (char c : header) {
        name += c == '-' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return name;
}

std::string identifier(const std::string& name) {
    std::string id = name;
    std::replace(id.begin(), id.end(), '-', '_');
    return id;
}

// An nginx one-line problem+json answer; the request id is validated by the map, so it is safe inside JSON.
std::string problemReturn(int status, const std::string& code, const std::string& title, const std::string& detail,
                          const std::string& extra = "") {
    return "return " + std::to_string(status) + " '{\"type\":\"" + kProblemBase + code + "\",\"title\":\"" + title +
           "\",\"status\":" + std::to_string(status) + ",\"detail\":\"" + detail +
           "\",\"request_id\":\"$magasin_request_id\"" + extra + "}';";
}

// Kong counts a fixed window; nginx a leaky bucket. The bucket's burst lets a whole window's worth through at once,
// as Kong does, and the rate refills it over the window. Retry-After is when the next request will pass.
struct Bucket {
    std::string zone;
    std::string rate;
    int burst;
    int retryAfterSeconds;
};

std::vector<Bucket> bucketsOf(const Route& route) {
    std::vector<Bucket> buckets;
    const RateLimit& limit = *route.rateLimit;
    if (limit.perSecond > 0) {
        buckets.push_back(
            {"rl_" + identifier(route.name) + "_second", std::to_string(limit.perSecond) + "r/s", limit.perSecond, 1});
    }
    if (limit.perMinute > 0) {
        buckets.push_back({"rl_" + identifier(route.name) + "_minute", std::to_string(limit.perMinute) + "r/m",
                           limit.perMinute, std::max(1, (60 + limit.perMinute - 1) / limit.perMinute)});
    }
    return buckets;
}

int retryAfterOf(const Route& route) {
    int seconds = 1;
    for (const Bucket& bucket : bucketsOf(route)) {
        seconds = std::max(seconds, bucket.retryAfterSeconds);
    }
    return seconds;
}

}  // namespace

NginxRenderer::NginxRenderer(NginxOptions options) : m_options(std::move(options)) {}

int NginxRenderer::localPort(int port) const {
    const auto found = m_options.portMap.find(port);
    return found == m_options.portMap.end() ? port : found->second;
}

std::string NginxRenderer::targetHost(const std::string& host) const {
    return m_options.upstreamHost.empty() ? host : m_options.upstreamHost;
}

RenderedNginx NginxRenderer::render(const GatewayConfig& config, const ApiKeys& keys) const {
    const std::string prefix = m_options.prefix.string();
    const std::string requestIdHeader = config.requestIdHeader.empty() ? "X-Request-ID" : config.requestIdHeader;
    std::ostringstream out;
    out << "# Rendered by magasin-gateway-render from server/gateway/kong.yml: edit kong.yml, not this file.\n"
        << "worker_processes " << m_options.workerProcesses << ";\n"
        << "pid " << prefix << "/nginx.pid;\n"
        << "error_log " << prefix << "/logs/error.log warn;\n"
        << "events {\n    worker_connections 4096;\n}\n\n"
        << "http {\n"
        << "    client_body_temp_path " << prefix << "/temp/client_body;\n"
        << "    proxy_temp_path " << prefix << "/temp/proxy;\n"
        << "    fastcgi_temp_path " << prefix << "/temp/fastcgi;\n"
        << "    uwsgi_temp_path " << prefix << "/temp/uwsgi;\n"
        << "    scgi_temp_path " << prefix << "/temp/scgi;\n"
        << "    server_tokens off;\n"
        << "    keepalive_requests 100000;\n"
        << "    client_max_body_size 8m;\n"
        << "    proxy_http_version 1.1;\n"
        << "    proxy_connect_timeout 2s;\n"
        << "    proxy_read_timeout 30s;\n"
        << "    limit_req_status 429;\n\n";

    // The request id: the client's when it is well-formed (the servers' own rule), else nginx's random one.
    out << "    map " << headerVariable(requestIdHeader) << " $magasin_request_id {\n"
        << "        \"~^[A-Za-z0-9._:-]{1,128}$\" " << headerVariable(requestIdHeader) << ";\n"
        << "        default $request_id;\n    }\n";

    std::string keyHeader = "X-API-Key";
    for (const Service& service : config.services) {
        for (const Route& route : service.routes) {
            if (route.keyAuth) {
                keyHeader = route.keyAuth->keyNames.front();
            }
        }
    }
    // Case-sensitive regexes: nginx compares plain map strings ignoring case, Kong compares keys exactly.
    out << "    map " << headerVariable(keyHeader) << " $magasin_consumer {\n"
        << "        default \"\";\n"
        << "        include " << m_options.consumerMapFile.string() << ";\n    }\n\n";
    std::ostringstream consumerMap;
    consumerMap << "# API key -> consumer, rendered from the DECK_MAGASIN_API_KEY_* variables. Secret.\n";
    for (const auto& [key, username] : keys.consumersByKey()) {
        consumerMap << "\"~^" << key << "$\" \"" << username << "\";\n";
    }

    // The path only ($uri): a query string may carry secrets a client put there by mistake.
    out << "    log_format magasin_json escape=json '{\"time\":\"$time_iso8601\",\"level\":\"info\","
           "\"service\":\"gateway\",\"request_id\":\"$magasin_request_id\",\"method\":\"$request_method\","
           "\"path\":\"$uri\",\"status\":$status,\"duration_s\":$request_time,\"consumer\":\"$magasin_consumer\","
           "\"client\":\"$remote_addr\",\"upstream\":\"$upstream_addr\",\"upstream_status\":\"$upstream_status\","
           "\"upstream_duration_s\":\"$upstream_response_time\",\"bytes\":$body_bytes_sent}';\n"
        << "    access_log " << prefix << "/logs/access.log magasin_json;\n\n";

    for (const Service& service : config.services) {
        for (const Route& route : service.routes) {
            if (!route.rateLimit) {
                continue;
            }
            const bool byConsumer = route.rateLimit->limitBy == LimitBy::kConsumer && route.keyAuth;
            for (const Bucket& bucket : bucketsOf(route)) {
                out << "    limit_req_zone " << (byConsumer ? "$magasin_consumer" : "$binary_remote_addr")
                    << " zone=" << bucket.zone << ":1m rate=" << bucket.rate << ";\n";
            }
        }
    }
    out << "\n";

    // One nginx upstream per Kong upstream, and one per plain service host:port (several services may share one).
    std::set<std::string> rendered;
    auto upstreamName = [&](const Service& service) {
        return config.upstreamOf(service) ? "up_" + identifier(service.host)
                                          : "up_" + identifier(service.host) + "_" + std::to_string(service.port);
    };
    for (const Service& service : config.services) {
        const std::string name = upstreamName(service);
        if (!rendered.insert(name).second) {
            continue;
        }
        const Upstream* upstream = config.upstreamOf(service);
        out << "    upstream " << name << " {\n";
        if (upstream && upstream->algorithm == "least-connections") {
            out << "        least_conn;\n";
        }
        std::string passive;
        if (upstream && upstream->passive) {
            // Kong marks a target unhealthy after so many failures and lets the active probe bring it back; nginx
            // takes it out for fail_timeout, about the time Kong's probes need to see it healthy again.
            const PassiveHealthCheck& check = *upstream->passive;
            const int maxFails = std::max({1, check.tcpFailures, check.timeouts, check.httpFailures});
            int failTimeout = 10;
            if (upstream->active && upstream->active->unhealthyInterval > 0) {
                failTimeout = upstream->active->unhealthyInterval * std::max(1, upstream->active->healthySuccesses);
            }
            passive = " max_fails=" + std::to_string(maxFails) + " fail_timeout=" + std::to_string(failTimeout) + "s";
        }
        for (const Target& target : config.targetsOf(service)) {
            out << "        server " << targetHost(target.host) << ":" << localPort(target.port);
            if (target.weight != 100) {
                out << " weight=" << std::max(1, target.weight / 100);
            }
            out << passive << ";\n";
        }
        out << "        keepalive " << m_options.upstreamIdleConnections << ";\n        keepalive_timeout "
            << m_options.upstreamIdleSeconds << "s;\n    }\n";
    }

    out << "\n    server {\n"
        << "        listen " << m_options.listenAddress << ":" << m_options.httpPort << ";\n";
    if (m_options.httpsPort > 0) {
        out << "        listen " << m_options.listenAddress << ":" << m_options.httpsPort << " ssl;\n"
            << "        ssl_certificate " << m_options.tlsCertificate.string() << ";\n"
            << "        ssl_certificate_key " << m_options.tlsKey.string() << ";\n"
            << "        ssl_protocols TLSv1.2 TLSv1.3;\n"
            << "        ssl_session_cache shared:magasin_tls:1m;\n";
    }
    out << "        server_name _;\n\n";

    out << "        location / {\n"
        << "            default_type application/problem+json;\n"
        << "            add_header " << requestIdHeader << " $magasin_request_id always;\n"
        << "            " << problemReturn(404, "no_route", "No route", "No gateway route matches this path") << "\n"
        << "        }\n"
        << "        location @magasin_unauthorized {\n"
        << "            default_type application/problem+json;\n"
        << "            add_header WWW-Authenticate 'Key realm=\"magasin\"' always;\n"
        << "            add_header " << requestIdHeader << " $magasin_request_id always;\n"
        << "            "
        << problemReturn(401, "unauthorized", "Unauthorized",
                         "Send a valid API key in the " + keyHeader + " header (never in the URL)")
        << "\n        }\n"
        << "        location @magasin_bad_gateway {\n"
        << "            default_type application/problem+json;\n"
        << "            add_header " << requestIdHeader << " $magasin_request_id always;\n"
        << "            "
        << problemReturn(502, "bad_gateway", "Bad gateway",
                         "No instance of this service answered; try again in a few seconds")
        << "\n        }\n";

    for (const Service& service : config.services) {
        for (const Route& route : service.routes) {
            if (route.rateLimit) {
                const int retryAfter = retryAfterOf(route);
                out << "        location @magasin_rate_limited_" << identifier(route.name) << " {\n"
                    << "            default_type application/problem+json;\n"
                    << "            add_header Retry-After " << retryAfter << " always;\n"
                    << "            add_header " << requestIdHeader << " $magasin_request_id always;\n"
                    << "            "
                    << problemReturn(429, "rate_limited", "Too many requests",
                                     "Too many requests on " + route.paths.front() + "; retry after " +
                                         std::to_string(retryAfter) + " s",
                                     ",\"retry_after\":" + std::to_string(retryAfter))
                    << "\n        }\n";
            }
        }
    }

    for (const Service& service : config.services) {
        for (const Route& route : service.routes) {
            for (const std::string& path : route.paths) {
                // Kong joins the service path and what is left after the prefix; nginx replaces the matched
                // location with the proxy_pass URI, which is the same join. Without strip_path, the URI is kept.
                const std::string base = "http://" + upstreamName(service);
                struct Location {
                    std::string match;
                    std::string pass;
                };
                const std::vector<Location> locations =
                    route.stripPath
                        ? std::vector<Location>{{"= " + path, base + (service.path.empty() ? "/" : service.path)},
                                                {path + "/", base + service.path + "/"}}
                        : std::vector<Location>{{"= " + path, base}, {path + "/", base}};
                for (const Location& location : locations) {
                    out << "        location " << location.match << " {\n";
                    if (route.keyAuth) {
                        out << "            error_page 401 = @magasin_unauthorized;\n"
                            << "            if ($magasin_consumer = \"\") {\n                return 401;\n            "
                               "}\n";
                    }
                    if (route.rateLimit) {
                        for (const Bucket& bucket : bucketsOf(route)) {
                            out << "            limit_req zone=" << bucket.zone << " burst=" << bucket.burst
                                << " nodelay;\n";
                        }
                        out << "            error_page 429 = @magasin_rate_limited_" << identifier(route.name) << ";\n";
                    }
                    out << "            error_page 502 503 504 = @magasin_bad_gateway;\n"
                        << "            proxy_next_upstream error timeout http_502 http_503;\n"
                        << "            proxy_next_upstream_tries 3;\n"
                        << "            proxy_set_header Host $host;\n"
                        << "            proxy_set_header Connection \"\";\n"
                        << "            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
                        << "            proxy_set_header X-Forwarded-Proto $scheme;\n"
                        << "            proxy_set_header " << requestIdHeader << " $magasin_request_id;\n"
                        << "            proxy_set_header X-Consumer-Username "
                        << (route.keyAuth ? "$magasin_consumer" : "\"\"") << ";\n";
                    if (route.stripPath) {
                        out << "            proxy_set_header X-Forwarded-Prefix " << path << ";\n";
                    }
                    for (const char* header : kConsumerHeaders) {
                        out << "            proxy_set_header " << header << " \"\";\n";
                    }
                    if (route.keyAuth && route.keyAuth->hideCredentials) {
                        out << "            proxy_set_header " << keyHeader << " \"\";\n";
                    }
                    if (config.echoRequestId) {
                        out << "            proxy_hide_header " << requestIdHeader << ";\n"
                            << "            add_header " << requestIdHeader << " $magasin_request_id always;\n";
                    }
                    for (const auto& [name, value] : route.addResponseHeaders) {
                        out << "            add_header " << name << " '" << value << "' always;\n";
                    }
                    out << "            proxy_pass " << location.pass << ";\n"
                        << "        }\n";
                }
            }
        }
    }
    out << "    }\n}\n";
    return {out.str(), consumerMap.str()};
}

}  // namespace magasin::gateway
