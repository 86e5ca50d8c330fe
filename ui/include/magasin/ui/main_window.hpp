// The desktop app's window: first start (enrol or demo), login, then the POS screen; the sync status bar and the
// language setting on every screen. Usage: MainWindow w(config, settings, language); w.show();
#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

#include "magasin/ui/app_config.hpp"
#include "magasin/ui/back_office_screen.hpp"

class QSettings;
class QStackedWidget;
class QTimer;

namespace magasin::client {
class Terminal;
}

namespace magasin::ui {

class BackOfficeClient;
class EnrolScreen;
class Language;
class LoginScreen;
class PosController;
class PosScreen;
class ScannerFilter;
class SyncStatusBar;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // `settings` and `language` outlive the window.
    MainWindow(AppConfig config, QSettings& settings, Language& language, QWidget* parent = nullptr);
    ~MainWindow() override;

    // "Magasin 0.1.0"
    static QString productTitle();

    [[nodiscard]] PosController* pos() { return m_pos.get(); }
    [[nodiscard]] client::Terminal* terminal() { return m_terminal.get(); }
    [[nodiscard]] ScannerFilter* scanner() { return m_scanner; }
    [[nodiscard]] const AppConfig& config() const { return m_config; }
    void refreshStatus();
    // The back office, for a manager logged in: false (and nothing opens) for anyone else.
    bool openBackOffice();
    void closeBackOffice();
    [[nodiscard]] BackOfficeScreen* backOffice() { return m_backOffice; }
    [[nodiscard]] BackOfficeClient* backOfficeClient() { return m_backOfficeClient.get(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildScreens();
    void buildMenu();
    void openTerminal();
    void startDemo();
    void enrol(const struct EnrolmentRequest& request);
    void login(const QString& code, const QString& pin);
    void logout();
    void showCurrentScreen();
    void switchLanguage(const QString& code);

    AppConfig m_config;
    QSettings& m_settings;
    Language& m_language;
    std::unique_ptr<client::Terminal> m_terminal;
    std::unique_ptr<PosController> m_pos;
    QStackedWidget* m_stack = nullptr;
    QPointer<EnrolScreen> m_enrol;
    QPointer<LoginScreen> m_login;
    QPointer<PosScreen> m_posScreen;
    std::unique_ptr<BackOfficeClient> m_backOfficeClient;  // the manager's session with the servers
    QPointer<BackOfficeScreen> m_backOffice;
    SyncStatusBar* m_status = nullptr;
    ScannerFilter* m_scanner = nullptr;
    QTimer* m_statusTimer = nullptr;
    QString m_startupError;
    bool m_rebuildPending = false;
};

}  // namespace magasin::ui
