// The one parser of JSON request bodies: bounded nesting (a body of a million '[' once overflowed a worker's stack
// when a handler copied it), brackets inside strings do not count, unreadable bodies are 400.
#include <QtTest>

#include <thread>

#include "magasin/server/http_error.hpp"
#include "magasin/server/json_body.hpp"

using namespace magasin::server;

class JsonBodyTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void depth_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("depth");
        QTest::newRow("a scalar nests nothing") << "42" << 0;
        QTest::newRow("an object is one level") << "{\"a\":1}" << 1;
        QTest::newRow("arrays in objects add up") << "{\"a\":[[1],{\"b\":[]}]}" << 4;
        QTest::newRow("brackets inside strings do not count") << "{\"a\":\"[[[{{{\"}" << 1;
        QTest::newRow("an escaped quote does not end the string") << "[\"\\\"[[[[\"]" << 1;
        QTest::newRow("unbalanced closers never go below zero") << "]]]][" << 1;
    }
    void depth() {
        QFETCH(QString, text);
        QFETCH(int, depth);
        QCOMPARE(jsonNestingDepth(text.toStdString()), static_cast<std::size_t>(depth));
    }

    void refused_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty body") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("{\"a\":");
        // Found by fuzzing: nlohmann refuses these with out_of_range, not parse_error.
        QTest::newRow("a number beyond a double's range") << QByteArray("7e5032");
        QTest::newRow("a huge number inside a body") << QByteArray("{\"unit_price_cents\":844E744073709551614}");
        QTest::newRow("one level deeper than allowed")
            << QByteArray(kMaxJsonDepth + 1, '[') + QByteArray(kMaxJsonDepth + 1, ']');
        QTest::newRow("a million levels is refused before parsing")
            << QByteArray(1'000'000, '[') + QByteArray(1'000'000, ']');
    }
    void refused() {
        QFETCH(QByteArray, body);
        try {
            (void)parseJsonBody(std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
            QFAIL("accepted");
        } catch (const HttpError& e) {
            QCOMPARE(e.problem().status, 400);
        }
    }

    void theDeepestAllowedBodyIsSafeToCopyOnASmallStack() {
        const std::string body = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
        nlohmann::json parsed = parseJsonBody(body);
        // A copy and a dump recurse once per level; 64 levels fit any thread's stack.
        std::string dumped;
        std::thread worker([&] { dumped = nlohmann::json(parsed).dump(); });
        worker.join();
        QCOMPARE(dumped, body);
    }
};

QTEST_APPLESS_MAIN(JsonBodyTest)
#include "json_body_test.moc"
