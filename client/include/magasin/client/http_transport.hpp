// The HTTP seam of the desktop core: a blocking request/response call, so that the sync worker reads top to bottom
// and tests can substitute a fake. Usage: QtHttpTransport t; HttpResponse r = t.send({"GET", url});
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace magasin::client {

struct HttpRequest {
    QByteArray method;  // "GET", "POST"
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int timeoutMs = 15'000;
};

struct HttpResponse {
    int status = 0;  // 0: no answer (refused, reset, timed out); `error` says why
    QByteArray body;
    QString error;
    QByteArray retryAfter;  // the Retry-After header, if any
    [[nodiscard]] bool answered() const { return status != 0; }
};

class HttpTransport {
public:
    virtual ~HttpTransport() = default;
    virtual HttpResponse send(const HttpRequest& request) = 0;
};

// QNetworkAccessManager behind a local event loop. Owned and used by one thread.
class QtHttpTransport : public HttpTransport {
public:
    QtHttpTransport();
    ~QtHttpTransport() override;
    HttpResponse send(const HttpRequest& request) override;

private:
    struct Impl;
    Impl* m_impl;
};

}  // namespace magasin::client
