// The sync protocol's wire codecs: every type survives a round trip with the agreed snake_case names, and every
// malformed push, outcome or feed page is refused with the JSON path and rule of the first fault.
#include "magasin/sync/wire.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

#include <cstdio>
#include <functional>

using namespace magasin;
using namespace magasin::sync;
using nlohmann::json;

namespace {

const domain::DeviceId kDevice = domain::DeviceId::parse("0190a4b2-7c3d-7e5f-8a9b-0c1d2e3f4a5b");
const domain::StaffId kStaff = domain::StaffId::parse("0190a4b2-0000-7000-8000-000000000001");

domain::Uuid commandIdFor(std::int64_t seq) {
    char tail[13];
    std::snprintf(tail, sizeof tail, "%012llx", static_cast<unsigned long long>(seq));
    return domain::Uuid::parse(std::string("0190a4b2-7c3d-7e5f-8a9b-") + tail);
}

Command command(std::int64_t seq) {
    Command c;
    c.commandId = commandIdFor(seq);
    c.deviceId = kDevice;
    c.deviceSeq = seq;
    c.type = "RecordSale";
    c.issuedAt = domain::parseIso8601("2026-11-25T14:20:13.123Z");
    c.staffId = kStaff;
    c.payload = {{"sale_id", "x"}, {"lines", json::array({{{"sku", "A-1"}, {"quantity", 2}}})}};
    return c;
}

PushRequest pushOf(int count) {
    PushRequest request;
    request.deviceId = kDevice;
    for (int seq = 1; seq <= count; ++seq) {
        request.commands.push_back(command(seq));
    }
    return request;
}

CommandOutcome rejected() {
    CommandOutcome o;
    o.commandId = commandIdFor(2);
    o.deviceSeq = 2;
    o.status = OutcomeStatus::kRejected;
    Problem p = Problem::make(422, "invalid_value", "Invalid value", "Quantity must be 1 or more");
    p.errors.push_back({"payload.lines[0].quantity", "quantity.range", "Quantity must be 1 or more"});
    p.extensions = json{{"expected_seq", 7}};
    o.problem = p;
    return o;
}

QString failureOf(const std::function<void()>& call) {
    try {
        call();
    } catch (const domain::DomainError& e) {
        return QString::fromStdString(e.field() + "|" + e.rule());
    }
    return QStringLiteral("no error");
}

}  // namespace

class WireTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void commandUsesTheAgreedNames() {
        const json j = toJson(command(3));
        QCOMPARE(j.at("command_id").get<std::string>(), std::string("0190a4b2-7c3d-7e5f-8a9b-000000000003"));
        QCOMPARE(j.at("device_id").get<std::string>(), kDevice.toString());
        QCOMPARE(j.at("device_seq").get<std::int64_t>(), std::int64_t(3));
        QCOMPARE(j.at("type").get<std::string>(), std::string("RecordSale"));
        QCOMPARE(j.at("issued_at").get<std::string>(), std::string("2026-11-25T14:20:13.123Z"));
        QCOMPARE(j.at("staff_id").get<std::string>(), kStaff.toString());
        QCOMPARE(j.at("payload").at("lines")[0].at("quantity").get<int>(), 2);
        QCOMPARE(j.size(), std::size_t(7));
    }

    void commandRoundTrips() {
        const Command c = command(9);
        QVERIFY(commandFromJson(toJson(c)) == c);
        // Through text too, as it travels.
        QVERIFY(commandFromJson(json::parse(toJson(c).dump())) == c);
    }

    void outcomesRoundTrip() {
        CommandOutcome applied;
        applied.commandId = commandIdFor(1);
        applied.deviceSeq = 1;
        applied.result = {{"sale_id", "0190a4b2-7c3d-7e5f-8a9b-0c1d2e3f4a00"}};
        const json j = toJson(applied);
        QCOMPARE(j.at("status").get<std::string>(), std::string("applied"));
        QVERIFY(!j.contains("problem"));
        QVERIFY(outcomeFromJson(json::parse(j.dump())) == applied);

        CommandOutcome flagged = applied;
        flagged.status = OutcomeStatus::kAppliedWithFlags;
        flagged.flags = json::array({{{"code", "stock_negative"}, {"message", "Stock of A-1 went to -2"}}});
        QCOMPARE(toJson(flagged).at("status").get<std::string>(), std::string("applied_with_flags"));
        QVERIFY(outcomeFromJson(json::parse(toJson(flagged).dump())) == flagged);

        const CommandOutcome no = rejected();
        const json r = toJson(no);
        QCOMPARE(r.at("status").get<std::string>(), std::string("rejected"));
        QCOMPARE(r.at("problem").at("errors")[0].at("rule").get<std::string>(), std::string("quantity.range"));
        QVERIFY(outcomeFromJson(json::parse(r.dump())) == no);
    }

    void pushRequestRoundTrips() {
        const PushRequest request = pushOf(3);
        const json j = toJson(request);
        QCOMPARE(j.at("device_id").get<std::string>(), kDevice.toString());
        QCOMPARE(j.at("commands").size(), std::size_t(3));
        QVERIFY(pushRequestFromJson(json::parse(j.dump())) == request);
        // A batch may skip seqs: the server, not the codec, answers a gap with expected_seq.
        PushRequest gap = pushOf(1);
        gap.commands.push_back(command(5));
        QVERIFY(pushRequestFromJson(toJson(gap)) == gap);
        QCOMPARE(pushRequestFromJson(toJson(pushOf(int(kMaxBatch)))).commands.size(), kMaxBatch);
    }

    void pushResponseRoundTrips() {
        PushResponse response;
        CommandOutcome first;
        first.commandId = commandIdFor(1);
        first.deviceSeq = 1;
        response.outcomes = {first, rejected()};
        QVERIFY(!toJson(response).contains("expected_seq"));
        QVERIFY(pushResponseFromJson(json::parse(toJson(response).dump())) == response);
        response.expectedSeq = 3;
        QCOMPARE(toJson(response).at("expected_seq").get<std::int64_t>(), std::int64_t(3));
        QVERIFY(pushResponseFromJson(json::parse(toJson(response).dump())) == response);
        QVERIFY(pushResponseFromJson(toJson(PushResponse{})) == PushResponse{});
    }

    void changePageRoundTrips() {
        ChangePage page;
        page.changes.push_back({41,
                                "product",
                                "0190a4b2-7c3d-7e5f-8a9b-0c1d2e3f4a00",
                                ChangeOp::kUpsert,
                                {{"name", "Café filtre"}, {"price_cents", 1299}}});
        page.changes.push_back({42, "staff_verifier", "s-1", ChangeOp::kDelete, nullptr});
        page.cursor = 42;
        page.hasMore = true;
        const json j = toJson(page);
        QCOMPARE(j.at("changes")[1].at("op").get<std::string>(), std::string("delete"));
        QVERIFY(j.at("changes")[1].at("data").is_null());
        QCOMPARE(j.at("cursor").get<std::int64_t>(), std::int64_t(42));
        QCOMPARE(j.at("has_more").get<bool>(), true);
        QVERIFY(changePageFromJson(json::parse(j.dump())) == page);
        QVERIFY(changeFromJson(toJson(page.changes[0])) == page.changes[0]);
        QVERIFY(changePageFromJson(toJson(ChangePage{})) == ChangePage{});
    }

    // Each row patches a valid 4-command push (RFC 6902) and names the first fault it must report.
    void malformedPushIsRefused_data() {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QString>("expected");
        auto row = [](const char* name, const char* patch, const char* expected) {
            QTest::newRow(name) << QByteArray(patch) << QString::fromLatin1(expected);
        };
        row("json.required: device_id", R"([{"op":"remove","path":"/device_id"}])", "device_id|json.required");
        row("uuid.format: device_id", R"([{"op":"replace","path":"/device_id","value":"d-1"}])",
            "device_id|uuid.format");
        row("json.required: commands", R"([{"op":"remove","path":"/commands"}])", "commands|json.required");
        row("json.type: commands is an object", R"([{"op":"replace","path":"/commands","value":{}}])",
            "commands|json.type");
        row("sync.batch.size: empty batch", R"([{"op":"replace","path":"/commands","value":[]}])",
            "commands|sync.batch.size");
        row("json.type: a command is a string", R"([{"op":"replace","path":"/commands/2","value":"x"}])",
            "commands[2]|json.type");
        row("json.required: command_id", R"([{"op":"remove","path":"/commands/3/command_id"}])",
            "commands[3].command_id|json.required");
        row("uuid.format: command_id", R"([{"op":"replace","path":"/commands/3/command_id","value":"123"}])",
            "commands[3].command_id|uuid.format");
        row("json.type: command_id is a number", R"([{"op":"replace","path":"/commands/3/command_id","value":1}])",
            "commands[3].command_id|json.type");
        row("json.type: device_seq is a string", R"([{"op":"replace","path":"/commands/3/device_seq","value":"4"}])",
            "commands[3].device_seq|json.type");
        row("json.type: device_seq is 4.5", R"([{"op":"replace","path":"/commands/3/device_seq","value":4.5}])",
            "commands[3].device_seq|json.type");
        row("sync.device_seq.min: device_seq 0", R"([{"op":"replace","path":"/commands/0/device_seq","value":0}])",
            "commands[0].device_seq|sync.device_seq.min");
        row("sync.device_seq.min: device_seq -1", R"([{"op":"replace","path":"/commands/0/device_seq","value":-1}])",
            "commands[0].device_seq|sync.device_seq.min");
        row("sync.batch.order: repeated seq", R"([{"op":"replace","path":"/commands/3/device_seq","value":3}])",
            "commands[3].device_seq|sync.batch.order");
        row("sync.batch.order: decreasing seq", R"([{"op":"replace","path":"/commands/2/device_seq","value":1}])",
            "commands[2].device_seq|sync.batch.order");
        row("sync.command.type.empty", R"([{"op":"replace","path":"/commands/1/type","value":""}])",
            "commands[1].type|sync.command.type.empty");
        row("json.required: type", R"([{"op":"remove","path":"/commands/1/type"}])", "commands[1].type|json.required");
        row("time.format: issued_at without zone",
            R"([{"op":"replace","path":"/commands/3/issued_at","value":"2026-11-25T14:20:13"}])",
            "commands[3].issued_at|time.format");
        row("json.type: issued_at as epoch", R"([{"op":"replace","path":"/commands/3/issued_at","value":1764080413}])",
            "commands[3].issued_at|json.type");
        row("json.required: staff_id", R"([{"op":"remove","path":"/commands/3/staff_id"}])",
            "commands[3].staff_id|json.required");
        row("json.required: payload null", R"([{"op":"replace","path":"/commands/3/payload","value":null}])",
            "commands[3].payload|json.required");
        row("json.type: payload is an array", R"([{"op":"replace","path":"/commands/3/payload","value":[]}])",
            "commands[3].payload|json.type");
        row("sync.batch.device: another device's command",
            R"([{"op":"replace","path":"/commands/3/device_id","value":"0190a4b2-7c3d-7e5f-8a9b-0c1d2e3f4aff"}])",
            "commands[3].device_id|sync.batch.device");
    }
    void malformedPushIsRefused() {
        QFETCH(QByteArray, patch);
        QFETCH(QString, expected);
        const json valid = toJson(pushOf(4));
        QCOMPARE(failureOf([&] { (void)pushRequestFromJson(valid); }), QStringLiteral("no error"));
        const json broken = valid.patch(json::parse(patch.toStdString()));
        QCOMPARE(failureOf([&] { (void)pushRequestFromJson(broken); }), expected);
    }

    void oversizedBatchIsRefused() {
        json j = toJson(pushOf(int(kMaxBatch)));
        j.at("commands").push_back(toJson(command(int(kMaxBatch) + 1)));
        QCOMPARE(failureOf([&] { (void)pushRequestFromJson(j); }), QStringLiteral("commands|sync.batch.size"));
        QCOMPARE(failureOf([&] { (void)pushRequestFromJson(json::array()); }), QStringLiteral("|json.type"));
    }

    void malformedOutcomesAndFeedsAreRefused_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QString>("expected");
        auto row = [](const char* name, const char* kind, const char* patch, const char* expected) {
            QTest::newRow(name) << QString::fromLatin1(kind) << QByteArray(patch) << QString::fromLatin1(expected);
        };
        row("sync.outcome.status: unknown status", "response",
            R"([{"op":"replace","path":"/outcomes/1/status","value":"done"}])",
            "outcomes[1].status|sync.outcome.status");
        row("json.required: rejected without problem", "response", R"([{"op":"remove","path":"/outcomes/1/problem"}])",
            "outcomes[1].problem|json.required");
        row("json.type: problem is a string", "response",
            R"([{"op":"replace","path":"/outcomes/1/problem","value":"bad"}])", "outcomes[1].problem|json.type");
        row("json.type: flags is an object", "response", R"([{"op":"replace","path":"/outcomes/0/flags","value":{}}])",
            "outcomes[0].flags|json.type");
        row("json.type: result is an array", "response", R"([{"op":"replace","path":"/outcomes/0/result","value":[]}])",
            "outcomes[0].result|json.type");
        row("sync.device_seq.min: expected_seq 0", "response", R"([{"op":"add","path":"/expected_seq","value":0}])",
            "expected_seq|sync.device_seq.min");
        row("json.required: outcomes", "response", R"([{"op":"remove","path":"/outcomes"}])", "outcomes|json.required");
        row("sync.change.op: unknown op", "page", R"([{"op":"replace","path":"/changes/0/op","value":"merge"}])",
            "changes[0].op|sync.change.op");
        row("json.required: upsert without data", "page", R"([{"op":"remove","path":"/changes/0/data"}])",
            "changes[0].data|json.required");
        row("sync.change.entity.empty", "page", R"([{"op":"replace","path":"/changes/1/entity","value":""}])",
            "changes[1].entity|sync.change.entity.empty");
        row("sync.change.id.empty", "page", R"([{"op":"replace","path":"/changes/1/id","value":""}])",
            "changes[1].id|sync.change.id.empty");
        row("sync.change.seq.min: seq 0", "page", R"([{"op":"replace","path":"/changes/0/seq","value":0}])",
            "changes[0].seq|sync.change.seq.min");
        row("sync.feed.order: seqs out of order", "page", R"([{"op":"replace","path":"/changes/1/seq","value":1}])",
            "changes[1].seq|sync.feed.order");
        row("sync.cursor.min: negative cursor", "page", R"([{"op":"replace","path":"/cursor","value":-1}])",
            "cursor|sync.cursor.min");
        row("json.type: has_more is 1", "page", R"([{"op":"replace","path":"/has_more","value":1}])",
            "has_more|json.type");
        row("json.required: cursor", "page", R"([{"op":"remove","path":"/cursor"}])", "cursor|json.required");
    }
    void malformedOutcomesAndFeedsAreRefused() {
        QFETCH(QString, kind);
        QFETCH(QByteArray, patch);
        QFETCH(QString, expected);
        PushResponse response;
        CommandOutcome applied;
        applied.commandId = commandIdFor(1);
        applied.deviceSeq = 1;
        response.outcomes = {applied, rejected()};
        ChangePage page;
        page.changes = {{1, "product", "p-1", ChangeOp::kUpsert, {{"name", "Thé"}}},
                        {2, "product", "p-2", ChangeOp::kDelete, nullptr}};
        page.cursor = 2;
        const bool isResponse = kind == QStringLiteral("response");
        const json valid = isResponse ? toJson(response) : toJson(page);
        const json broken = valid.patch(json::parse(patch.toStdString()));
        auto decode = [&](const json& j) {
            if (isResponse) {
                (void)pushResponseFromJson(j);
            } else {
                (void)changePageFromJson(j);
            }
        };
        QCOMPARE(failureOf([&] { decode(valid); }), QStringLiteral("no error"));
        QCOMPARE(failureOf([&] { decode(broken); }), expected);
    }

    // Found by fuzzing (tests/security/fuzz/corpus/sync_wire/problem_odd_types.json): an error entry whose field
    // was a number threw json type_error out of the reader of problems.
    void problemWithOddlyTypedErrorMembersIsReadLeniently() {
        const auto j = nlohmann::json::parse(
            "{\"type\":\"t\",\"status\":422,\"errors\":[{\"field\":3,\"rule\":null,\"message\":\"m\"}]}");
        const auto p = j.get<Problem>();
        QCOMPARE(p.status, 422);
        QCOMPARE(p.errors.size(), std::size_t{1});
        QCOMPARE(p.errors[0].field, std::string());
        QCOMPARE(p.errors[0].rule, std::string());
        QCOMPARE(p.errors[0].message, std::string("m"));
    }

    void namesOfEnums() {
        QCOMPARE(outcomeStatusName(OutcomeStatus::kAppliedWithFlags), std::string_view("applied_with_flags"));
        QCOMPARE(changeOpName(ChangeOp::kDelete), std::string_view("delete"));
    }
};

QTEST_GUILESS_MAIN(WireTest)
#include "wire_test.moc"
