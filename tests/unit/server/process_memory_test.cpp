// Resident memory of a server after password work: Argon2id's 19 MiB blocks must go back to the system, not stay in
// the arenas of the threads that verified a password (the P1 load found ecommerce at 73 MiB after 80 logins).
#include "magasin/server/process_memory.hpp"
#include "magasin/server/password_hasher.hpp"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace magasin::server;

class ProcessMemoryTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { returnLargeBlocksToTheSystem(); }

    void residentSizeIsMeasured() {
        const std::size_t before = residentBytes();
        QVERIFY(before > 1024 * 1024);
        std::vector<char> touched(32 * 1024 * 1024, 1);  // 32 MiB written: resident while it lives
        QVERIFY(residentBytes() >= before + 24 * 1024 * 1024);
        QCOMPARE(touched[touched.size() - 1], char(1));
    }

    // Four login threads, each verifying several passwords, as a server's workers do: afterwards the process is
    // back within a few MiB of where it started (without the thresholds it keeps one 19 MiB block per thread arena).
    void passwordWorkLeavesNothingResident() {
        const PasswordHasher hasher;
        const std::string verifier = hasher.hash("Charge-Test-2026");
        const std::size_t before = residentBytes();
        std::vector<std::thread> threads;
        std::atomic<int> verified{0};
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 3; ++i) {
                    verified += hasher.verify(verifier, "Charge-Test-2026") ? 1 : 0;
                }
            });
        }
        for (auto& t : threads) {
            t.join();
        }
        QCOMPARE(verified.load(), 12);
        const std::size_t after = residentBytes();
        QVERIFY2(after < before + 8 * 1024 * 1024,
                 qPrintable(QStringLiteral("resident grew by %1 MiB").arg((after - before) / (1024.0 * 1024.0))));
    }
};

QTEST_GUILESS_MAIN(ProcessMemoryTest)
#include "process_memory_test.moc"
