#include "magasin/client/journal.hpp"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlError>
#include <QStringList>

#include "magasin/client/client_error.hpp"

namespace magasin::client {
namespace {

QAtomicInt g_connectionCounter;

// Migrations, one entry per schema version; never edit a shipped one, append the next.
const char* const kMigrations[] = {
    // 1: everything the terminal keeps.
    R"sql(
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE products (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    price_cents INTEGER NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    sku TEXT NOT NULL DEFAULT '',
    taxable INTEGER NOT NULL,
    active INTEGER NOT NULL);
CREATE TABLE barcodes (code TEXT PRIMARY KEY, product_rid INTEGER NOT NULL REFERENCES products(rid) ON DELETE CASCADE);
CREATE INDEX barcodes_product ON barcodes(product_rid);
CREATE VIRTUAL TABLE product_search USING fts5(folded, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
CREATE TABLE stock (product_id TEXT PRIMARY KEY, level INTEGER NOT NULL, server_level INTEGER NOT NULL,
    updated_at TEXT NOT NULL);
CREATE TABLE staff (id TEXT PRIMARY KEY, employee_code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, role TEXT NOT NULL,
    store_id TEXT NOT NULL, pin_verifier TEXT NOT NULL, active INTEGER NOT NULL);
CREATE TABLE stores (id TEXT PRIMARY KEY, document TEXT NOT NULL);
CREATE TABLE sequences (stream TEXT PRIMARY KEY, last_seq INTEGER NOT NULL);
CREATE TABLE outbox (
    stream TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    command_id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    staff_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (stream, device_seq));
CREATE TABLE command_log (
    command_id TEXT PRIMARY KEY,
    stream TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    staff_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL,
    flags TEXT NOT NULL,
    problem TEXT NOT NULL,
    result TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    UNIQUE (stream, device_seq));
CREATE INDEX command_log_status ON command_log(status);
CREATE TABLE sync_cursors (feed TEXT PRIMARY KEY, cursor INTEGER NOT NULL, last_success TEXT NOT NULL DEFAULT '');
CREATE TABLE local_sales (id TEXT PRIMARY KEY, at TEXT NOT NULL, staff_id TEXT NOT NULL, status TEXT NOT NULL,
    total_cents INTEGER NOT NULL, document TEXT NOT NULL);
CREATE INDEX local_sales_at ON local_sales(at);
CREATE TABLE print_jobs (id INTEGER PRIMARY KEY, sale_id TEXT NOT NULL, receipt TEXT NOT NULL,
    reprint INTEGER NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, printed_at TEXT NOT NULL DEFAULT '');
CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL, staff_id TEXT NOT NULL,
    approved_by TEXT NOT NULL, subject TEXT NOT NULL, detail TEXT NOT NULL);
)sql",
};

constexpr int kMigrationCount = static_cast<int>(sizeof(kMigrations) / sizeof(kMigrations[0]));
static_assert(kMigrationCount == Journal::kSchemaVersion, "one migration per schema version");

[[noreturn]] void fail(const QString& what, const QSqlError& error) {
    throw ClientError(ClientError::kJournal, (what + QStringLiteral(": ") + error.text()).toStdString());
}

}  // namespace

Journal::Journal(const QString& path)
    : m_path(path), m_connection(QStringLiteral("magasin-journal-%1").arg(g_connectionCounter.fetchAndAddOrdered(1))) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    // A second process (or the sync worker) may hold the write lock for a moment: wait rather than fail.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    if (!db.open()) {
        const QSqlError error = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        fail(QStringLiteral("cannot open the journal ") + path, error);
    }
    try {
        exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        exec(QStringLiteral("PRAGMA synchronous = FULL"));
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        migrate();
    } catch (...) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        throw;
    }
}

Journal::~Journal() {
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase Journal::database() const {
    return QSqlDatabase::database(m_connection, false);
}

int Journal::schemaVersion() const {
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        fail(QStringLiteral("cannot read the schema version"), q.lastError());
    }
    return q.value(0).toInt();
}

QSqlQuery Journal::exec(const QString& sql, const QVariantList& values) {
    QSqlQuery q(database());
    if (values.isEmpty()) {
        if (!q.exec(sql)) {
            fail(QStringLiteral("journal statement failed (") + sql.left(80) + QStringLiteral(")"), q.lastError());
        }
        return q;
    }
    if (!q.prepare(sql)) {
        fail(QStringLiteral("journal statement refused (") + sql.left(80) + QStringLiteral(")"), q.lastError());
    }
    for (const QVariant& v : values) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        fail(QStringLiteral("journal statement failed (") + sql.left(80) + QStringLiteral(")"), q.lastError());
    }
    return q;
}

QVariant Journal::run(const QString& sql, const QVariantList& values) {
    // Kept prepared per SQL text: preparing costs more than running for the small writes of a sync page (a
    // 300,000-product bootstrap runs each of them 300,000 times). Writes return no rows, so finish() right after
    // leaves no statement open that could pin a read snapshot.
    auto cached = m_statements.find(sql);
    if (cached == m_statements.end()) {
        QSqlQuery q(database());
        if (!q.prepare(sql)) {
            fail(QStringLiteral("journal statement refused (") + sql.left(80) + QStringLiteral(")"), q.lastError());
        }
        cached = m_statements.emplace(sql, std::move(q));
    }
    QSqlQuery& q = cached.value();
    for (qsizetype i = 0; i < values.size(); ++i) {
        q.bindValue(static_cast<int>(i), values[i]);
    }
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        q.finish();
        fail(QStringLiteral("journal statement failed (") + sql.left(80) + QStringLiteral(")"), error);
    }
    const QVariant id = q.lastInsertId();
    q.finish();
    return id;
}

void Journal::begin() {
    if (m_depth++ == 0) {
        try {
            // IMMEDIATE takes the write lock now: two writers wait on busy_timeout instead of failing at commit.
            exec(QStringLiteral("BEGIN IMMEDIATE"));
        } catch (...) {
            m_depth = 0;
            throw;
        }
    }
}

void Journal::commit() {
    if (--m_depth == 0) {
        exec(QStringLiteral("COMMIT"));
    }
}

void Journal::rollback() {
    if (m_depth == 0) {
        return;
    }
    // An inner failure undoes the whole outer unit: the outer caller sees the exception too.
    m_depth = 0;
    QSqlQuery q(database());
    q.exec(QStringLiteral("ROLLBACK"));
}

QString Journal::setting(const QString& key, const QString& fallback) {
    QSqlQuery q = exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return q.next() ? q.value(0).toString() : fallback;
}

void Journal::setSetting(const QString& key, const QString& value) {
    exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                        "excluded.value"),
         {key, value});
}

void Journal::migrate() {
    const int current = schemaVersion();
    if (current > kSchemaVersion) {
        throw ClientError(ClientError::kJournal, "The journal " + m_path.toStdString() + " has schema version " +
                                                     std::to_string(current) + ", newer than this app's " +
                                                     std::to_string(kSchemaVersion) + ": update the app");
    }
    for (int version = current + 1; version <= kSchemaVersion; ++version) {
        transaction([&] {
            // QSqlQuery runs one statement at a time: split the script on ';' at line ends.
            const QString script = QString::fromUtf8(kMigrations[version - 1]);
            for (const QString& statement : script.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
                if (!statement.trimmed().isEmpty()) {
                    exec(statement);
                }
            }
            exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        });
    }
}

}  // namespace magasin::client
