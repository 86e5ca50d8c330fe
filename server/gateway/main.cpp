// magasin-gateway-render: kong.yml -> the local nginx gateway's configuration, or -> the copy Kong deploys.
#include "magasin/gateway/api_keys.hpp"
#include "magasin/gateway/kong_parser.hpp"
#include "magasin/gateway/nginx_renderer.hpp"

#include <sys/stat.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string_view>

using namespace magasin::gateway;
namespace fs = std::filesystem;

namespace {

constexpr const char* kUsage = R"(Usage:
  magasin-gateway-render --config kong.yml --nginx PREFIX [options]   render PREFIX/conf/nginx.conf (+ consumers.map)
  magasin-gateway-render --config kong.yml --kong FILE                write kong.yml with its API keys filled in
  magasin-gateway-render --config kong.yml --check                    check that the file is within what we render
Options for --nginx:
  --listen ADDR          address to listen on (default 127.0.0.1)
  --http-port N          plain HTTP port (default 8080)
  --https-port N         TLS port, 0 for none (default 8443); certificate PREFIX/tls/gateway.crt and .key
  --upstream-host HOST   host of every upstream target (default 127.0.0.1; "" keeps kong.yml's hosts)
  --port-map P=Q[,...]   send what kong.yml sends to port P to port Q instead
API keys come from the DECK_MAGASIN_API_KEY_* variables kong.yml names (server/gateway/dev-keys makes dev ones).
)";

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

int number(std::string_view text, std::string_view option) {
    try {
        std::size_t used = 0;
        const int value = std::stoi(std::string(text), &used);
        if (used == text.size() && value >= 0 && value <= 65535) {
            return value;
        }
    } catch (const std::exception&) {
    }
    throw UsageError(std::string(option) + ": '" + std::string(text) + "' is not a port");
}

std::map<int, int> portMap(std::string_view text) {
    std::map<int, int> map;
    std::istringstream in{std::string(text)};
    std::string pair;
    while (std::getline(in, pair, ',')) {
        const auto equals = pair.find('=');
        if (equals == std::string::npos) {
            throw UsageError("--port-map: '" + pair + "' must be PORT=PORT");
        }
        map[number(pair.substr(0, equals), "--port-map")] = number(pair.substr(equals + 1), "--port-map");
    }
    return map;
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path);
    if (!in) {
        throw KongConfigError("cannot read " + path.string());
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Written next to the target and renamed over it, so that a running nginx never reads half a file.
void writeFile(const fs::path& path, const std::string& text, fs::perms perms) {
    fs::create_directories(path.parent_path());
    const fs::path temporary = path.string() + ".tmp";
    {
        std::ofstream out(temporary, std::ios::trunc);
        fs::permissions(temporary, perms);
        out << text;
        if (!out.flush()) {
            throw std::runtime_error("cannot write " + temporary.string());
        }
    }
    fs::rename(temporary, path);
}

}  // namespace

int main(int argc, char** argv) {
    fs::path configPath;
    fs::path nginxPrefix;
    fs::path kongOut;
    bool check = false;
    NginxOptions options;
    try {
        for (int i = 1; i < argc; ++i) {
            const std::string_view arg = argv[i];
            auto value = [&]() -> std::string_view {
                if (i + 1 >= argc) {
                    throw UsageError(std::string(arg) + " needs a value");
                }
                return argv[++i];
            };
            if (arg == "--help" || arg == "-h") {
                std::fputs(kUsage, stdout);
                return 0;
            } else if (arg == "--config") {
                configPath = value();
            } else if (arg == "--nginx") {
                nginxPrefix = value();
            } else if (arg == "--kong") {
                kongOut = value();
            } else if (arg == "--check") {
                check = true;
            } else if (arg == "--listen") {
                options.listenAddress = value();
            } else if (arg == "--http-port") {
                options.httpPort = number(value(), arg);
            } else if (arg == "--https-port") {
                options.httpsPort = number(value(), arg);
            } else if (arg == "--upstream-host") {
                options.upstreamHost = value();
            } else if (arg == "--port-map") {
                options.portMap = portMap(value());
            } else {
                throw UsageError("unknown argument " + std::string(arg));
            }
        }
        if (configPath.empty() || (nginxPrefix.empty() && kongOut.empty() && !check)) {
            throw UsageError("give --config and one of --nginx, --kong, --check");
        }
    } catch (const UsageError& e) {
        std::fprintf(stderr, "magasin-gateway-render: %s\n%s", e.what(), kUsage);
        return 2;
    }

    try {
        const std::string text = readFile(configPath);
        GatewayConfig config;
        try {
            config = KongParser::parse(text);
        } catch (const KongConfigError& e) {
            throw KongConfigError(configPath.string() + ": " + e.what());
        }
        if (check) {
            std::printf("%s: %zu services, %zu upstreams, %zu consumers\n", configPath.c_str(), config.services.size(),
                        config.upstreams.size(), config.consumers.size());
            return 0;
        }
        const ApiKeys keys = ApiKeys::fromEnvironment(config, ApiKeys::processEnvironment());
        const auto secret = fs::perms::owner_read | fs::perms::owner_write;
        if (!kongOut.empty()) {
            writeFile(kongOut, keys.fillPlaceholders(text), secret);
            std::printf("%s\n", kongOut.c_str());
        }
        if (!nginxPrefix.empty()) {
            options.prefix = fs::absolute(nginxPrefix);
            options.consumerMapFile = options.prefix / "conf" / "consumers.map";
            options.tlsCertificate = options.prefix / "tls" / "gateway.crt";
            options.tlsKey = options.prefix / "tls" / "gateway.key";
            const RenderedNginx rendered = NginxRenderer(options).render(config, keys);
            for (const char* folder : {"logs", "temp", "conf"}) {
                fs::create_directories(options.prefix / folder);
            }
            writeFile(options.consumerMapFile, rendered.consumerMap, secret);
            const fs::path conf = options.prefix / "conf" / "nginx.conf";
            writeFile(conf, rendered.nginxConf, secret | fs::perms::group_read | fs::perms::others_read);
            std::printf("%s\n", conf.c_str());
        }
        return 0;
    } catch (const KongConfigError& e) {
        std::fprintf(stderr, "magasin-gateway-render: %s\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "magasin-gateway-render: %s\n", e.what());
        return 1;
    }
}
