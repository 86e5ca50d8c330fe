// Versioned SQL migrations embedded in the binary (magasin_embed_sql), applied at start in order, each exactly once.
// Usage: auto lease = pool.acquire(); applyMigrations(*lease, "catalogue", magasin::sql::catalogue::migrations());
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <pqxx/connection>

#include "magasin/server/json_log.hpp"

namespace magasin::server {

// One file server/<ctx>/sql/NNN_name.sql: version NNN, name "name", the file's text.
struct Migration {
    int version = 0;
    std::string_view name;
    std::string_view sql;
};

// A database cannot be brought to the binary's schema: an applied migration changed, versions out of order, or a
// migration failed. The message names the component, version and file, for the operator.
class MigrationError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// FNV-1a 64 of the SQL text as 16 hex digits: detects an edited migration (not a security check).
std::string migrationChecksum(std::string_view sql);

// Applies the migrations of `component` not yet recorded in schema_migrations(component, version, name, checksum,
// applied_at), in version order, each in its own transaction with its record. A session advisory lock makes
// concurrent starters (3 instances at once) wait for each other, so each migration runs exactly once.
// Throws MigrationError when an applied migration's checksum differs from the embedded one (nothing is applied
// then), when versions are not strictly increasing, or when a migration fails (earlier ones stay applied).
// Returns the versions applied by this call. `log` may be null.
std::vector<int> applyMigrations(pqxx::connection& connection, std::string_view component,
                                 std::span<const Migration> migrations, JsonLog* log = nullptr);

// What a context server does at start: the platform's migrations, then its own (component = the context's name), on
// one pooled connection. Returns the pool, so that it reads as a constructor argument: m_repo(migrated(m_pool, ...)).
class DbPool;
DbPool& migrated(DbPool& pool, std::string_view component, std::span<const Migration> migrations, JsonLog& log);

// The platform's own tables (idempotency_keys, changes, feed_state, sync_commands), as component "platform".
// Apply them before the context's: applyMigrations(c, "platform", platformMigrations()).
std::span<const Migration> platformMigrations();

}  // namespace magasin::server
