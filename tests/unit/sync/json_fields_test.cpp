// JsonFields, the strict reader of request bodies: each accessor accepts its type and names the JSON path and the
// rule of every rejected input.
#include "magasin/sync/json_fields.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

#include <functional>

using namespace magasin;
using magasin::sync::JsonFields;
using nlohmann::json;

namespace {

// "field|rule" of the DomainError the call throws, or "no error".
QString failureOf(const std::function<void()>& call) {
    try {
        call();
    } catch (const domain::DomainError& e) {
        if (e.code() != domain::ErrorCode::kInvalidValue) {
            return QStringLiteral("wrong code");
        }
        return QString::fromStdString(e.field() + "|" + e.rule());
    }
    return QStringLiteral("no error");
}

// Calls one accessor by name on `fields`, so that a table can drive all of them.
void read(const JsonFields& fields, const QString& accessor, const std::string& key) {
    const std::string a = accessor.toStdString();
    if (a == "string") {
        (void)fields.string(key);
    } else if (a == "optionalString") {
        (void)fields.optionalString(key);
    } else if (a == "integer") {
        (void)fields.integer(key);
    } else if (a == "optionalInteger") {
        (void)fields.optionalInteger(key);
    } else if (a == "boolean") {
        (void)fields.boolean(key);
    } else if (a == "optionalBoolean") {
        (void)fields.optionalBoolean(key);
    } else if (a == "array") {
        (void)fields.array(key);
    } else if (a == "objects") {
        (void)fields.objects(key);
    } else if (a == "object") {
        (void)fields.object(key);
    } else if (a == "value") {
        (void)fields.value(key);
    } else if (a == "uuid") {
        (void)fields.uuid(key);
    } else if (a == "timestamp") {
        (void)fields.timestamp(key);
    } else {
        QFAIL("unknown accessor");
    }
}

}  // namespace

class JsonFieldsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsEachType() {
        const json body = json::parse(R"({
            "name": "Café", "count": -42, "big": 9223372036854775807, "on": true,
            "list": [1, 2], "inner": {"x": 1}, "id": "0190A4B2-7C3D-7E5F-8A9B-0C1D2E3F4A5B",
            "at": "2026-11-25T14:20:13.123Z", "nothing": null
        })");
        const JsonFields f(body);
        QCOMPARE(f.string("name"), std::string("Café"));
        QCOMPARE(f.integer("count"), std::int64_t(-42));
        QCOMPARE(f.integer("big"), std::numeric_limits<std::int64_t>::max());
        QCOMPARE(f.boolean("on"), true);
        QVERIFY(f.array("list") == json({1, 2}));
        QCOMPARE(f.object("inner").integer("x"), std::int64_t(1));
        QCOMPARE(f.uuid("id").toString(), std::string("0190a4b2-7c3d-7e5f-8a9b-0c1d2e3f4a5b"));
        QCOMPARE(domain::toIso8601(f.timestamp("at")), std::string("2026-11-25T14:20:13.123Z"));
        QCOMPARE(f.optionalString("name"), std::optional<std::string>("Café"));
        QCOMPARE(f.optionalInteger("count"), std::optional<std::int64_t>(-42));
        QCOMPARE(f.optionalBoolean("on"), std::optional<bool>(true));
    }

    void optionalsTreatAbsentAndNullAlike() {
        const json body = {{"nothing", nullptr}};
        const JsonFields f(body);
        for (const char* key : {"nothing", "absent"}) {
            QVERIFY(!f.has(key));
            QVERIFY(!f.optionalString(key).has_value());
            QVERIFY(!f.optionalInteger(key).has_value());
            QVERIFY(!f.optionalBoolean(key).has_value());
        }
    }

    void pathsNameNestedFields() {
        const json body = json::parse(R"({"sale": {"lines": [{"qty": 1}, {"qty": "2"}]}})");
        const JsonFields f(body, "batch[0]");
        QCOMPARE(f.pathOf("sale"), std::string("batch[0].sale"));
        const auto lines = f.object("sale").objects("lines");
        QCOMPARE(lines.size(), std::size_t(2));
        QCOMPARE(lines[1].path(), std::string("batch[0].sale.lines[1]"));
        QCOMPARE(lines[0].integer("qty"), std::int64_t(1));
        QCOMPARE(failureOf([&] { (void)lines[1].integer("qty"); }),
                 QStringLiteral("batch[0].sale.lines[1].qty|json.type"));
        QCOMPARE(JsonFields(body).pathOf("sale"), std::string("sale"));
    }

    void rejects_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("accessor");
        QTest::addColumn<QString>("expected");
        auto row = [](const char* name, const char* body, const char* accessor, const char* expected) {
            QTest::newRow(name) << QByteArray(body) << QString::fromLatin1(accessor) << QString::fromLatin1(expected);
        };
        row("json.required: string absent", "{}", "string", "k|json.required");
        row("json.required: string null", R"({"k": null})", "string", "k|json.required");
        row("json.type: string given a number", R"({"k": 1})", "string", "k|json.type");
        row("json.type: optional string given an array", R"({"k": []})", "optionalString", "k|json.type");
        row("json.type: integer given 1.5", R"({"k": 1.5})", "integer", "k|json.type");
        row("json.type: integer given 1.0", R"({"k": 1.0})", "integer", "k|json.type");
        row("json.type: integer given a string", R"({"k": "1"})", "integer", "k|json.type");
        row("json.type: integer given true", R"({"k": true})", "integer", "k|json.type");
        row("json.range: integer beyond 64 bits", R"({"k": 9223372036854775808})", "integer", "k|json.range");
        row("json.required: integer absent", "{}", "integer", "k|json.required");
        row("json.type: optional integer given 2.5", R"({"k": 2.5})", "optionalInteger", "k|json.type");
        row("json.type: boolean given 1", R"({"k": 1})", "boolean", "k|json.type");
        row("json.type: boolean given \"true\"", R"({"k": "true"})", "boolean", "k|json.type");
        row("json.type: optional boolean given 0", R"({"k": 0})", "optionalBoolean", "k|json.type");
        row("json.type: array given an object", R"({"k": {}})", "array", "k|json.type");
        row("json.required: array absent", "{}", "array", "k|json.required");
        row("json.type: objects holding a number", R"({"k": [{}, 3]})", "objects", "k[1]|json.type");
        row("json.type: object given an array", R"({"k": []})", "object", "k|json.type");
        row("json.required: value null", R"({"k": null})", "value", "k|json.required");
        row("uuid.format: uuid not a UUID", R"({"k": "nope"})", "uuid", "k|uuid.format");
        row("json.type: uuid given a number", R"({"k": 7})", "uuid", "k|json.type");
        row("time.format: timestamp with an offset", R"({"k": "2026-11-25T14:20:13+01:00"})", "timestamp",
            "k|time.format");
        row("json.type: timestamp given a number", R"({"k": 1700000000})", "timestamp", "k|json.type");
    }
    void rejects() {
        QFETCH(QByteArray, body);
        QFETCH(QString, accessor);
        QFETCH(QString, expected);
        const json parsed = json::parse(body.toStdString());
        const JsonFields f(parsed);
        QCOMPARE(failureOf([&] { read(f, accessor, "k"); }), expected);
        // The same failure one level down carries the longer path.
        const json nested = {{"outer", json::array({parsed})}};
        const JsonFields n(nested, "body");
        QCOMPARE(failureOf([&] { read(n.objects("outer")[0], accessor, "k"); }),
                 QStringLiteral("body.outer[0].") + expected);
    }

    void rootMustBeAnObject_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("json.type: array body") << QByteArray("[1]");
        QTest::newRow("json.type: string body") << QByteArray("\"x\"");
        QTest::newRow("json.type: null body") << QByteArray("null");
    }
    void rootMustBeAnObject() {
        QFETCH(QByteArray, body);
        const json parsed = json::parse(body.toStdString());
        QCOMPARE(failureOf([&] { JsonFields f(parsed); }), QStringLiteral("|json.type"));
        QCOMPARE(failureOf([&] { JsonFields f(parsed, "payload"); }), QStringLiteral("payload|json.type"));
    }

    void messagesNameThePathForAPerson() {
        const json body = {{"qty", "3"}};
        try {
            (void)JsonFields(body, "lines[2]").integer("qty");
            QFAIL("no error");
        } catch (const domain::DomainError& e) {
            QCOMPARE(std::string(e.what()), std::string("lines[2].qty must be an integer, not string"));
        }
    }
};

QTEST_GUILESS_MAIN(JsonFieldsTest)
#include "json_fields_test.moc"
