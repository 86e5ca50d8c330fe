#include "magasin/server/server_main.hpp"
#include "magasin/server/process_memory.hpp"

#include <pthread.h>
#include <signal.h>

#include <chrono>
#include <cstdio>
#include <string_view>
#include <thread>

namespace magasin::server {

std::vector<ConfigVar> commonConfigVars(const ServerDefinition& definition) {
    return {
        {"MAGASIN_HOST", "address to listen on", "127.0.0.1"},
        {"MAGASIN_PORT", "port to listen on (0 picks a free one)", std::to_string(definition.defaultPort)},
        {"MAGASIN_INSTANCE", "instance name in logs and the X-Instance-Id header",
         definition.name + "-" + std::to_string(definition.defaultPort)},
        {"MAGASIN_WORKERS", "HTTP worker threads, one per keep-alive connection, idle ones included (1..1024)",
         std::to_string(HttpOptions{}.workers)},
        {"MAGASIN_DB_CONNECTIONS", "PostgreSQL connections of the server's pool; requests beyond wait (1..1024)",
         std::to_string(HttpOptions{}.databaseConnections)},
        {"MAGASIN_MAX_BODY_BYTES", "largest request body accepted; larger ones get 413", "1048576"},
        {"MAGASIN_DRAIN_SECONDS", "on SIGTERM, seconds to answer 503 on /health/ready before stopping", "0"},
        {"MAGASIN_LOG_REQUESTS", "1 to log one JSON line per request, 0 to log only events", "1"},
    };
}

int runServer(int argc, char** argv, const ServerDefinition& definition) {
    std::vector<ConfigVar> vars = commonConfigVars(definition);
    vars.insert(vars.end(), definition.vars.begin(), definition.vars.end());
    const std::string program = "magasin-" + definition.name;
    Config config(program, vars);
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::fputs(config.help().c_str(), stdout);
            return 0;
        }
        std::fprintf(stderr, "%s: unknown argument %s (configuration comes from the environment; see --help)\n",
                     program.c_str(), argv[i]);
        return 2;
    }

    returnLargeBlocksToTheSystem();
    // Signals are taken by one thread with sigwait; block them before any other thread exists.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    std::unique_ptr<Service> service;
    int port = 0;
    std::string host;
    long long drainSeconds = 0;
    try {
        config.load();
        host = config.get("MAGASIN_HOST");
        const auto wantedPort = static_cast<int>(config.integer("MAGASIN_PORT", 0, 65535));
        drainSeconds = config.integer("MAGASIN_DRAIN_SECONDS", 0, 300);
        HttpOptions options;
        options.workers = static_cast<int>(config.integer("MAGASIN_WORKERS", 1, 1024));
        options.databaseConnections = static_cast<int>(config.integer("MAGASIN_DB_CONNECTIONS", 1, 1024));
        options.maxBodyBytes = static_cast<std::size_t>(config.integer("MAGASIN_MAX_BODY_BYTES", 1024, 64 << 20));
        options.logRequests = config.integer("MAGASIN_LOG_REQUESTS", 0, 1) == 1;
        const ServiceInfo info{definition.name, config.get("MAGASIN_INSTANCE"), MAGASIN_VERSION};
        service = definition.build(config, info, options);
        port = service->app().bind(host, wantedPort);
    } catch (const ConfigError& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s: cannot start: %s\n", program.c_str(), e.what());
        return 1;
    }

    HttpApp& app = service->app();
    app.log().info("listening", {{"host", host}, {"port", port}});
    std::thread stopper([&app, signals, drainSeconds] {
        int received = 0;
        sigwait(&signals, &received);
        app.log().info("stopping", {{"signal", received == SIGTERM ? "SIGTERM" : "SIGINT"}});
        app.drain();
        std::this_thread::sleep_for(std::chrono::seconds(drainSeconds));
        app.stop();
    });
    app.serve();  // returns once stop() has let in-flight requests finish
    if (stopper.joinable()) {
        // serve() can only end through the stopper (or a listen failure): make sure it is not left waiting.
        pthread_kill(stopper.native_handle(), SIGTERM);
        stopper.join();
    }
    app.log().info("stopped", {});
    service.reset();
    return 0;
}

}  // namespace magasin::server
