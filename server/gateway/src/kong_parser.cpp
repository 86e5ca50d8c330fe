#include "magasin/gateway/kong_parser.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace magasin::gateway {

namespace {

[[noreturn]] void fail(const std::string& where, const std::string& what) {
    throw KongConfigError(where + ": " + what);
}

std::string at(const std::string& where, const std::string& key) {
    return where.empty() ? key : where + "." + key;
}
std::string at(const std::string& where, std::size_t index) {
    return where + "[" + std::to_string(index) + "]";
}

// Keys we read; any other key is refused so that an unsupported setting never passes unnoticed.
void onlyKeys(const YAML::Node& node, const std::string& where, std::initializer_list<std::string_view> known) {
    if (!node.IsMap()) {
        fail(where, "expected a mapping");
    }
    for (const auto& entry : node) {
        const auto key = entry.first.as<std::string>();
        if (std::find(known.begin(), known.end(), key) == known.end()) {
            fail(
                at(where, key), "not supported by the Magasin gateway renderer (supported here: " + [&] {
                    std::string list;
                    for (auto k : known) {
                        list += (list.empty() ? "" : ", ") + std::string(k);
                    }
                    return list;
                }() + ")");
        }
    }
}

template <typename T>
T scalar(const YAML::Node& node, const std::string& where) {
    if (!node.IsScalar()) {
        fail(where, "expected a single value");
    }
    try {
        return node.as<T>();
    } catch (const YAML::Exception&) {
        fail(where, "'" + node.Scalar() + "' is not a valid value here");
    }
}

template <typename T>
T optionalScalar(const YAML::Node& parent, const std::string& where, const char* key, T fallback) {
    const YAML::Node node = parent[key];
    return node ? scalar<T>(node, at(where, key)) : fallback;
}

std::string requiredString(const YAML::Node& parent, const std::string& where, const char* key) {
    const YAML::Node node = parent[key];
    if (!node) {
        fail(at(where, key), "is required");
    }
    auto value = scalar<std::string>(node, at(where, key));
    if (value.empty()) {
        fail(at(where, key), "must not be empty");
    }
    return value;
}

template <typename T>
std::vector<T> list(const YAML::Node& parent, const std::string& where, const char* key) {
    std::vector<T> values;
    const YAML::Node node = parent[key];
    if (!node) {
        return values;
    }
    if (!node.IsSequence()) {
        fail(at(where, key), "expected a list");
    }
    for (std::size_t i = 0; i < node.size(); ++i) {
        values.push_back(scalar<T>(node[i], at(at(where, key), i)));
    }
    return values;
}

// Every name Magasin gives becomes part of nginx identifiers and file names.
void checkName(const std::string& name, const std::string& where) {
    static const std::regex kName("[a-z0-9][a-z0-9-]*");
    if (!std::regex_match(name, kName)) {
        fail(where, "'" + name + "' must be lower-case letters, digits and dashes");
    }
}

int port(const std::string& text, const std::string& where) {
    int value = 0;
    try {
        std::size_t used = 0;
        value = std::stoi(text, &used);
        if (used != text.size()) {
            value = 0;
        }
    } catch (const std::exception&) {
        value = 0;
    }
    if (value < 1 || value > 65535) {
        fail(where, "'" + text + "' is not a port (1..65535)");
    }
    return value;
}

ActiveHealthCheck parseActive(const YAML::Node& node, const std::string& where) {
    onlyKeys(node, where, {"type", "http_path", "timeout", "concurrency", "healthy", "unhealthy"});
    if (optionalScalar<std::string>(node, where, "type", "http") != "http") {
        fail(at(where, "type"), "only http probes are supported");
    }
    ActiveHealthCheck check;
    check.httpPath = requiredString(node, where, "http_path");
    if (const YAML::Node healthy = node["healthy"]) {
        const std::string w = at(where, "healthy");
        onlyKeys(healthy, w, {"interval", "successes", "http_statuses"});
        check.healthyInterval = optionalScalar<int>(healthy, w, "interval", 0);
        check.healthySuccesses = optionalScalar<int>(healthy, w, "successes", 0);
    }
    if (const YAML::Node unhealthy = node["unhealthy"]) {
        const std::string w = at(where, "unhealthy");
        onlyKeys(unhealthy, w, {"interval", "tcp_failures", "timeouts", "http_failures", "http_statuses"});
        check.unhealthyInterval = optionalScalar<int>(unhealthy, w, "interval", 0);
    }
    return check;
}

PassiveHealthCheck parsePassive(const YAML::Node& node, const std::string& where) {
    onlyKeys(node, where, {"type", "healthy", "unhealthy"});
    if (optionalScalar<std::string>(node, where, "type", "http") != "http") {
        fail(at(where, "type"), "only http checks are supported");
    }
    if (const YAML::Node healthy = node["healthy"]) {
        onlyKeys(healthy, at(where, "healthy"), {"successes", "http_statuses"});
    }
    PassiveHealthCheck check;
    if (const YAML::Node unhealthy = node["unhealthy"]) {
        const std::string w = at(where, "unhealthy");
        onlyKeys(unhealthy, w, {"tcp_failures", "timeouts", "http_failures", "http_statuses"});
        check.tcpFailures = optionalScalar<int>(unhealthy, w, "tcp_failures", 0);
        check.timeouts = optionalScalar<int>(unhealthy, w, "timeouts", 0);
        check.httpFailures = optionalScalar<int>(unhealthy, w, "http_failures", 0);
        check.unhealthyStatuses = list<int>(unhealthy, w, "http_statuses");
    }
    return check;
}

Upstream parseUpstream(const YAML::Node& node, const std::string& where) {
    onlyKeys(node, where, {"name", "algorithm", "healthchecks", "targets"});
    Upstream upstream;
    upstream.name = requiredString(node, where, "name");
    checkName(upstream.name, at(where, "name"));
    upstream.algorithm = optionalScalar<std::string>(node, where, "algorithm", "round-robin");
    if (upstream.algorithm != "round-robin" && upstream.algorithm != "least-connections") {
        fail(at(where, "algorithm"), "'" + upstream.algorithm + "' is not supported (round-robin, least-connections)");
    }
    if (const YAML::Node checks = node["healthchecks"]) {
        const std::string w = at(where, "healthchecks");
        onlyKeys(checks, w, {"active", "passive", "threshold"});
        if (checks["active"]) {
            upstream.active = parseActive(checks["active"], at(w, "active"));
        }
        if (checks["passive"]) {
            upstream.passive = parsePassive(checks["passive"], at(w, "passive"));
        }
    }
    const YAML::Node targets = node["targets"];
    if (!targets || !targets.IsSequence() || targets.size() == 0) {
        fail(at(where, "targets"), "an upstream needs at least one target");
    }
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const std::string w = at(at(where, "targets"), i);
        onlyKeys(targets[i], w, {"target", "weight"});
        const std::string text = requiredString(targets[i], w, "target");
        const auto colon = text.rfind(':');
        if (colon == std::string::npos || colon == 0) {
            fail(at(w, "target"), "'" + text + "' must be host:port");
        }
        Target target{text.substr(0, colon), port(text.substr(colon + 1), at(w, "target")),
                      optionalScalar<int>(targets[i], w, "weight", 100)};
        upstream.targets.push_back(target);
    }
    return upstream;
}

KeyAuth parseKeyAuth(const YAML::Node& config, const std::string& where) {
    onlyKeys(config, where, {"key_names", "key_in_header", "key_in_query", "key_in_body", "hide_credentials"});
    KeyAuth auth;
    auth.keyNames = list<std::string>(config, where, "key_names");
    auth.keyInQuery = optionalScalar<bool>(config, where, "key_in_query", true);
    auth.keyInBody = optionalScalar<bool>(config, where, "key_in_body", false);
    auth.hideCredentials = optionalScalar<bool>(config, where, "hide_credentials", false);
    static const std::regex kHeader("[A-Za-z0-9-]+");
    if (auth.keyNames.size() != 1 || !std::regex_match(auth.keyNames.front(), kHeader)) {
        fail(at(where, "key_names"), "exactly one header name is supported");
    }
    if (!optionalScalar<bool>(config, where, "key_in_header", true)) {
        fail(at(where, "key_in_header"), "keys are read from the header only; it cannot be turned off");
    }
    if (auth.keyInQuery || auth.keyInBody) {
        fail(where,
             "a key in the query string or the body would leak into logs and caches: set key_in_query and "
             "key_in_body to false");
    }
    return auth;
}

RateLimit parseRateLimit(const YAML::Node& config, const std::string& where) {
    onlyKeys(config, where,
             {"second", "minute", "hour", "day", "month", "year", "limit_by", "policy", "hide_client_headers",
              "error_code", "error_message", "fault_tolerant"});
    for (const char* window : {"hour", "day", "month", "year"}) {
        if (config[window]) {
            fail(at(where, window), "only the second and minute windows are supported");
        }
    }
    if (optionalScalar<int>(config, where, "error_code", 429) != 429) {
        fail(at(where, "error_code"), "Magasin answers 429 when a limit is reached");
    }
    RateLimit limit;
    limit.perSecond = optionalScalar<int>(config, where, "second", 0);
    limit.perMinute = optionalScalar<int>(config, where, "minute", 0);
    if (limit.perSecond < 0 || limit.perMinute < 0 || (limit.perSecond == 0 && limit.perMinute == 0)) {
        fail(where, "needs a positive 'second' or 'minute' limit");
    }
    const auto by = optionalScalar<std::string>(config, where, "limit_by", "consumer");
    if (by == "consumer") {
        limit.limitBy = LimitBy::kConsumer;
    } else if (by == "ip") {
        limit.limitBy = LimitBy::kIp;
    } else {
        fail(at(where, "limit_by"), "'" + by + "' is not supported (consumer, ip)");
    }
    return limit;
}

std::vector<std::pair<std::string, std::string>> parseResponseTransformer(const YAML::Node& config,
                                                                          const std::string& where) {
    onlyKeys(config, where, {"add"});
    const std::string w = at(where, "add");
    onlyKeys(config["add"], w, {"headers"});
    std::vector<std::pair<std::string, std::string>> headers;
    for (const std::string& entry : list<std::string>(config["add"], w, "headers")) {
        const auto colon = entry.find(':');
        if (colon == std::string::npos || colon == 0) {
            fail(at(w, "headers"), "'" + entry + "' must be Name:value");
        }
        std::string value = entry.substr(colon + 1);
        value.erase(0, value.find_first_not_of(' '));
        if (value.find_first_of("'\\\n") != std::string::npos) {
            fail(at(w, "headers"), "'" + entry + "' must not contain quotes, backslashes or line breaks");
        }
        headers.emplace_back(entry.substr(0, colon), value);
    }
    return headers;
}

// Applies one plugin to a route (route-level plugins are applied after, and so win over, service-level ones).
void applyPlugin(const YAML::Node& plugin, const std::string& where, Route& route) {
    onlyKeys(plugin, where, {"name", "config", "enabled"});
    const std::string name = requiredString(plugin, where, "name");
    if (!optionalScalar<bool>(plugin, where, "enabled", true)) {
        return;
    }
    const YAML::Node config = plugin["config"] ? plugin["config"] : YAML::Node(YAML::NodeType::Map);
    const std::string w = where + " (" + name + ").config";
    if (name == "key-auth") {
        route.keyAuth = parseKeyAuth(config, w);
    } else if (name == "rate-limiting") {
        route.rateLimit = parseRateLimit(config, w);
    } else if (name == "response-transformer") {
        route.addResponseHeaders = parseResponseTransformer(config, w);
    } else {
        fail(where, "plugin '" + name +
                        "' is not supported on a service or route (key-auth, rate-limiting, "
                        "response-transformer)");
    }
}

void forEach(const YAML::Node& parent, const std::string& where, const char* key,
             const std::function<void(const YAML::Node&, const std::string&)>& visit) {
    const YAML::Node node = parent[key];
    if (!node) {
        return;
    }
    if (!node.IsSequence()) {
        fail(at(where, key), "expected a list");
    }
    for (std::size_t i = 0; i < node.size(); ++i) {
        visit(node[i], at(at(where, key), i));
    }
}

Route parseRoute(const YAML::Node& node, const std::string& where, const YAML::Node& servicePlugins,
                 const std::string& serviceWhere) {
    onlyKeys(node, where, {"name", "paths", "strip_path", "protocols", "plugins", "preserve_host"});
    Route route;
    route.name = requiredString(node, where, "name");
    checkName(route.name, at(where, "name"));
    route.stripPath = optionalScalar<bool>(node, where, "strip_path", true);
    route.paths = list<std::string>(node, where, "paths");
    if (route.paths.empty()) {
        fail(at(where, "paths"), "a route needs at least one path prefix");
    }
    static const std::regex kPath("(/[A-Za-z0-9._-]+)+/?");
    for (std::string& path : route.paths) {
        if (!std::regex_match(path, kPath)) {
            fail(at(where, "paths"), "'" + path + "' must be a plain prefix such as /api/catalogue (no regex)");
        }
        if (path.back() == '/') {
            path.pop_back();
        }
    }
    for (const std::string& protocol : list<std::string>(node, where, "protocols")) {
        if (protocol != "http" && protocol != "https") {
            fail(at(where, "protocols"), "'" + protocol + "' is not supported (http, https)");
        }
    }
    if (servicePlugins) {
        for (std::size_t i = 0; i < servicePlugins.size(); ++i) {
            applyPlugin(servicePlugins[i], at(at(serviceWhere, "plugins"), i), route);
        }
    }
    forEach(node, where, "plugins",
            [&](const YAML::Node& plugin, const std::string& w) { applyPlugin(plugin, w, route); });
    return route;
}

Service parseService(const YAML::Node& node, const std::string& where) {
    onlyKeys(node, where,
             {"name", "protocol", "host", "port", "path", "routes", "plugins", "connect_timeout", "read_timeout",
              "write_timeout", "retries"});
    Service service;
    service.name = requiredString(node, where, "name");
    checkName(service.name, at(where, "name"));
    if (optionalScalar<std::string>(node, where, "protocol", "http") != "http") {
        fail(at(where, "protocol"), "only http upstreams are supported");
    }
    service.host = requiredString(node, where, "host");
    checkName(service.host, at(where, "host"));
    service.port = port(optionalScalar<std::string>(node, where, "port", "80"), at(where, "port"));
    service.path = optionalScalar<std::string>(node, where, "path", "");
    static const std::regex kPath("(/[A-Za-z0-9._-]+)*");
    if (!std::regex_match(service.path, kPath)) {
        fail(at(where, "path"), "'" + service.path + "' must be a plain path such as /v1/sessions");
    }
    const YAML::Node plugins = node["plugins"];
    if (plugins && !plugins.IsSequence()) {
        fail(at(where, "plugins"), "expected a list");
    }
    forEach(node, where, "routes", [&](const YAML::Node& route, const std::string& w) {
        service.routes.push_back(parseRoute(route, w, plugins, where));
        if (!service.routes.back().stripPath && !service.path.empty()) {
            fail(w, "a route that keeps its prefix cannot go to a service with a path");
        }
    });
    if (service.routes.empty()) {
        fail(at(where, "routes"), "a service without routes receives nothing; remove it or give it a route");
    }
    return service;
}

Consumer parseConsumer(const YAML::Node& node, const std::string& where) {
    onlyKeys(node, where, {"username", "keyauth_credentials"});
    Consumer consumer;
    consumer.username = requiredString(node, where, "username");
    checkName(consumer.username, at(where, "username"));
    forEach(node, where, "keyauth_credentials", [&](const YAML::Node& credential, const std::string& w) {
        onlyKeys(credential, w, {"key"});
        const std::string key = requiredString(credential, w, "key");
        if (key.rfind("{vault://", 0) == 0) {
            fail(at(w, "key"),
                 "Kong does not resolve vault references in key-auth keys (it would take the text as "
                 "the key): use ${{ env \"DECK_NAME\" }}");
        }
        const auto variable = KongParser::envPlaceholder(key);
        if (!variable) {
            fail(at(w, "key"), "API keys are never committed: write ${{ env \"DECK_NAME\" }} and set DECK_NAME");
        }
        consumer.keyVariables.push_back(*variable);
    });
    if (consumer.keyVariables.empty()) {
        fail(at(where, "keyauth_credentials"), "a consumer needs a key");
    }
    return consumer;
}

void parseGlobalPlugin(const YAML::Node& plugin, const std::string& where, GatewayConfig& config) {
    onlyKeys(plugin, where, {"name", "config", "enabled"});
    const std::string name = requiredString(plugin, where, "name");
    if (!optionalScalar<bool>(plugin, where, "enabled", true)) {
        return;
    }
    const YAML::Node settings = plugin["config"] ? plugin["config"] : YAML::Node(YAML::NodeType::Map);
    const std::string w = where + " (" + name + ").config";
    if (name == "correlation-id") {
        onlyKeys(settings, w, {"header_name", "generator", "echo_downstream"});
        config.requestIdHeader = optionalScalar<std::string>(settings, w, "header_name", "Kong-Request-ID");
        config.echoRequestId = optionalScalar<bool>(settings, w, "echo_downstream", false);
        static const std::regex kHeader("[A-Za-z0-9-]+");
        if (!std::regex_match(config.requestIdHeader, kHeader)) {
            fail(at(w, "header_name"), "'" + config.requestIdHeader + "' is not a header name");
        }
    } else if (name == "prometheus") {
        config.prometheus = true;
    } else {
        fail(where, "global plugin '" + name + "' is not supported (correlation-id, prometheus)");
    }
}

void checkUnique(const std::vector<std::string>& names, const std::string& what) {
    std::set<std::string> seen;
    for (const std::string& name : names) {
        if (!seen.insert(name).second) {
            throw KongConfigError(what + " '" + name + "' appears twice");
        }
    }
}

}  // namespace

std::optional<std::string> KongParser::envPlaceholder(std::string_view text) {
    static const std::regex kPlaceholder(KongParser::kEnvPlaceholderPattern);
    std::match_results<std::string_view::const_iterator> match;
    if (std::regex_match(text.begin(), text.end(), match, kPlaceholder)) {
        return match[1].str();
    }
    return std::nullopt;
}

GatewayConfig KongParser::parse(std::string_view yamlText) {
    YAML::Node root;
    try {
        root = YAML::Load(std::string(yamlText));
    } catch (const YAML::Exception& e) {
        throw KongConfigError(std::string("not valid YAML: ") + e.what());
    }
    onlyKeys(root, "", {"_format_version", "_transform", "upstreams", "services", "consumers", "plugins"});
    if (optionalScalar<std::string>(root, "", "_format_version", "") != "3.0") {
        fail("_format_version", "must be \"3.0\" (Kong 3.x declarative format)");
    }
    GatewayConfig config;
    forEach(root, "", "upstreams",
            [&](const YAML::Node& n, const std::string& w) { config.upstreams.push_back(parseUpstream(n, w)); });
    forEach(root, "", "services",
            [&](const YAML::Node& n, const std::string& w) { config.services.push_back(parseService(n, w)); });
    forEach(root, "", "consumers",
            [&](const YAML::Node& n, const std::string& w) { config.consumers.push_back(parseConsumer(n, w)); });
    forEach(root, "", "plugins", [&](const YAML::Node& n, const std::string& w) { parseGlobalPlugin(n, w, config); });

    std::vector<std::string> names;
    std::vector<std::string> paths;
    std::vector<std::string> usernames;
    std::vector<std::string> upstreamNames;
    for (const Upstream& upstream : config.upstreams) {
        upstreamNames.push_back(upstream.name);
    }
    for (const Service& service : config.services) {
        for (const Route& route : service.routes) {
            names.push_back(route.name);
            paths.insert(paths.end(), route.paths.begin(), route.paths.end());
        }
    }
    for (const Consumer& consumer : config.consumers) {
        usernames.push_back(consumer.username);
    }
    checkUnique(upstreamNames, "upstream");
    checkUnique(names, "route name");
    checkUnique(paths, "route path");
    checkUnique(usernames, "consumer");
    return config;
}

GatewayConfig KongParser::parseFile(const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in) {
        throw KongConfigError("cannot read " + path.string());
    }
    std::ostringstream text;
    text << in.rdbuf();
    try {
        return parse(text.str());
    } catch (const KongConfigError& e) {
        throw KongConfigError(path.string() + ": " + e.what());
    }
}

}  // namespace magasin::gateway
