#include "magasin/ui/back_office_client.hpp"

#include <QMetaObject>
#include <QPointer>

#include <mutex>

#include "magasin/client/api_client.hpp"
#include "magasin/client/http_transport.hpp"

namespace magasin::ui {

// The access token is short-lived: a worker that meets 401 refreshes it once for every later call.
struct BackOfficeClient::Tokens {
    std::mutex mutex;
    std::string access;
    std::string refresh;
};

namespace {

QString keyOf(Server server, const QString& path) {
    return QString::fromLatin1(client::serverName(server)) + QLatin1Char(' ') + path;
}

BackOfficeReply failure(const client::ApiError& e) {
    BackOfficeReply reply;
    reply.status = e.status;
    reply.code = QString::fromStdString(e.problem.code());
    const std::string& text = e.problem.detail.empty() ? e.problem.title : e.problem.detail;
    reply.error = QString::fromStdString(text.empty() ? std::string(e.what()) : text);
    return reply;
}

}  // namespace

BackOfficeClient::BackOfficeClient(client::ServerEndpoints endpoints, client::StaffSession session, QObject* parent)
    : QObject(parent),
      m_endpoints(std::move(endpoints)),
      m_session(std::move(session)),
      m_tokens(std::make_shared<Tokens>()) {
    m_tokens->access = m_session.accessToken;
    m_tokens->refresh = m_session.refreshToken;
    // A few screens load at once; more threads would only queue at the servers.
    m_pool.setMaxThreadCount(4);
}

BackOfficeClient::~BackOfficeClient() {
    m_pool.waitForDone();
}

void BackOfficeClient::get(Server server, const QString& pathAndQuery, QObject* context, Handler handler) {
    run(server, "GET", pathAndQuery, std::nullopt, context, std::move(handler));
}

void BackOfficeClient::send(Server server, const QByteArray& method, const QString& pathAndQuery,
                            const nlohmann::json& body, QObject* context, Handler handler) {
    run(server, method, pathAndQuery, body.is_null() ? std::nullopt : std::optional<nlohmann::json>(body), context,
        std::move(handler));
}

std::optional<QDateTime> BackOfficeClient::lastAnswer(Server server) const {
    const auto it = m_lastAnswer.find(server);
    return it == m_lastAnswer.end() ? std::nullopt : std::optional<QDateTime>(it->second);
}

void BackOfficeClient::run(Server server, QByteArray method, QString path, std::optional<nlohmann::json> body,
                           QObject* context, Handler handler) {
    ++m_inFlight;
    QPointer<QObject> receiver(context);
    auto deliver = [this, server, method, path, receiver, handler = std::move(handler)](BackOfficeReply reply) {
        // Queued to this object on the UI thread; dropped with it when the back-office closed meanwhile.
        QMetaObject::invokeMethod(
            this,
            [this, server, method, path, receiver, handler, reply = std::move(reply)]() mutable {
                --m_inFlight;
                finish(server, method, path, reply);
                if (method == "GET" && !reply.ok) {
                    const auto kept = m_kept.find(keyOf(server, path));
                    if (kept != m_kept.end()) {
                        reply.data = kept->second.data;
                        reply.fetchedAt = kept->second.fetchedAt;
                        reply.stale = true;
                    }
                }
                if (receiver) {
                    handler(reply);
                }
            },
            Qt::QueuedConnection);
    };
    if (!online()) {
        BackOfficeReply reply;
        reply.code = QStringLiteral("offline_session");
        reply.error =
            tr("This session has no connection to the servers (logged in offline, or demo mode). The back "
               "office needs an online login: log out and in again once the servers answer.");
        deliver(std::move(reply));
        return;
    }
    m_pool.start([endpoints = m_endpoints, tokens = m_tokens, server, method, path, body = std::move(body),
                  deliver = std::move(deliver)]() mutable {
        client::QtHttpTransport transport;  // one per call: it belongs to the thread that uses it
        client::ApiClient api(transport, endpoints);
        const auto token = [&] {
            std::lock_guard lock(tokens->mutex);
            return tokens->access;
        };
        const auto call = [&] { return api.request(server, method, path, body ? &*body : nullptr, token()); };
        BackOfficeReply reply;
        try {
            try {
                reply.data = call();
            } catch (const client::ApiError& e) {
                std::string refresh;
                {
                    std::lock_guard lock(tokens->mutex);
                    refresh = tokens->refresh;
                }
                if (e.status != 401 || refresh.empty()) {
                    throw;
                }
                const nlohmann::json request = {{"refresh_token", refresh}};
                const auto renewed =
                    api.request(Server::kCommandes, "POST", QStringLiteral("/v1/sessions/refresh"), &request, {});
                {
                    std::lock_guard lock(tokens->mutex);
                    tokens->access = renewed.value("access_token", tokens->access);
                    tokens->refresh = renewed.value("refresh_token", tokens->refresh);
                }
                reply.data = call();
            }
            reply.ok = true;
            reply.status = 200;
            reply.fetchedAt = QDateTime::currentDateTimeUtc();
        } catch (const client::ApiError& e) {
            reply = failure(e);
        } catch (const std::exception& e) {
            reply.error = QString::fromUtf8(e.what());
        }
        deliver(std::move(reply));
    });
}

void BackOfficeClient::finish(Server server, const QByteArray& method, const QString& path, BackOfficeReply reply) {
    const bool answered = reply.status != 0 && !reply.unavailable();
    if (answered) {
        m_lastAnswer[server] = QDateTime::currentDateTimeUtc();
    }
    if (reply.code != QStringLiteral("offline_session")) {
        Q_EMIT availabilityChanged(server, answered);
    }
    if (method == "GET" && reply.ok) {
        m_kept[keyOf(server, path)] = std::move(reply);
    }
}

}  // namespace magasin::ui
