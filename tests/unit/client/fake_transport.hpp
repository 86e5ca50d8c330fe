// A scripted HttpTransport for the client's unit tests: answers by method + path prefix and records every request.
// Usage: FakeTransport t; t.on("GET", "/v1/sync/changes", [](const HttpRequest&) { return ok(json); });
#pragma once

#include <QUrlQuery>

#include <functional>
#include <vector>

#include <nlohmann/json.hpp>

#include "magasin/client/http_transport.hpp"

class FakeTransport : public magasin::client::HttpTransport {
public:
    using Handler = std::function<magasin::client::HttpResponse(const magasin::client::HttpRequest&)>;

    void on(const QByteArray& method, const QString& pathPrefix, Handler handler) {
        m_routes.push_back({method, pathPrefix, std::move(handler)});
    }
    magasin::client::HttpResponse send(const magasin::client::HttpRequest& request) override {
        requests.push_back(request);
        for (auto it = m_routes.rbegin(); it != m_routes.rend(); ++it) {
            if (it->method == request.method && request.url.path().contains(it->path)) {
                return it->handler(request);
            }
        }
        magasin::client::HttpResponse none;
        none.error = QStringLiteral("connection refused");
        return none;
    }
    static magasin::client::HttpResponse answer(int status, const nlohmann::json& body) {
        magasin::client::HttpResponse r;
        r.status = status;
        r.body = QByteArray::fromStdString(body.dump());
        return r;
    }
    static magasin::client::HttpResponse unreachable() {
        magasin::client::HttpResponse r;
        r.error = QStringLiteral("connection refused");
        return r;
    }
    static long long since(const magasin::client::HttpRequest& request) {
        return QUrlQuery(request.url).queryItemValue(QStringLiteral("since")).toLongLong();
    }

    std::vector<magasin::client::HttpRequest> requests;

private:
    struct Route {
        QByteArray method;
        QString path;
        Handler handler;
    };
    std::vector<Route> m_routes;
};
