// Server configuration from environment variables (secrets also from NAME_FILE), with a --help that lists them.
// Usage: Config c("catalogue", {{"MAGASIN_PORT", "port to listen on", "8001"}}); c.load(); int port = c.integer(...);
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace magasin::server {

struct ConfigVar {
    std::string name;
    std::string description;
    std::optional<std::string> defaultValue;  // nullopt: required
    bool secret = false;                      // may come from NAME_FILE; never printed
};

// Every problem found while loading, one per line, so that an operator fixes them all at once.
class ConfigError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Config {
public:
    using Getenv = std::function<const char*(const char*)>;

    Config(std::string program, std::vector<ConfigVar> vars);

    // Reads every variable. Throws ConfigError naming each missing variable or unreadable NAME_FILE.
    void load(const Getenv& getenv);
    void load();  // from the process environment

    [[nodiscard]] const std::string& get(const std::string& name) const;
    // Parses an integer in [min, max]; throws ConfigError naming the variable and the accepted range.
    [[nodiscard]] long long integer(const std::string& name, long long min, long long max) const;
    [[nodiscard]] std::string help() const;

private:
    std::string m_program;
    std::vector<ConfigVar> m_vars;
    std::map<std::string, std::string, std::less<>> m_values;
};

}  // namespace magasin::server
