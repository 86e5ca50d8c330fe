// The main window opens with the product's name and version, and is saved as a screenshot for the docs.
#include "magasin/ui/main_window.hpp"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QTest>

class MainWindowGuiTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsProductNameAndVersion() {
        QApplication::setApplicationVersion(QStringLiteral(MAGASIN_VERSION));
        magasin::ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(window.windowTitle(), QStringLiteral("Magasin " MAGASIN_VERSION));
        auto* title = window.findChild<QLabel*>(QStringLiteral("productTitle"));
        QVERIFY(title != nullptr);
        QVERIFY(title->isVisible());
        QCOMPARE(title->text(), QStringLiteral("Magasin " MAGASIN_VERSION));

        const QString dir = qEnvironmentVariable("MAGASIN_SCREENSHOT_DIR", QDir::tempPath());
        const QImage shot = window.grab().toImage();
        QCOMPARE(shot.size(), window.size());
        QVERIFY(shot.save(dir + QStringLiteral("/main_window.png")));
    }
};

QTEST_MAIN(MainWindowGuiTest)
#include "main_window_guitest.moc"
