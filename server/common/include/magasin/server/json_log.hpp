// One JSON object per line on standard error: the servers' log, readable by people and by log shippers.
// Usage: log.info("migrations applied", {{"count", 3}}); log.write("warn", "draining", {});
#pragma once

#include <cstdio>
#include <mutex>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace magasin::server {

class JsonLog {
public:
    JsonLog(std::string service, std::string instance, std::FILE* out = stderr);

    // Adds time, level, service and instance to `fields` and writes the line atomically.
    void write(std::string_view level, std::string_view message, nlohmann::json fields = nlohmann::json::object());
    void info(std::string_view message, nlohmann::json fields = nlohmann::json::object()) {
        write("info", message, std::move(fields));
    }
    void warn(std::string_view message, nlohmann::json fields = nlohmann::json::object()) {
        write("warn", message, std::move(fields));
    }
    void error(std::string_view message, nlohmann::json fields = nlohmann::json::object()) {
        write("error", message, std::move(fields));
    }
    void setEnabled(bool enabled) { m_enabled = enabled; }

private:
    std::string m_service;
    std::string m_instance;
    std::FILE* m_out;
    std::mutex m_mutex;
    bool m_enabled = true;
};

}  // namespace magasin::server
