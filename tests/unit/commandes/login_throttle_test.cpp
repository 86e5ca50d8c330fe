// The login delays: free typos, then doubling waits up to a ceiling (a delay, never a lockout); and PIN verifiers
// with OWASP's Argon2id parameters that verify the right PIN only.
#include "magasin/commandes/login_throttle.hpp"

#include <QTest>

#include "magasin/commandes/opaque_secret.hpp"
#include "magasin/commandes/pin_hasher.hpp"

using namespace magasin::commandes;

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

    void pinVerifiersUseOwaspArgon2id() {
        const PinHasher hasher;
        const auto verifier = hasher.hash(magasin::domain::Pin::parse("4821"));
        QVERIFY(verifier.rfind("$argon2id$v=19$m=19456,t=2,p=1$", 0) == 0);
        QVERIFY(hasher.verify(verifier, magasin::domain::Pin::parse("4821")));
        QVERIFY(!hasher.verify(verifier, magasin::domain::Pin::parse("4822")));
        QVERIFY(!hasher.verify("plain", magasin::domain::Pin::parse("4821")));
        QVERIFY(hasher.hash(magasin::domain::Pin::parse("4821")) != verifier);  // salted
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
