#include "magasin/server/config.hpp"

#include <charconv>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace magasin::server {

Config::Config(std::string program, std::vector<ConfigVar> vars)
    : m_program(std::move(program)), m_vars(std::move(vars)) {}

void Config::load() {
    load([](const char* name) { return std::getenv(name); });
}

void Config::load(const Getenv& getenv) {
    std::vector<std::string> problems;
    for (const ConfigVar& var : m_vars) {
        const char* direct = getenv(var.name.c_str());
        const char* file = var.secret ? getenv((var.name + "_FILE").c_str()) : nullptr;
        if (direct != nullptr && *direct != '\0') {
            m_values[var.name] = direct;
        } else if (file != nullptr && *file != '\0') {
            std::ifstream in(file);
            if (!in) {
                problems.push_back(var.name + "_FILE: cannot read " + file);
                continue;
            }
            std::stringstream text;
            text << in.rdbuf();
            std::string value = text.str();
            while (!value.empty() && (value.back() == '\n' || value.back() == '\r')) {
                value.pop_back();
            }
            m_values[var.name] = value;
        } else if (var.defaultValue) {
            m_values[var.name] = *var.defaultValue;
        } else {
            problems.push_back(var.name + " is required: " + var.description);
        }
    }
    if (!problems.empty()) {
        std::string message = m_program + ": invalid configuration";
        for (const auto& p : problems) {
            message += "\n  " + p;
        }
        throw ConfigError(message + "\n(run " + m_program + " --help for the list)");
    }
}

const std::string& Config::get(const std::string& name) const {
    const auto it = m_values.find(name);
    if (it == m_values.end()) {
        throw ConfigError(m_program + ": " + name + " is not a configuration variable of this server");
    }
    return it->second;
}

long long Config::integer(const std::string& name, long long min, long long max) const {
    const std::string& text = get(name);
    long long value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < min || value > max) {
        throw ConfigError(m_program + ": " + name + "=\"" + text + "\" must be a whole number from " +
                          std::to_string(min) + " to " + std::to_string(max));
    }
    return value;
}

std::string Config::help() const {
    std::string text = "Usage: " + m_program + " [--help]\n\nConfigured by environment variables:\n";
    for (const ConfigVar& var : m_vars) {
        text += "  " + var.name + "\n      " + var.description;
        if (var.defaultValue) {
            text += var.secret ? " (default: generated for development)" : " (default: " + *var.defaultValue + ")";
        } else {
            text += " (required)";
        }
        if (var.secret) {
            text += "\n      secret: may instead be read from the file named by " + var.name + "_FILE";
        }
        text += "\n";
    }
    return text;
}

}  // namespace magasin::server
