// Renders the local gateway's nginx configuration from a GatewayConfig: the same routes, upstreams, key check,
// limits and headers as Kong applies from kong.yml. Usage:
//   RenderedNginx out = NginxRenderer(options).render(config, keys); write out.nginxConf and out.consumerMap
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "magasin/gateway/api_keys.hpp"
#include "magasin/gateway/gateway_config.hpp"

namespace magasin::gateway {

struct NginxOptions {
    std::string listenAddress = "127.0.0.1";
    int httpPort = 8080;
    int httpsPort = 8443;                    // 0: no TLS listener
    std::string upstreamHost = "127.0.0.1";  // replaces every target host; "" keeps kong.yml's hosts
    std::map<int, int> portMap;              // kong.yml port -> local port (tests run stand-ins on free ports)
    std::filesystem::path prefix;            // runtime folder: logs/, temp/, nginx.pid
    std::filesystem::path consumerMapFile;   // where the key -> consumer map is written (kept out of nginx.conf)
    std::filesystem::path tlsCertificate;
    std::filesystem::path tlsKey;
    int workerProcesses = 2;
    // Idle keep-alive connections each nginx worker keeps to an upstream, and how long: fewer in all than a server
    // has threads (HttpOptions::workers), and closed before the server's own keep-alive timeout (5 s), so that nginx
    // never reuses a connection the server is closing (a POST on it would fail as a 502).
    int upstreamIdleConnections = 32;
    int upstreamIdleSeconds = 4;
};

struct RenderedNginx {
    std::string nginxConf;
    std::string consumerMap;  // holds the keys: write it readable by the gateway only
};

class NginxRenderer {
public:
    explicit NginxRenderer(NginxOptions options);

    [[nodiscard]] RenderedNginx render(const GatewayConfig& config, const ApiKeys& keys) const;

private:
    [[nodiscard]] int localPort(int port) const;
    [[nodiscard]] std::string targetHost(const std::string& host) const;

    NginxOptions m_options;
};

}  // namespace magasin::gateway
