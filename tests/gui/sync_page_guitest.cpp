// The Sync & conflicts page against the real stack: a sale made at the till while its sync was paused, at a price the
// catalogue changed meanwhile, reaches commandes as applied_with_flags and the page lists it with its flag and what
// to do; the terminal shows with its pending commands (known for this terminal only), last sync and counts; a
// cancellation made at the till of a sale a manager had already cancelled is rejected and listed with its problem;
// with commandes down the page keeps its last data under the age banner; a cashier cannot open it and commandes
// refuses a cashier's token on its routes.
#include <QApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include "back_office_fixture.hpp"
#include "magasin/client/sync_agent.hpp"
#include "magasin/ui/json_table_model.hpp"
#include "magasin/ui/sync_page.hpp"

using magasin::ui::BackOfficeClient;
using magasin::ui::BackOfficeReply;
using magasin::ui::Server;
using magasin::ui::SyncPage;
using magasin::ui::SyncTables;
using magasin::ui::test::BackOfficeFixture;
using nlohmann::json;

namespace {

constexpr int kPortOffset = 20500;

// How far commandes' copy of the catalogue has read the catalogue's feed (its /metrics), -1 when unknown.
qint64 commandesCatalogueCursor() {
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);  // a proxy of the environment must not stand between the test and it
    QNetworkReply* reply =
        network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(8003 + kPortOffset))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QString text = QString::fromUtf8(reply->readAll());
    reply->deleteLater();
    const auto match =
        QRegularExpression(QStringLiteral("magasin_feed_consumer_cursor\\{[^}]*feed=\"catalogue\"[^}]*\\} (\\d+)"))
            .match(text);
    if (!match.hasMatch()) {
        const auto lines = text.split(QLatin1Char('\n')).filter(QStringLiteral("feed_consumer"));
        qWarning("commandes /metrics has no catalogue cursor: %s", qPrintable(lines.join(QLatin1Char('|'))));
        return -1;
    }
    return match.captured(1).toLongLong();
}

int rowWhere(const magasin::ui::JsonTableModel& model, const std::string& key, const std::string& value) {
    return model.findRow(key, value);
}

}  // namespace

class SyncPageTest : public QObject {
    Q_OBJECT

    BackOfficeFixture m_f{kPortOffset, QStringLiteral("25445"), QStringLiteral("fr")};
    std::string m_flaggedSale;
    std::string m_cancelledSale;

    magasin::client::SyncAgent* agent() { return m_f.window->terminal()->syncAgent(); }
    std::int64_t pending() { return m_f.window->terminal()->outbox().pendingCount(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_f.start(), qPrintable(m_f.lastLog)); }

    void aFlaggedOfflineSaleIsListedWithWhatToDo() {
        QVERIFY2(m_f.loginAsManager(), qPrintable(m_f.lastLog));
        auto* terminal = m_f.window->terminal();
        auto* pos = m_f.window->pos();
        QVERIFY(agent() != nullptr);
        // The till has the catalogue, then its sync pauses (as when the network goes).
        QTRY_VERIFY_WITH_TIMEOUT(!terminal->catalogue().search(QStringLiteral("Clavier"), 5).empty(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(pending(), std::int64_t(0), 30000);
        agent()->stop();
        const auto clavier = terminal->catalogue().search(QStringLiteral("Clavier"), 5).front();
        const auto souris = terminal->catalogue().search(QStringLiteral("Souris"), 5).front();

        // Two sales at the till's prices, kept in its outbox.
        pos->addProduct(clavier);
        m_flaggedSale =
            pos->checkout({magasin::domain::Payment::cash(magasin::domain::Money::fromCents(50000))}).saleId;
        pos->addProduct(souris);
        m_cancelledSale =
            pos->checkout({magasin::domain::Payment::cash(magasin::domain::Money::fromCents(50000))}).saleId;
        QCOMPARE(pending(), std::int64_t(2));

        // Meanwhile the head office raises the keyboard's price, and commandes' copy of the catalogue follows.
        QVERIFY(m_f.window->openBackOffice());
        auto* client = m_f.window->backOfficeClient();
        qint64 before = -1;  // known once commandes' consumer read the catalogue's feed a first time
        QTRY_VERIFY_WITH_TIMEOUT((before = commandesCatalogueCursor()) >= 0, 30000);
        const auto raised =
            BackOfficeFixture::call(*client, Server::kCatalogue, "POST",
                                    QStringLiteral("/v1/products/%1/price").arg(QString::fromStdString(clavier.id)),
                                    {{"price_cents", clavier.priceCents + 1000}});
        QVERIFY2(raised.ok, qPrintable(raised.error));
        QTRY_VERIFY_WITH_TIMEOUT(commandesCatalogueCursor() > before, 30000);

        // The page: this terminal with its two commands still pending.
        auto* page = m_f.openPage<SyncPage>(QStringLiteral("syncPage"));
        QVERIFY(page != nullptr);
        QVERIFY2(page->outageText().isEmpty(), qPrintable(page->outageText()));
        const std::string deviceId = terminal->outbox().device().toString();
        int row = rowWhere(page->devices(), "id", deviceId);
        QVERIFY(row >= 0);
        QCOMPARE(page->devices().rowAt(row)["pending"].get<int>(), 2);
        QCOMPARE(page->devices().index(row, 5).data().toString(), QStringLiteral("2"));

        // The till syncs: the keyboard's sale goes through with a flag, the other one plainly.
        agent()->start();
        QTRY_COMPARE_WITH_TIMEOUT(pending(), std::int64_t(0), 30000);
        page->reload();
        QVERIFY(BackOfficeFixture::waitIdle(page));
        row = rowWhere(page->devices(), "id", deviceId);
        const json device = page->devices().rowAt(row);
        QVERIFY2(device["last_sync_at"].is_string(), device.dump().c_str());
        QVERIFY(device["last_push_at"].is_string());
        QCOMPARE(device["pending"].get<int>(), 0);
        QCOMPARE(device["last_device_seq"].get<int>(), 2);
        QCOMPARE(device["commands"]["applied"].get<int>(), 1);
        QCOMPARE(device["commands"]["applied_with_flags"].get<int>(), 1);
        QCOMPARE(device["commands"]["rejected"].get<int>(), 0);
        QVERIFY(page->devices().index(row, 0).data().toString().contains(QStringLiteral("Caisse 1 (tests)")));
        QVERIFY(!page->devices().index(row, 2).data().toString().isEmpty());

        const int flag = rowWhere(page->flags(), "sale_id", m_flaggedSale);
        QVERIFY2(flag >= 0, page->flags().rows().dump().c_str());
        const json flagRow = page->flags().rowAt(flag);
        QCOMPARE(flagRow["kind"].get<std::string>(), std::string("price_differs_from_catalogue"));
        QCOMPARE(QString::fromStdString(flagRow["advice"].get<std::string>()),
                 SyncTables::flagAdvice("price_differs_from_catalogue"));
        QVERIFY(!flagRow["advice"].get<std::string>().empty());
        QVERIFY2(
            QString::fromStdString(flagRow["detail"].get<std::string>()).contains(QString::fromStdString(clavier.name)),
            flagRow.dump().c_str());
        QCOMPARE(QString::fromStdString(flagRow["terminal"].get<std::string>()), QStringLiteral("Caisse 1 (tests)"));
        // The mouse was sold at the catalogue's price: no flag of its sale (its stock may go negative: that is
        // inventaire's row, not a flag of the sale).
        for (const auto& row : page->flags().rows()) {
            QVERIFY2(row["sale_id"] != m_cancelledSale || row["kind"] == SyncTables::kStockNegative,
                     row.dump().c_str());
        }
    }

    void aCancellationAlreadyMadeIsRejectedAndListed() {
        auto* page = qobject_cast<SyncPage*>(m_f.window->backOffice()->page(QStringLiteral("syncPage")));
        QVERIFY(page != nullptr);
        // The till cancels the mouse's sale while its sync is paused; at the same time the manager cancels it from
        // the back office.
        agent()->stop();
        m_f.window->pos()->cancelSale(QString::fromStdString(m_cancelledSale),
                                      QStringLiteral("Client a changé d'avis"));
        QCOMPARE(pending(), std::int64_t(1));
        const auto cancelled =
            BackOfficeFixture::call(*m_f.window->backOfficeClient(), Server::kCommandes, "POST",
                                    QStringLiteral("/v1/sales/%1/cancel").arg(QString::fromStdString(m_cancelledSale)),
                                    {{"reason", "Annulée au bureau"}});
        QVERIFY2(cancelled.ok, qPrintable(cancelled.error));
        agent()->start();
        QTRY_COMPARE_WITH_TIMEOUT(pending(), std::int64_t(0), 30000);

        page->reload();
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QCOMPARE(page->rejections().rowCount(), 1);
        const json rejection = page->rejections().rowAt(0);
        QCOMPARE(rejection["type"].get<std::string>(), std::string("CancelSale"));
        QCOMPARE(rejection["problem"]["status"].get<int>(), 409);
        QVERIFY(!rejection["problem"]["detail"].get<std::string>().empty());
        QCOMPARE(QString::fromStdString(rejection["advice"].get<std::string>()),
                 SyncTables::rejectionAdvice(rejection));
        QCOMPARE(page->rejections().index(0, 5).data().toString(),
                 QString::fromStdString(rejection["problem"]["detail"].get<std::string>()));
        const int row = rowWhere(page->devices(), "id", m_f.window->terminal()->outbox().device().toString());
        QCOMPARE(page->devices().rowAt(row)["commands"]["rejected"].get<int>(), 1);
        QCOMPARE(page->devices().rowAt(row)["last_device_seq"].get<int>(), 3);
        BackOfficeFixture::screenshot(page, QStringLiteral("back_office_sync.png"));
    }

    void withCommandesDownThePageKeepsItsDataWithItsAge() {
        auto* page = qobject_cast<SyncPage*>(m_f.window->backOffice()->page(QStringLiteral("syncPage")));
        // The sales' flags come from commandes (kept while it is down); inventaire's stock exceptions keep moving
        // with the sales it consumes, so they are not compared.
        const auto saleFlags = [page] {
            int count = 0;
            for (const auto& row : page->flags().rows()) {
                count += row.value("kind", "") != SyncTables::kStockNegative ? 1 : 0;
            }
            return count;
        };
        const int devices = page->devices().rowCount();
        const int flags = saleFlags();
        QVERIFY(devices > 0 && flags > 0);
        QVERIFY(m_f.stack.kill(QStringLiteral("commandes")));
        page->reload();
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QVERIFY2(!page->outageText().isEmpty(), "no outage banner");
        QVERIFY2(page->outageText().contains(QStringLiteral("Le serveur des ventes")), qPrintable(page->outageText()));
        QVERIFY2(page->outageText().contains(QStringLiteral("l'instant")), qPrintable(page->outageText()));
        QCOMPARE(page->devices().rowCount(), devices);
        QCOMPARE(saleFlags(), flags);
        QVERIFY(page->flags().findRow("sale_id", m_flaggedSale) >= 0);
        QCOMPARE(page->rejections().rowCount(), 1);
        BackOfficeFixture::screenshot(page, QStringLiteral("back_office_sync_outage.png"));
        QVERIFY2(m_f.stack.start(&m_f.lastLog), qPrintable(m_f.lastLog));
        page->reload();
        QVERIFY(BackOfficeFixture::waitIdle(page));
        QVERIFY2(page->outageText().isEmpty(), qPrintable(page->outageText()));
        m_f.window->closeBackOffice();
        m_f.window->findChild<QPushButton*>(QStringLiteral("logoutButton"))->click();
    }

    void aCashierCannotOpenThePage() {
        if (m_f.window->pos()->session()) {  // a case above stopped before logging out
            m_f.window->closeBackOffice();
            m_f.window->findChild<QPushButton*>(QStringLiteral("logoutButton"))->click();
        }
        QVERIFY2(m_f.loginAsCashier(), qPrintable(m_f.lastLog));
        QVERIFY(!m_f.window->openBackOffice());
        QVERIFY(m_f.window->backOffice() == nullptr);
        BackOfficeClient asCashier(m_f.config.endpoints, *m_f.window->pos()->session());
        for (const QString& path : {QStringLiteral("/v1/devices"), QStringLiteral("/v1/sync/rejections")}) {
            const auto reply = BackOfficeFixture::call(asCashier, Server::kCommandes, "GET", path);
            QCOMPARE(reply.status, 403);
            QVERIFY(!reply.error.isEmpty());
        }
        m_f.window->findChild<QPushButton*>(QStringLiteral("logoutButton"))->click();
    }
};

QTEST_MAIN(SyncPageTest)
#include "sync_page_guitest.moc"
