// The one parser of JSON request bodies: bounded nesting, so that a hostile body cannot exhaust the stack later.
// Usage: nlohmann::json body = parseJsonBody(req.body);  // HttpError 400 when not JSON or nested too deeply
#pragma once

#include <cstddef>
#include <string_view>

#include <nlohmann/json.hpp>

namespace magasin::server {

// Deeper than any body the platform defines (a sync command's payload sits at about 6); a real client never nears it.
inline constexpr std::size_t kMaxJsonDepth = 64;

// The deepest nesting of arrays and objects in text, counting only brackets outside strings. Cheap (one pass, no
// allocation), so it runs before the parser: nlohmann's parser is iterative, but copying, comparing or dumping the
// value it builds recurses once per level, and a 1 MiB body of '[' overflows a worker thread's stack.
std::size_t jsonNestingDepth(std::string_view text) noexcept;

// Parses body; throws HttpError 400 (bad_request) when it is empty, is not JSON, holds a number beyond a double's
// range, or nests deeper than maxDepth.
nlohmann::json parseJsonBody(std::string_view body, std::size_t maxDepth = kMaxJsonDepth);

}  // namespace magasin::server
