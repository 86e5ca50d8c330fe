// Problem details (RFC 9457), the one error body every server answers and every client reads.
// Usage: Problem p = Problem::make(404, "not_found", "Product not found", "No product 550e..."); json j = p;
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace magasin::sync {

struct FieldError {
    std::string field;    // JSON path of the input at fault: "name", "lines[2].quantity"
    std::string rule;     // stable rule key, e.g. "product.name.length"
    std::string message;  // for a person
    friend bool operator==(const FieldError&, const FieldError&) = default;
};

struct Problem {
    static constexpr const char* kTypeBase = "https://magasin.example/problems/";
    static constexpr const char* kMediaType = "application/problem+json";

    int status = 500;
    std::string type;   // kTypeBase + a short code: ".../not_found"
    std::string title;  // short, the same for every problem of this type
    std::string detail;
    std::string requestId;
    std::vector<FieldError> errors;
    // Extra members some problems carry (e.g. expected_seq on a gap, retry_after on 429).
    std::optional<nlohmann::json> extensions;

    static Problem make(int status, std::string_view code, std::string title, std::string detail);
    // The short code after kTypeBase ("not_found"), or the whole type when it is not ours.
    [[nodiscard]] std::string code() const;

    // Field by field; lets CommandOutcome (which holds an optional Problem) compare as well.
    friend bool operator==(const Problem&, const Problem&) = default;
};

void to_json(nlohmann::json& j, const Problem& p);
// Tolerant reader: a body that is not a problem becomes a Problem with only the status and a detail.
void from_json(const nlohmann::json& j, Problem& p);

}  // namespace magasin::sync
