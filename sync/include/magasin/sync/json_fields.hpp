// The strict reader of a JSON object every request body goes through: each accessor names the JSON path at fault.
// Usage: JsonFields body(ex.jsonBody()); auto id = body.uuid("product_id"); for (auto& line : body.objects("lines"))
// ...
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "magasin/domain/time.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::sync {

// Every failure is a domain::DomainError kInvalidValue whose field is the JSON path ("commands[3].device_seq") and
// whose rule is "json.required" (absent or null), "json.type" (present with another type) or "json.range" (an
// integer beyond 64 bits); uuid() and timestamp() keep the domain's "uuid.format" / "time.format" rules. A null
// value counts as absent, so optionalX() returns nullopt for it. Unknown keys are ignored (newer clients may send
// more). The reader keeps a reference: the json must outlive it and every JsonFields taken from it.
class JsonFields {
public:
    // Throws "json.type" at `path` unless `object` is a JSON object.
    explicit JsonFields(const nlohmann::json& object, std::string path = "");
    JsonFields(nlohmann::json&&, std::string = "") = delete;  // would dangle

    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] const nlohmann::json& raw() const { return *m_object; }
    // "key" at the root, "commands[3].key" below.
    [[nodiscard]] std::string pathOf(std::string_view key) const;
    // "commands[3]"
    static std::string itemPath(std::string_view arrayPath, std::size_t index);

    [[nodiscard]] bool has(std::string_view key) const;  // present and not null

    [[nodiscard]] std::string string(std::string_view key) const;
    [[nodiscard]] std::optional<std::string> optionalString(std::string_view key) const;
    // Integers only: 1.5, 1.0, "1" and true are "json.type".
    [[nodiscard]] std::int64_t integer(std::string_view key) const;
    [[nodiscard]] std::optional<std::int64_t> optionalInteger(std::string_view key) const;
    [[nodiscard]] bool boolean(std::string_view key) const;
    [[nodiscard]] std::optional<bool> optionalBoolean(std::string_view key) const;
    [[nodiscard]] const nlohmann::json& array(std::string_view key) const;
    // Each element of the array must be an object; their paths are "key[i]".
    [[nodiscard]] std::vector<JsonFields> objects(std::string_view key) const;
    [[nodiscard]] JsonFields object(std::string_view key) const;
    // Any JSON value but null (payloads decoded later by their owner).
    [[nodiscard]] const nlohmann::json& value(std::string_view key) const;
    [[nodiscard]] domain::Uuid uuid(std::string_view key) const;
    [[nodiscard]] domain::Timestamp timestamp(std::string_view key) const;  // ISO-8601 UTC text

    // Throws kInvalidValue with this reader's path for `key`: for rules the caller checks itself.
    [[noreturn]] void fail(std::string_view key, std::string rule, const std::string& message) const;

private:
    // nullptr when absent or null.
    [[nodiscard]] const nlohmann::json* find(std::string_view key) const;
    [[nodiscard]] const nlohmann::json& require(std::string_view key) const;
    [[noreturn]] void wrongType(std::string_view key, const nlohmann::json& value, std::string_view expected) const;
    [[nodiscard]] std::int64_t toInteger(std::string_view key, const nlohmann::json& value) const;

    const nlohmann::json* m_object;
    std::string m_path;
};

}  // namespace magasin::sync
