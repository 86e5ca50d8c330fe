#include "magasin/server/json_log.hpp"

#include <chrono>

#include "magasin/domain/time.hpp"

namespace magasin::server {

JsonLog::JsonLog(std::string service, std::string instance, std::FILE* out)
    : m_service(std::move(service)), m_instance(std::move(instance)), m_out(out) {}

void JsonLog::write(std::string_view level, std::string_view message, nlohmann::json fields) {
    if (!m_enabled) {
        return;
    }
    nlohmann::json line = {{"time", domain::toIso8601(domain::systemClock()())},
                           {"level", level},
                           {"service", m_service},
                           {"instance", m_instance},
                           {"message", message}};
    if (fields.is_object()) {
        line.update(fields);
    }
    const std::string text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    const std::lock_guard lock(m_mutex);
    std::fwrite(text.data(), 1, text.size(), m_out);
    std::fflush(m_out);
}

}  // namespace magasin::server
