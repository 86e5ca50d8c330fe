// The desktop app: the point of sale. Against the servers through the gateway (MAGASIN_GATEWAY_URL,
// MAGASIN_API_KEY, as `./magasin run` sets them), else the gateway saved at enrolment, else first start or demo.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include "magasin/ui/app_config.hpp"
#include "magasin/ui/language.hpp"
#include "magasin/ui/main_window.hpp"

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Magasin"));
    QApplication::setApplicationVersion(QStringLiteral(MAGASIN_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Magasin"));
    // The id names the launcher and the icon that the package installs (packaging/desktop): with it the desktop shows
    // the window under its launcher (Wayland's app id) and the window carries the icon.
    QApplication::setDesktopFileName(QStringLiteral(MAGASIN_DESKTOP_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(MAGASIN_DESKTOP_APP_ID)));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Magasin point of sale.\n"
        "Environment: MAGASIN_GATEWAY_URL and MAGASIN_API_KEY (the servers through the gateway), MAGASIN_DATA_DIR\n"
        "(the terminal's journal and credential), MAGASIN_DEMO=1 (demo mode, no server)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a picture of the main window to <file> and quit."),
                                        QStringLiteral("file"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Sell on local demo data, with no server."));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("fr or en (saved as the setting)."),
                                      QStringLiteral("code"));
    parser.addOption(screenshot);
    parser.addOption(demo);
    parser.addOption(language);
    parser.process(app);

    QSettings settings;
    if (parser.isSet(language)) {
        settings.setValue(QString::fromLatin1(magasin::ui::settings_keys::kLanguage), parser.value(language));
    }
    magasin::ui::Language translations;
    translations.apply(magasin::ui::Language::resolve(
        settings.value(QString::fromLatin1(magasin::ui::settings_keys::kLanguage)).toString()));

    const auto config =
        magasin::ui::AppConfig::resolve(QProcessEnvironment::systemEnvironment(), settings, parser.isSet(demo),
                                        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    magasin::ui::MainWindow window(config, settings, translations);
    window.show();

    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        QTimer::singleShot(0, &window, [&window, &app, path] { app.exit(window.grab().save(path) ? 0 : 1); });
    }
    return QApplication::exec();
}
