// The templates and assets of server/ecommerce/web, embedded in the binary at build time (embed_web_files.cmake), so
// that the server needs no files beside it. Usage: auto css = webFile("assets/shop.css"); if (css) serve(*css);
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace magasin::webshop {

// "templates/cart.mustache", "assets/shop.css"; nullopt for a name that was not embedded.
std::optional<std::string_view> webFile(std::string_view name);
std::vector<std::string> webFileNames();

}  // namespace magasin::webshop
