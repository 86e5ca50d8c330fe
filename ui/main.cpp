// The desktop app: point of sale for cashiers and back-office for managers.
#include "magasin/ui/main_window.hpp"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Magasin"));
    QApplication::setApplicationVersion(QStringLiteral(MAGASIN_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Magasin"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Magasin point of sale and back-office"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a picture of the main window to <file> and quit."),
                                        QStringLiteral("file"));
    parser.addOption(screenshot);
    parser.process(app);

    magasin::ui::MainWindow window;
    window.show();

    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        QTimer::singleShot(0, &window, [&window, &app, path] { app.exit(window.grab().save(path) ? 0 : 1); });
    }
    return QApplication::exec();
}
