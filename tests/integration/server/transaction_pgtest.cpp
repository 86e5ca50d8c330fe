// withTransaction against a real PostgreSQL: commit, rollback, the requested isolation, retries of serialization
// failures and deadlocks, and 503 once the attempts are spent.
#include "magasin/server/http_error.hpp"
#include "magasin/server/transaction.hpp"
#include "pg_test_database.hpp"

#include <QTest>

#include <atomic>
#include <thread>

using namespace magasin::server;

class TransactionTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PgTestDatabase> m_db;
    std::unique_ptr<DbPool> m_pool;

    long long counter() {
        return withReadOnly(*m_pool, [](pqxx::nontransaction& tx) {
            return tx.exec("SELECT value FROM counters WHERE id = 1")[0][0].as<long long>();
        });
    }

private Q_SLOTS:
    void initTestCase() {
        m_db = std::make_unique<PgTestDatabase>();
        QVERIFY2(m_db->ok(), m_db->error().c_str());
        m_pool = std::make_unique<DbPool>(DbPoolOptions{.conninfo = m_db->conninfo(), .size = 6});
        withTransaction(*m_pool, [](pqxx::work& tx) {
            tx.exec("CREATE TABLE counters (id int PRIMARY KEY, value bigint NOT NULL)");
            tx.exec("INSERT INTO counters VALUES (1, 0), (2, 0)");
        });
    }
    void cleanupTestCase() {
        m_pool.reset();
        m_db.reset();
    }
    void init() {
        withTransaction(*m_pool, [](pqxx::work& tx) { tx.exec("UPDATE counters SET value = 0"); });
    }

    void commitsAndReturnsTheResult() {
        const auto affected = withTransaction(*m_pool, [](pqxx::work& tx) {
            return tx.exec("UPDATE counters SET value = 7 WHERE id = 1").affected_rows();
        });
        QCOMPARE(affected, std::size_t{1});
        QCOMPARE(counter(), 7LL);
    }

    void exceptionRollsBackAndPropagates() {
        try {
            withTransaction(*m_pool, [](pqxx::work& tx) {
                tx.exec("UPDATE counters SET value = 99 WHERE id = 1");
                throw HttpError::conflict("test", "abort");
            });
            QFAIL("the exception did not propagate");
        } catch (const HttpError& e) {
            QCOMPARE(e.problem().status, 409);
        }
        QCOMPARE(counter(), 0LL);
        QCOMPARE(m_pool->inUse(), std::size_t{0});
    }

    void isolationIsTheOneAsked_data() {
        QTest::addColumn<int>("isolation");
        QTest::addColumn<QString>("expected");
        QTest::newRow("read committed by default") << int(Isolation::kReadCommitted) << "read committed";
        QTest::newRow("repeatable read on request") << int(Isolation::kRepeatableRead) << "repeatable read";
        QTest::newRow("serializable on request") << int(Isolation::kSerializable) << "serializable";
    }
    void isolationIsTheOneAsked() {
        QFETCH(int, isolation);
        QFETCH(QString, expected);
        const auto level = withTransaction(
            *m_pool, [](pqxx::work& tx) { return tx.exec("SHOW transaction_isolation")[0][0].as<std::string>(); },
            static_cast<Isolation>(isolation));
        QCOMPARE(QString::fromStdString(level), expected);
    }

    // Read-then-write under SERIALIZABLE: concurrent increments conflict (40001); the retries make every one count.
    void serializationFailuresAreRetried() {
        constexpr int kThreads = 4;
        constexpr int kIncrements = 25;
        std::atomic<int> attempts{0};
        std::vector<std::thread> threads;
        RetryPolicy retry;
        retry.maxAttempts = 50;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < kIncrements; ++i) {
                    withTransaction(
                        *m_pool,
                        [&](pqxx::work& tx) {
                            ++attempts;
                            const auto v = tx.exec("SELECT value FROM counters WHERE id = 1")[0][0].as<long long>();
                            std::this_thread::sleep_for(std::chrono::microseconds(200));
                            tx.exec("UPDATE counters SET value = " + std::to_string(v + 1) + " WHERE id = 1");
                        },
                        Isolation::kSerializable, retry);
                }
            });
        }
        for (auto& t : threads) {
            t.join();
        }
        QCOMPARE(counter(), static_cast<long long>(kThreads * kIncrements));
        qInfo("%d attempts for %d increments", attempts.load(), kThreads * kIncrements);
        QVERIFY(attempts > kThreads * kIncrements);  // conflicts happened and were retried
    }

    // Two transactions lock the same two rows in opposite orders: PostgreSQL kills one (40P01); it runs again.
    void deadlocksAreRetried() {
        std::atomic<int> attempts{0};
        auto lockBoth = [&](int first, int second) {
            withTransaction(*m_pool, [&](pqxx::work& tx) {
                ++attempts;
                tx.exec("UPDATE counters SET value = value + 1 WHERE id = " + std::to_string(first));
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
                tx.exec("UPDATE counters SET value = value + 1 WHERE id = " + std::to_string(second));
            });
        };
        std::thread a(lockBoth, 1, 2);
        std::thread b(lockBoth, 2, 1);
        a.join();
        b.join();
        // One ran again (on a loaded machine its retry can meet the other once more: still each commits once).
        QVERIFY2(attempts.load() >= 3, qPrintable(QString::number(attempts.load())));
        QCOMPARE(counter(), 2LL);
    }

    void givesUpWith503AfterMaxAttempts() {
        int attempts = 0;
        RetryPolicy retry;
        retry.maxAttempts = 3;
        retry.baseDelay = std::chrono::milliseconds(1);
        try {
            withTransaction(
                *m_pool,
                [&](pqxx::work&) {
                    ++attempts;
                    throw pqxx::serialization_failure("could not serialize access");
                },
                Isolation::kReadCommitted, retry);
            QFAIL("no exception after the last attempt");
        } catch (const HttpError& e) {
            QCOMPARE(e.problem().status, 503);
        }
        QCOMPARE(attempts, 3);
    }
};

QTEST_GUILESS_MAIN(TransactionTest)
#include "transaction_pgtest.moc"
