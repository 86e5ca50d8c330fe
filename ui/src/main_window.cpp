#include "magasin/ui/main_window.hpp"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>

#include "magasin/client/client_error.hpp"
#include "magasin/client/terminal.hpp"
#include "magasin/ui/back_office_client.hpp"
#include "magasin/ui/back_office_page.hpp"
#include "magasin/ui/back_office_screen.hpp"
#include "magasin/ui/demo_data.hpp"
#include "magasin/ui/enrol_screen.hpp"
#include "magasin/ui/language.hpp"
#include "magasin/ui/login_screen.hpp"
#include "magasin/ui/pos_controller.hpp"
#include "magasin/ui/pos_screen.hpp"
#include "magasin/ui/scanner_filter.hpp"
#include "magasin/ui/sync_status_bar.hpp"

namespace magasin::ui {

MainWindow::MainWindow(AppConfig config, QSettings& settings, Language& language, QWidget* parent)
    : QMainWindow(parent), m_config(std::move(config)), m_settings(settings), m_language(language) {
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 800);
    m_scanner = new ScannerFilter(this);
    qApp->installEventFilter(m_scanner);
    m_statusTimer = new QTimer(this);
    m_statusTimer->setInterval(2000);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    m_statusTimer->start();
    if (m_config.mode != AppMode::kFirstStart) {
        openTerminal();
    }
    buildScreens();
}

MainWindow::~MainWindow() {
    qApp->removeEventFilter(m_scanner);
    delete m_backOffice;
    m_backOfficeClient.reset();
    // The controller refers to the terminal: it goes first.
    m_pos.reset();
    m_terminal.reset();
}

QString MainWindow::productTitle() {
    return QStringLiteral("Magasin %1").arg(QStringLiteral(MAGASIN_VERSION));
}

void MainWindow::openTerminal() {
    m_pos.reset();
    m_terminal.reset();
    m_startupError.clear();
    const bool demo = m_config.mode == AppMode::kDemo;
    try {
        if (demo) {
            DemoData::prepare(m_config.dataDir());
        }
        m_terminal = std::make_unique<client::Terminal>(
            client::TerminalConfig{.dataDir = m_config.dataDir(), .endpoints = m_config.endpoints, .online = !demo});
        if (demo) {
            DemoData::fill(*m_terminal);
        }
        m_pos = std::make_unique<PosController>(
            *m_terminal, m_config.dataDir() + QStringLiteral("/receipts"),
            m_settings.value(QString::fromLatin1(settings_keys::kPrinterHost)).toString(), demo);
        if (m_terminal->enrolled()) {
            if (auto* agent = m_terminal->startSync()) {
                connect(agent, &client::SyncAgent::statusChanged, this, [this] { refreshStatus(); });
            }
        }
    } catch (const std::exception& e) {
        m_pos.reset();
        m_terminal.reset();
        m_startupError = PosController::errorMessage(e);
    }
}

void MainWindow::buildScreens() {
    m_rebuildPending = false;
    if (m_posScreen) {
        disconnect(m_scanner, nullptr, m_posScreen, nullptr);
    }
    const bool backOfficeWasOpen =
        m_backOffice != nullptr && m_stack != nullptr && m_stack->currentWidget() == m_backOffice;
    const QString backOfficePage =
        backOfficeWasOpen && m_backOffice->currentPage() ? m_backOffice->currentPage()->objectName() : QString();
    if (m_backOffice != nullptr) {
        // It goes with the old screens (this may run inside one of its signals); the session's client stays.
        m_backOffice->deleteLater();
        m_backOffice = nullptr;
    }
    // setCentralWidget deletes the old screens later: this may run inside one of their signals.
    setWindowTitle(productTitle());
    m_stack = new QStackedWidget(this);
    setCentralWidget(m_stack);

    m_enrol = new EnrolScreen(m_stack);
    m_enrol->setGateway(m_config.gatewayUrl, m_config.endpoints.apiKey, m_config.fromEnvironment);
    if (!m_startupError.isEmpty()) {
        m_enrol->setError(m_startupError);
    }
    connect(m_enrol, &EnrolScreen::enrolRequested, this, &MainWindow::enrol);
    connect(m_enrol, &EnrolScreen::demoRequested, this, &MainWindow::startDemo);
    m_stack->addWidget(m_enrol);

    m_login = new LoginScreen(m_stack);
    connect(m_login, &LoginScreen::loginRequested, this, &MainWindow::login);
    m_stack->addWidget(m_login);

    if (m_pos) {
        m_posScreen = new PosScreen(*m_pos, m_stack);
        connect(m_posScreen, &PosScreen::logoutRequested, this, &MainWindow::logout);
        connect(m_posScreen, &PosScreen::backOfficeRequested, this, &MainWindow::openBackOffice);
        connect(m_scanner, &ScannerFilter::scanned, m_posScreen, &PosScreen::onScanned);
        m_stack->addWidget(m_posScreen);
        m_posScreen->refreshSession();
    }

    if (m_status == nullptr) {
        m_status = new SyncStatusBar(this);
        setStatusBar(m_status);
    }
    buildMenu();
    showCurrentScreen();
    // A language switch rebuilds the screens: the manager stays where they were.
    if (backOfficeWasOpen && openBackOffice() && !backOfficePage.isEmpty()) {
        m_backOffice->showPage(backOfficePage);
    }
}

void MainWindow::buildMenu() {
    menuBar()->clear();
    auto* settingsMenu = menuBar()->addMenu(tr("&Settings"));
    auto* languageMenu = settingsMenu->addMenu(tr("&Language"));
    auto* group = new QActionGroup(languageMenu);
    const QString saved = m_settings.value(QString::fromLatin1(settings_keys::kLanguage)).toString();
    const auto addLanguage = [&](const QString& label, const QString& code) {
        auto* action = languageMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(saved == code);
        action->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { switchLanguage(code); });
    };
    // Each language in its own name, so that anyone can find theirs.
    addLanguage(tr("System language"), QString());
    addLanguage(QStringLiteral("Fran\u00e7ais"), QStringLiteral("fr"));
    addLanguage(QStringLiteral("English"), QStringLiteral("en"));
    if (m_config.mode == AppMode::kDemo) {
        auto* leave = settingsMenu->addAction(tr("Leave demo mode"));
        leave->setObjectName(QStringLiteral("leaveDemo"));
        connect(leave, &QAction::triggered, this, [this] {
            m_settings.remove(QString::fromLatin1(settings_keys::kMode));
            m_config.mode = AppMode::kFirstStart;
            m_pos.reset();
            m_terminal.reset();
            buildScreens();
        });
    }
}

void MainWindow::showCurrentScreen() {
    const bool ready = m_terminal && m_terminal->enrolled() && m_pos;
    QWidget* screen = !ready ? static_cast<QWidget*>(m_enrol)
                             : (m_pos->session() ? static_cast<QWidget*>(m_posScreen) : static_cast<QWidget*>(m_login));
    if (screen == m_login) {
        m_login->setStore(m_pos->storeName(), m_pos->isDemo());
        m_login->reset();
    }
    m_stack->setCurrentWidget(screen);
    // Scans count only on the POS screen; on the others the digits belong to the fields.
    m_scanner->setEnabled(screen == m_posScreen);
    screen->setFocus();
    refreshStatus();
}

void MainWindow::refreshStatus() {
    if (m_status == nullptr) {
        return;
    }
    if (!m_pos || !m_terminal->enrolled()) {
        m_status->showNotSetUp();
        return;
    }
    const auto& session = m_pos->session();
    const bool printer = !m_settings.value(QString::fromLatin1(settings_keys::kPrinterHost)).toString().isEmpty();
    const auto store = m_terminal->stores().byId(m_terminal->identity()->storeId.toString());
    m_status->show(m_pos->syncStatus(), m_pos->isDemo(), QDateTime::currentDateTimeUtc(),
                   printer ? m_pos->pendingReceipts() : 0,
                   session ? QString::fromStdString(session->name) : tr("Nobody logged in"),
                   store ? store->maxOfflineWindowHours : client::StoreProfile{}.maxOfflineWindowHours);
}

void MainWindow::startDemo() {
    m_settings.setValue(QString::fromLatin1(settings_keys::kMode), QStringLiteral("demo"));
    m_config.mode = AppMode::kDemo;
    openTerminal();
    buildScreens();
}

void MainWindow::enrol(const EnrolmentRequest& request) {
    m_config.mode = AppMode::kServers;
    m_config.gatewayUrl = request.gatewayUrl;
    m_config.endpoints = client::ServerEndpoints::gateway(QUrl(request.gatewayUrl), request.apiKey);
    openTerminal();
    if (!m_terminal) {
        m_enrol->setError(m_startupError);
        return;
    }
    try {
        m_terminal->enrol(request.managerCode.toStdString(), request.managerPin.toStdString(),
                          request.deviceName.toStdString());
    } catch (const std::exception& e) {
        m_enrol->setError(PosController::errorMessage(e));
        return;
    }
    if (!m_config.fromEnvironment) {
        m_settings.setValue(QString::fromLatin1(settings_keys::kGatewayUrl), request.gatewayUrl);
        m_settings.setValue(QString::fromLatin1(settings_keys::kApiKey), request.apiKey);
    }
    m_settings.setValue(QString::fromLatin1(settings_keys::kMode), QStringLiteral("servers"));
    // Now enrolled: the register and the sync worker exist.
    openTerminal();
    buildScreens();
}

void MainWindow::login(const QString& code, const QString& pin) {
    try {
        m_pos->login(code, pin);
    } catch (const std::exception& e) {
        m_login->setError(PosController::errorMessage(e));
        return;
    }
    m_posScreen->refreshSession();
    showCurrentScreen();
}

bool MainWindow::openBackOffice() {
    if (!m_pos || !m_pos->isManager() || m_stack == nullptr) {
        return false;
    }
    if (m_backOffice == nullptr) {
        if (!m_backOfficeClient) {
            m_backOfficeClient = std::make_unique<BackOfficeClient>(m_config.endpoints, *m_pos->session());
        }
        m_backOffice = new BackOfficeScreen(*m_backOfficeClient, m_pos->storeName(), m_stack);
        connect(m_backOffice, &BackOfficeScreen::closeRequested, this, &MainWindow::closeBackOffice);
        m_stack->addWidget(m_backOffice);
    }
    m_scanner->setEnabled(false);
    m_stack->setCurrentWidget(m_backOffice);
    m_backOffice->setFocus();
    return true;
}

void MainWindow::closeBackOffice() {
    showCurrentScreen();
}

void MainWindow::logout() {
    // The manager's back office and tokens go with the session.
    delete m_backOffice;
    m_backOfficeClient.reset();
    m_pos->logout();
    showCurrentScreen();
}

void MainWindow::switchLanguage(const QString& code) {
    m_settings.setValue(QString::fromLatin1(settings_keys::kLanguage), code);
    m_language.apply(Language::resolve(code));
}

void MainWindow::changeEvent(QEvent* event) {
    // Rebuilding the screens re-reads every tr() text; the cart and the session live in the controller.
    // Qt sends one LanguageChange per translator installed or removed: one rebuild is enough.
    if (event->type() == QEvent::LanguageChange && m_stack != nullptr && !m_rebuildPending) {
        m_rebuildPending = true;
        QTimer::singleShot(0, this, &MainWindow::buildScreens);
    }
    QMainWindow::changeEvent(event);
}

}  // namespace magasin::ui
