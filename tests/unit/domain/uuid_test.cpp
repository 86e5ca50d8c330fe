// Rules of UUIDs: canonical parsing and formatting, typed ids, and UUIDv7 generation behind a fake clock and random.
#include "magasin/domain/uuid.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

#include <chrono>
#include <set>

using namespace magasin::domain;

namespace {

RandomSource fixedRandom(std::uint8_t value) {
    return [value](std::span<std::uint8_t> out) { std::fill(out.begin(), out.end(), value); };
}

Clock fixedClock(std::int64_t& ms) {
    return [&ms] { return Timestamp(std::chrono::milliseconds(ms)); };
}

}  // namespace

class UuidTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesCanonicalText_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("lower case demo product") << QStringLiteral("550e8400-e29b-41d4-a716-446655440001")
                                                 << QStringLiteral("550e8400-e29b-41d4-a716-446655440001");
        QTest::newRow("upper case is lowered") << QStringLiteral("550E8400-E29B-41D4-A716-446655440001")
                                               << QStringLiteral("550e8400-e29b-41d4-a716-446655440001");
        QTest::newRow("nil uuid") << QStringLiteral("00000000-0000-0000-0000-000000000000")
                                  << QStringLiteral("00000000-0000-0000-0000-000000000000");
    }
    void parsesCanonicalText() {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QCOMPARE(QString::fromStdString(Uuid::parse(text.toStdString()).toString()), canonical);
    }

    void rejectsMalformedText_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("missing a digit") << QStringLiteral("550e8400-e29b-41d4-a716-44665544000");
        QTest::newRow("braces") << QStringLiteral("{550e8400-e29b-41d4-a716-446655440001}");
        QTest::newRow("no dashes") << QStringLiteral("550e8400e29b41d4a716446655440001xxxx");
        QTest::newRow("dash misplaced") << QStringLiteral("550e840-0e29b-41d4-a716-446655440001");
        QTest::newRow("non hex digit") << QStringLiteral("550e8400-e29b-41d4-a716-44665544000g");
    }
    void rejectsMalformedText() {
        QFETCH(QString, text);
        try {
            (void)Uuid::parse(text.toStdString(), "product_id");
            QFAIL("accepted a malformed UUID");
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("uuid.format"));
            QCOMPARE(QString::fromStdString(e.field()), QStringLiteral("product_id"));
        }
    }

    void v7CarriesTimeVersionAndVariant() {
        std::int64_t now = 1'764'080'413'123;  // 2025-11-25T14:20:13.123Z
        UuidV7Generator ids(fixedClock(now), fixedRandom(0xff));
        const Uuid id = ids.next();
        QCOMPARE(id.version(), 7);
        QCOMPARE(id.bytes()[8] & 0xc0, 0x80);  // RFC 9562 variant
        QCOMPARE(id.v7Milliseconds(), now);
        QCOMPARE(Uuid::parse(id.toString()), id);
    }

    void v7IsStrictlyIncreasingWhenTheClockStandsStillOrStepsBack() {
        std::int64_t now = 1'764'080'413'123;
        UuidV7Generator ids(fixedClock(now), fixedRandom(0xff));
        Uuid previous = ids.next();
        for (int i = 0; i < 5000; ++i) {
            if (i == 2500) {
                now -= 10'000;  // NTP steps the clock back ten seconds
            }
            const Uuid next = ids.next();
            QVERIFY2(previous < next, qPrintable(QStringLiteral("id %1 not after the previous one").arg(i)));
            previous = next;
        }
    }

    void v7FromTheSystemAreUnique() {
        UuidV7Generator ids(systemClock(), systemRandom());
        std::set<Uuid> seen;
        for (int i = 0; i < 10'000; ++i) {
            QVERIFY(seen.insert(ids.next()).second);
        }
    }

    void typedIdsKeepTheirUuid() {
        const auto product = ProductId::parse("550e8400-e29b-41d4-a716-446655440003");
        QCOMPARE(QString::fromStdString(product.toString()), QStringLiteral("550e8400-e29b-41d4-a716-446655440003"));
        QVERIFY(!product.isNil());
        QVERIFY(ProductId().isNil());
        QCOMPARE(std::hash<ProductId>{}(product), std::hash<ProductId>{}(ProductId(product.uuid())));
    }
};

QTEST_APPLESS_MAIN(UuidTest)
#include "uuid_test.moc"
