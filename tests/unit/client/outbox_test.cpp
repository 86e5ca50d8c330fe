// The outbox: UUIDv7 ids and a gapless device_seq per stream, even across a rolled-back transaction and a reopened
// journal; pending in order; outcomes move commands to the log exactly once; rejected ones stay visible.
#include <QTemporaryDir>
#include <QTest>

#include "magasin/client/client_error.hpp"
#include "magasin/client/journal.hpp"
#include "magasin/client/outbox.hpp"

using namespace magasin;
using client::Journal;
using client::Outbox;

namespace {

const domain::DeviceId kDevice = domain::DeviceId::parse("0190f0a0-0000-7000-8000-000000000001");
const domain::StaffId kStaff = domain::StaffId::parse("44444444-4444-4444-4444-444444444411");

Outbox outboxOn(Journal& journal, std::shared_ptr<domain::UuidV7Generator> ids) {
    return Outbox(journal, kDevice, domain::systemClock(), [ids] { return ids->next(); });
}

std::shared_ptr<domain::UuidV7Generator> generator() {
    return std::make_shared<domain::UuidV7Generator>(domain::systemClock(), domain::systemRandom());
}

sync::CommandOutcome outcomeFor(const sync::Command& c, sync::OutcomeStatus status) {
    sync::CommandOutcome o;
    o.commandId = c.commandId;
    o.deviceSeq = c.deviceSeq;
    o.status = status;
    if (status == sync::OutcomeStatus::kRejected) {
        o.problem = sync::Problem::make(422, "invalid_value", "Invalid", "bad sale");
    }
    return o;
}

}  // namespace

class OutboxTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void commandsGetUuidV7AndGaplessSeqPerStream() {
        QTemporaryDir dir;
        Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        auto outbox = outboxOn(journal, generator());
        const auto a = outbox.append("RecordSale", kStaff, {{"n", 1}});
        const auto b = outbox.append("CreateReplenishmentRequest", kStaff, {{"n", 2}});
        const auto c = outbox.append("CancelSale", kStaff, {{"n", 3}});
        QCOMPARE(a.commandId.version(), 7);
        QVERIFY(a.commandId < c.commandId);
        QCOMPARE(a.deviceSeq, 1);
        QCOMPARE(b.deviceSeq, 1);  // its own stream: supply-chain
        QCOMPARE(c.deviceSeq, 2);
        QCOMPARE(a.deviceId, kDevice);
        QCOMPARE(outbox.pendingCount(), 3);
        QCOMPARE(outbox.pendingCount(Outbox::kCommandes), 2);
    }

    void aRolledBackAppendLeavesNoGap() {
        QTemporaryDir dir;
        Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        auto outbox = outboxOn(journal, generator());
        outbox.append("RecordSale", kStaff, {});
        try {
            journal.transaction([&] {
                outbox.append("RecordSale", kStaff, {});
                throw std::runtime_error("the sale's other writes failed");
            });
        } catch (const std::runtime_error&) {
        }
        const auto next = outbox.append("RecordSale", kStaff, {});
        QCOMPARE(next.deviceSeq, 2);
        const auto pending = outbox.pending(Outbox::kCommandes, 10);
        QCOMPARE(pending.size(), std::size_t(2));
        QCOMPARE(pending[0].deviceSeq, 1);
        QCOMPARE(pending[1].deviceSeq, 2);
    }

    void theSequenceContinuesAfterReopeningAndAfterOutcomes() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        sync::Command first;
        {
            Journal journal(path);
            auto outbox = outboxOn(journal, generator());
            first = outbox.append("RecordSale", kStaff, {{"k", "v"}});
            outbox.append("RecordSale", kStaff, {});
            QCOMPARE(outbox.applyOutcomes(Outbox::kCommandes, {outcomeFor(first, sync::OutcomeStatus::kApplied)}),
                     std::size_t(1));
        }
        Journal journal(path);
        auto outbox = outboxOn(journal, generator());
        QCOMPARE(outbox.append("RecordSale", kStaff, {}).deviceSeq, 3);
        const auto pending = outbox.pending(Outbox::kCommandes, 10);
        QCOMPARE(pending.size(), std::size_t(2));
        QCOMPARE(pending.front().deviceSeq, 2);
        const auto logged = outbox.record(first.commandId);
        QVERIFY(logged.has_value());
        QVERIFY(logged->command.payload == first.payload);
        QCOMPARE(logged->command.issuedAt, first.issuedAt);
    }

    void pendingIsInSeqOrderAndLimited() {
        QTemporaryDir dir;
        Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        auto outbox = outboxOn(journal, generator());
        for (int i = 0; i < 25; ++i) {
            outbox.append("RecordSale", kStaff, {{"i", i}});
        }
        const auto batch = outbox.pending(Outbox::kCommandes, 10);
        QCOMPARE(batch.size(), std::size_t(10));
        for (std::size_t i = 0; i < batch.size(); ++i) {
            QCOMPARE(batch[i].deviceSeq, std::int64_t(i + 1));
            QCOMPARE(batch[i].payload.at("i").get<int>(), int(i));
        }
    }

    void outcomesMoveCommandsOnceAndRejectedStayVisible() {
        QTemporaryDir dir;
        Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        auto outbox = outboxOn(journal, generator());
        const auto a = outbox.append("RecordSale", kStaff, {});
        const auto b = outbox.append("RecordSale", kStaff, {});
        const auto c = outbox.append("RecordSale", kStaff, {});
        auto flagged = outcomeFor(b, sync::OutcomeStatus::kAppliedWithFlags);
        flagged.flags = nlohmann::json::array({{{"code", "price_differs"}}});
        const std::vector<sync::CommandOutcome> outcomes = {outcomeFor(a, sync::OutcomeStatus::kApplied), flagged,
                                                            outcomeFor(c, sync::OutcomeStatus::kRejected)};
        QCOMPARE(outbox.applyOutcomes(Outbox::kCommandes, outcomes), std::size_t(3));
        QCOMPARE(outbox.pendingCount(), 0);
        // The same answer again (a replayed batch) changes nothing.
        QCOMPARE(outbox.applyOutcomes(Outbox::kCommandes, outcomes), std::size_t(0));
        const auto rejected = outbox.rejected();
        QCOMPARE(rejected.size(), std::size_t(1));
        QCOMPARE(rejected[0].command.commandId, c.commandId);
        QCOMPARE(rejected[0].problem.at("detail").get<std::string>(), std::string("bad sale"));
        const auto withFlags = outbox.flagged();
        QCOMPARE(withFlags.size(), std::size_t(1));
        QCOMPARE(withFlags[0].flags[0].at("code").get<std::string>(), std::string("price_differs"));
    }

    void anOutcomeForAnUnknownCommandIsIgnored() {
        QTemporaryDir dir;
        Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        auto outbox = outboxOn(journal, generator());
        const auto a = outbox.append("RecordSale", kStaff, {});
        sync::Command stranger = a;
        stranger.commandId = generator()->next();
        QCOMPARE(outbox.applyOutcomes(Outbox::kCommandes, {outcomeFor(stranger, sync::OutcomeStatus::kApplied)}),
                 std::size_t(0));
        QCOMPARE(outbox.pendingCount(), 1);
    }

    void aTypeNoServerTakesIsRefused() {
        QTemporaryDir dir;
        Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        auto outbox = outboxOn(journal, generator());
        QVERIFY_THROWS_EXCEPTION(client::ClientError, outbox.append("FormatDisk", kStaff, {}));
        QCOMPARE(outbox.pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(OutboxTest)
#include "outbox_test.moc"
