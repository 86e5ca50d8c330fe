// The desktop app against the whole stack as ./magasin run starts it (scripts/stack), through the gateway with the
// pos-desktop API key, as main.cpp configures it from MAGASIN_GATEWAY_URL and MAGASIN_API_KEY: a manager enrols
// the terminal on the enrolment screen, the sync agent pulls the catalogue, a cashier logs in online, scans a
// product of the server's catalogue and pays; the sale leaves the outbox with an outcome from commandes.
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "magasin/client/terminal.hpp"
#include "magasin/ui/app_config.hpp"
#include "magasin/ui/language.hpp"
#include "magasin/ui/main_window.hpp"
#include "magasin/ui/pos_controller.hpp"
#include "stack_fixture.hpp"

namespace {

constexpr int kOffset = 21500;  // servers on 29501-29507, gateway on 29580: beside stack_e2e's 20000
const char* const kPgPort = "25437";

}  // namespace

class DesktopStackE2e : public QObject {
    Q_OBJECT

    magasin::test::StackFixture m_stack{kOffset, QString::fromLatin1(kPgPort)};
    QTemporaryDir m_appDir;
    QString m_posKey;

    std::pair<int, QString> stack(const QString& command) const { return m_stack.run(command); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_stack.valid() && m_appDir.isValid());
        const auto [rc, out] = stack(QStringLiteral("start"));
        QVERIFY2(rc == 0, qPrintable(out));
        QFile keys(m_stack.filePath(QStringLiteral("secrets/api-keys.env")));
        QVERIFY2(keys.open(QIODevice::ReadOnly), "the stack wrote no development API keys");
        const auto match = QRegularExpression(QStringLiteral("DECK_MAGASIN_API_KEY_POS_DESKTOP=(\\w+)"))
                               .match(QString::fromUtf8(keys.readAll()));
        QVERIFY(match.hasMatch());
        m_posKey = match.captured(1);
    }

    void enrolSyncLogInAndSellThroughTheGateway() {
        QSettings settings(m_appDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        magasin::ui::Language language;
        language.apply(QStringLiteral("en"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("MAGASIN_GATEWAY_URL"), QStringLiteral("http://127.0.0.1:%1").arg(8080 + kOffset));
        env.insert(QStringLiteral("MAGASIN_API_KEY"), m_posKey);
        const auto config = magasin::ui::AppConfig::resolve(env, settings, false, m_appDir.path());
        QCOMPARE(config.mode, magasin::ui::AppMode::kServers);

        magasin::ui::MainWindow window(config, settings, language);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // First start: the enrolment screen, the gateway given by the environment; commandes' demo manager enrols.
        auto* managerCode = window.findChild<QLineEdit*>(QStringLiteral("managerCode"));
        QVERIFY(managerCode != nullptr && managerCode->isVisible());
        QTest::keyClicks(managerCode, QStringLiteral("1002"));
        auto* managerPin = window.findChild<QLineEdit*>(QStringLiteral("managerPin"));
        QTest::keyClicks(managerPin, QStringLiteral("1919"));
        QTest::keyClick(managerPin, Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(window.terminal() != nullptr && window.terminal()->enrolled(),
                                  qPrintable(window.findChild<QLabel*>(QStringLiteral("enrolError"))
                                                 ? window.findChild<QLabel*>(QStringLiteral("enrolError"))->text()
                                                 : QString()),
                                  20000);

        // The sync agent pulls the store's staff and the catalogue through the gateway.
        QTRY_VERIFY_WITH_TIMEOUT(window.terminal()->catalogue().count() > 0, 60000);
        auto* code = window.findChild<QLineEdit*>(QStringLiteral("employeeCode"));
        QVERIFY(code != nullptr && code->isVisible());
        QTest::keyClicks(code, QStringLiteral("1001"));
        auto* pin = window.findChild<QLineEdit*>(QStringLiteral("pin"));
        QTest::keyClicks(pin, QStringLiteral("1111"));
        QTest::keyClick(pin, Qt::Key_Return);
        QVERIFY2(window.pos()->session().has_value(),
                 qPrintable(window.findChild<QLabel*>(QStringLiteral("loginError"))->text()));
        QVERIFY(window.pos()->session()->online);  // commandes checked the PIN

        // A product of the server's catalogue, by its barcode, as the scanner would send it.
        std::string barcode;
        for (const auto& p : window.terminal()->catalogue().search(QStringLiteral("informatique"), 20)) {
            if (!p.barcodes.empty()) {
                barcode = p.barcodes.front();
                break;
            }
        }
        QVERIFY2(!barcode.empty(), "no product of the demo catalogue's Informatique category has a barcode");
        QCOMPARE(window.pos()->scan(QString::fromStdString(barcode)), magasin::ui::ScanResult::kAdded);
        const auto total = window.pos()->totals().total.cents();
        const auto sale =
            window.pos()->checkout({magasin::domain::Payment::cash(magasin::domain::Money::fromCents(total + 1000))});
        QCOMPARE(sale.changeDueCents, std::int64_t{1000});

        // Pushed by the agent (syncNow after the sale) and answered by commandes through the gateway.
        QTRY_COMPARE_WITH_TIMEOUT(window.terminal()->outbox().pendingCount(), std::int64_t{0}, 60000);
        const auto record = window.terminal()->outbox().record(sale.command.commandId);
        QVERIFY(record.has_value());
        QVERIFY2(record->status != magasin::sync::OutcomeStatus::kRejected,
                 qPrintable(QString::fromStdString(record->problem.dump())));
        window.refreshStatus();
        QTRY_VERIFY_WITH_TIMEOUT(
            window.findChild<QLabel*>(QStringLiteral("connectionStatus"))->text().contains(QStringLiteral("Online")),
            30000);
        const QString dir = qEnvironmentVariable("MAGASIN_SCREENSHOT_DIR", QDir::tempPath());
        QVERIFY(window.grab().save(dir + QStringLiteral("/pos_screen_online.png")));
    }

    void cleanupTestCase() { stack(QStringLiteral("stop")); }
};

QTEST_MAIN(DesktopStackE2e)
#include "desktop_stack_e2e.moc"
