// Embedded migrations against a real PostgreSQL: applied in order once, by exactly one of three concurrent starters,
// and an edited applied migration stops the start with a clear error.
#include "magasin/server/migrations.hpp"
#include "magasin/sql/sql_fixture_migrations.hpp"
#include "pg_test_database.hpp"

#include <QTest>

#include <mutex>
#include <thread>

using namespace magasin::server;

class MigrationsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void embedsTheFilesInVersionOrderVerbatim() {
        const auto migrations = magasin::sql::sql_fixture::migrations();
        QCOMPARE(migrations.size(), std::size_t{2});
        QCOMPARE(migrations[0].version, 1);
        QCOMPARE(std::string(migrations[0].name), std::string("create_widgets"));
        QCOMPARE(migrations[1].version, 2);
        QVERIFY(migrations[1].sql.find(R"('second "quoted" \ backslash')") != std::string_view::npos);
    }

    void platformMigrationsAreEmbedded() {
        const auto platform = platformMigrations();
        QVERIFY(platform.size() >= 3);
        QCOMPARE(std::string(platform[0].name), std::string("idempotency_keys"));
    }

    void checksumChangesWithTheText() {
        QCOMPARE(migrationChecksum("SELECT 1"), migrationChecksum("SELECT 1"));
        QVERIFY(migrationChecksum("SELECT 1") != migrationChecksum("SELECT 2"));
        QCOMPARE(migrationChecksum("").size(), std::size_t{16});
    }

    void threeConcurrentStartersApplyEachMigrationOnce() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), db.error().c_str());
        std::mutex mutex;
        std::vector<int> appliedByAll;
        std::vector<std::string> errors;
        std::vector<std::thread> starters;
        for (int i = 0; i < 3; ++i) {
            starters.emplace_back([&] {
                try {
                    pqxx::connection c(db.conninfo());
                    auto platform = applyMigrations(c, "platform", platformMigrations());
                    auto fixture = applyMigrations(c, "fixture", magasin::sql::sql_fixture::migrations());
                    std::lock_guard lock(mutex);
                    appliedByAll.insert(appliedByAll.end(), fixture.begin(), fixture.end());
                } catch (const std::exception& e) {
                    std::lock_guard lock(mutex);
                    errors.emplace_back(e.what());
                }
            });
        }
        for (auto& t : starters) {
            t.join();
        }
        QVERIFY2(errors.empty(), errors.empty() ? "" : errors.front().c_str());
        std::sort(appliedByAll.begin(), appliedByAll.end());
        QCOMPARE(appliedByAll, (std::vector<int>{1, 2}));
        pqxx::connection c(db.conninfo());
        pqxx::nontransaction tx(c);
        QCOMPARE(tx.exec("SELECT count(*) FROM widget_runs")[0][0].as<int>(), 1);
        QCOMPARE(tx.exec("SELECT name FROM widgets WHERE id = 2")[0][0].as<std::string>(),
                 std::string(R"(second "quoted" \ backslash)"));
        QCOMPARE(tx.exec("SELECT count(*) FROM schema_migrations WHERE component = 'platform'")[0][0].as<std::size_t>(),
                 platformMigrations().size());
        // A restart applies nothing.
        tx.commit();
        QVERIFY(applyMigrations(c, "fixture", magasin::sql::sql_fixture::migrations()).empty());
    }

    void editedAppliedMigrationIsAClearStartupError() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), db.error().c_str());
        pqxx::connection c(db.conninfo());
        const Migration original[] = {{1, "create_things", "CREATE TABLE things (id int)"}};
        QCOMPARE(applyMigrations(c, "ctx", original), std::vector<int>{1});
        const Migration edited[] = {{1, "create_things", "CREATE TABLE things (id bigint)"},
                                    {2, "more", "CREATE TABLE more_things (id int)"}};
        try {
            applyMigrations(c, "ctx", edited);
            QFAIL("an edited migration was accepted");
        } catch (const MigrationError& e) {
            const std::string message = e.what();
            QVERIFY2(message.find("ctx migration 001_create_things.sql was changed") != std::string::npos,
                     message.c_str());
        }
        pqxx::nontransaction tx(c);
        QCOMPARE(tx.exec("SELECT to_regclass('more_things') IS NULL")[0][0].as<bool>(), true);  // nothing applied
    }

    void failingMigrationNamesItselfAndKeepsEarlierOnes() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), db.error().c_str());
        pqxx::connection c(db.conninfo());
        const Migration migrations[] = {{1, "good", "CREATE TABLE good (id int)"},
                                        {2, "bad", "CREATE TABLE bad (id int); SELECT * FROM nowhere"}};
        try {
            applyMigrations(c, "ctx", migrations);
            QFAIL("a failing migration was accepted");
        } catch (const MigrationError& e) {
            QVERIFY2(std::string(e.what()).find("002_bad.sql failed") != std::string::npos, e.what());
        }
        pqxx::nontransaction tx(c);
        QCOMPARE(tx.exec("SELECT to_regclass('good') IS NOT NULL AND to_regclass('bad') IS NULL")[0][0].as<bool>(),
                 true);
    }

    void versionsOutOfOrderAreRefused() {
        PgTestDatabase db;
        QVERIFY2(db.ok(), db.error().c_str());
        pqxx::connection c(db.conninfo());
        const Migration migrations[] = {{2, "b", "SELECT 1"}, {1, "a", "SELECT 1"}};
        QVERIFY_THROWS_EXCEPTION(MigrationError, applyMigrations(c, "ctx", migrations));
    }
};

QTEST_GUILESS_MAIN(MigrationsTest)
#include "migrations_pgtest.moc"
