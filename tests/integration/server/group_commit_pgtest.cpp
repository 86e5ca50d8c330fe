// GroupCommit against a real PostgreSQL: concurrent units share transactions (fewer commits than units), every unit
// returns only once its effect is committed, a unit that throws loses only its own effect, and a unit whose statement
// the database refuses gets that error while the others of its group still commit.
#include <QTest>

#include <atomic>
#include <set>
#include <thread>
#include <vector>

#include "magasin/domain/domain_error.hpp"
#include "magasin/server/group_commit.hpp"
#include "magasin/server/transaction.hpp"
#include "pg_test_database.hpp"

using namespace magasin;
using server::DbPool;
using server::DbPoolOptions;
using server::GroupCommit;

class GroupCommitTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PgTestDatabase> m_db;
    std::unique_ptr<DbPool> m_pool;

    long long count(const std::string& sql) {
        return server::withReadOnly(*m_pool,
                                    [&](pqxx::nontransaction& tx) { return tx.exec(sql)[0][0].as<long long>(); });
    }

private Q_SLOTS:
    void init() {
        m_db = std::make_unique<PgTestDatabase>();
        QVERIFY2(m_db->ok(), m_db->error().c_str());
        m_pool = std::make_unique<DbPool>(DbPoolOptions{.conninfo = m_db->conninfo(), .size = 8});
        server::withTransaction(*m_pool, [](pqxx::work& tx) {
            tx.exec("CREATE TABLE units (n integer PRIMARY KEY, txid bigint NOT NULL)");
        });
    }
    void cleanup() {
        m_pool.reset();
        m_db.reset();
    }

    void concurrentUnitsShareCommitsAndAllLand() {
        GroupCommit group(*m_pool, {.maxBatch = 16, .maxGroups = 2});
        constexpr int kUnits = 200;
        std::atomic<int> visibleOnReturn{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 20; ++t) {
            threads.emplace_back([&, t] {
                for (int n = t; n < kUnits; n += 20) {
                    group.run(
                        [n](pqxx::work& tx) { tx.exec_params("INSERT INTO units VALUES ($1, txid_current())", n); });
                    // Committed by the time run() returns: a fresh connection sees it.
                    pqxx::connection c(m_db->conninfo());
                    if (!pqxx::nontransaction(c).exec_params("SELECT 1 FROM units WHERE n = $1", n).empty()) {
                        ++visibleOnReturn;
                    }
                }
            });
        }
        for (auto& t : threads) {
            t.join();
        }
        QCOMPARE(count("SELECT count(*) FROM units"), static_cast<long long>(kUnits));
        QCOMPARE(visibleOnReturn.load(), kUnits);
        const auto transactions = count("SELECT count(DISTINCT txid) FROM units");
        QVERIFY2(transactions < kUnits, std::to_string(transactions).c_str());
    }

    void aThrowingUnitLosesOnlyItsOwnEffect() {
        GroupCommit group(*m_pool, {.maxBatch = 64, .maxGroups = 1});
        std::vector<std::thread> threads;
        std::atomic<int> refused{0};
        std::atomic<int> sqlErrors{0};
        for (int n = 0; n < 30; ++n) {
            threads.emplace_back([&, n] {
                try {
                    group.run([n](pqxx::work& tx) {
                        tx.exec_params("INSERT INTO units VALUES ($1, txid_current())", n);
                        if (n % 10 == 3) {
                            throw domain::DomainError(domain::ErrorCode::kInvalidValue, "unit.refused", "n", "no");
                        }
                        if (n % 10 == 7) {
                            tx.exec("SELECT * FROM no_such_table");
                        }
                    });
                } catch (const domain::DomainError&) {
                    ++refused;
                } catch (const pqxx::sql_error&) {
                    ++sqlErrors;
                }
            });
        }
        for (auto& t : threads) {
            t.join();
        }
        QCOMPARE(refused.load(), 3);
        QCOMPARE(sqlErrors.load(), 3);
        QCOMPARE(count("SELECT count(*) FROM units"), 24LL);
        QCOMPARE(count("SELECT count(*) FROM units WHERE n % 10 IN (3, 7)"), 0LL);
    }
};

QTEST_GUILESS_MAIN(GroupCommitTest)
#include "group_commit_pgtest.moc"
