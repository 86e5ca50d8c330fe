// The part of a Kong declarative config that Magasin uses, as plain data: services, routes, upstreams, consumers
// and the edge policy on them. Usage: GatewayConfig c = KongParser::parseFile("kong.yml"); for (auto& s : c.services)
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace magasin::gateway {

struct Target {
    std::string host;
    int port = 0;
    int weight = 100;
    friend bool operator==(const Target&, const Target&) = default;
};

// Kong's active probe: the target is requested on httpPath every interval seconds.
struct ActiveHealthCheck {
    std::string httpPath;
    int healthyInterval = 0;    // seconds between probes of a healthy target (0: none)
    int unhealthyInterval = 0;  // seconds between probes of an unhealthy target (0: none)
    int healthySuccesses = 0;   // probes answered well before an unhealthy target comes back
};

// Kong's circuit breaker on proxied traffic.
struct PassiveHealthCheck {
    int tcpFailures = 0;
    int timeouts = 0;
    int httpFailures = 0;
    std::vector<int> unhealthyStatuses;
};

struct Upstream {
    std::string name;
    std::string algorithm = "round-robin";
    std::vector<Target> targets;
    std::optional<ActiveHealthCheck> active;
    std::optional<PassiveHealthCheck> passive;
};

struct KeyAuth {
    std::vector<std::string> keyNames;  // header names; Magasin uses exactly one
    bool keyInQuery = false;
    bool keyInBody = false;
    bool hideCredentials = true;
};

enum class LimitBy { kConsumer, kIp };

// One rate-limiting plugin; only the second and minute windows are used (nginx can express no longer ones).
struct RateLimit {
    LimitBy limitBy = LimitBy::kConsumer;
    int perSecond = 0;  // 0: no limit on this window
    int perMinute = 0;
};

struct Route {
    std::string name;
    std::vector<std::string> paths;  // prefixes, without a trailing slash
    bool stripPath = true;
    std::optional<KeyAuth> keyAuth;
    std::optional<RateLimit> rateLimit;
    std::vector<std::pair<std::string, std::string>> addResponseHeaders;  // response-transformer add.headers
};

struct Service {
    std::string name;
    std::string host;  // an upstream's name or a host name
    int port = 80;
    std::string path;  // prefix put before what the route leaves of the request path ("" for none)
    std::vector<Route> routes;
};

struct Consumer {
    std::string username;
    std::vector<std::string> keyVariables;  // environment variables holding this consumer's API keys
};

struct GatewayConfig {
    std::vector<Upstream> upstreams;
    std::vector<Service> services;
    std::vector<Consumer> consumers;
    std::string requestIdHeader;  // correlation-id header_name ("" when the plugin is absent)
    bool echoRequestId = false;
    bool prometheus = false;

    // The upstream a service proxies to, or nullptr when its host is a plain host name.
    [[nodiscard]] const Upstream* upstreamOf(const Service& service) const;
    // Where a service's traffic goes: the upstream's targets, or its own host and port.
    [[nodiscard]] std::vector<Target> targetsOf(const Service& service) const;
};

}  // namespace magasin::gateway
