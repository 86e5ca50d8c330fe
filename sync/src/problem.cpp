#include "magasin/sync/problem.hpp"

#include <nlohmann/json.hpp>

namespace magasin::sync {

Problem Problem::make(int status, std::string_view code, std::string title, std::string detail) {
    Problem p;
    p.status = status;
    p.type = std::string(kTypeBase) + std::string(code);
    p.title = std::move(title);
    p.detail = std::move(detail);
    return p;
}

std::string Problem::code() const {
    const std::string base = kTypeBase;
    return type.rfind(base, 0) == 0 ? type.substr(base.size()) : type;
}

void to_json(nlohmann::json& j, const Problem& p) {
    j = nlohmann::json::object();
    if (p.extensions && p.extensions->is_object()) {
        j = *p.extensions;
    }
    j["type"] = p.type;
    j["title"] = p.title;
    j["status"] = p.status;
    j["detail"] = p.detail;
    if (!p.requestId.empty()) {
        j["request_id"] = p.requestId;
    }
    if (!p.errors.empty()) {
        auto& errors = j["errors"] = nlohmann::json::array();
        for (const auto& e : p.errors) {
            errors.push_back({{"field", e.field}, {"rule", e.rule}, {"message", e.message}});
        }
    }
}

void from_json(const nlohmann::json& j, Problem& p) {
    p = Problem{};
    if (!j.is_object()) {
        p.detail = "unreadable problem body";
        return;
    }
    // Leniently: a member of another type reads as empty (a client must show whatever problem it gets).
    auto textIn = [](const nlohmann::json& object, const char* key) {
        const auto it = object.find(key);
        return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    auto text = [&](const char* key) { return textIn(j, key); };
    p.type = text("type");
    p.title = text("title");
    p.detail = text("detail");
    p.requestId = text("request_id");
    if (const auto it = j.find("status"); it != j.end() && it->is_number_integer()) {
        p.status = it->get<int>();
    }
    if (const auto it = j.find("errors"); it != j.end() && it->is_array()) {
        for (const auto& e : *it) {
            if (e.is_object()) {
                p.errors.push_back({textIn(e, "field"), textIn(e, "rule"), textIn(e, "message")});
            }
        }
    }
    nlohmann::json extra = nlohmann::json::object();
    for (const auto& [key, value] : j.items()) {
        if (key != "type" && key != "title" && key != "status" && key != "detail" && key != "request_id" &&
            key != "errors") {
            extra[key] = value;
        }
    }
    if (!extra.empty()) {
        p.extensions = std::move(extra);
    }
}

}  // namespace magasin::sync
