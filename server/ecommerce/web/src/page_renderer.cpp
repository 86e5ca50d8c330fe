#include "magasin/webshop/page_renderer.hpp"

#include <kainjow/mustache.hpp>

#include <stdexcept>

#include "magasin/webshop/web_files.hpp"

namespace magasin::webshop {
namespace {

namespace mustache = kainjow::mustache;

mustache::data toData(const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::object: {
            mustache::data out{mustache::data::type::object};
            for (const auto& [key, item] : value.items()) {
                out.set(key, toData(item));
            }
            return out;
        }
        case nlohmann::json::value_t::array: {
            mustache::data out{mustache::data::type::list};
            for (const auto& item : value) {
                out.push_back(toData(item));
            }
            return out;
        }
        case nlohmann::json::value_t::boolean: return mustache::data(value.get<bool>());
        case nlohmann::json::value_t::string: return mustache::data(value.get<std::string>());
        case nlohmann::json::value_t::null: return mustache::data(false);
        default: return mustache::data(value.dump());
    }
}

std::string_view templateOf(std::string_view page) {
    const auto text = webFile("templates/" + std::string(page) + ".mustache");
    if (!text) {
        throw std::runtime_error("no template " + std::string(page));
    }
    return *text;
}

}  // namespace

std::string renderTemplate(std::string_view templateText, const nlohmann::json& data) {
    // Parsed per call: a parsed kainjow template is not safe to render from several threads at once, and parsing
    // these small files costs microseconds.
    mustache::mustache tmpl{std::string(templateText)};
    if (!tmpl.is_valid()) {
        throw std::runtime_error("broken template: " + tmpl.error_message());
    }
    return tmpl.render(toData(data));
}

std::string renderPage(std::string_view page, const nlohmann::json& data) {
    nlohmann::json withBody = data;
    withBody["body"] = renderTemplate(templateOf(page), data);
    return renderTemplate(templateOf("layout"), withBody);
}

}  // namespace magasin::webshop
