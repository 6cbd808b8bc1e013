#pragma once

#include "bulkreader.h"
#include "dialect.h"
#include "domain/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlError;
struct sqlite3_stmt;

namespace tenet::storage {

// Everything Tenet says that only SQLite understands (pragmas, sqlite_schema, BEGIN
// IMMEDIATE, VACUUM INTO, the FTS5 query language, result codes, trigger-aware script
// splitting, the raw sqlite3 reader) in one place: the SQLite implementation of Dialect.
// The pure text functions stay static, for the tests and fuzzers that call them directly.
class SqliteDialect final : public Dialect
{
public:
    // "TENT": marks a file as Tenet's in the SQLite header.
    static constexpr qint64 applicationId = 0x54454E54;

    // The one instance the connections share (the class holds no state).
    static const SqliteDialect &instance();

    bool isServer() const override { return false; }
    QString driverName() const override;
    // Read-only: SQLite opens the file read-only, so it cannot create a journal or change
    // the file even by mistake.
    QString connectOptions(bool readOnly) const override;
    void address(QSqlDatabase &db, const ConnectionSpec &spec, bool readOnly) const override;

    // Whether the first bytes of a file are those of an SQLite database.
    static bool hasFileSignature(const QByteArray &header);
    static int signatureLength();

    QString beginWriteSql() const override;
    QString beginReadSql() const override;
    // BEGIN IMMEDIATE takes the file's one write lock: no other writer runs meanwhile.
    QString rowLockClause(RowLock) const override { return {}; }
    bool inTransaction(const QSqlDatabase &db) const override;
    // SQLite prepares every statement, as SqlQuery does.
    domain::Status runStatement(const QSqlDatabase &db, const QString &sql) const override;

    domain::Result<qint64> readApplicationId(const QSqlDatabase &db) const override;
    domain::Result<int> readSchemaVersion(const QSqlDatabase &db) const override;
    domain::Result<int> countSchemaObjects(const QSqlDatabase &db) const override;
    domain::Result<QStringList> checkFile(const QSqlDatabase &db, bool thorough) const override;
    domain::Result<QStringList> triggerNames(const QSqlDatabase &db) const override;
    // SQLite cannot switch a trigger off; a guard is there or it was dropped.
    domain::Result<QStringList> disabledTriggerNames(const QSqlDatabase &) const override
    {
        return QStringList();
    }
    QStringList expectedTriggers() const override;

    domain::Status writeApplicationId(const QSqlDatabase &db) const override;
    domain::Status writeSchemaVersion(const QSqlDatabase &db, int version) const override;

    // Journal, foreign keys and busy timeout.
    domain::Status configure(const QSqlDatabase &db) const override;
    // Folds the write-ahead log into the file, so that the file's size is the data's.
    domain::Status checkpoint(const QSqlDatabase &db) const override;
    // Puts the file back in rollback-journal mode when no other connection uses it, so that
    // the file at rest has no -wal and -shm files and a read-only open creates none. Never
    // waits: another connection means the file stays in WAL mode.
    void beforeClose(const QSqlDatabase &db) const override;

    QString backupSql() const override;
    // SQLite cannot switch a trigger off: the copy's transaction drops them and makes them
    // again from their stored definitions, then rebuilds the search index they kept.
    domain::Result<QStringList> suspendGuards(const QSqlDatabase &db) const override;
    domain::Status resumeGuards(const QSqlDatabase &db,
                                const QStringList &suspended) const override;
    // An INTEGER PRIMARY KEY always continues after the largest id in the table.
    domain::Status continueIdentities(const QSqlDatabase &) const override { return {}; }
    std::unique_ptr<BulkReader> reader(const QSqlDatabase &db, const QString &sql) const override;
    bool appendsChainsOnServer() const override { return false; }
    bool readsForwardOnly() const override { return true; }

    QString clauseSearchSql() const override;
    QString searchMatch(const QString &text) const override { return matchExpression(text); }
    // The user's words as an FTS5 query that can never be a syntax error: each word
    // quoted, all required, the last one also matching as a prefix. Empty when the text
    // holds nothing to search for.
    static QString matchExpression(const QString &text);

    QString migrationsFolder() const override;
    QStringList statementsOf(const QString &script) const override { return splitScript(script); }
    // A script of several statements split into single statements; comments dropped,
    // trigger bodies kept whole.
    static QStringList splitScript(const QString &script);

    // Through Reader: verify's reading was slower through QtSql than its hashing.
    std::unique_ptr<ChainRows> chainRows(const QSqlDatabase &db,
                                         const QString &sql) const override;

    Failure classifyError(const QSqlError &error) const override { return classify(error); }
    QString errorText(const QSqlError &error) const override;
    // By SQLite's primary result code.
    static Failure classify(const QSqlError &error);

    // A read-only statement run on SQLite's own interface instead of through QtSql, for the
    // few reads of many rows where QtSql's QVariant per value costs more than the query
    // (the dashboard's roster, a hash chain's rows). It shares the connection, and so the transaction, of `db`;
    // it needs the QSQLITE driver.
    class Reader final : public BulkReader
    {
    public:
        Reader(const QSqlDatabase &db, const QString &sql);
        ~Reader() override;
        Reader(const Reader &) = delete;
        Reader &operator=(const Reader &) = delete;

        Reader &bind(int position, qint64 value) override; // positions count from 1

        bool next() override;
        const domain::Status &status() const override { return m_status; }

        // A value's storage class in this row.
        enum class Type
        {
            Null,
            Integer,
            Real,
            Text,
            Blob,
        };
        Type type(int column) const;

        bool isNull(int column) const override;
        qint64 integer(int column) const override;
        double real(int column) const;
        QString text(int column) const override;
        // The text as SQLite holds it, UTF-8, valid until the next call of next(): read
        // without allocating anything.
        QByteArrayView utf8(int column) const override;
        // The text as QtSql reads it: turned into UTF-16 by SQLite, which replaces what
        // is not well-formed UTF-8 its own way. Differs from text() only there.
        QString utf16(int column) const;
        // The bytes of a blob, valid until the next call of next().
        QByteArrayView bytes(int column) const;

    private:
        void fail();

        sqlite3_stmt *m_statement = nullptr;
        void *m_connection = nullptr; // the sqlite3 handle, for its error message
        QString m_where;
        domain::Status m_status;
    };
};

} // namespace tenet::storage
