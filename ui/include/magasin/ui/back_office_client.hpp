// The back-office's link to the servers for one manager's session: each call runs off the UI thread and answers on
// it; GET answers are kept, so that a server that stops answering still shows its last data, with its age.
// Usage: BackOfficeClient c(endpoints, session); c.get(Server::kInventaire, "/v1/stocks", page, [](auto& r) {...});
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <map>
#include <memory>
#include <optional>

#include <nlohmann/json.hpp>

#include "magasin/client/server_endpoints.hpp"
#include "magasin/client/staff_session.hpp"

namespace magasin::ui {

using client::Server;

// What a call brought back.
struct BackOfficeReply {
    bool ok = false;      // the server answered 2xx to this call
    nlohmann::json data;  // the answer; for a failed GET, the last good answer to the same GET (stale), else null
    bool stale = false;   // `data` is the kept answer of an earlier call
    QDateTime fetchedAt;  // when `data` came from the server (UTC); invalid when there is no data
    int status = 0;       // the HTTP status; 0 when the server could not be reached
    QString code;         // the problem's code ("central_stock_insufficient", "unreachable", ...)
    QString error;        // the server's message, as a person can act on it; empty when ok

    [[nodiscard]] bool hasData() const { return fetchedAt.isValid(); }
    // No answer at all, or the server failing (5xx): "unavailable", as opposed to a refusal (4xx). A server that
    // answers that another one it needs does not (503 upstream_unavailable, e.g. an approval while inventaire is
    // down) is itself available: its words say which one is not.
    [[nodiscard]] bool unavailable() const { return !ok && (status == 0 || (status >= 500 && !upstreamUnavailable())); }
    [[nodiscard]] bool upstreamUnavailable() const {
        return status == 503 && code == QStringLiteral("upstream_unavailable");
    }
};

class BackOfficeClient : public QObject {
    Q_OBJECT

public:
    using Handler = std::function<void(const BackOfficeReply&)>;

    // `session` is the manager's; without an access token (logged in offline) every call answers "offline_session".
    BackOfficeClient(client::ServerEndpoints endpoints, client::StaffSession session, QObject* parent = nullptr);
    ~BackOfficeClient() override;  // waits for the calls still running

    // GET; `handler` runs on the UI thread unless `context` was deleted meanwhile.
    void get(Server server, const QString& pathAndQuery, QObject* context, Handler handler);
    // POST, PUT, PATCH, DELETE with a JSON body (null: none). Never kept, never retried by itself.
    void send(Server server, const QByteArray& method, const QString& pathAndQuery, const nlohmann::json& body,
              QObject* context, Handler handler);

    [[nodiscard]] const client::StaffSession& session() const { return m_session; }
    [[nodiscard]] QString storeId() const { return QString::fromStdString(m_session.storeId.toString()); }
    [[nodiscard]] bool online() const { return !m_session.accessToken.empty(); }
    // How many calls still run (tests wait for 0).
    [[nodiscard]] int inFlight() const { return m_inFlight; }
    // The last time `server` answered (any status), if it ever did during this session.
    [[nodiscard]] std::optional<QDateTime> lastAnswer(Server server) const;

Q_SIGNALS:
    // A call to `server` got an answer (available) or none (unavailable).
    void availabilityChanged(magasin::client::Server server, bool available);

private:
    struct Tokens;
    void run(Server server, QByteArray method, QString path, std::optional<nlohmann::json> body, QObject* context,
             Handler handler);
    void finish(Server server, const QByteArray& method, const QString& path, BackOfficeReply reply);

    client::ServerEndpoints m_endpoints;
    client::StaffSession m_session;
    std::shared_ptr<Tokens> m_tokens;
    QThreadPool m_pool;
    int m_inFlight = 0;
    std::map<QString, BackOfficeReply> m_kept;  // by "<server> <path>"
    std::map<Server, QDateTime> m_lastAnswer;
};

}  // namespace magasin::ui
