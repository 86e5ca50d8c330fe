// The supply chain's use cases over in-memory fakes: creation (REST and terminal), approval through the transfer
// (lowered quantity, refusals that keep the request pending, inventaire down or losing its answer and the retry that
// completes exactly once), rejection with a kept reason, withdrawal, and suggestions.
#include "magasin/supply_chain/replenishment_desk.hpp"

#include <QTest>

#include <functional>

#include "magasin/domain/domain_error.hpp"
#include "supply_chain_fakes.hpp"

using namespace magasin;
using namespace magasin::supply_chain;
using domain::DomainError;
using domain::ErrorCode;
using domain::RequestStatus;
using testing::FakeInventaire;
using testing::InMemoryRequestRepository;

namespace {

const auto kProduct = domain::ProductId::parse("550e8400-e29b-41d4-a716-446655440001");
const auto kUnknownProduct = domain::ProductId::parse("550e8400-e29b-41d4-a716-446655449999");
const auto kStore = domain::StoreId::parse("33333333-3333-3333-3333-333333333331");
const auto kCashier = domain::StaffId::parse("44444444-4444-4444-4444-444444444411");
const auto kOtherCashier = domain::StaffId::parse("44444444-4444-4444-4444-444444444421");
const StaffActor kManager{domain::StaffId::parse("44444444-4444-4444-4444-444444444412"), domain::Role::kManager};
const domain::Timestamp kNow = domain::parseIso8601("2026-11-25T10:00:00.000Z");

// Returns the rule of the DomainError `action` throws, or "" when it throws none.
QString ruleOf(const std::function<void()>& action, ErrorCode expected) {
    try {
        action();
    } catch (const DomainError& e) {
        if (e.code() != expected) {
            return QStringLiteral("wrong code: ") + QString::fromStdString(e.rule());
        }
        return QString::fromStdString(e.rule());
    }
    return {};
}

int httpStatusOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const server::HttpError& e) {
        return e.problem().status;
    }
    return 0;
}

}  // namespace

class ReplenishmentDeskTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<InMemoryRequestRepository> m_repo;
    std::unique_ptr<FakeInventaire> m_inventaire;
    std::unique_ptr<ReplenishmentDesk> m_desk;
    int m_nextId = 1;

    domain::RequestId newId() {
        return domain::RequestId::parse("0190a000-0000-7000-8000-" +
                                        QString::number(m_nextId++).rightJustified(12, u'0').toStdString());
    }
    CreatedRequest create(domain::RequestId id, std::int64_t quantity = 20, std::string origin = "rest",
                          domain::ProductId product = kProduct, domain::StaffId by = kCashier) {
        std::optional<CreatedRequest> done;
        m_repo->write([&](RequestSession& s) {
            done = m_desk->create(s, {.id = id,
                                      .product = product,
                                      .store = kStore,
                                      .quantity = quantity,
                                      .requestedBy = by,
                                      .origin = std::move(origin)});
        });
        return *done;
    }
    domain::RequestId pending(std::int64_t quantity = 20) {
        const auto id = newId();
        create(id, quantity);
        return id;
    }
    RequestStatus statusOf(const domain::RequestId& id) { return m_desk->get(id).request.status(); }

private Q_SLOTS:
    void init() {
        m_repo = std::make_unique<InMemoryRequestRepository>();
        m_repo->data().activeProducts.insert(kProduct);
        m_inventaire = std::make_unique<FakeInventaire>();
        m_desk = std::make_unique<ReplenishmentDesk>(
            *m_repo, *m_inventaire, [] { return kNow; }, [this] { return newId().uuid(); });
    }

    void createsAPendingRequestAndPublishesIt() {
        const auto id = newId();
        const auto done = create(id);
        QVERIFY(done.created);
        QCOMPARE(statusOf(id), RequestStatus::kPending);
        QCOMPARE(m_repo->data().published, std::vector<std::string>{id.toString()});
        // The same id and content again (a retried POST, a replayed command): the stored request, nothing new.
        QVERIFY(!create(id).created);
        QCOMPARE(m_repo->data().requests.size(), std::size_t(1));
        QCOMPARE(ruleOf([&] { create(id, 21); }, ErrorCode::kAlreadyExists), QStringLiteral("replenishment.id.taken"));
    }

    void creationRules_data() {
        QTest::addColumn<std::int64_t>("quantity");
        QTest::addColumn<bool>("knownProduct");
        QTest::addColumn<QString>("origin");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("rule");
        QTest::newRow("quantity 0 is refused") << std::int64_t(0) << true << QStringLiteral("rest")
                                               << int(ErrorCode::kInvalidValue) << QStringLiteral("quantity.range");
        QTest::newRow("quantity 10,001 is refused")
            << std::int64_t(10001) << true << QStringLiteral("rest") << int(ErrorCode::kInvalidValue)
            << QStringLiteral("quantity.range");
        QTest::newRow("an unknown product over REST is not found")
            << std::int64_t(5) << false << QStringLiteral("rest") << int(ErrorCode::kNotFound)
            << QStringLiteral("product.not_found");
        QTest::newRow("an unknown product from a terminal is kept, flagged")
            << std::int64_t(5) << false << QStringLiteral("terminal") << -1 << QStringLiteral("");
        QTest::newRow("quantity 10,000 is the most one asks")
            << std::int64_t(10000) << true << QStringLiteral("rest") << -1 << QStringLiteral("");
    }
    void creationRules() {
        QFETCH(std::int64_t, quantity);
        QFETCH(bool, knownProduct);
        QFETCH(QString, origin);
        QFETCH(int, code);
        QFETCH(QString, rule);
        const auto id = newId();
        const auto product = knownProduct ? kProduct : kUnknownProduct;
        if (code < 0) {
            const auto done = create(id, quantity, origin.toStdString(), product);
            QCOMPARE(done.record.flags.empty(), knownProduct);
            return;
        }
        QCOMPARE(ruleOf([&] { create(id, quantity, origin.toStdString(), product); }, ErrorCode(code)), rule);
        QVERIFY(m_repo->data().requests.empty());
    }

    void onePendingRequestPerProductAndStore() {
        pending();
        QCOMPARE(ruleOf([&] { pending(); }, ErrorCode::kAlreadyExists), QStringLiteral("replenishment.pending.exists"));
        QCOMPARE(m_repo->data().requests.size(), std::size_t(1));
    }

    void approvalMovesTheApprovedQuantityOnce() {
        const auto id = pending(20);
        const auto approved = m_desk->approve(id, kManager, 12, "r1");
        QCOMPARE(approved.request.status(), RequestStatus::kTransferred);
        QCOMPARE(approved.request.approvedQuantity()->value(), std::int64_t(12));
        QCOMPARE(approved.decidedBy.value(), "staff:" + kManager.staff.toString());
        QCOMPARE(m_inventaire->central, std::int64_t(88));
        QCOMPARE(m_inventaire->store, std::int64_t(12));
        // Approving twice is an illegal transition, and inventaire is not asked again.
        QCOMPARE(ruleOf([&] { m_desk->approve(id, kManager, 12, "r2"); }, ErrorCode::kIllegalState),
                 QStringLiteral("replenishment.approve.not_pending"));
        QCOMPARE(m_inventaire->calls, 1);
        QCOMPARE(m_inventaire->central, std::int64_t(88));
    }

    void approvalDefaultsToTheRequestedQuantity() {
        const auto id = pending(7);
        QCOMPARE(m_desk->approve(id, kManager, std::nullopt, "r").request.approvedQuantity()->value(), std::int64_t(7));
    }

    void approvalRulesKeepTheRequestPending_data() {
        QTest::addColumn<int>("role");
        QTest::addColumn<std::int64_t>("quantity");
        QTest::addColumn<std::int64_t>("central");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("rule");
        QTest::newRow("a cashier cannot approve")
            << int(domain::Role::kCashier) << std::int64_t(5) << std::int64_t(100) << int(ErrorCode::kPermissionDenied)
            << QStringLiteral("role.manager_required");
        QTest::newRow("more than requested is refused")
            << int(domain::Role::kManager) << std::int64_t(21) << std::int64_t(100) << int(ErrorCode::kInvalidValue)
            << QStringLiteral("replenishment.approve.quantity_raised");
        QTest::newRow("quantity 0 is refused") << int(domain::Role::kManager) << std::int64_t(0) << std::int64_t(100)
                                               << int(ErrorCode::kInvalidValue) << QStringLiteral("quantity.range");
        QTest::newRow("short central stock is refused with what it holds")
            << int(domain::Role::kManager) << std::int64_t(20) << std::int64_t(19) << int(ErrorCode::kInsufficientStock)
            << QStringLiteral("replenishment.approve.insufficient_stock");
    }
    void approvalRulesKeepTheRequestPending() {
        QFETCH(int, role);
        QFETCH(std::int64_t, quantity);
        QFETCH(std::int64_t, central);
        QFETCH(int, code);
        QFETCH(QString, rule);
        m_inventaire->central = central;
        const auto id = pending(20);
        QCOMPARE(ruleOf(
                     [&] {
                         m_desk->approve(id, {kManager.staff, domain::Role(role)}, quantity, "r");
                     },
                     ErrorCode(code)),
                 rule);
        QCOMPARE(statusOf(id), RequestStatus::kPending);
        QCOMPARE(m_inventaire->store, std::int64_t(0));
    }

    void shortStockNamesWhatTheCentralHolds() {
        m_inventaire->central = 3;
        const auto id = pending(20);
        try {
            m_desk->approve(id, kManager, 20, "r");
            QFAIL("approved without stock");
        } catch (const DomainError& e) {
            QVERIFY2(std::string(e.what()).find("3 available") != std::string::npos, e.what());
        }
        // A lower quantity that the central holds then goes through.
        QCOMPARE(m_desk->approve(id, kManager, 3, "r").request.status(), RequestStatus::kTransferred);
        QCOMPARE(m_inventaire->central, std::int64_t(0));
    }

    void unknownStoreAtInventaireKeepsItPending() {
        m_inventaire->mode = FakeInventaire::Mode::kStoreUnknown;
        const auto id = pending();
        QCOMPARE(ruleOf([&] { m_desk->approve(id, kManager, 5, "r"); }, ErrorCode::kIllegalState),
                 QStringLiteral("replenishment.approve.store_unknown"));
        QCOMPARE(statusOf(id), RequestStatus::kPending);
    }

    void inventaireDownAnswers503AndTheRetryCompletesOnce() {
        const auto id = pending(20);
        m_inventaire->mode = FakeInventaire::Mode::kDown;
        QCOMPARE(httpStatusOf([&] { m_desk->approve(id, kManager, 10, "r1"); }), 503);
        QCOMPARE(statusOf(id), RequestStatus::kPending);
        QVERIFY(m_desk->get(id).transferInDoubt);
        m_inventaire->mode = FakeInventaire::Mode::kUp;
        QCOMPARE(m_desk->approve(id, kManager, 10, "r2").request.status(), RequestStatus::kTransferred);
        QVERIFY(!m_desk->get(id).transferInDoubt);
        QCOMPARE(m_inventaire->store, std::int64_t(10));
    }

    void aLostAnswerThenARetryMovesTheStockOnce() {
        const auto id = pending(20);
        m_inventaire->mode = FakeInventaire::Mode::kLosesAnswers;
        QCOMPARE(httpStatusOf([&] { m_desk->approve(id, kManager, 10, "r1"); }), 503);
        QCOMPARE(statusOf(id), RequestStatus::kPending);
        QCOMPARE(m_inventaire->store, std::int64_t(10));  // inventaire did move it
        m_inventaire->mode = FakeInventaire::Mode::kUp;
        QCOMPARE(m_desk->approve(id, kManager, 10, "r2").request.status(), RequestStatus::kTransferred);
        QCOMPARE(m_inventaire->store, std::int64_t(10));
        QCOMPARE(m_inventaire->central, std::int64_t(90));
    }

    void aRetryWithAnotherQuantityRecordsWhatMoved() {
        const auto id = pending(20);
        m_inventaire->mode = FakeInventaire::Mode::kLosesAnswers;
        httpStatusOf([&] { m_desk->approve(id, kManager, 10, "r1"); });
        m_inventaire->mode = FakeInventaire::Mode::kUp;
        const auto approved = m_desk->approve(id, kManager, 15, "r2");
        QCOMPARE(approved.request.approvedQuantity()->value(), std::int64_t(10));
        QCOMPARE(m_inventaire->store, std::int64_t(10));
    }

    void rejectingARequestWhoseTransferHappenedFindsItTransferred() {
        const auto id = pending(20);
        m_inventaire->mode = FakeInventaire::Mode::kLosesAnswers;
        httpStatusOf([&] { m_desk->approve(id, kManager, 10, "r1"); });
        m_inventaire->mode = FakeInventaire::Mode::kUp;
        QCOMPARE(ruleOf([&] { m_desk->reject(id, kManager, "Plus besoin", "r2"); }, ErrorCode::kIllegalState),
                 QStringLiteral("replenishment.reject.not_pending"));
        QCOMPARE(statusOf(id), RequestStatus::kTransferred);
        QCOMPARE(m_desk->get(id).request.approvedQuantity()->value(), std::int64_t(10));
    }

    void theDoubtIsRecordedBeforeTheCallSoACrashCannotHideATransfer() {
        const auto id = pending(20);
        m_inventaire->mode = FakeInventaire::Mode::kCallerDies;
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, m_desk->approve(id, kManager, 10, "r1"));
        QCOMPARE(statusOf(id), RequestStatus::kPending);
        QVERIFY(m_desk->get(id).transferInDoubt);
        m_inventaire->mode = FakeInventaire::Mode::kUp;
        QCOMPARE(ruleOf(
                     [&] {
                         m_desk->withdraw(id, {kCashier, domain::Role::kCashier}, "r2");
                     },
                     ErrorCode::kIllegalState),
                 QStringLiteral("replenishment.withdraw.not_pending"));
        QCOMPARE(statusOf(id), RequestStatus::kTransferred);
        QCOMPARE(m_inventaire->store, std::int64_t(10));
    }

    void aDefiniteRefusalClearsTheDoubt() {
        m_inventaire->central = 1;
        const auto id = pending(20);
        QCOMPARE(ruleOf([&] { m_desk->approve(id, kManager, 5, "r"); }, ErrorCode::kInsufficientStock),
                 QStringLiteral("replenishment.approve.insufficient_stock"));
        QVERIFY(!m_desk->get(id).transferInDoubt);
        // A refused role never even marks it.
        QCOMPARE(ruleOf(
                     [&] {
                         m_desk->approve(id, {kCashier, domain::Role::kCashier}, 1, "r");
                     },
                     ErrorCode::kPermissionDenied),
                 QStringLiteral("role.manager_required"));
        QVERIFY(!m_desk->get(id).transferInDoubt);
        QCOMPARE(m_inventaire->calls, 1);
    }

    void rejectingWhileInDoubtAndInventaireDownAnswers503() {
        const auto id = pending(20);
        m_inventaire->mode = FakeInventaire::Mode::kDown;
        httpStatusOf([&] { m_desk->approve(id, kManager, 10, "r1"); });
        QCOMPARE(httpStatusOf([&] { m_desk->reject(id, kManager, "Plus besoin", "r2"); }), 503);
        QCOMPARE(statusOf(id), RequestStatus::kPending);
        m_inventaire->mode = FakeInventaire::Mode::kUp;  // no transfer was made: the rejection goes through
        QCOMPARE(m_desk->reject(id, kManager, "Plus besoin", "r3").request.status(), RequestStatus::kRejected);
        QVERIFY(!m_desk->get(id).transferInDoubt);
    }

    void rejection_data() {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("rule");
        QTest::newRow("a reason with a letter is kept")
            << QStringLiteral("  Stock réservé au web  ") << int(domain::Role::kManager) << QStringLiteral("");
        QTest::newRow("\"abc\" is too short")
            << QStringLiteral("abc") << int(domain::Role::kManager) << QStringLiteral("reason.length");
        QTest::newRow("digits only have no letter")
            << QStringLiteral("12345") << int(domain::Role::kManager) << QStringLiteral("reason.letter");
        QTest::newRow("501 characters are too many")
            << QString(501, u'a') << int(domain::Role::kManager) << QStringLiteral("reason.length");
        QTest::newRow("a cashier cannot reject")
            << QStringLiteral("Pas besoin") << int(domain::Role::kCashier) << QStringLiteral("role.manager_required");
    }
    void rejection() {
        QFETCH(QString, reason);
        QFETCH(int, role);
        QFETCH(QString, rule);
        const auto id = pending();
        const StaffActor actor{kManager.staff, domain::Role(role)};
        if (rule.isEmpty()) {
            const auto rejected = m_desk->reject(id, actor, reason.toStdString(), "r");
            QCOMPARE(rejected.request.status(), RequestStatus::kRejected);
            QCOMPARE(QString::fromStdString(m_desk->get(id).request.rejectionReason()->text()), reason.trimmed());
            QCOMPARE(ruleOf([&] { m_desk->reject(id, actor, reason.toStdString(), "r"); }, ErrorCode::kIllegalState),
                     QStringLiteral("replenishment.reject.not_pending"));
            return;
        }
        const auto code =
            rule == QStringLiteral("role.manager_required") ? ErrorCode::kPermissionDenied : ErrorCode::kInvalidValue;
        QCOMPARE(ruleOf([&] { m_desk->reject(id, actor, reason.toStdString(), "r"); }, code), rule);
        QCOMPARE(statusOf(id), RequestStatus::kPending);
    }

    void withdrawal_data() {
        QTest::addColumn<bool>("requester");
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("the requester withdraws") << true << int(domain::Role::kCashier) << true;
        QTest::newRow("a manager withdraws") << false << int(domain::Role::kManager) << true;
        QTest::newRow("another cashier cannot") << false << int(domain::Role::kCashier) << false;
    }
    void withdrawal() {
        QFETCH(bool, requester);
        QFETCH(int, role);
        QFETCH(bool, allowed);
        const auto id = pending();
        const StaffActor actor{requester ? kCashier : kOtherCashier, domain::Role(role)};
        if (allowed) {
            QCOMPARE(m_desk->withdraw(id, actor, "r").request.status(), RequestStatus::kWithdrawn);
            // A new request for the same product may follow.
            pending();
        } else {
            QCOMPARE(ruleOf([&] { m_desk->withdraw(id, actor, "r"); }, ErrorCode::kPermissionDenied),
                     QStringLiteral("replenishment.withdraw.not_requester"));
            QCOMPARE(statusOf(id), RequestStatus::kPending);
        }
    }

    void unknownRequestsAreNotFound() {
        const auto id = newId();
        QCOMPARE(ruleOf([&] { m_desk->get(id); }, ErrorCode::kNotFound), QStringLiteral("replenishment.not_found"));
        QCOMPARE(ruleOf([&] { m_desk->approve(id, kManager, 1, "r"); }, ErrorCode::kNotFound),
                 QStringLiteral("replenishment.not_found"));
        QCOMPARE(ruleOf([&] { m_desk->reject(id, kManager, "Plus besoin", "r"); }, ErrorCode::kNotFound),
                 QStringLiteral("replenishment.not_found"));
        QCOMPARE(ruleOf([&] { m_desk->withdraw(id, kManager, "r"); }, ErrorCode::kNotFound),
                 QStringLiteral("replenishment.not_found"));
        QCOMPARE(m_inventaire->calls, 0);
    }

    void suggestionsSkipProductsAlreadyAskedFor() {
        const auto location = domain::Location::store(domain::LocationId(kStore.uuid()), kStore, "Magasin Central");
        const auto other = domain::ProductId::parse("550e8400-e29b-41d4-a716-446655440002");
        m_repo->data().levels = {
            domain::StockLevel(location, kProduct, 2), domain::StockLevel(location, other, 1),
            domain::StockLevel(location, domain::ProductId::parse("550e8400-e29b-41d4-a716-446655440003"), 30)};
        auto suggestions = m_desk->suggestions(kStore);
        QCOMPARE(suggestions.size(), std::size_t(2));
        QCOMPARE(suggestions[0].suggestion.product, other);  // lowest level first
        QCOMPARE(suggestions[0].suggestion.quantity.value(), std::int64_t(9));
        pending();  // kProduct is now asked for
        suggestions = m_desk->suggestions(kStore);
        QCOMPARE(suggestions.size(), std::size_t(1));
        QCOMPARE(suggestions[0].suggestion.product, other);
        QCOMPARE(m_desk->suggestions(domain::StoreId::parse("33333333-3333-3333-3333-333333333332")).size(),
                 std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(ReplenishmentDeskTest)
#include "replenishment_desk_test.moc"
