// Small helpers the pg tests of every server share to call it over HTTP and read its answers.
// Usage: auto r = sendJson(client, "POST", "/v1/products", body.dump(), headers); QCOMPARE(statusOf(r), 201);
#pragma once

#include <httplib.h>

#include <QtGlobal>
#include <nlohmann/json.hpp>

#include <string>

inline int statusOf(const httplib::Result& r) {
    return r ? r->status : -1;
}

// The body as JSON, or an empty object when it is not JSON, so that the caller's comparisons fail visibly.
inline nlohmann::json bodyOf(const httplib::Result& r) {
    if (!r) {
        return nlohmann::json::object();
    }
    auto parsed = nlohmann::json::parse(r->body, nullptr, false);
    return parsed.is_discarded() ? nlohmann::json::object() : parsed;
}

// The first rule of a problem's errors[]; without any, the last segment of its type ("/problems/forbidden" ->
// "forbidden"); "" when the answer is not a problem.
inline std::string ruleOf(const httplib::Result& r) {
    const auto body = bodyOf(r);
    if (!body.contains("errors") || !body["errors"].is_array() || body["errors"].empty()) {
        const std::string type = body.value("type", "");
        return type.substr(type.find_last_of('/') + 1);
    }
    return body["errors"][0].value("rule", "");
}
inline std::string fieldOf(const httplib::Result& r) {
    const auto body = bodyOf(r);
    if (!body.contains("errors") || !body["errors"].is_array() || body["errors"].empty()) {
        return "";
    }
    return body["errors"][0].value("field", "");
}

inline httplib::Result sendJson(httplib::Client& client, const std::string& method, const std::string& path,
                                const std::string& body, const httplib::Headers& headers = {},
                                const std::string& contentType = "application/json") {
    if (method == "POST") {
        return client.Post(path.c_str(), headers, body, contentType.c_str());
    }
    if (method == "PATCH") {
        return client.Patch(path.c_str(), headers, body, contentType.c_str());
    }
    if (method == "PUT") {
        return client.Put(path.c_str(), headers, body, contentType.c_str());
    }
    if (method == "DELETE") {
        return client.Delete(path.c_str(), headers, body, contentType.c_str());
    }
    return client.Get(path.c_str(), headers);
}

// QCOMPARE cannot take nlohmann::json (it converts to every type, Qt's overloads included): compare, and print both
// sides when they differ.
inline bool sameJson(const nlohmann::json& actual, const nlohmann::json& expected) {
    if (actual != expected) {
        qWarning("JSON differs:\n  actual:   %s\n  expected: %s", actual.dump().c_str(), expected.dump().c_str());
        return false;
    }
    return true;
}
