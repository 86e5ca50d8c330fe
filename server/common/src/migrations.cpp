#include "magasin/server/migrations.hpp"

#include <cstdio>

#include <map>

#include <pqxx/pqxx>

#include "magasin/server/db_pool.hpp"
#include "magasin/sql/common_migrations.hpp"

namespace magasin::server {
namespace {

// One key for every component: migrations of a database run one starter at a time.
constexpr long long kMigrationLockKey = 0x6d61'6761'7369'6e31;  // "magasin1"

class SessionLock {
public:
    explicit SessionLock(pqxx::connection& c) : m_connection(c) {
        pqxx::nontransaction(c).exec("SELECT pg_advisory_lock(" + std::to_string(kMigrationLockKey) + ")");
    }
    ~SessionLock() {
        try {
            pqxx::nontransaction(m_connection)
                .exec("SELECT pg_advisory_unlock(" + std::to_string(kMigrationLockKey) + ")");
        } catch (...) {
            // A broken connection released the lock with the session.
        }
    }
    SessionLock(const SessionLock&) = delete;
    SessionLock& operator=(const SessionLock&) = delete;

private:
    pqxx::connection& m_connection;
};

std::string describe(std::string_view component, const Migration& m) {
    char version[16];
    std::snprintf(version, sizeof version, "%03d", m.version);
    return std::string(component) + " migration " + version + "_" + std::string(m.name) + ".sql";
}

}  // namespace

std::string migrationChecksum(std::string_view sql) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (unsigned char c : sql) {
        hash ^= c;
        hash *= 0x100000001b3ULL;
    }
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

std::vector<int> applyMigrations(pqxx::connection& connection, std::string_view component,
                                 std::span<const Migration> migrations, JsonLog* log) {
    for (std::size_t i = 1; i < migrations.size(); ++i) {
        if (migrations[i].version <= migrations[i - 1].version) {
            throw MigrationError(describe(component, migrations[i]) + " is out of order: versions must increase");
        }
    }
    SessionLock lock(connection);
    pqxx::nontransaction(connection)
        .exec(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " component text NOT NULL, version integer NOT NULL, name text NOT NULL, checksum text NOT NULL,"
            " applied_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (component, version))");

    std::map<int, std::string> applied;  // version -> checksum
    {
        pqxx::nontransaction tx(connection);
        for (const auto& row : tx.exec_params("SELECT version, checksum FROM schema_migrations WHERE component = $1",
                                              std::string(component))) {
            applied.emplace(row[0].as<int>(), row[1].as<std::string>());
        }
    }
    // Verify everything before applying anything: a database whose history differs from the binary's is an
    // operator's decision, never something to paper over.
    for (const Migration& m : migrations) {
        auto found = applied.find(m.version);
        if (found != applied.end() && found->second != migrationChecksum(m.sql)) {
            throw MigrationError(describe(component, m) + " was changed after it was applied (checksum " +
                                 found->second + " in the database, " + migrationChecksum(m.sql) +
                                 " in this binary): add a new migration instead of editing an applied one");
        }
    }

    std::vector<int> done;
    for (const Migration& m : migrations) {
        if (applied.contains(m.version)) {
            continue;
        }
        try {
            pqxx::work tx(connection);
            tx.exec(std::string(m.sql));
            tx.exec_params("INSERT INTO schema_migrations (component, version, name, checksum) VALUES ($1, $2, $3, $4)",
                           std::string(component), m.version, std::string(m.name), migrationChecksum(m.sql));
            tx.commit();
        } catch (const pqxx::sql_error& e) {
            throw MigrationError(describe(component, m) + " failed: " + e.what());
        }
        done.push_back(m.version);
        if (log != nullptr) {
            log->info("migration applied", {{"component", component}, {"version", m.version}, {"name", m.name}});
        }
    }
    return done;
}

std::span<const Migration> platformMigrations() {
    return magasin::sql::common::migrations();
}

DbPool& migrated(DbPool& pool, std::string_view component, std::span<const Migration> migrations, JsonLog& log) {
    auto lease = pool.acquire();
    applyMigrations(*lease, "platform", platformMigrations(), &log);
    applyMigrations(*lease, component, migrations, &log);
    return pool;
}

}  // namespace magasin::server
