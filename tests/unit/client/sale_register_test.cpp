// The register: a sale is one atomic local unit (local sale, RecordSale command, stock, receipt job) whose payload
// commandes can read; refused sales write nothing; cancelling needs a manager or an override; replenishment requests
// go to their own stream; the print queue keeps jobs until printed and reprints the first receipt.
#include <QTemporaryDir>
#include <QTest>

#include "magasin/client/client_error.hpp"
#include "magasin/client/journal.hpp"
#include "magasin/client/outbox.hpp"
#include "magasin/client/print_queue.hpp"
#include "magasin/client/receipt_printer.hpp"
#include "magasin/client/sale_register.hpp"
#include "magasin/client/stock_snapshot.hpp"
#include "magasin/client/store_profile.hpp"

using namespace magasin;
using client::ClientError;

namespace {

const domain::StoreId kStore = domain::StoreId::parse("33333333-3333-3333-3333-333333333331");
const char* kP1 = "550e8400-e29b-41d4-a716-446655440001";
const char* kP3 = "550e8400-e29b-41d4-a716-446655440003";

client::StaffSession session(domain::Role role) {
    client::StaffSession s;
    s.staffId = domain::StaffId::parse(role == domain::Role::kManager ? "44444444-4444-4444-4444-444444444412"
                                                                      : "44444444-4444-4444-4444-444444444411");
    s.name = role == domain::Role::kManager ? "Marc Gagnon" : "Julie Roy";
    s.role = role;
    s.storeId = kStore;
    return s;
}

struct Fixture {
    QTemporaryDir dir;
    client::Journal journal{dir.filePath(QStringLiteral("j.sqlite"))};
    domain::UuidV7Generator ids{domain::systemClock(), domain::systemRandom()};
    client::Outbox outbox{journal, domain::DeviceId::parse("0190f0a0-0000-7000-8000-000000000001"),
                          domain::systemClock(), [this] { return ids.next(); }};
    client::SaleRegister desk{journal, outbox, kStore, domain::systemClock()};
    Fixture() {
        client::StoreProfile store;
        store.id = kStore.toString();
        store.name = "Magasin Central";
        store.address = "1000 rue Sherbrooke Ouest, Montréal";
        client::StoreProfiles(journal).upsert(store);
        client::StockSnapshot(journal).setLevel(kP1, 20, "2026-11-25T10:00:00Z");
    }
    std::vector<client::CartLine> cart() {
        return {{kP1, "Clavier mécanique", 8999, 2, true, 0, std::nullopt},
                {kP3, "Café Premium Bio", 1599, 1, false, 0, std::nullopt}};
    }
};

struct CountingPrinter : client::ReceiptPrinter {
    std::vector<QByteArray> printed;
    bool broken = false;
    void print(const QByteArray& bytes) override {
        if (broken) {
            throw ClientError(ClientError::kUnreachable, "out of paper");
        }
        printed.push_back(bytes);
    }
};

}  // namespace

class SaleRegisterTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void totalsComeFromTheDomain() {
        Fixture f;
        const auto totals = f.desk.totalsOf(f.cart());
        QCOMPARE(totals.subtotal.cents(), 19597);
        QCOMPARE(totals.taxableSubtotal.cents(), 17998);
        QCOMPARE(totals.total.cents(), 19597 + 900 + 1795);
    }

    void aSaleIsCommittedAsOneUnit() {
        Fixture f;
        const auto done = f.desk.recordSale(session(domain::Role::kCashier), f.cart(),
                                            {domain::Payment::cash(domain::Money::fromCents(25000))});
        QCOMPARE(done.changeDueCents, 25000 - (19597 + 900 + 1795));
        QCOMPARE(done.command.type, std::string("RecordSale"));
        QCOMPARE(done.command.deviceSeq, 1);
        const auto& p = done.command.payload;
        QCOMPARE(p.at("id").get<std::string>(), done.saleId);
        QCOMPARE(p.at("store_id").get<std::string>(), kStore.toString());
        QCOMPARE(p.at("lines").size(), std::size_t(2));
        QCOMPARE(p.at("lines")[0].at("unit_price_cents").get<std::int64_t>(), 8999);
        QCOMPARE(p.at("totals").at("total_cents").get<std::int64_t>(), 19597 + 900 + 1795);
        QCOMPARE(p.at("payments")[0].at("method").get<std::string>(), std::string("cash"));
        QCOMPARE(f.outbox.pendingCount(), 1);
        QCOMPARE(f.desk.saleCount(), 1);
        QCOMPARE(client::StockSnapshot(f.journal).levelOf(kP1).value_or(0), 18);
        QCOMPARE(client::StockSnapshot(f.journal).levelOf(kP3).value_or(0), -1);
        client::PrintQueue queue(f.journal);
        QCOMPARE(queue.pending().size(), std::size_t(1));
        QCOMPARE(queue.receiptOf(done.saleId)->storeName, std::string("Magasin Central"));
        QCOMPARE(queue.receiptOf(done.saleId)->cashierName, std::string("Julie Roy"));
    }

    void aShortPaymentWritesNothing() {
        Fixture f;
        try {
            f.desk.recordSale(session(domain::Role::kCashier), f.cart(),
                              {domain::Payment::cash(domain::Money::fromCents(1000))});
            QFAIL("a short payment was accepted");
        } catch (const ClientError& e) {
            QCOMPARE(e.code(), ClientError::kInvalid);
        }
        QCOMPARE(f.outbox.pendingCount(), 0);
        QCOMPARE(f.desk.saleCount(), 0);
        QCOMPARE(client::StockSnapshot(f.journal).levelOf(kP1).value_or(0), 20);
        QVERIFY(client::PrintQueue(f.journal).pending().empty());
    }

    void aDiscountWithoutAManagerIsRefused() {
        Fixture f;
        auto lines = f.cart();
        lines[0].discountCents = 500;
        QVERIFY_THROWS_EXCEPTION(ClientError,
                                 f.desk.recordSale(session(domain::Role::kCashier), lines,
                                                   {domain::Payment::cash(domain::Money::fromCents(25000))}));
        lines[0].discountApprovedBy = domain::Actor{session(domain::Role::kManager).staffId, domain::Role::kManager};
        const auto done = f.desk.recordSale(session(domain::Role::kCashier), lines,
                                            {domain::Payment::cash(domain::Money::fromCents(25000))});
        QCOMPARE(done.command.payload.at("lines")[0].at("discount_cents").get<std::int64_t>(), 500);
    }

    void cancelling_data() {
        QTest::addColumn<bool>("manager");
        QTest::addColumn<bool>("withOverride");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("a manager cancels") << true << false << true;
        QTest::newRow("a cashier with a manager override cancels") << false << true << true;
        QTest::newRow("a cashier alone cannot cancel") << false << false << false;
    }
    void cancelling() {
        QFETCH(bool, manager);
        QFETCH(bool, withOverride);
        QFETCH(bool, allowed);
        Fixture f;
        const auto sale = f.desk.recordSale(session(domain::Role::kCashier), f.cart(),
                                            {domain::Payment::cash(domain::Money::fromCents(25000))});
        const auto who = session(manager ? domain::Role::kManager : domain::Role::kCashier);
        std::optional<domain::Actor> approval;
        if (withOverride) {
            approval = domain::Actor{session(domain::Role::kManager).staffId, domain::Role::kManager};
        }
        if (!allowed) {
            try {
                f.desk.cancelSale(who, sale.saleId, "Client a changé d'avis", approval);
                QFAIL("cancelled without a manager");
            } catch (const ClientError& e) {
                QCOMPARE(e.code(), ClientError::kOverrideRefused);
            }
            QCOMPARE(f.outbox.pendingCount(), 1);
            return;
        }
        const auto command = f.desk.cancelSale(who, sale.saleId, "Client a changé d'avis", approval);
        QCOMPARE(command.type, std::string("CancelSale"));
        QCOMPARE(command.deviceSeq, 2);
        QCOMPARE(command.payload.at("sale_id").get<std::string>(), sale.saleId);
        QCOMPARE(command.payload.contains("approved_by"), withOverride);
        QCOMPARE(f.desk.recentSales(1).at(0).status, std::string("cancelled"));
        QCOMPARE(client::StockSnapshot(f.journal).levelOf(kP1).value_or(0), 20);
        // Twice is refused.
        QVERIFY_THROWS_EXCEPTION(ClientError, f.desk.cancelSale(who, sale.saleId, "Encore une fois", approval));
    }

    void aCancellationNeedsAReason() {
        Fixture f;
        const auto sale = f.desk.recordSale(session(domain::Role::kCashier), f.cart(),
                                            {domain::Payment::cash(domain::Money::fromCents(25000))});
        QVERIFY_THROWS_EXCEPTION(ClientError, f.desk.cancelSale(session(domain::Role::kManager), sale.saleId, " ", {}));
        QCOMPARE(f.desk.recentSales(1).at(0).status, std::string("active"));
    }

    void replenishmentGoesToItsOwnStream() {
        Fixture f;
        const auto c = f.desk.requestReplenishment(session(domain::Role::kCashier), kP1, 12);
        QCOMPARE(c.deviceSeq, 1);
        QCOMPARE(f.outbox.pendingCount(client::Outbox::kSupplyChain), 1);
        QCOMPARE(c.payload.at("quantity").get<int>(), 12);
        QVERIFY_THROWS_EXCEPTION(ClientError, f.desk.requestReplenishment(session(domain::Role::kCashier), kP1, 0));
    }

    void printQueueKeepsJobsUntilPrintedAndReprints() {
        Fixture f;
        const auto sale = f.desk.recordSale(session(domain::Role::kCashier), f.cart(),
                                            {domain::Payment::cash(domain::Money::fromCents(25000))});
        client::PrintQueue queue(f.journal);
        CountingPrinter printer;
        printer.broken = true;
        QCOMPARE(queue.printPending(printer), 0);
        QCOMPARE(queue.pending().size(), std::size_t(1));
        QCOMPARE(queue.pending().at(0).attempts, 1);
        printer.broken = false;
        QCOMPARE(queue.printPending(printer), 1);
        QVERIFY(queue.pending().empty());
        queue.reprint(sale.saleId);
        QCOMPARE(queue.printPending(printer), 1);
        QCOMPARE(printer.printed.size(), std::size_t(2));
        QVERIFY(printer.printed[1].contains("DUPLICATA"));
        QVERIFY(!printer.printed[0].contains("DUPLICATA"));
        QVERIFY_THROWS_EXCEPTION(ClientError, queue.reprint("no-such-sale"));
    }
};

QTEST_GUILESS_MAIN(SaleRegisterTest)
#include "sale_register_test.moc"
