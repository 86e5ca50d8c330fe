#include "magasin/client/http_transport.hpp"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace magasin::client {

struct QtHttpTransport::Impl {
    QNetworkAccessManager manager;
};

QtHttpTransport::QtHttpTransport() : m_impl(new Impl) {}

QtHttpTransport::~QtHttpTransport() {
    delete m_impl;
}

HttpResponse QtHttpTransport::send(const HttpRequest& request) {
    QNetworkRequest r(request.url);
    for (const auto& [name, value] : request.headers) {
        r.setRawHeader(name, value);
    }
    r.setTransferTimeout(request.timeoutMs);
    // Never follow redirects with a token: a server that moved is a configuration error to report.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = m_impl->manager.sendCustomRequest(r, request.method, request.body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // A second guard: transferTimeout covers stalls, this covers a server that trickles bytes forever.
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, reply, &QNetworkReply::abort);
    guard.start(request.timeoutMs * 4);
    if (!reply->isFinished()) {
        loop.exec();
    }
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.retryAfter = reply->rawHeader("Retry-After");
    if (response.status == 0) {
        response.error = reply->errorString();
    }
    reply->deleteLater();
    return response;
}

}  // namespace magasin::client
