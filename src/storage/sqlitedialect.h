#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlError;
struct sqlite3_stmt;

namespace tenet::storage {

// Everything Tenet says that only SQLite understands (pragmas, the FTS5 query language,
// VACUUM INTO, error codes, script splitting) in one place, so that a PostgreSQL backend
// replaces this class and the migrations, not the stores that use them.
class SqliteDialect
{
public:
    // "TENT": marks a file as Tenet's in the SQLite header.
    static constexpr qint64 applicationId = 0x54454E54;

    static QString driverName();
    static QString connectOptions();
    // For a connection that must never write: SQLite opens the file read-only, so it cannot
    // create a journal or change the file even by mistake.
    static QString readOnlyConnectOptions();

    // Whether the first bytes of a file are those of an SQLite database.
    static bool hasFileSignature(const QByteArray &header);
    static int signatureLength();

    static QString beginWriteSql();
    static QString beginReadSql();
    // Whether the connection is inside a transaction that someone opened and has not ended.
    static bool inTransaction(const QSqlDatabase &db);

    // Read-only probes, safe on a file that may not be ours.
    static domain::Result<qint64> readApplicationId(const QSqlDatabase &db);
    static domain::Result<int> readSchemaVersion(const QSqlDatabase &db);
    static domain::Result<int> countSchemaObjects(const QSqlDatabase &db);
    // The problems the database engine finds in the file; empty when it is sound.
    static domain::Result<QStringList> checkFile(const QSqlDatabase &db, bool thorough);
    static domain::Result<QStringList> triggerNames(const QSqlDatabase &db);

    // Writes, inside the caller's transaction.
    static domain::Status writeApplicationId(const QSqlDatabase &db);
    static domain::Status writeSchemaVersion(const QSqlDatabase &db, int version);

    // Journal, foreign keys and busy timeout for a connection that may now write.
    static domain::Status configure(const QSqlDatabase &db);
    // Folds the write-ahead log into the file, so that the file's size is the data's.
    static domain::Status checkpoint(const QSqlDatabase &db);
    // Puts the file back in rollback-journal mode when no other connection uses it, so that
    // the file at rest has no -wal and -shm files and a read-only open creates none. Never
    // waits: another connection means the file stays in WAL mode.
    static void leaveWalIfAlone(const QSqlDatabase &db);

    // A statement that copies the database into the file bound to :target.
    static QString backupSql();

    // Full-text search over clause_fts: the query takes :match and yields clause_blob.id,
    // a snippet with the matches between the markers, and a rank (lower is better).
    static QString clauseSearchSql();
    // The user's words as an FTS5 query that can never be a syntax error: each word
    // quoted, all required, the last one also matching as a prefix. Empty when the text
    // holds nothing to search for.
    static QString matchExpression(const QString &text);

    // A script of several statements split into single statements; comments dropped,
    // trigger bodies kept whole.
    static QStringList splitScript(const QString &script);

    enum class Failure
    {
        Refused, // a constraint or a trigger said no
        Busy, // another connection holds the lock
        Damaged, // the file is corrupt
        NotADatabase, // the file is not an SQLite database
        Unwritable, // read-only file, missing permission
        DiskFull, // no space left for the file or its journal
        Other,
    };
    static Failure classify(const QSqlError &error);

    // A read-only statement run on SQLite's own interface instead of through QtSql, for the
    // few reads of many rows where QtSql's QVariant per value costs more than the query
    // (the dashboard's roster). It shares the connection, and so the transaction, of `db`;
    // it needs the QSQLITE driver.
    class Reader
    {
    public:
        Reader(const QSqlDatabase &db, const QString &sql);
        ~Reader();
        Reader(const Reader &) = delete;
        Reader &operator=(const Reader &) = delete;

        Reader &bind(int position, qint64 value); // positions count from 1, as "?1"

        // Steps to the next row: false at the end, or on a failure that status() names.
        bool next();
        const domain::Status &status() const { return m_status; }

        bool isNull(int column) const;
        qint64 integer(int column) const;
        QString text(int column) const;
        // The text as SQLite holds it, UTF-8, valid until the next call of next(): read
        // without allocating anything.
        QByteArrayView utf8(int column) const;

    private:
        void fail();

        sqlite3_stmt *m_statement = nullptr;
        void *m_connection = nullptr; // the sqlite3 handle, for its error message
        QString m_where;
        domain::Status m_status;
    };
};

} // namespace tenet::storage
