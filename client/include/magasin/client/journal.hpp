// The terminal's local SQLite journal: one file, WAL, synchronous=FULL, versioned migrations (PRAGMA user_version).
// Usage: Journal j(path); j.transaction([&] { j.exec("INSERT ...", {a, b}); }); j.setting("store_id");
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <exception>
#include <utility>

namespace magasin::client {

// One connection to the journal file. A connection belongs to the thread that opened it (Qt SQL's rule): the sync
// worker opens its own Journal on the same path; SQLite's WAL lets them read while the other writes.
class Journal {
public:
    static constexpr int kSchemaVersion = 1;

    // Opens or creates the file and migrates it to kSchemaVersion. Throws ClientError kJournal (with SQLite's message)
    // when it cannot, or when the file comes from a newer version of the app.
    explicit Journal(const QString& path);
    ~Journal();
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] QSqlDatabase database() const;
    [[nodiscard]] int schemaVersion() const;

    // Prepares, binds (positional ?) and runs one statement. Throws ClientError kJournal on failure.
    QSqlQuery exec(const QString& sql, const QVariantList& values = {});
    // A write (INSERT, UPDATE, DELETE) from a statement kept prepared; returns the last insert id. Throws like exec.
    QVariant run(const QString& sql, const QVariantList& values = {});

    // Runs `work` inside BEGIN IMMEDIATE ... COMMIT; any exception rolls back and is rethrown. Nested calls join the
    // outer transaction, so that a service can make several writes one atomic unit.
    template <typename Work>
    auto transaction(Work&& work) -> decltype(work()) {
        begin();
        try {
            if constexpr (std::is_void_v<decltype(work())>) {
                work();
                commit();
            } else {
                auto result = work();
                commit();
                return result;
            }
        } catch (...) {
            rollback();
            throw;
        }
    }

    [[nodiscard]] QString setting(const QString& key, const QString& fallback = {});
    void setSetting(const QString& key, const QString& value);

private:
    void begin();
    void commit();
    void rollback();
    void migrate();

    QString m_path;
    QString m_connection;
    int m_depth = 0;
    QHash<QString, QSqlQuery> m_statements;
};

}  // namespace magasin::client
