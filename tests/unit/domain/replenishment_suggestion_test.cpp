// Rules of replenishment suggestions: a store level at or under its low threshold with no pending request suggests
// max(10 - level, 5) units; the most urgent come first.
#include "magasin/domain/replenishment_suggestion.hpp"

#include <QTest>

#include <vector>

using namespace magasin::domain;

namespace {
const ProductId kP1{Uuid::parse("550e8400-e29b-41d4-a716-446655440001")};
const ProductId kP2{Uuid::parse("550e8400-e29b-41d4-a716-446655440002")};
const ProductId kP3{Uuid::parse("550e8400-e29b-41d4-a716-446655440003")};
const StoreId kNordId{Uuid::parse("33333333-3333-3333-3333-333333333332")};
const StoreId kSudId{Uuid::parse("33333333-3333-3333-3333-333333333333")};
const Location kCentral = Location::central(LocationId{Uuid::parse("0190a000-0000-7000-8000-000000000001")}, "Central");
const Location kNord =
    Location::store(LocationId{Uuid::parse("0190a000-0000-7000-8000-000000000002")}, kNordId, "Magasin Nord");
const Location kSud =
    Location::store(LocationId{Uuid::parse("0190a000-0000-7000-8000-000000000003")}, kSudId, "Magasin Sud");
const Timestamp kAt = parseIso8601("2026-11-25T09:00:00.000Z");

ReplenishmentRequest requestFor(ProductId product, StoreId store) {
    return ReplenishmentRequest::create(RequestId{Uuid::parse("0190a000-0000-7000-8000-0000000000b1")}, product, store,
                                        Quantity::of(10), StaffId{}, kAt);
}
}  // namespace

class ReplenishmentSuggestionTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void suggestedQuantity_data() {
        QTest::addColumn<qint64>("level");
        QTest::addColumn<qint64>("suggested");  // 0: no suggestion
        QTest::newRow("store 6 is above Bas: nothing") << qint64(6) << qint64(0);
        QTest::newRow("store 5 is Bas: max(10 - 5, 5) = 5") << qint64(5) << qint64(5);
        QTest::newRow("store 4: 10 - 4 = 6") << qint64(4) << qint64(6);
        QTest::newRow("store 2 is Critique: 8") << qint64(2) << qint64(8);
        QTest::newRow("store 0: 10") << qint64(0) << qint64(10);
        QTest::newRow("store -3 after offline sales: 13") << qint64(-3) << qint64(13);
        QTest::newRow("store -9990 asks for the most a request can carry") << qint64(-9'990) << qint64(10'000);
        QTest::newRow("store -20000 is capped at 10000") << qint64(-20'000) << qint64(10'000);
    }
    void suggestedQuantity() {
        QFETCH(qint64, level);
        QFETCH(qint64, suggested);
        const std::vector<StockLevel> levels{StockLevel(kNord, kP1, level)};
        const auto suggestions = suggestReplenishment(levels, {});
        if (suggested == 0) {
            QVERIFY(suggestions.empty());
            return;
        }
        QCOMPARE(suggestions.size(), std::size_t(1));
        QCOMPARE(suggestions[0], (ReplenishmentSuggestion{kNordId, kP1, level, Quantity::of(suggested)}));
    }

    void customLowThresholdIsUsed_data() {
        QTest::addColumn<qint64>("level");
        QTest::addColumn<bool>("suggested");
        QTest::newRow("at a raised low threshold of 8") << qint64(8) << true;
        QTest::newRow("one above a raised low threshold of 8") << qint64(9) << false;
    }
    void customLowThresholdIsUsed() {
        QFETCH(qint64, level);
        QFETCH(bool, suggested);
        const std::vector<StockLevel> levels{
            StockLevel(kNord, kP1, level, Thresholds::of(LocationKind::kStore, 3, 8, 30))};
        const auto suggestions = suggestReplenishment(levels, {});
        QCOMPARE(suggestions.empty(), !suggested);
        if (suggested) {
            QCOMPARE(suggestions[0].quantity, Quantity::of(5));
        }
    }

    void pendingRequests_data() {
        QTest::addColumn<bool>("sameProduct");
        QTest::addColumn<bool>("sameStore");
        QTest::addColumn<bool>("stillPending");
        QTest::addColumn<bool>("suggested");
        QTest::newRow("a pending request for it silences the suggestion") << true << true << true << false;
        QTest::newRow("a withdrawn request does not") << true << true << false << true;
        QTest::newRow("a pending request for another product does not") << false << true << true << true;
        QTest::newRow("a pending request from another store does not") << true << false << true << true;
    }
    void pendingRequests() {
        QFETCH(bool, sameProduct);
        QFETCH(bool, sameStore);
        QFETCH(bool, stillPending);
        QFETCH(bool, suggested);
        auto request = requestFor(sameProduct ? kP1 : kP2, sameStore ? kNordId : kSudId);
        if (!stillPending) {
            request.withdraw(request.requestedBy(), Role::kCashier, kAt);
        }
        const std::vector<StockLevel> levels{StockLevel(kNord, kP1, 1)};
        const std::vector<ReplenishmentRequest> requests{request};
        QCOMPARE(suggestReplenishment(levels, requests).size(), std::size_t(suggested ? 1 : 0));
    }

    void centralLevelsAreNotSuggested() {
        const std::vector<StockLevel> levels{StockLevel(kCentral, kP1, 0)};
        QVERIFY(suggestReplenishment(levels, {}).empty());
    }

    void mostUrgentFirst() {
        const std::vector<StockLevel> levels{
            StockLevel(kNord, kP1, 4), StockLevel(kSud, kP2, -2), StockLevel(kNord, kP3, 30),
            StockLevel(kSud, kP1, 4),  StockLevel(kNord, kP2, 0), StockLevel(kCentral, kP3, 1),
        };
        const auto suggestions = suggestReplenishment(levels, {});
        const std::vector<ReplenishmentSuggestion> expected{
            {kSudId, kP2, -2, Quantity::of(12)},
            {kNordId, kP2, 0, Quantity::of(10)},
            {kNordId, kP1, 4, Quantity::of(6)},  // ties on level go by store, then product
            {kSudId, kP1, 4, Quantity::of(6)},
        };
        QCOMPARE(suggestions.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(suggestions[i], expected[i]);
        }
    }
};

QTEST_APPLESS_MAIN(ReplenishmentSuggestionTest)
#include "replenishment_suggestion_test.moc"
