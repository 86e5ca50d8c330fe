// The login delays: free typos, then doubling waits up to a ceiling (a delay, never a lockout); password verifiers
// with OWASP's Argon2id parameters that verify the right secret only; opaque secrets long and stored hashed.
#include "magasin/server/login_throttle.hpp"

#include <QTest>

#include "magasin/server/opaque_secret.hpp"
#include "magasin/server/password_hasher.hpp"

using namespace magasin::server;

class LoginThrottleTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void delays_data() {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("seconds");
        QTest::newRow("three typos cost nothing") << 3 << 0;
        QTest::newRow("the 4th failure waits 1 s") << 4 << 1;
        QTest::newRow("the 5th waits 2 s") << 5 << 2;
        QTest::newRow("the 8th waits 16 s") << 8 << 16;
        QTest::newRow("the ceiling is 15 minutes") << 20 << 900;
        QTest::newRow("a huge count stays at the ceiling") << 100000 << 900;
    }
    void delays() {
        QFETCH(int, failures);
        QFETCH(int, seconds);
        QCOMPARE(LoginThrottle::delayAfter(failures).count(), seconds);
    }

    void passwordVerifiersUseOwaspArgon2id() {
        const PasswordHasher hasher;
        const auto verifier = hasher.hash("correct horse battery");
        QVERIFY(verifier.rfind("$argon2id$v=19$m=19456,t=2,p=1$", 0) == 0);
        QVERIFY(hasher.verify(verifier, "correct horse battery"));
        QVERIFY(!hasher.verify(verifier, "correct horse batterz"));
        QVERIFY(!hasher.verify(verifier, "Correct horse battery"));  // case counts in a password
        QVERIFY(!hasher.verify("plain", "correct horse battery"));
        QVERIFY(hasher.hash("correct horse battery") != verifier);  // salted
    }

    void opaqueSecretsAreLongAndStoredHashed() {
        const auto a = newOpaqueSecret("rt_");
        QCOMPARE(a.size(), std::size_t(3 + 43));  // 256 bits in unpadded base64url
        QVERIFY(a != newOpaqueSecret("rt_"));
        QCOMPARE(secretHash(a).size(), std::size_t(64));
        QCOMPARE(secretHash(a), secretHash(a));
    }
};

QTEST_GUILESS_MAIN(LoginThrottleTest)
#include "login_throttle_test.moc"
