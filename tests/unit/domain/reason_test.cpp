// A reason for a cancellation or a rejection: trimmed, 5 to 500 characters, with at least one letter.
#include "magasin/domain/reason.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

using namespace magasin::domain;

class ReasonTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rules_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("rule");  // empty when valid
        QTest::addColumn<QByteArray>("kept");
        QTest::newRow("4 characters is too short")
            << QByteArray("abcd") << QStringLiteral("reason.length") << QByteArray();
        QTest::newRow("5 characters is enough") << QByteArray("abcde") << QString() << QByteArray("abcde");
        QTest::newRow("abc is too short") << QByteArray("abc") << QStringLiteral("reason.length") << QByteArray();
        QTest::newRow("spaces do not count") << QByteArray("  ab  ") << QStringLiteral("reason.length") << QByteArray();
        QTest::newRow("kept trimmed") << QByteArray("  Erreur de prix  ") << QString() << QByteArray("Erreur de prix");
        QTest::newRow("accented letters count as one character")
            << QByteArray("Été!") << QStringLiteral("reason.length") << QByteArray();
        QTest::newRow("500 characters is the most") << QByteArray(500, 'a') << QString() << QByteArray(500, 'a');
        QTest::newRow("501 characters is too long")
            << QByteArray(501, 'a') << QStringLiteral("reason.length") << QByteArray();
        QTest::newRow("digits only is no reason")
            << QByteArray("123456") << QStringLiteral("reason.letter") << QByteArray();
        QTest::newRow("symbols only is no reason")
            << QByteArray("...!!!") << QStringLiteral("reason.letter") << QByteArray();
        QTest::newRow("empty") << QByteArray() << QStringLiteral("reason.length") << QByteArray();
        QTest::newRow("invalid UTF-8 refused")
            << QByteArray("abcd\xFF") << QStringLiteral("reason.length") << QByteArray();
    }
    void rules() {
        QFETCH(QByteArray, input);
        QFETCH(QString, rule);
        QFETCH(QByteArray, kept);
        try {
            const Reason reason = Reason::parse(input.toStdString());
            QVERIFY2(rule.isEmpty(), "accepted a reason that breaks a rule");
            QCOMPARE(QByteArray::fromStdString(reason.text()), kept);
        } catch (const DomainError& e) {
            QCOMPARE(QString::fromStdString(e.rule()), rule);
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(QString::fromStdString(e.field()), QStringLiteral("reason"));
        }
    }
};

QTEST_APPLESS_MAIN(ReasonTest)
#include "reason_test.moc"
