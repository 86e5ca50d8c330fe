// The hostile-input sweep every server's pg tests run: every route of an HttpApp, each path parameter replaced by
// absurd values, GETs with absurd queries, other methods with malformed or absurd bodies, as each caller; no answer
// may be a 5xx (or missing). Usage: HostileInput in{params, queries, bodies, callers};
//   QVERIFY2(sweepRoutes(client, app.routes(), in, failures) > 0 && failures.empty(), failures.front().c_str());
#pragma once

#include <httplib.h>

#include <string>
#include <vector>

#include "http_test_helpers.hpp"
#include "magasin/server/http_app.hpp"

struct HostileInput {
    std::vector<std::string> params;   // substituted for every {placeholder} of a route
    std::vector<std::string> queries;  // appended to the GET routes
    std::vector<std::string> bodies;   // sent to the other routes, after commonHostileBodies()
    std::vector<httplib::Headers> callers;
};

// What no JSON route may choke on: nothing, a truncated document, wrong top-level types, invalid UTF-8, an absurd
// number, deep nesting.
inline std::vector<std::string> commonHostileBodies() {
    return {"",
            "{",
            "[]",
            "null",
            "42",
            "\"text\"",
            "{\"x\":1e400}",
            "{\"name\":\"\\u0000\\udc00\"}",
            "{\"name\":\"\xff\xfe\"}",
            std::string(100 * 1024, '[')};
}

// Calls every combination; returns how many calls it made and adds one line per call answered 5xx or not at all.
inline int sweepRoutes(httplib::Client& client, const std::vector<magasin::server::RouteInfo>& routes,
                       const HostileInput& input, std::vector<std::string>& failures) {
    std::vector<std::string> bodies = commonHostileBodies();
    bodies.insert(bodies.end(), input.bodies.begin(), input.bodies.end());
    int calls = 0;
    auto check = [&](const httplib::Result& r, const std::string& what) {
        ++calls;
        if (!r || r->status >= 500) {
            failures.push_back(what + " -> " + (r ? std::to_string(r->status) + " " + r->body : "no answer"));
        }
    };
    for (const auto& route : routes) {
        const std::string method(magasin::server::methodName(route.method));
        for (const auto& param : input.params) {
            std::string target = route.path;
            for (auto open = target.find('{'); open != std::string::npos; open = target.find('{')) {
                target.replace(open, target.find('}', open) - open + 1, param);
            }
            for (const auto& who : input.callers) {
                if (method == "GET") {
                    for (const auto& query : input.queries) {
                        check(client.Get((target + query).c_str(), who), method + " " + target + query);
                    }
                } else {
                    for (const auto& body : bodies) {
                        check(sendJson(client, method, target, body, who),
                              method + " " + target + " " + body.substr(0, 60));
                    }
                }
            }
        }
    }
    // Not UTF-8 where no route matches: the problem quotes the path (it once took a whole process down).
    for (const char* path : {"/no/such/%FF%FE", "/v1/%FF/%FE"}) {
        auto r = client.Get(path);
        check(r, std::string("GET ") + path);
        if (r && r->status != 404) {
            failures.push_back(std::string("GET ") + path + " -> " + std::to_string(r->status) + " instead of 404");
        }
    }
    return calls;
}
