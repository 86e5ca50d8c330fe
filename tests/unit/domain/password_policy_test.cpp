// Rules of a customer's password: length in characters, common passwords, not the email.
#include "magasin/domain/password_policy.hpp"
#include "magasin/domain/domain_error.hpp"

#include <QTest>

using namespace magasin::domain;

class PasswordPolicyTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void checksPasswords_data() {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expectedRule");  // empty: accepted
        QTest::newRow("8 characters accepted") << QStringLiteral("Tr3mbl@y") << QString();
        QTest::newRow("7 characters too short") << QStringLiteral("Tr3mbl@") << QStringLiteral("password.length");
        QTest::newRow("128 characters accepted") << QString(128, QLatin1Char('x')) << QString();
        QTest::newRow("129 characters too long") << QString(129, QLatin1Char('x')) << QStringLiteral("password.length");
        QTest::newRow("empty too short") << QString() << QStringLiteral("password.length");
        QTest::newRow("8 accented characters accepted (16 bytes)") << QString(8, QChar(0xE9)) << QString();
        QTest::newRow("7 accented characters too short (14 bytes)")
            << QString(7, QChar(0xE9)) << QStringLiteral("password.length");
        QTest::newRow("spaces count and are kept") << QStringLiteral(" ab  12 ") << QString();
        QTest::newRow("password is common") << QStringLiteral("password") << QStringLiteral("password.common");
        QTest::newRow("common ignoring case") << QStringLiteral("PassWord") << QStringLiteral("password.common");
        QTest::newRow("12345678 is common") << QStringLiteral("12345678") << QStringLiteral("password.common");
        QTest::newRow("qwertyuiop is common") << QStringLiteral("QWERTYUIOP") << QStringLiteral("password.common");
        QTest::newRow("motdepasse is common") << QStringLiteral("MotDePasse") << QStringLiteral("password.common");
        QTest::newRow("azertyuiop is common") << QStringLiteral("azertyuiop") << QStringLiteral("password.common");
        QTest::newRow("bonjour123 is common") << QStringLiteral("Bonjour123") << QStringLiteral("password.common");
        QTest::newRow("a common password plus a symbol is not on the list") << QStringLiteral("password!") << QString();
        QTest::newRow("the email itself")
            << QStringLiteral("jean@exemple.ca") << QStringLiteral("password.same_as_email");
        QTest::newRow("the email in another case")
            << QStringLiteral("Jean@Exemple.CA") << QStringLiteral("password.same_as_email");
        QTest::newRow("the email with more is allowed") << QStringLiteral("jean@exemple.ca!") << QString();
    }
    void checksPasswords() {
        QFETCH(QString, password);
        QFETCH(QString, expectedRule);
        const Email email = Email::parse("jean@exemple.ca");
        try {
            checkPassword(password.toStdString(), email);
            QVERIFY2(expectedRule.isEmpty(), "accepted a refused password");
        } catch (const DomainError& e) {
            QCOMPARE(e.code(), ErrorCode::kInvalidValue);
            QCOMPARE(QString::fromStdString(e.rule()), expectedRule);
            QCOMPARE(QString::fromStdString(e.field()), QStringLiteral("password"));
        }
    }

    void invalidUtf8HasNoLength() {
        try {
            checkPassword("abcdefgh\xFF", Email::parse("jean@exemple.ca"));
            QFAIL("accepted invalid UTF-8");
        } catch (const DomainError& e) {
            QCOMPARE(QString::fromStdString(e.rule()), QStringLiteral("password.length"));
        }
    }

    void listIsReadIgnoringCaseOnly() {
        QVERIFY(isCommonPassword("iloveyou"));
        QVERIFY(isCommonPassword("ILoveYou"));
        QVERIFY(!isCommonPassword(" iloveyou"));
        QVERIFY(!isCommonPassword("iloveyou2"));
    }
};

QTEST_APPLESS_MAIN(PasswordPolicyTest)
#include "password_policy_test.moc"
