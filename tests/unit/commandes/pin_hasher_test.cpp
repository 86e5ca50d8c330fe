// PIN verifiers: OWASP's Argon2id parameters (through server::PasswordHasher) that verify the right PIN only.
#include "magasin/commandes/pin_hasher.hpp"

#include <QTest>

using namespace magasin::commandes;

class PinHasherTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pinVerifiersUseOwaspArgon2id() {
        const PinHasher hasher;
        const auto verifier = hasher.hash(magasin::domain::Pin::parse("4821"));
        QVERIFY(verifier.rfind("$argon2id$v=19$m=19456,t=2,p=1$", 0) == 0);
        QVERIFY(hasher.verify(verifier, magasin::domain::Pin::parse("4821")));
        QVERIFY(!hasher.verify(verifier, magasin::domain::Pin::parse("4822")));
        QVERIFY(!hasher.verify("plain", magasin::domain::Pin::parse("4821")));
        QVERIFY(hasher.hash(magasin::domain::Pin::parse("4821")) != verifier);  // salted
    }
};

QTEST_GUILESS_MAIN(PinHasherTest)
#include "pin_hasher_test.moc"
