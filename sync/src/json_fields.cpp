#include "magasin/sync/json_fields.hpp"

#include <limits>

#include "magasin/domain/domain_error.hpp"

namespace magasin::sync {

using domain::DomainError;
using domain::ErrorCode;
using nlohmann::json;

JsonFields::JsonFields(const json& object, std::string path) : m_object(&object), m_path(std::move(path)) {
    if (!object.is_object()) {
        const std::string what = m_path.empty() ? "The body" : m_path;
        throw DomainError(ErrorCode::kInvalidValue, "json.type", m_path,
                          what + " must be a JSON object, not " + object.type_name());
    }
}

std::string JsonFields::pathOf(std::string_view key) const {
    return m_path.empty() ? std::string(key) : m_path + "." + std::string(key);
}

std::string JsonFields::itemPath(std::string_view arrayPath, std::size_t index) {
    return std::string(arrayPath) + "[" + std::to_string(index) + "]";
}

const json* JsonFields::find(std::string_view key) const {
    const auto it = m_object->find(key);
    return it == m_object->end() || it->is_null() ? nullptr : &*it;
}

bool JsonFields::has(std::string_view key) const {
    return find(key) != nullptr;
}

void JsonFields::fail(std::string_view key, std::string rule, const std::string& message) const {
    throw DomainError(ErrorCode::kInvalidValue, std::move(rule), pathOf(key), message);
}

const json& JsonFields::require(std::string_view key) const {
    const json* value = find(key);
    if (value == nullptr) {
        fail(key, "json.required", pathOf(key) + " is required");
    }
    return *value;
}

void JsonFields::wrongType(std::string_view key, const json& value, std::string_view expected) const {
    fail(key, "json.type",
         pathOf(key) + " must be " + std::string(expected) + ", not " + std::string(value.type_name()));
}

std::int64_t JsonFields::toInteger(std::string_view key, const json& value) const {
    if (value.is_number_unsigned()) {
        if (value.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            fail(key, "json.range", pathOf(key) + " is too large for a 64-bit integer");
        }
        return static_cast<std::int64_t>(value.get<std::uint64_t>());
    }
    if (!value.is_number_integer()) {
        wrongType(key, value, "an integer");
    }
    return value.get<std::int64_t>();
}

std::string JsonFields::string(std::string_view key) const {
    const json& value = require(key);
    if (!value.is_string()) {
        wrongType(key, value, "a string");
    }
    return value.get<std::string>();
}

std::optional<std::string> JsonFields::optionalString(std::string_view key) const {
    return has(key) ? std::optional(string(key)) : std::nullopt;
}

std::int64_t JsonFields::integer(std::string_view key) const {
    return toInteger(key, require(key));
}

std::optional<std::int64_t> JsonFields::optionalInteger(std::string_view key) const {
    return has(key) ? std::optional(integer(key)) : std::nullopt;
}

bool JsonFields::boolean(std::string_view key) const {
    const json& value = require(key);
    if (!value.is_boolean()) {
        wrongType(key, value, "true or false");
    }
    return value.get<bool>();
}

std::optional<bool> JsonFields::optionalBoolean(std::string_view key) const {
    return has(key) ? std::optional(boolean(key)) : std::nullopt;
}

const json& JsonFields::array(std::string_view key) const {
    const json& value = require(key);
    if (!value.is_array()) {
        wrongType(key, value, "an array");
    }
    return value;
}

std::vector<JsonFields> JsonFields::objects(std::string_view key) const {
    const json& items = array(key);
    const std::string base = pathOf(key);
    std::vector<JsonFields> result;
    result.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        result.emplace_back(items[i], itemPath(base, i));
    }
    return result;
}

JsonFields JsonFields::object(std::string_view key) const {
    return JsonFields(require(key), pathOf(key));
}

const json& JsonFields::value(std::string_view key) const {
    return require(key);
}

domain::Uuid JsonFields::uuid(std::string_view key) const {
    const json& value = require(key);
    if (!value.is_string()) {
        wrongType(key, value, "a UUID string");
    }
    return domain::Uuid::parse(value.get_ref<const std::string&>(), pathOf(key));
}

domain::Timestamp JsonFields::timestamp(std::string_view key) const {
    const json& value = require(key);
    if (!value.is_string()) {
        wrongType(key, value, "a UTC time string");
    }
    return domain::parseIso8601(value.get_ref<const std::string&>(), pathOf(key));
}

}  // namespace magasin::sync
