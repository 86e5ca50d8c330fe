// The journal: a fresh file migrates to the current schema, reopening keeps the data, a newer file is refused, WAL
// and synchronous=FULL are on, and a failing transaction leaves nothing behind, nested ones included.
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "magasin/client/client_error.hpp"
#include "magasin/client/journal.hpp"

using magasin::client::ClientError;
using magasin::client::Journal;

class JournalTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void freshFileMigratesToTheCurrentSchema() {
        QTemporaryDir dir;
        Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        QCOMPARE(journal.schemaVersion(), Journal::kSchemaVersion);
        for (const char* table :
             {"products", "product_search", "barcodes", "stock", "staff", "stores", "outbox", "sequences",
              "command_log", "sync_cursors", "local_sales", "print_jobs", "audit_log", "settings"}) {
            QSqlQuery q = journal.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"),
                                       {QString::fromLatin1(table)});
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toInt() == 1, table);
        }
    }

    void walAndFullSynchronousAreOn() {
        QTemporaryDir dir;
        Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        QSqlQuery mode = journal.exec(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        QSqlQuery sync = journal.exec(QStringLiteral("PRAGMA synchronous"));
        QVERIFY(sync.next());
        QCOMPARE(sync.value(0).toInt(), 2);  // FULL
    }

    void reopeningKeepsDataAndDoesNotMigrateAgain() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        {
            Journal journal(path);
            journal.setSetting(QStringLiteral("store_id"), QStringLiteral("s1"));
        }
        Journal again(path);
        QCOMPARE(again.setting(QStringLiteral("store_id")), QStringLiteral("s1"));
        QCOMPARE(again.schemaVersion(), Journal::kSchemaVersion);
    }

    void aFileFromANewerAppIsRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        {
            Journal journal(path);
            journal.exec(QStringLiteral("PRAGMA user_version = %1").arg(Journal::kSchemaVersion + 1));
        }
        try {
            Journal newer(path);
            QFAIL("a newer schema was accepted");
        } catch (const ClientError& e) {
            QCOMPARE(e.code(), ClientError::kJournal);
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("update the app")), e.what());
        }
    }

    void aFailingTransactionLeavesNothing() {
        QTemporaryDir dir;
        Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        try {
            journal.transaction([&] {
                journal.setSetting(QStringLiteral("a"), QStringLiteral("1"));
                journal.transaction([&] { journal.setSetting(QStringLiteral("b"), QStringLiteral("2")); });
                throw std::runtime_error("power cut");
            });
            QFAIL("the exception was swallowed");
        } catch (const std::runtime_error&) {
        }
        QCOMPARE(journal.setting(QStringLiteral("a"), QStringLiteral("none")), QStringLiteral("none"));
        QCOMPARE(journal.setting(QStringLiteral("b"), QStringLiteral("none")), QStringLiteral("none"));
        // And the journal is usable afterwards.
        journal.transaction([&] { journal.setSetting(QStringLiteral("a"), QStringLiteral("3")); });
        QCOMPARE(journal.setting(QStringLiteral("a")), QStringLiteral("3"));
    }

    void aBadStatementIsAClientErrorNotACrash() {
        QTemporaryDir dir;
        Journal journal(dir.filePath(QStringLiteral("j.sqlite")));
        try {
            journal.exec(QStringLiteral("SELECT * FROM no_such_table"));
            QFAIL("no error");
        } catch (const ClientError& e) {
            QCOMPARE(e.code(), ClientError::kJournal);
        }
    }
};

QTEST_GUILESS_MAIN(JournalTest)
#include "journal_test.moc"
