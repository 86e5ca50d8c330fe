#include "magasin/client/http_transport.hpp"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <QTimer>
#include <optional>

#include <zlib.h>

namespace magasin::client {
namespace {

// gzip body to bytes; an empty optional when the data is not valid gzip.
std::optional<QByteArray> gunzip(const QByteArray& data) {
    z_stream z{};
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) {
        return std::nullopt;
    }
    QByteArray out;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = static_cast<uInt>(data.size());
    char buffer[65536];
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef*>(buffer);
        z.avail_out = sizeof buffer;
        rc = inflate(&z, Z_NO_FLUSH);
        out.append(buffer, static_cast<qsizetype>(sizeof buffer - z.avail_out));
    }
    inflateEnd(&z);
    return rc == Z_STREAM_END ? std::optional(out) : std::nullopt;
}

}  // namespace

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
    // Ask for gzip only. Qt would also offer "br", and the servers' cpp-httplib compresses brotli at quality 11: about
    // 2 s for one 430 KB page of the catalogue feed, against 0.1 s for gzip. Setting the header ourselves turns off
    // Qt's own decoding, hence gunzip() below.
    r.setRawHeader("Accept-Encoding", "gzip");
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
    if (reply->rawHeader("Content-Encoding").trimmed().toLower() == "gzip") {
        if (auto plain = gunzip(response.body)) {
            response.body = std::move(*plain);
        } else {
            response.status = 0;
            response.error = QStringLiteral("the answer was not valid gzip");
        }
    }
    response.retryAfter = reply->rawHeader("Retry-After");
    if (response.status == 0) {
        response.error = reply->errorString();
    }
    reply->deleteLater();
    return response;
}

}  // namespace magasin::client
