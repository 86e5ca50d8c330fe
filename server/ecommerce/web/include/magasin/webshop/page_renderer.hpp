// Server-side HTML from the embedded mustache templates (kainjow): every {{value}} is HTML-escaped, a page is rendered
// into templates/layout.mustache. Usage: std::string html = renderPage("cart", {{"t", strings}, {"lines", ...}});
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace magasin::webshop {

// Renders template text with JSON data (objects, arrays as sections, booleans, strings; numbers as text).
// Throws std::runtime_error with the parser's message when the template is broken.
std::string renderTemplate(std::string_view templateText, const nlohmann::json& data);

// templates/<page>.mustache, then templates/layout.mustache with the same data plus "body" (the page's HTML).
// Throws std::runtime_error for an unknown page or a broken template.
std::string renderPage(std::string_view page, const nlohmann::json& data);

}  // namespace magasin::webshop
