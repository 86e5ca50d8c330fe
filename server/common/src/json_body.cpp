#include "magasin/server/json_body.hpp"

#include <string>

#include "magasin/server/http_error.hpp"

namespace magasin::server {

std::size_t jsonNestingDepth(std::string_view text) noexcept {
    std::size_t depth = 0;
    std::size_t deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        switch (c) {
            case '"': inString = true; break;
            case '[':
            case '{':
                ++depth;
                deepest = depth > deepest ? depth : deepest;
                break;
            case ']':
            case '}': depth = depth > 0 ? depth - 1 : 0; break;
            default: break;
        }
    }
    return deepest;
}

nlohmann::json parseJsonBody(std::string_view body, std::size_t maxDepth) {
    if (body.empty()) {
        throw HttpError::badRequest("The request needs a JSON body");
    }
    if (jsonNestingDepth(body) > maxDepth) {
        throw HttpError::badRequest("The body nests arrays and objects deeper than " + std::to_string(maxDepth) +
                                    " levels");
    }
    try {
        return nlohmann::json::parse(body);
    } catch (const nlohmann::json::parse_error& e) {
        throw HttpError::badRequest("The body is not valid JSON (byte " + std::to_string(e.byte) + ")");
    } catch (const nlohmann::json::out_of_range&) {
        // The parser's other refusal (found by fuzzing): a number beyond a double's range, such as 7e5032.
        throw HttpError::badRequest("The body holds a number too large to read");
    }
}

}  // namespace magasin::server
