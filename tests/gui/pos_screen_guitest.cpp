// The POS screen driven like a cashier with the real widgets (demo mode, offscreen): log in, scan two barcodes as a
// scanner's burst, search and add a third product, change a quantity, pay cash with change, get the receipt; cancel
// the sale with a manager's PIN; a cashier cannot cancel without one. Saves screenshots for the README.
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrl>

#include "gui_fixture.hpp"
#include "magasin/client/terminal.hpp"
#include "magasin/ui/cancel_sale_dialog.hpp"
#include "magasin/ui/demo_data.hpp"
#include "magasin/ui/money_text.hpp"
#include "magasin/ui/payment_dialog.hpp"
#include "magasin/ui/pos_controller.hpp"
#include "magasin/ui/pos_screen.hpp"
#include "magasin/ui/scanner_filter.hpp"

using magasin::ui::DemoData;
using magasin::ui::formatMoney;
using magasin::ui::test::GuiFixture;

class PosScreenGuiTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Names and problem details come from the servers; a product or staff named "<b>x</b>" or "<img src=...>" must
    // show as those characters, so every label that shows them is plain text, never Qt's rich-text guess.
    void labelsShowingServerTextAreNeverMarkup() {
        GuiFixture f(QStringLiteral("en"));
        QVERIFY(f.login(QStringLiteral("1001"), QStringLiteral("1111")));
        for (const char* name : {"loginStore", "loginError", "posHeader", "messageLabel", "connectionStatus",
                                 "pendingStatus", "dataAgeStatus", "receiptsStatus", "userStatus"}) {
            auto* label = f.find<QLabel>(QString::fromLatin1(name));
            QVERIFY2(label != nullptr, name);
            QVERIFY2(label->textFormat() == Qt::PlainText, name);
        }
    }

    void cashierSellsWithScannerSearchQuantityAndCashThenManagerPinCancels() {
        GuiFixture f(QStringLiteral("en"));
        QVERIFY(f.login(QStringLiteral("1001"), QStringLiteral("1111")));
        auto* pos = f.find<magasin::ui::PosScreen>(QStringLiteral("posScreen"));
        QVERIFY(pos != nullptr && pos->isVisible());
        auto* input = f.find<QLineEdit>(QStringLiteral("scanInput"));
        QCOMPARE(GuiFixture::focus(), input);

        // The scanner works wherever the focus is: here on the search field, then on the cart table.
        GuiFixture::scan(DemoData::barcodeOf(3));
        auto* cart = f.find<QTableView>(QStringLiteral("cartTable"));
        cart->setFocus();
        GuiFixture::scan(DemoData::barcodeOf(0));
        const auto& lines = f.window->pos()->cart()->lines();
        QCOMPARE(lines.size(), std::size_t{2});
        QCOMPARE(lines[0].name, std::string("Câble USB-C 1 m"));
        QCOMPARE(lines[1].name, std::string("Café équitable 340 g"));
        QVERIFY2(input->text().isEmpty(), qPrintable(input->text()));  // no digits left behind

        // Typed search, without the accent, instant results; Enter adds the highlighted one.
        input->setFocus();
        GuiFixture::type(QStringLiteral("ecout"));
        auto* results = f.find<QTableView>(QStringLiteral("searchResults"));
        QVERIFY(results->isVisible());
        QCOMPARE(results->model()->rowCount(), 1);
        QCOMPARE(results->model()->index(0, 0).data().toString(), QStringLiteral("Écouteurs sans fil"));
        GuiFixture::press(Qt::Key_Return);
        QCOMPARE(lines.size(), std::size_t{3});
        QVERIFY(!results->isVisible());

        // F4: quantity of the current line (the one just added), typed, Enter.
        GuiFixture::press(Qt::Key_F4);
        auto* quantity = f.find<QSpinBox>(QStringLiteral("quantitySpin"));
        QCOMPARE(GuiFixture::focus(), quantity);
        GuiFixture::type(QStringLiteral("3"));
        GuiFixture::press(Qt::Key_Return);
        QCOMPARE(lines[2].quantity, std::int64_t{3});
        QCOMPARE(GuiFixture::focus(), input);

        // Subtotal 19,99 + 12,99 + 3 × 79,99 = 272,95; taxable 259,96: GST 5 % = 13,00, QST 9,975 % = 25,93.
        const std::int64_t expectedTotal = 27295 + 1300 + 2593;
        auto* total = f.find<QLabel>(QStringLiteral("totalLabel"));
        QVERIFY2(total->text().contains(formatMoney(expectedTotal)), qPrintable(total->text()));
        QVERIFY(f.find<QLabel>(QStringLiteral("taxesLabel"))->text().contains(formatMoney(1300)));
        QVERIFY(f.find<QLabel>(QStringLiteral("taxesLabel"))->text().contains(formatMoney(2593)));
        f.screenshot(f.window.get(), QStringLiteral("pos_screen.png"));

        // F12: pay 400 cash; the change is shown before completing; Enter completes.
        QString changeShown;
        f.withDialog(
            [&](QWidget* w) {
                auto* dialog = qobject_cast<magasin::ui::PaymentDialog*>(w);
                if (dialog == nullptr) {
                    w->close();
                    return;
                }
                QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("amountInput")), QStringLiteral("400"));
                QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("amountInput")), Qt::Key_Return);
                changeShown = dialog->findChild<QLabel*>(QStringLiteral("remainingLabel"))->text();
                f.screenshot(dialog, QStringLiteral("payment_dialog.png"));
                // The keyboard stays in the dialog's focused field: Enter again completes the sale.
                QVERIFY(dialog->focusWidget() != nullptr);
                QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
                if (dialog->isVisible()) {
                    dialog->reject();  // the assertions below then fail instead of hanging
                }
            },
            [] { GuiFixture::press(Qt::Key_F12); });
        QVERIFY2(changeShown.contains(formatMoney(40000 - expectedTotal)), qPrintable(changeShown));

        // The sale is in the journal, its command in the outbox, its receipt queued and written as a PDF.
        QVERIFY(f.window->pos()->cart()->isEmpty());
        const auto sales = f.window->terminal()->registerDesk().recentSales();
        QCOMPARE(sales.size(), std::size_t{1});
        const QString saleId = QString::fromStdString(sales[0].saleId);
        QCOMPARE(sales[0].totalCents, expectedTotal);
        const auto receipt = f.window->terminal()->printQueue().receiptOf(sales[0].saleId);
        QVERIFY(receipt.has_value());
        QCOMPARE(receipt->totalCents, expectedTotal);
        QCOMPARE(receipt->changeCents, 40000 - expectedTotal);
        QCOMPARE(receipt->cashierName, std::string("Julie Roy"));
        QVERIFY(QFile::exists(f.window->pos()->receiptPath(saleId)));
        auto* receiptView = f.find<QPlainTextEdit>(QStringLiteral("receiptView"));
        QVERIFY(receiptView->toPlainText().contains(saleId));
        QVERIFY(receiptView->toPlainText().contains(formatMoney(expectedTotal)));
        QVERIFY(pos->message().contains(formatMoney(40000 - expectedTotal)));
        QVERIFY2(total->text().contains(formatMoney(40000 - expectedTotal)), qPrintable(total->text()));
        f.window->refreshStatus();
        QCOMPARE(f.find<QLabel>(QStringLiteral("pendingStatus"))->text(), QStringLiteral("To sync: 1"));

        f.screenshot(f.window.get(), QStringLiteral("pos_screen_after_sale.png"));

        // F11: the receipt again, as a duplicate job in the print queue.
        GuiFixture::press(Qt::Key_F11);
        bool reprinted = false;
        for (const auto& job : f.window->terminal()->printQueue().pending()) {
            reprinted = reprinted || (job.reprint && job.saleId == sales[0].saleId);
        }
        QVERIFY(reprinted);

        // F8 as the cashier: without a manager the cancellation is refused; with the manager's code and PIN it goes.
        QString refusal;
        bool stillActiveAfterRefusal = false;
        f.withDialog(
            [&](QWidget* w) {
                auto* dialog = qobject_cast<magasin::ui::CancelSaleDialog*>(w);
                if (dialog == nullptr) {
                    w->close();
                    return;
                }
                QVERIFY(dialog->selectSale(saleId));
                QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("reasonInput")),
                                 QStringLiteral("Customer changed their mind"));
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("confirmCancelButton")),
                                  Qt::LeftButton);
                refusal = dialog->error();
                stillActiveAfterRefusal =
                    f.window->terminal()->registerDesk().recentSales().at(0).status == std::string("active");
                QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("managerCode")), QStringLiteral("1002"));
                QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("managerPin")), QStringLiteral("1919"));
                f.screenshot(dialog, QStringLiteral("cancel_sale_dialog.png"));
                QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("managerPin")), Qt::Key_Return);
                if (dialog->isVisible()) {
                    dialog->reject();
                }
            },
            [] { GuiFixture::press(Qt::Key_F8); });
        QVERIFY2(!refusal.isEmpty(), "a cashier's cancellation without a manager was not refused");
        QVERIFY(stillActiveAfterRefusal);
        QCOMPARE(f.window->terminal()->registerDesk().recentSales().at(0).status, std::string("cancelled"));
        QCOMPARE(f.window->terminal()->outbox().pendingCount(), std::int64_t{2});  // RecordSale + CancelSale
        // The override is audited with the manager who approved it.
        bool audited = false;
        for (const auto& entry : f.window->terminal()->sessions().auditLog()) {
            audited = audited || (entry.action == "override_granted" && entry.subject == saleId.toStdString());
        }
        QVERIFY(audited);
    }

    void cashierCannotCancelWithWrongOrOwnPin() {
        GuiFixture f(QStringLiteral("en"));
        QVERIFY(f.login(QStringLiteral("1001"), QStringLiteral("1111")));
        QCOMPARE(f.window->pos()->scan(DemoData::barcodeOf(2)), magasin::ui::ScanResult::kAdded);
        const auto recorded = f.window->pos()->checkout({magasin::domain::Payment::cash(
            magasin::domain::Money::fromCents(f.window->pos()->totals().total.cents()))});
        const QString saleId = QString::fromStdString(recorded.saleId);

        QStringList errors;
        f.withDialog(
            [&](QWidget* w) {
                auto* dialog = qobject_cast<magasin::ui::CancelSaleDialog*>(w);
                if (dialog == nullptr) {
                    w->close();
                    return;
                }
                auto* code = dialog->findChild<QLineEdit*>(QStringLiteral("managerCode"));
                auto* pin = dialog->findChild<QLineEdit*>(QStringLiteral("managerPin"));
                QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("reasonInput")),
                                 QStringLiteral("Wrong item scanned"));
                // The cashier's own code and PIN: not a manager.
                QTest::keyClicks(code, QStringLiteral("1001"));
                QTest::keyClicks(pin, QStringLiteral("1111"));
                QTest::keyClick(pin, Qt::Key_Return);
                errors << dialog->error();
                // The manager's code with a wrong PIN.
                code->clear();
                QTest::keyClicks(code, QStringLiteral("1002"));
                QTest::keyClicks(pin, QStringLiteral("0000"));
                QTest::keyClick(pin, Qt::Key_Return);
                errors << dialog->error();
                dialog->reject();
            },
            [&] { f.window->pos()->isManager() ? void() : GuiFixture::press(Qt::Key_F8); });
        QCOMPARE(errors.size(), 2);
        for (const auto& e : errors) {
            QVERIFY2(!e.isEmpty(), "a cancellation without a valid manager PIN was not refused");
        }
        QCOMPARE(f.window->terminal()->registerDesk().recentSales().at(0).status, std::string("active"));
        QCOMPARE(f.window->terminal()->outbox().pendingCount(), std::int64_t{1});
        Q_UNUSED(saleId);
    }

    void managerCancelsWithoutBeingAskedForAPin() {
        GuiFixture f(QStringLiteral("en"));
        QVERIFY(f.login(QStringLiteral("1002"), QStringLiteral("1919")));
        QCOMPARE(f.window->pos()->scan(DemoData::barcodeOf(1)), magasin::ui::ScanResult::kAdded);
        f.window->pos()->checkout({magasin::domain::Payment::cash(magasin::domain::Money::fromCents(10000))});
        bool approvalShown = true;
        f.withDialog(
            [&](QWidget* w) {
                auto* dialog = qobject_cast<magasin::ui::CancelSaleDialog*>(w);
                if (dialog == nullptr) {
                    w->close();
                    return;
                }
                approvalShown = dialog->findChild<QLineEdit*>(QStringLiteral("managerPin"))->isVisible();
                auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("reasonInput"));
                QTest::keyClicks(reason, QStringLiteral("Price error at the shelf"));
                QTest::keyClick(reason, Qt::Key_Return);
                if (dialog->isVisible()) {
                    dialog->reject();
                }
            },
            [] { GuiFixture::press(Qt::Key_F8); });
        QVERIFY(!approvalShown);
        QCOMPARE(f.window->terminal()->registerDesk().recentSales().at(0).status, std::string("cancelled"));
    }

    void badScansAreRefusedWithAMessage_data() {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("expected");
        QString wrongCheck = DemoData::barcodeOf(0);
        wrongCheck[12] = QChar(u'0' + (wrongCheck[12].digitValue() + 1) % 10);
        QTest::newRow("product.barcode.check_digit") << wrongCheck << QStringLiteral("not valid");
        QTest::newRow("product.barcode.not_found") << QStringLiteral("4006381333931") << QStringLiteral("No product");
    }

    void badScansAreRefusedWithAMessage() {
        QFETCH(QString, digits);
        QFETCH(QString, expected);
        GuiFixture f(QStringLiteral("en"));
        QVERIFY(f.login(QStringLiteral("1001"), QStringLiteral("1111")));
        GuiFixture::scan(digits);
        QVERIFY(f.window->pos()->cart()->isEmpty());
        auto* pos = f.find<magasin::ui::PosScreen>(QStringLiteral("posScreen"));
        QVERIFY2(pos->message().contains(expected), qPrintable(pos->message()));
    }

    void slowTypingIsNotAScan() {
        // Digits typed by a person (slower than a scanner) are a search or a code, never a scan on their own.
        GuiFixture f(QStringLiteral("en"));
        QVERIFY(f.login(QStringLiteral("1001"), QStringLiteral("1111")));
        auto* input = f.find<QLineEdit>(QStringLiteral("scanInput"));
        QTest::keyClicks(input, DemoData::barcodeOf(3), Qt::NoModifier, 60);
        QCOMPARE(input->text(), DemoData::barcodeOf(3));  // still in the field: the scanner filter left it alone
        QTest::keyClick(input, Qt::Key_Return);           // Enter on typed digits looks the code up
        QCOMPARE(f.window->pos()->cart()->lines().size(), std::size_t{1});
    }

    void splitPaymentCardThenCashAndKeyboardLineRemoval() {
        GuiFixture f(QStringLiteral("en"));
        QVERIFY(f.login(QStringLiteral("1001"), QStringLiteral("1111")));
        GuiFixture::scan(DemoData::barcodeOf(4));  // Écouteurs 79,99
        GuiFixture::scan(DemoData::barcodeOf(7));  // Mitaines 18,99
        GuiFixture::scan(DemoData::barcodeOf(9));  // Essuie-tout 8,99
        QCOMPARE(f.window->pos()->cart()->rowCount(), 3);
        // From the scan field: ↑ picks the line above the last, Del removes it.
        GuiFixture::press(Qt::Key_Up);
        GuiFixture::press(Qt::Key_Delete);
        QCOMPARE(f.window->pos()->cart()->rowCount(), 2);
        QCOMPARE(f.window->pos()->cart()->lines()[1].name, std::string("Essuie-tout (6 rouleaux)"));

        // 79,99 + 8,99 = 88,98; GST 4,45; QST 8,88: total 102,31. Card 60 (refused above what is due), then cash.
        const std::int64_t total = 8898 + 445 + 888;
        QCOMPARE(f.window->pos()->totals().total.cents(), total);
        QString tooMuch;
        f.withDialog(
            [&](QWidget* w) {
                auto* dialog = qobject_cast<magasin::ui::PaymentDialog*>(w);
                auto* amount = dialog->findChild<QLineEdit*>(QStringLiteral("amountInput"));
                auto* reference = dialog->findChild<QLineEdit*>(QStringLiteral("referenceInput"));
                QTest::keyClicks(amount, QStringLiteral("200"));
                QTest::keyClicks(reference, QStringLiteral("T-4821"));
                QTest::keyClick(amount, Qt::Key_F6);
                tooMuch = dialog->findChild<QLabel*>(QStringLiteral("paymentError"))->text();
                amount->clear();
                QTest::keyClicks(amount, QStringLiteral("60"));
                QTest::keyClick(amount, Qt::Key_F6);
                QCOMPARE(dialog->remainingCents(), total - 6000);
                QTest::keyClicks(amount, QStringLiteral("50"));
                QTest::keyClick(amount, Qt::Key_Return);  // cash
                QCOMPARE(dialog->changeCents(), 6000 + 5000 - total);
                QTest::keyClick(amount, Qt::Key_Return);  // complete
                if (dialog->isVisible()) {
                    dialog->reject();
                }
            },
            [] { GuiFixture::press(Qt::Key_F12); });
        QVERIFY2(tooMuch.contains(QStringLiteral("at most")), qPrintable(tooMuch));
        const auto sales = f.window->terminal()->registerDesk().recentSales();
        QCOMPARE(sales.size(), std::size_t{1});
        const auto receipt = f.window->terminal()->printQueue().receiptOf(sales[0].saleId);
        QVERIFY(receipt.has_value());
        QCOMPARE(receipt->payments.size(), std::size_t{2});
        QCOMPARE(receipt->payments[0].method, std::string("card"));
        QCOMPARE(receipt->payments[0].reference, std::string("T-4821"));
        QCOMPARE(receipt->changeCents, 6000 + 5000 - total);
    }

    void replenishmentRequestIsQueuedFromTheKeyboard() {
        GuiFixture f(QStringLiteral("en"));
        QVERIFY(f.login(QStringLiteral("1001"), QStringLiteral("1111")));
        GuiFixture::type(QStringLiteral("grattoir"));
        f.withDialog(
            [&](QWidget* w) {
                auto* spin = w->findChild<QSpinBox*>();
                QVERIFY(spin != nullptr);
                spin->selectAll();
                QTest::keyClicks(spin, QStringLiteral("24"));
                QTest::keyClick(spin, Qt::Key_Return);
            },
            [] { GuiFixture::press(Qt::Key_F9); });
        QCOMPARE(f.window->terminal()->outbox().pendingCount(
                     magasin::client::Outbox::streamOf("CreateReplenishmentRequest")),
                 std::int64_t{1});
        const auto pending =
            f.window->terminal()->outbox().pending(magasin::client::Outbox::streamOf("CreateReplenishmentRequest"), 10);
        QCOMPARE(pending.size(), std::size_t{1});
        QCOMPARE(pending[0].type, std::string("CreateReplenishmentRequest"));
        QCOMPARE(pending[0].payload.at("quantity").get<std::int64_t>(), std::int64_t{24});
        QVERIFY(f.find<magasin::ui::PosScreen>(QStringLiteral("posScreen"))->message().contains(QStringLiteral("24")));
    }

    void aScanDuringPaymentDoesNotChangeTheSaleAndF10LogsOut() {
        GuiFixture f(QStringLiteral("en"));
        QVERIFY(f.login(QStringLiteral("1001"), QStringLiteral("1111")));
        GuiFixture::scan(DemoData::barcodeOf(10));
        const auto before = f.window->pos()->totals().total.cents();
        std::int64_t amountDue = 0;
        f.withDialog(
            [&](QWidget* w) {
                GuiFixture::scan(DemoData::barcodeOf(11));  // into the dialog's amount field
                amountDue = qobject_cast<magasin::ui::PaymentDialog*>(w)->remainingCents();
                w->close();
            },
            [] { GuiFixture::press(Qt::Key_F12); });
        QCOMPARE(f.window->pos()->cart()->rowCount(), 1);
        QCOMPARE(f.window->pos()->totals().total.cents(), before);
        QCOMPARE(amountDue, before);

        GuiFixture::press(Qt::Key_F10);
        QVERIFY(!f.window->pos()->session().has_value());
        QVERIFY(f.find<QLineEdit>(QStringLiteral("employeeCode"))->isVisible());
        QVERIFY(f.window->pos()->cart()->isEmpty());  // the next cashier starts from an empty sale
        QVERIFY(!f.window->scanner()->isEnabled());   // digits on the login screen are a code or a PIN
    }

    void frenchScreensAreTranslated() {
        GuiFixture f(QStringLiteral("fr"));
        QVERIFY(f.login(QStringLiteral("1001"), QStringLiteral("1111")));
        GuiFixture::scan(DemoData::barcodeOf(3));
        GuiFixture::scan(DemoData::barcodeOf(0));
        QCOMPARE(f.find<QPushButton>(QStringLiteral("payButton"))->text(), QStringLiteral("Payer  [F12]"));
        QVERIFY(f.find<QLabel>(QStringLiteral("taxesLabel"))->text().contains(QStringLiteral("TPS")));
        // 19,99 taxable + 12,99 zero-rated: GST 1,00, QST 1,99, total 35,97, written the French way.
        QVERIFY2(f.find<QLabel>(QStringLiteral("totalLabel"))->text().contains(QStringLiteral("35,97\u00a0$")),
                 qPrintable(f.find<QLabel>(QStringLiteral("totalLabel"))->text()));
        QVERIFY(f.find<QLabel>(QStringLiteral("connectionStatus"))->text().contains(QStringLiteral("DÉMO")));
        f.screenshot(f.window.get(), QStringLiteral("pos_screen_fr.png"));
        f.withDialog(
            [&](QWidget* w) {
                f.screenshot(w, QStringLiteral("payment_dialog_fr.png"));
                QVERIFY(w->windowTitle() == QStringLiteral("Paiement"));
                w->close();
            },
            [] { GuiFixture::press(Qt::Key_F12); });
    }

    void languageSwitchesLiveAndKeepsTheCart() {
        GuiFixture f(QStringLiteral("en"));
        QVERIFY(f.login(QStringLiteral("1001"), QStringLiteral("1111")));
        GuiFixture::scan(DemoData::barcodeOf(5));
        auto* french = f.window->findChild<QAction*>(QStringLiteral("language_fr"));
        QVERIFY(french != nullptr);
        french->trigger();
        QTRY_COMPARE(f.find<QPushButton>(QStringLiteral("payButton"))->text(), QStringLiteral("Payer  [F12]"));
        QCOMPARE(f.window->pos()->cart()->lines().size(), std::size_t{1});
        QCOMPARE(f.m_settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
    }

    void enrolledTerminalSellsOfflineWhenTheGatewayIsUnreachable() {
        // An enrolled terminal (credential, staff verifiers and catalogue already in its journal) pointed at a
        // gateway nobody listens on: login falls back to the local verifiers, the sale is kept in the outbox, and
        // the status bar says offline.
        QTemporaryDir dir;
        magasin::ui::AppConfig config;
        config.mode = magasin::ui::AppMode::kServers;
        config.baseDir = dir.path();
        config.gatewayUrl = QStringLiteral("http://127.0.0.1:9");
        config.endpoints = magasin::client::ServerEndpoints::gateway(QUrl(config.gatewayUrl), QStringLiteral("k"));
        {
            DemoData::prepare(config.dataDir());
            magasin::client::Terminal seed({config.dataDir(), {}, false});
            DemoData::fill(seed);
        }
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        magasin::ui::Language language;
        language.apply(QStringLiteral("en"));
        magasin::ui::MainWindow window(config, settings, language);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        auto* code = window.findChild<QLineEdit*>(QStringLiteral("employeeCode"));
        QVERIFY(code != nullptr && code->isVisible());
        QTest::keyClicks(code, QStringLiteral("1001"));
        QTest::keyClick(code, Qt::Key_Return);
        auto* pin = window.findChild<QLineEdit*>(QStringLiteral("pin"));
        QTest::keyClicks(pin, QStringLiteral("1111"));
        QTest::keyClick(pin, Qt::Key_Return);
        QVERIFY2(window.pos()->session().has_value(),
                 qPrintable(window.findChild<QLabel*>(QStringLiteral("loginError"))->text()));
        QVERIFY(!window.pos()->session()->online);

        QCOMPARE(window.pos()->scan(DemoData::barcodeOf(6)), magasin::ui::ScanResult::kAdded);
        window.pos()->checkout({magasin::domain::Payment::cash(magasin::domain::Money::fromCents(5000))});
        window.refreshStatus();
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("pendingStatus"))->text(), QStringLiteral("To sync: 1"));
        QTRY_VERIFY_WITH_TIMEOUT(
            window.findChild<QLabel*>(QStringLiteral("connectionStatus"))->text().contains(QStringLiteral("Offline")),
            10000);
    }

    void wrongPinKeepsTheLoginScreen() {
        GuiFixture f(QStringLiteral("en"));
        QVERIFY(f.login(QStringLiteral("1001"), QStringLiteral("9999")));
        QVERIFY(!f.window->pos()->session().has_value());
        auto* error = f.find<QLabel>(QStringLiteral("loginError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("Wrong")), qPrintable(error->text()));
        f.screenshot(f.window.get(), QStringLiteral("login_screen.png"));
    }
};

QTEST_MAIN(PosScreenGuiTest)
#include "pos_screen_guitest.moc"
