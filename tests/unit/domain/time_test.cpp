// Rules of wire timestamps: UTC ISO-8601 with milliseconds, strictly parsed.
#include "magasin/domain/time.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

using namespace magasin::domain;

class TimeTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("seconds only gets .000") << QStringLiteral("2026-11-25T14:20:13Z") << qint64(1'795'616'413'000)
                                                << QStringLiteral("2026-11-25T14:20:13.000Z");
        QTest::newRow("milliseconds kept") << QStringLiteral("2026-11-25T14:20:13.123Z") << qint64(1'795'616'413'123)
                                           << QStringLiteral("2026-11-25T14:20:13.123Z");
        QTest::newRow("one fraction digit is tenths")
            << QStringLiteral("2026-11-25T14:20:13.5Z") << qint64(1'795'616'413'500)
            << QStringLiteral("2026-11-25T14:20:13.500Z");
        QTest::newRow("microseconds truncated")
            << QStringLiteral("2026-11-25T14:20:13.123999Z") << qint64(1'795'616'413'123)
            << QStringLiteral("2026-11-25T14:20:13.123Z");
        QTest::newRow("leap day") << QStringLiteral("2028-02-29T00:00:00Z") << qint64(1'835'395'200'000)
                                  << QStringLiteral("2028-02-29T00:00:00.000Z");
        QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00:00Z") << qint64(0)
                               << QStringLiteral("1970-01-01T00:00:00.000Z");
    }
    void roundTrips() {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QFETCH(QString, canonical);
        const Timestamp t = parseIso8601(text.toStdString());
        QCOMPARE(qint64(t.time_since_epoch().count()), ms);
        QCOMPARE(QString::fromStdString(toIso8601(t)), canonical);
    }

    void rejectsAmbiguousTimes_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("no zone") << QStringLiteral("2026-11-25T14:20:13");
        QTest::newRow("offset instead of UTC") << QStringLiteral("2026-11-25T14:20:13-05:00");
        QTest::newRow("date only") << QStringLiteral("2026-11-25");
        QTest::newRow("february 30") << QStringLiteral("2026-02-30T10:00:00Z");
        QTest::newRow("hour 24") << QStringLiteral("2026-11-25T24:00:00Z");
        QTest::newRow("empty fraction") << QStringLiteral("2026-11-25T14:20:13.Z");
        QTest::newRow("space separator") << QStringLiteral("2026-11-25 14:20:13Z");
    }
    void rejectsAmbiguousTimes() {
        QFETCH(QString, text);
        try {
            (void)parseIso8601(text.toStdString(), "issued_at");
            QFAIL("accepted an ambiguous time");
        } catch (const DomainError& e) {
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("time.format"));
            QCOMPARE(QString::fromStdString(e.field()), QStringLiteral("issued_at"));
        }
    }
};

QTEST_APPLESS_MAIN(TimeTest)
#include "time_test.moc"
