#include "magasin/gateway/api_keys.hpp"

#include "magasin/gateway/kong_parser.hpp"

#include <cstdlib>
#include <regex>

namespace magasin::gateway {

ApiKeys ApiKeys::fromEnvironment(const GatewayConfig& config, const Lookup& lookup) {
    static const std::regex kKey("[A-Za-z0-9_-]+");
    ApiKeys keys;
    for (const Consumer& consumer : config.consumers) {
        for (const std::string& variable : consumer.keyVariables) {
            const std::optional<std::string> key = lookup(variable);
            if (!key || key->empty()) {
                throw KongConfigError(variable + " is not set: it holds the API key of consumer " + consumer.username +
                                      " (server/gateway/dev-keys generates development keys)");
            }
            if (key->size() < kMinimumLength || !std::regex_match(*key, kKey)) {
                throw KongConfigError(variable + " must be at least " + std::to_string(kMinimumLength) +
                                      " characters of A-Z, a-z, 0-9, '_' or '-' (e.g. openssl rand -hex 32)");
            }
            if (!keys.m_consumersByKey.emplace(*key, consumer.username).second) {
                throw KongConfigError(variable +
                                      " holds a key already given to another credential; every key "
                                      "must be unique");
            }
            keys.m_keysByVariable.emplace(variable, *key);
        }
    }
    return keys;
}

ApiKeys::Lookup ApiKeys::processEnvironment() {
    return [](const std::string& name) -> std::optional<std::string> {
        const char* value = std::getenv(name.c_str());
        return value ? std::optional<std::string>(value) : std::nullopt;
    };
}

std::string ApiKeys::fillPlaceholders(std::string_view kongYaml) const {
    static const std::regex kPlaceholder(KongParser::kEnvPlaceholderPattern);
    std::string out;
    auto begin = kongYaml.begin();
    std::match_results<std::string_view::const_iterator> match;
    while (std::regex_search(begin, kongYaml.end(), match, kPlaceholder)) {
        out.append(begin, match[0].first);
        const auto found = m_keysByVariable.find(match[1].str());
        if (found == m_keysByVariable.end()) {
            throw KongConfigError("kong.yml uses " + match[1].str() + " outside a consumer's key");
        }
        out += found->second;
        begin = match[0].second;
    }
    out.append(begin, kongYaml.end());
    return out;
}

}  // namespace magasin::gateway
