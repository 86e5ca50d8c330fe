// The shared main() of every context server: config from the environment, --help, bind, serve, and a clean stop on
// SIGTERM/SIGINT (drain, finish in-flight requests, exit 0).  Usage, in server/<ctx>/main.cpp:
//   int main(int argc, char** argv) { return magasin::server::runServer(argc, argv, magasin::catalogue::definition());
//   }
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "magasin/server/config.hpp"
#include "magasin/server/http_app.hpp"

namespace magasin::server {

// What a running server owns (its HttpApp, database pool, background workers). Destroyed after the app stops.
class Service {
public:
    virtual ~Service() = default;
    virtual HttpApp& app() = 0;
};

struct ServerDefinition {
    std::string name;  // "catalogue"
    int defaultPort = 0;
    std::vector<ConfigVar> vars;  // the server's own variables, besides the common ones
    // Builds the service from the loaded configuration; may throw ConfigError or std::exception (clear message).
    std::function<std::unique_ptr<Service>(const Config&, const ServiceInfo&, const HttpOptions&)> build;
};

// The variables every server reads: MAGASIN_HOST, MAGASIN_PORT, MAGASIN_INSTANCE, MAGASIN_WORKERS,
// MAGASIN_MAX_BODY_BYTES, MAGASIN_DRAIN_SECONDS, MAGASIN_LOG_REQUESTS.
std::vector<ConfigVar> commonConfigVars(const ServerDefinition& definition);

// Returns the process exit code: 0 after a clean stop, 2 for bad configuration, 1 when the server cannot start.
int runServer(int argc, char** argv, const ServerDefinition& definition);

}  // namespace magasin::server
