// A demo-mode MainWindow in a temporary folder, shown offscreen, with helpers that drive it like a cashier: keys into
// the focused widget, a scanner's burst, modal dialogs handled from a timer. Usage: GuiFixture f("en"); f.login(...);
#pragma once

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

#include "magasin/ui/app_config.hpp"
#include "magasin/ui/language.hpp"
#include "magasin/ui/main_window.hpp"

namespace magasin::ui::test {

class GuiFixture {
public:
    explicit GuiFixture(const QString& language)
        : m_settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat) {
        m_language.apply(language);
        AppConfig config;
        config.mode = AppMode::kDemo;
        config.baseDir = m_dir.path();
        window = std::make_unique<MainWindow>(config, m_settings, m_language);
        window->show();
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
    }

    template <typename T>
    T* find(const QString& name) const {
        return window->findChild<T*>(name);
    }

    // Keys go where the keyboard's focus is, as on a real terminal.
    static QWidget* focus() { return QApplication::focusWidget(); }
    static void type(const QString& text) { QTest::keyClicks(focus(), text); }
    static void press(Qt::Key key) { QTest::keyClick(focus(), key); }

    // A keyboard-wedge scanner: every digit within a millisecond, then Enter, into whatever has the focus.
    static void scan(const QString& digits) {
        QWidget* target = focus();
        QTest::keyClicks(target, digits);
        QTest::keyClick(target, Qt::Key_Return);
    }

    bool login(const QString& code, const QString& pin) {
        auto* codeEdit = find<QLineEdit>(QStringLiteral("employeeCode"));
        if (codeEdit == nullptr || !codeEdit->isVisible()) {
            return false;
        }
        codeEdit->setFocus();
        type(code);
        press(Qt::Key_Return);  // to the PIN
        type(pin);
        press(Qt::Key_Return);
        return true;
    }

    // Runs `drive` on the next modal dialog as soon as it is open (from the dialog's own event loop); `open` opens it.
    void withDialog(const std::function<void(QWidget*)>& drive, const std::function<void()>& open) {
        bool ran = false;
        std::function<void()> poll;
        poll = [&] {
            if (auto* dialog = QApplication::activeModalWidget()) {
                ran = true;
                // As a window manager would: the new dialog is the active window (its shortcuts need that).
                QApplication::setActiveWindow(dialog);
                drive(dialog);
                return;
            }
            QTimer::singleShot(10, poll);
        };
        QTimer::singleShot(0, poll);
        open();
        // What the window manager does when a dialog closes: its parent window is active again.
        QApplication::setActiveWindow(window.get());
        QVERIFY2(ran, "no dialog opened");
    }

    void screenshot(QWidget* widget, const QString& name) const {
        // Let pending layout and paint requests run, as they would before a person looks.
        QTest::qWait(50);
        const QString dir = qEnvironmentVariable("MAGASIN_SCREENSHOT_DIR", QDir::tempPath());
        QVERIFY(widget->grab().save(dir + QStringLiteral("/") + name));
    }

    QTemporaryDir m_dir;
    QSettings m_settings;
    Language m_language;
    std::unique_ptr<MainWindow> window;
};

}  // namespace magasin::ui::test
