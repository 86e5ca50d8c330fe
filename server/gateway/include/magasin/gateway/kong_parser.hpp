// Reads a Kong 3.x DB-less declarative config (the subset Magasin uses) into a GatewayConfig; anything outside that
// subset is an error, so that no policy in kong.yml is silently missing from the gateway rendered from it.
// Usage: GatewayConfig config = KongParser::parseFile("server/gateway/kong.yml");  // throws KongConfigError
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "magasin/gateway/gateway_config.hpp"

namespace magasin::gateway {

// What is wrong and where: "services[2].routes[0].plugins[1] (rate-limiting): the 'hour' window is not supported".
class KongConfigError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class KongParser {
public:
    // decK's placeholder for an environment variable (decK only reads variables named DECK_*).
    static constexpr const char* kEnvPlaceholderPattern = R"re(\$\{\{\s*env\s+"(DECK_[A-Z0-9_]+)"\s*\}\})re";

    static GatewayConfig parse(std::string_view yamlText);
    static GatewayConfig parseFile(const std::filesystem::path& path);

    // The variable named by a decK environment placeholder `${{ env "DECK_NAME" }}`, or nothing when the text is not
    // exactly one such placeholder.
    static std::optional<std::string> envPlaceholder(std::string_view text);
};

}  // namespace magasin::gateway
