// The desktop app against the real stack, for the back-office tests: a terminal of Magasin Central enrolled by its
// manager through the gateway, the main window open offscreen, helpers to log in as the demo cashier or manager and
// to wait for a page's answers. Usage: BackOfficeFixture f(23000, "25440"); f.start(); f.loginAsManager();
// auto* page = f.openPage<StockPage>("stockPage"); f.waitIdle(page); f.screenshot(page, "back_office_stock.png");
#pragma once

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "magasin/client/terminal.hpp"
#include "magasin/ui/app_config.hpp"
#include "magasin/ui/back_office_client.hpp"
#include "magasin/ui/back_office_page.hpp"
#include "magasin/ui/back_office_screen.hpp"
#include "magasin/ui/language.hpp"
#include "magasin/ui/main_window.hpp"
#include "magasin/ui/pos_controller.hpp"
#include "stack_fixture.hpp"

namespace magasin::ui::test {

// The demo data's people of Magasin Central (server/commandes/README.md).
inline constexpr const char* kCentralStore = "33333333-3333-3333-3333-333333333331";
inline constexpr const char* kNordStore = "33333333-3333-3333-3333-333333333332";
inline constexpr const char* kCashierCode = "1001";
inline constexpr const char* kCashierPin = "1111";
inline constexpr const char* kManagerCode = "1002";
inline constexpr const char* kManagerPin = "1919";

class BackOfficeFixture {
public:
    // `language`: "fr" for the screenshots of the docs, "en" elsewhere.
    BackOfficeFixture(int portOffset, const QString& pgPort, const QString& language = QStringLiteral("en"))
        : stack(portOffset, pgPort),
          m_settings(m_appDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat) {
        m_language.apply(language);
    }
    ~BackOfficeFixture() {
        window.reset();
        stack.stop();
    }

    // Starts the stack, enrols the terminal (manager 1002 through the gateway) and opens the window on the login
    // screen. Use with QVERIFY(f.start()) — or read lastLog on failure.
    bool start() {
        if (!stack.start(&lastLog)) {
            return false;
        }
        QProcessEnvironment env;
        env.insert(QStringLiteral("MAGASIN_GATEWAY_URL"), stack.gatewayUrl());
        env.insert(QStringLiteral("MAGASIN_API_KEY"), stack.posKey());
        config = AppConfig::resolve(env, m_settings, false, m_appDir.path());
        try {
            client::Terminal terminal(
                client::TerminalConfig{.dataDir = config.dataDir(), .endpoints = config.endpoints, .online = true});
            terminal.enrol(kManagerCode, kManagerPin, "Caisse 1 (tests)");
        } catch (const std::exception& e) {
            lastLog = QString::fromUtf8(e.what());
            return false;
        }
        window = std::make_unique<MainWindow>(config, m_settings, m_language);
        window->resize(1366, 820);
        window->show();
        QApplication::setActiveWindow(window.get());
        return QTest::qWaitForWindowExposed(window.get());
    }

    // Through the login screen, as a person would; true when the session is online (commandes checked the PIN).
    bool login(const QString& code, const QString& pin) {
        auto* codeEdit = window->findChild<QLineEdit*>(QStringLiteral("employeeCode"));
        auto* pinEdit = window->findChild<QLineEdit*>(QStringLiteral("pin"));
        if (codeEdit == nullptr || pinEdit == nullptr || !codeEdit->isVisible()) {
            lastLog = QStringLiteral("the login screen is not shown");
            return false;
        }
        codeEdit->clear();
        QTest::keyClicks(codeEdit, code);
        pinEdit->clear();
        QTest::keyClicks(pinEdit, pin);
        QTest::keyClick(pinEdit, Qt::Key_Return);
        const auto& session = window->pos()->session();
        if (!session) {
            auto* error = window->findChild<QLabel*>(QStringLiteral("loginError"));
            lastLog = error ? error->text() : QStringLiteral("no session");
            return false;
        }
        return session->online;
    }
    bool loginAsManager() { return login(QString::fromLatin1(kManagerCode), QString::fromLatin1(kManagerPin)); }
    bool loginAsCashier() { return login(QString::fromLatin1(kCashierCode), QString::fromLatin1(kCashierPin)); }

    // Opens the back office on the page named `objectName` and waits for its first answers.
    template <typename Page>
    Page* openPage(const QString& objectName) {
        if (!window->openBackOffice() || !window->backOffice()->showPage(objectName)) {
            return nullptr;
        }
        auto* page = qobject_cast<Page*>(window->backOffice()->page(objectName));
        if (page != nullptr) {
            waitIdle(page);
        }
        return page;
    }

    // Until every call of the page got its answer (at most `ms`).
    static bool waitIdle(BackOfficePage* page, int ms = 20000) {
        QTest::qWait(0);
        return QTest::qWaitFor([page] { return page->busy() == 0; }, ms);
    }

    // One call through `client`, waited for (tests read the servers' own state with it, outside any page).
    static BackOfficeReply call(BackOfficeClient& client, Server server, const QByteArray& method, const QString& path,
                                const nlohmann::json& body = nullptr) {
        BackOfficeReply result;
        bool done = false;
        QObject context;
        const auto handler = [&](const BackOfficeReply& r) {
            result = r;
            done = true;
        };
        if (method == "GET") {
            client.get(server, path, &context, handler);
        } else {
            client.send(server, method, path, body, &context, handler);
        }
        if (!QTest::qWaitFor([&] { return done; }, 20000)) {
            result.error = QStringLiteral("no answer within 20 s");
        }
        return result;
    }

    static void screenshot(QWidget* widget, const QString& name) {
        QTest::qWait(50);  // pending layout and paint, as before a person looks
        const QString dir = qEnvironmentVariable("MAGASIN_SCREENSHOT_DIR", QDir::tempPath());
        QVERIFY(widget->window()->grab().save(dir + QStringLiteral("/") + name));
    }

    magasin::test::StackFixture stack;
    AppConfig config;
    std::unique_ptr<MainWindow> window;
    QString lastLog;

private:
    QTemporaryDir m_appDir;
    QSettings m_settings;
    Language m_language;
};

}  // namespace magasin::ui::test
