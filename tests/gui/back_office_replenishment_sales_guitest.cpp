// The replenishment and sales screens against the real stack, in French (the docs' screenshot), as a manager of
// Magasin Central: approving a request moves both stock levels (read from inventaire before and after, and as the
// page shows them); approving more than the central stock shows inventaire's reason; a short rejection reason gets
// the rule's message, a proper one rejects; a withdrawal asks first; a suggestion becomes a request; the sales list
// filters by store, status, period, cashier and flags with the demo data's known sales; a sale's receipt; a
// cancellation with a reason, confirmed, changes its status; a cashier opens none of it and the servers refuse them.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include "back_office_fixture.hpp"
#include "magasin/ui/json_table_model.hpp"
#include "magasin/ui/money_text.hpp"
#include "magasin/ui/replenishment_page.hpp"
#include "magasin/ui/sales_page.hpp"

using magasin::ui::BackOfficeClient;
using magasin::ui::BackOfficePage;
using magasin::ui::JsonTableModel;
using magasin::ui::ReplenishmentPage;
using magasin::ui::SalesPage;
using magasin::ui::Server;
using magasin::ui::test::BackOfficeFixture;
using nlohmann::json;

namespace {

// The demo data (server/supply-chain and server/inventaire demo data, server/commandes demo sales).
constexpr const char* kSudStore = "33333333-3333-3333-3333-333333333333";
constexpr const char* kSouris = "550e8400-e29b-41d4-a716-446655440002";
constexpr const char* kChocolat = "550e8400-e29b-41d4-a716-446655440005";
constexpr const char* kSourisForSud = "66666666-6666-4666-8666-666666666602";         // 8 asked, pending
constexpr const char* kEcouteursForCentral = "66666666-6666-4666-8666-666666666601";  // 6 asked, pending
constexpr const char* kCentralSale = "01936b2a-0000-7000-8000-0000000000d1";          // Café ×2 + Chocolat
constexpr const char* kCentralFlaggedSale = "01936b2a-0000-7000-8000-0000000000d2";   // Clavier, price flag
constexpr const char* kCentralCashier = "44444444-4444-4444-4444-444444444411";
constexpr const char* kCentralManager = "44444444-4444-4444-4444-444444444412";

// Money as a text view gives it back (QPlainTextEdit turns the no-break space of "91,97 $" into a space).
QString moneyAsShown(std::int64_t cents) {
    return magasin::ui::formatMoney(cents).replace(QChar(0x00A0), QLatin1Char(' '));
}

void choose(QComboBox* combo, const QString& data) {
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

}  // namespace

class ReplenishmentSalesTest : public QObject {
    Q_OBJECT

    BackOfficeFixture m_f{22500, QStringLiteral("25443"), QStringLiteral("fr")};

    BackOfficeClient& client() { return *m_f.window->backOfficeClient(); }

    // inventaire's own figure for a level, outside the page.
    long long levelOf(const QString& location, const char* product) {
        const auto reply =
            BackOfficeFixture::call(client(), Server::kInventaire, "GET",
                                    QStringLiteral("/v1/stocks/%1/%2").arg(location, QString::fromLatin1(product)));
        if (!reply.ok) {
            qWarning() << reply.status << reply.error;
            return -1'000'000;
        }
        return reply.data.value("level", -1'000'000LL);
    }

    json requestOf(const char* id) {
        return BackOfficeFixture::call(client(), Server::kSupplyChain, "GET",
                                       QStringLiteral("/v1/requests/") + QString::fromLatin1(id))
            .data;
    }

    ReplenishmentPage* replenishment() {
        auto* page = m_f.openPage<ReplenishmentPage>(QStringLiteral("replenishmentPage"));
        if (page != nullptr) {
            page->setConfirmation([this](const QString& question) {
                m_questions << question;
                return m_answer;
            });
        }
        return page;
    }
    void showStatus(ReplenishmentPage* page, const char* status) {
        choose(page->findChild<QComboBox*>(QStringLiteral("statusFilter")), QString::fromLatin1(status));
    }
    bool selectAndWait(ReplenishmentPage* page, const char* id) {
        if (!page->selectRequest(QString::fromLatin1(id))) {
            return false;
        }
        return BackOfficeFixture::waitIdle(page);
    }

    QStringList m_questions;
    bool m_answer = true;
    std::string m_suggested;  // the request made from a suggestion

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_f.start(), qPrintable(m_f.lastLog)); }

    void aCashierCannotOpenThesePages() {
        QVERIFY2(m_f.loginAsCashier(), qPrintable(m_f.lastLog));
        QVERIFY(!m_f.window->openBackOffice());
        QVERIFY(m_f.window->backOffice() == nullptr);
        QVERIFY(m_f.openPage<ReplenishmentPage>(QStringLiteral("replenishmentPage")) == nullptr);
        QVERIFY(m_f.openPage<SalesPage>(QStringLiteral("salesPage")) == nullptr);
        // And the servers refuse the cashier's token on what these pages do.
        BackOfficeClient asCashier(m_f.config.endpoints, *m_f.window->pos()->session());
        const auto approve =
            BackOfficeFixture::call(asCashier, Server::kSupplyChain, "POST",
                                    QStringLiteral("/v1/requests/%1/approve").arg(QString::fromLatin1(kSourisForSud)));
        QCOMPARE(approve.status, 403);
        const auto reject =
            BackOfficeFixture::call(asCashier, Server::kSupplyChain, "POST",
                                    QStringLiteral("/v1/requests/%1/reject").arg(QString::fromLatin1(kSourisForSud)),
                                    {{"reason", "Pas de stock pour vous"}});
        QCOMPARE(reject.status, 403);
        QCOMPARE(BackOfficeFixture::call(asCashier, Server::kCommandes, "GET", QStringLiteral("/v1/sales")).status,
                 403);
        QCOMPARE(BackOfficeFixture::call(asCashier, Server::kCommandes, "GET", QStringLiteral("/v1/staff")).status,
                 403);
        m_f.window->findChild<QPushButton*>(QStringLiteral("logoutButton"))->click();
        QVERIFY2(m_f.loginAsManager(), qPrintable(m_f.lastLog));
        QVERIFY(m_f.window->openBackOffice());
        QCOMPARE(requestOf(kSourisForSud).value("status", std::string()), std::string("pending"));
    }

    void approvingMovesBothStockLevels() {
        auto* page = replenishment();
        QVERIFY(page != nullptr);
        QVERIFY2(page->outageText().isEmpty(), qPrintable(page->outageText()));
        QVERIFY(page->requestsModel()->findRow("id", kSourisForSud) >= 0);
        QVERIFY(page->requestsModel()->findRow("id", kEcouteursForCentral) >= 0);
        const long long centralBefore = levelOf(QStringLiteral("central"), kSouris);
        const long long sudBefore = levelOf(QString::fromLatin1(kSudStore), kSouris);
        QCOMPARE(centralBefore, 200LL);
        QCOMPARE(sudBefore, 3LL);

        // What the manager sees before approving: both levels and what approving 5 of the 8 asked will do.
        QVERIFY(selectAndWait(page, kSourisForSud));
        QCOMPARE(page->shownCentralLevel(), std::optional<long long>(centralBefore));
        QCOMPARE(page->shownStoreLevel(), std::optional<long long>(sudBefore));
        auto* quantity = page->findChild<QSpinBox*>(QStringLiteral("approveQuantity"));
        QCOMPARE(quantity->value(), 8);
        quantity->setValue(5);
        QVERIFY2(page->stockText().contains(QStringLiteral("195")) && page->stockText().contains(QStringLiteral("8")),
                 qPrintable(page->stockText()));
        BackOfficeFixture::screenshot(page, QStringLiteral("back-office-replenishment.png"));

        page->findChild<QPushButton*>(QStringLiteral("approveButton"))->click();
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QVERIFY2(page->messageText().contains(QStringLiteral("Souris optique")), qPrintable(page->messageText()));
        QCOMPARE(levelOf(QStringLiteral("central"), kSouris), centralBefore - 5);
        QCOMPARE(levelOf(QString::fromLatin1(kSudStore), kSouris), sudBefore + 5);
        const json approved = requestOf(kSourisForSud);
        QCOMPARE(approved.value("status", std::string()), std::string("transferred"));
        QCOMPARE(approved.value("approved_quantity", 0), 5);
        QCOMPARE(approved.value("decided_by", std::string()), std::string("staff:") + kCentralManager);

        // The page shows the new levels beside the approved request.
        QVERIFY(page->requestsModel()->findRow("id", kSourisForSud) < 0);  // no longer among the pending
        showStatus(page, "approved");
        QVERIFY(selectAndWait(page, kSourisForSud));
        QCOMPARE(page->shownCentralLevel(), std::optional<long long>(centralBefore - 5));
        QCOMPARE(page->shownStoreLevel(), std::optional<long long>(sudBefore + 5));
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("approveButton"))->isEnabled());
        // Who decided, by name (the manager's store's staff, from commandes).
        const auto staff = BackOfficeFixture::call(client(), Server::kCommandes, "GET", QStringLiteral("/v1/staff"));
        QString managerName;
        for (const auto& member : staff.data["items"]) {
            if (member["id"] == kCentralManager) {
                managerName = QString::fromStdString(member["name"].get<std::string>());
            }
        }
        QVERIFY(!managerName.isEmpty());
        const int row = page->requestsModel()->findRow("id", kSourisForSud);
        QCOMPARE(page->requestsModel()->index(row, 7).data().toString(), managerName);
        showStatus(page, "pending");
    }

    void aNewRequestAboveCentralStockIsRefusedWithInventairesReason() {
        auto* page = replenishment();
        const long long central = levelOf(QStringLiteral("central"), kChocolat);
        QCOMPARE(central, 4LL);
        choose(page->findChild<QComboBox*>(QStringLiteral("newProduct")), QString::fromLatin1(kChocolat));
        choose(page->findChild<QComboBox*>(QStringLiteral("newStore")),
               QString::fromLatin1(magasin::ui::test::kNordStore));
        page->findChild<QSpinBox*>(QStringLiteral("newQuantity"))->setValue(10);
        page->findChild<QPushButton*>(QStringLiteral("createRequest"))->click();
        QVERIFY(BackOfficeFixture::waitIdle(page));
        const JsonTableModel* model = page->requestsModel();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->rowAt(r).value("product_id", std::string()) == kChocolat) {
                row = r;
            }
        }
        QVERIFY2(row >= 0, qPrintable(page->messageText()));
        const std::string id = model->rowAt(row).value("id", std::string());
        QCOMPARE(model->rowAt(row).value("quantity", 0), 10);
        QCOMPARE(model->rowAt(row).value("store_name", std::string()), std::string("Magasin Nord"));

        QVERIFY(selectAndWait(page, id.c_str()));
        QCOMPARE(page->shownCentralLevel(), std::optional<long long>(central));
        QCOMPARE(page->findChild<QSpinBox*>(QStringLiteral("approveQuantity"))->value(), 10);
        page->findChild<QPushButton*>(QStringLiteral("approveButton"))->click();
        QVERIFY(BackOfficeFixture::waitIdle(page));
        // The server's words, plainly: inventaire's reason with the central figure.
        QVERIFY2(page->messageText().contains(QStringLiteral("4 available")), qPrintable(page->messageText()));
        QCOMPARE(levelOf(QStringLiteral("central"), kChocolat), central);
        QCOMPARE(requestOf(id.c_str()).value("status", std::string()), std::string("pending"));
        QVERIFY(page->requestsModel()->findRow("id", id) >= 0);

        // Withdrawn, after a question: "no" changes nothing, "yes" withdraws.
        QVERIFY(selectAndWait(page, id.c_str()));
        m_answer = false;
        page->findChild<QPushButton*>(QStringLiteral("withdrawButton"))->click();
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QCOMPARE(m_questions.size(), 1);
        QVERIFY2(m_questions.last().contains(QStringLiteral("Chocolat")), qPrintable(m_questions.last()));
        QCOMPARE(requestOf(id.c_str()).value("status", std::string()), std::string("pending"));
        m_answer = true;
        page->findChild<QPushButton*>(QStringLiteral("withdrawButton"))->click();
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QCOMPARE(requestOf(id.c_str()).value("status", std::string()), std::string("withdrawn"));
        QVERIFY(page->requestsModel()->findRow("id", id) < 0);
    }

    void aShortReasonGetsTheRulesMessageThenAProperOneRejects() {
        auto* page = replenishment();
        QVERIFY(selectAndWait(page, kEcouteursForCentral));
        auto* reason = page->findChild<QLineEdit*>(QStringLiteral("rejectReason"));
        auto* reject = page->findChild<QPushButton*>(QStringLiteral("rejectButton"));
        reason->setText(QStringLiteral(" non "));
        reject->click();
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QCOMPARE(page->messageText(), QStringLiteral("A reason must be 5 to 500 characters long"));
        QCOMPARE(requestOf(kEcouteursForCentral).value("status", std::string()), std::string("pending"));
        reason->setText(QStringLiteral("12345"));
        reject->click();
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QCOMPARE(page->messageText(), QStringLiteral("A reason must contain words, not only digits or symbols"));

        reason->setText(QStringLiteral("Le stock central est réservé aux commandes web cette semaine"));
        QTest::keyClick(reason, Qt::Key_Return);
        QVERIFY(BackOfficeFixture::waitIdle(page));
        const json rejected = requestOf(kEcouteursForCentral);
        QCOMPARE(rejected.value("status", std::string()), std::string("rejected"));
        QCOMPARE(rejected.value("rejection_reason", std::string()),
                 std::string("Le stock central est réservé aux commandes web cette semaine"));
        QVERIFY(reason->text().isEmpty());
        showStatus(page, "rejected");
        QVERIFY(page->requestsModel()->findRow("id", kEcouteursForCentral) >= 0);
        showStatus(page, "pending");
    }

    void aSuggestionBecomesARequest() {
        auto* page = replenishment();
        auto* view = page->findChild<QTableView*>(QStringLiteral("suggestionsTable"));
        QVERIFY(page->suggestionsModel()->rowCount() > 0);
        view->selectRow(0);
        const int row = qobject_cast<QSortFilterProxyModel*>(view->model())->mapToSource(view->currentIndex()).row();
        const json suggestion = page->suggestionsModel()->rowAt(row);
        const std::string store = suggestion.value("store_id", std::string());
        const std::string product = suggestion.value("product_id", std::string());
        page->findChild<QPushButton*>(QStringLiteral("createFromSuggestion"))->click();
        QVERIFY(BackOfficeFixture::waitIdle(page));
        bool found = false;
        for (const auto& request : page->requestsModel()->rows()) {
            found = found || (request.value("store_id", std::string()) == store &&
                              request.value("product_id", std::string()) == product &&
                              request.value("status", std::string()) == "pending" &&
                              request.value("quantity", 0) == suggestion.value("quantity", -1));
        }
        QVERIFY2(found, qPrintable(page->messageText()));
        const auto listed =
            BackOfficeFixture::call(client(), Server::kSupplyChain, "GET",
                                    QStringLiteral("/v1/requests?status=pending&store=%1&product=%2")
                                        .arg(QString::fromStdString(store), QString::fromStdString(product)));
        QVERIFY(listed.ok);
        QCOMPARE(listed.data["items"].size(), std::size_t(1));
        m_suggested = listed.data["items"][0].value("id", std::string());
    }

    void inventaireDownKeepsTheRequestPendingAndSaysSo() {
        auto* page = replenishment();
        QVERIFY(!m_suggested.empty());
        QVERIFY(selectAndWait(page, m_suggested.c_str()));
        const json request = requestOf(m_suggested.c_str());
        const QString store = QString::fromStdString(request.value("store_id", std::string()));
        const std::string product = request.value("product_id", std::string());
        const long long storeBefore = levelOf(store, product.c_str());
        const long long centralBefore = levelOf(QStringLiteral("central"), product.c_str());

        QVERIFY(m_f.stack.kill(QStringLiteral("inventaire")));
        page->findChild<QPushButton*>(QStringLiteral("approveButton"))->click();
        QVERIFY(BackOfficeFixture::waitIdle(page));
        // The supply chain's own words (its 503 names inventaire); it answered, so it is not the one shown down.
        QVERIFY2(page->messageText().contains(QStringLiteral("nventaire")), qPrintable(page->messageText()));
        QVERIFY2(page->outageText().contains(QStringLiteral("inventaire"), Qt::CaseInsensitive),
                 qPrintable(page->outageText()));
        QVERIFY2(!page->outageText().contains(QStringLiteral("approvisionnement")), qPrintable(page->outageText()));
        QCOMPARE(requestOf(m_suggested.c_str()).value("status", std::string()), std::string("pending"));
        QVERIFY(page->requestsModel()->findRow("id", m_suggested) >= 0);

        // Back: the same approval goes through, once.
        QVERIFY2(m_f.stack.start(&m_f.lastLog), qPrintable(m_f.lastLog));
        QVERIFY(selectAndWait(page, m_suggested.c_str()));
        const int quantity = page->findChild<QSpinBox*>(QStringLiteral("approveQuantity"))->value();
        page->findChild<QPushButton*>(QStringLiteral("approveButton"))->click();
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QCOMPARE(requestOf(m_suggested.c_str()).value("status", std::string()), std::string("transferred"));
        QCOMPARE(levelOf(store, product.c_str()), storeBefore + quantity);
        QCOMPARE(levelOf(QStringLiteral("central"), product.c_str()), centralBefore - quantity);
        // The banner goes once the gateway sends to inventaire again (it rests a failed upstream a few seconds).
        QVERIFY2(QTest::qWaitFor(
                     [page] {
                         page->reload();
                         return BackOfficeFixture::waitIdle(page) && page->outageText().isEmpty();
                     },
                     20000),
                 qPrintable(page->outageText()));
    }

    void salesFilterByStoreStatusPeriodCashierAndFlags() {
        auto* page = m_f.openPage<SalesPage>(QStringLiteral("salesPage"));
        QVERIFY(page != nullptr);
        QVERIFY2(page->outageText().isEmpty(), qPrintable(page->outageText()));
        // Magasin Central over the last 7 days: its two demo sales, one flagged.
        QCOMPARE(page->totals().count, 2);
        QCOMPARE(page->totals().flagged, 1);
        QCOMPARE(page->totals().cancelled, 0);
        QVERIFY(page->salesModel()->findRow("id", kCentralSale) >= 0);
        QVERIFY(page->salesModel()->findRow("id", kCentralFlaggedSale) >= 0);
        std::int64_t revenue = 0;
        for (const auto& sale : page->salesModel()->rows()) {
            revenue += sale["totals"]["total_cents"].get<std::int64_t>();
        }
        QCOMPARE(page->totals().revenueCents, revenue);
        QVERIFY2(page->totalsText().contains(magasin::ui::formatMoney(revenue)), qPrintable(page->totalsText()));

        auto* status = page->findChild<QComboBox*>(QStringLiteral("statusFilter"));
        choose(status, QStringLiteral("cancelled"));
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QCOMPARE(page->totals().count, 0);
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("emptySales"))->isVisible());
        choose(status, QStringLiteral("active"));
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QCOMPARE(page->totals().count, 2);
        QVERIFY(page->lastQuery().contains(QStringLiteral("status=active")));

        auto* flagged = page->findChild<QCheckBox*>(QStringLiteral("flaggedOnly"));
        flagged->setChecked(true);
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QCOMPARE(page->totals().count, 1);
        QVERIFY(page->salesModel()->findRow("id", kCentralFlaggedSale) >= 0);
        flagged->setChecked(false);

        auto* cashier = page->findChild<QComboBox*>(QStringLiteral("cashierFilter"));
        QCOMPARE(cashier->count(), 3);  // everyone, the cashier and the manager of Magasin Central, by name
        choose(cashier, QString::fromLatin1(kCentralManager));
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QCOMPARE(page->totals().count, 0);
        choose(cashier, QString::fromLatin1(kCentralCashier));
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QCOMPARE(page->totals().count, 2);
        QVERIFY(page->lastQuery().contains(QStringLiteral("staff=") + QString::fromLatin1(kCentralCashier)));

        // A period before the demo sales: none; back to the last days: both.
        auto* from = page->findChild<QDateEdit*>(QStringLiteral("fromDate"));
        auto* to = page->findChild<QDateEdit*>(QStringLiteral("toDate"));
        const QDate today = to->date();
        from->setDate(today.addDays(-20));
        to->setDate(today.addDays(-10));
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QCOMPARE(page->totals().count, 0);
        to->setDate(today);
        from->setDate(today.addDays(-1));
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QCOMPARE(page->totals().count, 2);
        choose(cashier, QString());
        choose(status, QString());
        QVERIFY(BackOfficeFixture::waitIdle(page));

        // Another store: greyed in the list, and commandes refuses it in its own words; nothing stale stays shown.
        auto* store = page->findChild<QComboBox*>(QStringLiteral("storeFilter"));
        QCOMPARE(store->count(), 4);
        choose(store, QString::fromLatin1(magasin::ui::test::kNordStore));
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QVERIFY2(page->messageText().contains(QStringLiteral("another store")), qPrintable(page->messageText()));
        QCOMPARE(page->salesModel()->rowCount(), 0);
        choose(store, QString::fromLatin1(magasin::ui::test::kCentralStore));
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QCOMPARE(page->totals().count, 2);
    }

    void aSalesReceiptAndItsCancellation() {
        auto* page = m_f.openPage<SalesPage>(QStringLiteral("salesPage"));
        page->setConfirmation([this](const QString& question) {
            m_questions << question;
            return m_answer;
        });
        QVERIFY(page->selectSale(QString::fromLatin1(kCentralFlaggedSale)));
        const json flagged = page->salesModel()->rowAt(page->salesModel()->findRow("id", kCentralFlaggedSale));
        const QString receipt = page->receiptText();
        for (const QString& expected :
             {QStringLiteral("Clavier mécanique"), moneyAsShown(flagged["totals"]["total_cents"].get<std::int64_t>()),
              moneyAsShown(flagged["payments"][0]["amount_cents"].get<std::int64_t>()),
              moneyAsShown(flagged["totals"]["taxes"][0]["amount_cents"].get<std::int64_t>()),
              QString::fromStdString(flagged["totals"]["taxes"][1]["code"].get<std::string>()),
              QStringLiteral("Magasin Central")}) {
            QVERIFY2(receipt.contains(expected), qPrintable(expected + QStringLiteral(" in:\n") + receipt));
        }
        QCOMPARE(flagged["flags"][0]["code"].get<std::string>(), std::string("price_differs_from_catalogue"));
        QVERIFY2(receipt.contains(moneyAsShown(flagged["flags"][0]["server_value_cents"].get<std::int64_t>())),
                 qPrintable(receipt));
        BackOfficeFixture::screenshot(page, QStringLiteral("back-office-sales.png"));

        // Cancelling the other sale: a short reason gets the rule's message, "no" to the question changes nothing,
        // then it is cancelled with its reason and the totals follow.
        QVERIFY(page->selectSale(QString::fromLatin1(kCentralSale)));
        const std::int64_t revenueBefore = page->totals().revenueCents;
        const auto saleTotal = page->salesModel()
                                   ->rowAt(page->salesModel()->findRow("id", kCentralSale))["totals"]["total_cents"]
                                   .get<std::int64_t>();
        auto* reason = page->findChild<QLineEdit*>(QStringLiteral("cancelReason"));
        auto* cancel = page->findChild<QPushButton*>(QStringLiteral("cancelSaleButton"));
        reason->setText(QStringLiteral("oups"));
        cancel->click();
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QCOMPARE(page->messageText(), QStringLiteral("A reason must be 5 to 500 characters long"));
        m_questions.clear();
        m_answer = false;
        reason->setText(QStringLiteral("Erreur de caisse, client remboursé"));
        cancel->click();
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QCOMPARE(m_questions.size(), 1);
        auto get = [this] {
            return BackOfficeFixture::call(client(), Server::kCommandes, "GET",
                                           QStringLiteral("/v1/sales/") + QString::fromLatin1(kCentralSale))
                .data;
        };
        QCOMPARE(get().value("status", std::string()), std::string("active"));
        m_answer = true;
        cancel->click();
        QVERIFY(BackOfficeFixture::waitIdle(page));
        const json cancelled = get();
        QCOMPARE(cancelled.value("status", std::string()), std::string("cancelled"));
        QCOMPARE(cancelled["cancellation"]["reason"].get<std::string>(),
                 std::string("Erreur de caisse, client remboursé"));
        QCOMPARE(page->totals().cancelled, 1);
        QCOMPARE(page->totals().revenueCents, revenueBefore - saleTotal);
        QVERIFY(page->selectSale(QString::fromLatin1(kCentralSale)));
        QVERIFY2(page->receiptText().contains(QStringLiteral("Erreur de caisse, client remboursé")),
                 qPrintable(page->receiptText()));
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("cancelSaleButton"))->isEnabled());
        choose(page->findChild<QComboBox*>(QStringLiteral("statusFilter")), QStringLiteral("cancelled"));
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QCOMPARE(page->totals().count, 1);
        QVERIFY(page->salesModel()->findRow("id", kCentralSale) >= 0);
    }
};

QTEST_MAIN(ReplenishmentSalesTest)
#include "back_office_replenishment_sales_guitest.moc"
