// The consumers' API keys, read from the environment variables kong.yml names, checked once for every renderer.
// Usage: ApiKeys keys = ApiKeys::fromEnvironment(config, ApiKeys::processEnvironment()); keys.consumerOf("...")
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "magasin/gateway/gateway_config.hpp"

namespace magasin::gateway {

class ApiKeys {
public:
    using Lookup = std::function<std::optional<std::string>(const std::string&)>;
    static constexpr std::size_t kMinimumLength = 32;

    // Throws KongConfigError naming the variable when one is unset, too short, not [A-Za-z0-9_-] or used twice.
    static ApiKeys fromEnvironment(const GatewayConfig& config, const Lookup& lookup);
    static Lookup processEnvironment();

    // key -> consumer username, for the gateway's key check.
    [[nodiscard]] const std::map<std::string, std::string>& consumersByKey() const { return m_consumersByKey; }
    // variable -> key, to fill in kong.yml's placeholders.
    [[nodiscard]] const std::map<std::string, std::string>& keysByVariable() const { return m_keysByVariable; }

    // kong.yml with every `${{ env "DECK_X" }}` replaced by its key: the file Kong reads in DB-less mode.
    [[nodiscard]] std::string fillPlaceholders(std::string_view kongYaml) const;

private:
    std::map<std::string, std::string> m_consumersByKey;
    std::map<std::string, std::string> m_keysByVariable;
};

}  // namespace magasin::gateway
