// One back-office screen: its title, a banner naming the servers that do not answer and how old the data shown is,
// a line for the answers to the manager's actions, reload() when shown and on F5. Subclasses put their widgets in
// body() and call fetch()/act(). Usage: class StockPage : public BackOfficePage { void reload() override {...} };
#pragma once

#include <QDateTime>
#include <QString>
#include <QWidget>

#include <functional>
#include <map>

#include <nlohmann/json.hpp>

#include "magasin/ui/back_office_client.hpp"

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace magasin::ui {

class BackOfficePage : public QWidget {
    Q_OBJECT

public:
    // `objectName` names the page for the navigation and the tests ("stockPage").
    BackOfficePage(BackOfficeClient& client, const QString& objectName, QWidget* parent = nullptr);

    [[nodiscard]] virtual QString title() const = 0;
    // Asks the servers again for everything the page shows.
    virtual void reload() = 0;

    [[nodiscard]] BackOfficeClient& client() { return m_client; }
    // Calls of this page still running (tests wait for 0).
    [[nodiscard]] int busy() const { return m_busy; }
    // The banner's text: empty when every server of the page answered its last call.
    [[nodiscard]] QString outageText() const;
    // The line under the title: the last action's outcome.
    [[nodiscard]] QString messageText() const;

    // "il y a 3 min" / "3 min ago"; "à l'instant" under a minute.
    static QString age(const QDateTime& then, const QDateTime& now);
    // Local date and time of an ISO-8601 UTC text from a server, in the UI's language; the text itself if unreadable.
    static QString localTime(const std::string& iso);

protected:
    QVBoxLayout* body() { return m_body; }
    // GET that keeps the banner current; `show` gets the data, fresh or kept from an earlier answer. It is not called
    // when there is none: the banner then says so.
    void fetch(Server server, const QString& pathAndQuery, std::function<void(const nlohmann::json&)> show);
    // An action (POST, PUT...). Success: `done` runs and the message line says `success`. Refusal or outage: the
    // server's own message, plainly, in the message line (and `failed`, if given, runs).
    void act(Server server, const QByteArray& method, const QString& pathAndQuery, const nlohmann::json& body,
             const QString& success, std::function<void(const nlohmann::json&)> done,
             std::function<void(const BackOfficeReply&)> failed = {});
    void showMessage(const QString& text, bool error);
    void showEvent(QShowEvent* event) override;

private:
    struct SourceState {
        bool available = true;
        QDateTime dataAt;  // invalid: nothing to show
    };
    void updateBanner();

    BackOfficeClient& m_client;
    QLabel* m_title = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_message = nullptr;
    QVBoxLayout* m_body = nullptr;
    int m_busy = 0;
    bool m_loadedOnce = false;
    std::map<Server, SourceState> m_sources;
};

}  // namespace magasin::ui
