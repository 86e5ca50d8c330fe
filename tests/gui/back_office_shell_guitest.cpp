// The back office's frame against the real stack: only a manager opens it (the button, F6 and the servers all
// refuse a cashier), a page shows what each server answered, and when one server stops answering the page keeps its
// last data with its age while the others stay current; back to normal once the server is back.
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>

#include "back_office_fixture.hpp"
#include "magasin/ui/json_table_model.hpp"

using magasin::ui::BackOfficeClient;
using magasin::ui::BackOfficePage;
using magasin::ui::BackOfficeReply;
using magasin::ui::Server;
using magasin::ui::test::BackOfficeFixture;

namespace {

// A page reading two servers, to watch the frame do its part (the real pages have their own tests).
class TwoSourcesPage : public BackOfficePage {
public:
    explicit TwoSourcesPage(BackOfficeClient& client) : BackOfficePage(client, QStringLiteral("twoSources")) {}
    QString title() const override { return QStringLiteral("Two sources"); }
    void reload() override {
        fetch(Server::kInventaire, QStringLiteral("/v1/locations"),
              [this](const nlohmann::json& j) { locations = j.value("items", nlohmann::json()); });
        fetch(Server::kCatalogue, QStringLiteral("/v1/categories"),
              [this](const nlohmann::json& j) { categories = j.is_object() ? j.value("items", j) : j; });
    }
    nlohmann::json locations;
    nlohmann::json categories;
};

}  // namespace

class BackOfficeShellTest : public QObject {
    Q_OBJECT

    BackOfficeFixture m_f{23000, QStringLiteral("25440")};

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_f.start(), qPrintable(m_f.lastLog)); }

    void aCashierCannotOpenTheBackOffice() {
        QVERIFY2(m_f.loginAsCashier(), qPrintable(m_f.lastLog));
        auto* button = m_f.window->findChild<QPushButton*>(QStringLiteral("backOfficeButton"));
        QVERIFY(button != nullptr);
        QVERIFY(!button->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QVERIFY(m_f.window->backOffice() == nullptr);
        QVERIFY(!m_f.window->openBackOffice());
        QVERIFY(m_f.window->backOffice() == nullptr);

        // The servers refuse the cashier's token on the managers' routes whatever the app shows.
        BackOfficeClient asCashier(m_f.config.endpoints, *m_f.window->pos()->session());
        const auto report =
            BackOfficeFixture::call(asCashier, Server::kCommandes, "GET", QStringLiteral("/v1/reports/indicators"));
        QCOMPARE(report.status, 403);
        QVERIFY(!report.error.isEmpty());
        const auto product =
            BackOfficeFixture::call(asCashier, Server::kCatalogue, "POST", QStringLiteral("/v1/products"),
                                    {{"name", "Tapis de souris"}, {"price_cents", 1299}});
        QCOMPARE(product.status, 403);
        m_f.window->findChild<QPushButton*>(QStringLiteral("logoutButton"))->click();
    }

    void aManagerOpensItWithF6AndGoesBackWithEscape() {
        QVERIFY2(m_f.loginAsManager(), qPrintable(m_f.lastLog));
        auto* button = m_f.window->findChild<QPushButton*>(QStringLiteral("backOfficeButton"));
        QVERIFY(button->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QVERIFY(m_f.window->backOffice() != nullptr);
        QVERIFY(m_f.window->backOffice()->isVisible());
        QTest::keyClick(m_f.window->backOffice(), Qt::Key_Escape);
        QVERIFY(!m_f.window->backOffice()->isVisible());
        QVERIFY(m_f.window->findChild<QWidget*>(QStringLiteral("posScreen")) == nullptr ||
                m_f.window->findChild<QWidget*>(QStringLiteral("posScreen"))->isVisible());
    }

    void aServerDownShowsItsLastDataWithItsAge() {
        QVERIFY(m_f.window->openBackOffice());
        auto* page = new TwoSourcesPage(*m_f.window->backOfficeClient());
        m_f.window->backOffice()->addPage(page);
        QVERIFY(m_f.window->backOffice()->showPage(QStringLiteral("twoSources")));
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QVERIFY2(page->outageText().isEmpty(), qPrintable(page->outageText()));
        QVERIFY(page->locations.is_array() && !page->locations.empty());
        QVERIFY(page->categories.is_array() && !page->categories.empty());

        // Inventaire crashes: its part of the page keeps the last answer and says how old it is; the catalogue's
        // part is still asked and answered.
        QVERIFY(m_f.stack.kill(QStringLiteral("inventaire")));
        page->locations = nullptr;
        page->categories = nullptr;
        page->reload();
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QVERIFY2(page->outageText().contains(QStringLiteral("The inventory server does not answer")),
                 qPrintable(page->outageText()));
        QVERIFY2(page->outageText().contains(QStringLiteral("just now")), qPrintable(page->outageText()));
        QVERIFY(page->locations.is_array() && !page->locations.empty());
        QVERIFY(page->categories.is_array() && !page->categories.empty());
        QVERIFY(!page->outageText().contains(QStringLiteral("catalogue")));
        BackOfficeFixture::screenshot(page, QStringLiteral("back_office_outage.png"));

        // Back: the banner goes at the next answer.
        QVERIFY2(m_f.stack.start(&m_f.lastLog), qPrintable(m_f.lastLog));
        page->reload();
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QVERIFY2(page->outageText().isEmpty(), qPrintable(page->outageText()));

        // Logging out ends the manager's back office.
        m_f.window->closeBackOffice();
        m_f.window->findChild<QPushButton*>(QStringLiteral("logoutButton"))->click();
        QVERIFY(m_f.window->backOffice() == nullptr);
        QVERIFY(m_f.window->backOfficeClient() == nullptr);
    }
};

QTEST_MAIN(BackOfficeShellTest)
#include "back_office_shell_guitest.moc"
