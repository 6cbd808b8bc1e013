#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QSqlError;

namespace tenet::storage {

class ChainRows;
struct ConnectionSpec;
class BulkReader;

// Everything Tenet says that only one database engine understands: how to connect, begin a
// transaction, mark and version the schema, check and copy the database, search, split a
// migration script, and read the engine's errors. The stores speak portable SQL through
// SqlQuery and ask the dialect of their connection for the rest, so that a second backend
// adds a dialect and its migrations, not changes to the stores. SqliteDialect is the only
// implementation of a file, PostgresDialect of a server.
class Dialect
{
public:
    virtual ~Dialect() = default;

    // The dialect of a connection, known by its Qt driver: PostgreSQL's for QPSQL, SQLite's
    // for every other.
    static const Dialect &of(const QSqlDatabase &db);
    // The dialect that serves a connection spec.
    static const Dialect &forSpec(const ConnectionSpec &spec);

    // Whether the database lives on a server (no file of its own to check, copy or lock).
    virtual bool isServer() const = 0;
    virtual QString driverName() const = 0;
    // Qt driver options for a connection that may write, or one that must never write.
    virtual QString connectOptions(bool readOnly) const = 0;
    // Names what to connect to: the file, or the server, database and user.
    virtual void address(QSqlDatabase &db, const ConnectionSpec &spec, bool readOnly) const = 0;

    virtual QString beginWriteSql() const = 0;
    virtual QString beginReadSql() const = 0;

    // How a write transaction keeps a row it read as it was until it ends, when a later
    // write depends on it (a signature on the version being in force, on the person not
    // having signed yet). Share lets other writers hold the row too; Write admits one at a
    // time, who then sees what the one before committed.
    enum class RowLock
    {
        Share,
        Write,
    };
    // The clause that ends such a SELECT; empty when the engine's write transactions
    // already run one at a time (SQLite), so that nothing read can change under them.
    virtual QString rowLockClause(RowLock lock) const = 0;
    // Whether the connection is inside a transaction that someone opened and has not ended.
    virtual bool inTransaction(const QSqlDatabase &db) const = 0;
    // Runs a statement that takes no values. Some engines cannot prepare every statement
    // (PostgreSQL: DDL, BEGIN, COMMIT, SET), so whether it is prepared is the dialect's call.
    virtual domain::Status runStatement(const QSqlDatabase &db, const QString &sql) const = 0;

    // Read-only probes, safe on a database that may not be Tenet's.
    virtual domain::Result<qint64> readApplicationId(const QSqlDatabase &db) const = 0;
    virtual domain::Result<int> readSchemaVersion(const QSqlDatabase &db) const = 0;
    virtual domain::Result<int> countSchemaObjects(const QSqlDatabase &db) const = 0;
    // The problems the engine finds in the database; empty when it is sound.
    virtual domain::Result<QStringList> checkFile(const QSqlDatabase &db, bool thorough) const = 0;
    // The guards (triggers) the schema holds and that are in force, by name.
    virtual domain::Result<QStringList> triggerNames(const QSqlDatabase &db) const = 0;
    // The guards that are there but switched off (a server can disable a trigger).
    virtual domain::Result<QStringList> disabledTriggerNames(const QSqlDatabase &db) const = 0;
    // The guards this engine's schema steps install.
    virtual QStringList expectedTriggers() const = 0;

    // Writes, inside the caller's transaction.
    virtual domain::Status writeApplicationId(const QSqlDatabase &db) const = 0;
    virtual domain::Status writeSchemaVersion(const QSqlDatabase &db, int version) const = 0;

    // Session settings for a connection that may now write.
    virtual domain::Status configure(const QSqlDatabase &db) const = 0;
    // Makes the database's size on disk its data's (the WAL checkpoint on SQLite).
    virtual domain::Status checkpoint(const QSqlDatabase &db) const = 0;
    // Last words of a writing connection before it closes; failures are harmless.
    virtual void beforeClose(const QSqlDatabase &db) const = 0;

    // A statement that copies the database into the file bound to :target; empty when the
    // engine has its own tool for that.
    virtual QString backupSql() const = 0;

    // A copy of an organisation (organisationcopy.h) writes every row as it stands: a version
    // already published, its frozen content, the ledger's rows with their hashes. The triggers
    // would refuse that, so the copy switches every one of them off inside its own
    // transaction (the guards, and the upkeep of derived rows, which the copy carries over
    // itself), and puts them back before it commits: no other connection ever sees them off.
    // suspendGuards returns what resumeGuards needs to put them back.
    virtual domain::Result<QStringList> suspendGuards(const QSqlDatabase &db) const = 0;
    virtual domain::Status resumeGuards(const QSqlDatabase &db,
                                        const QStringList &suspended) const = 0;
    // After rows were written with their own ids: the ids the database generates from now on
    // follow the largest one written.
    virtual domain::Status continueIdentities(const QSqlDatabase &db) const = 0;

    // Whether queries should be forward-only. QSQLITE caches every row read otherwise; QPSQL
    // streams a forward-only query row by row and then cannot run another statement on the
    // connection until it is read to the end, which the stores do all the time.
    virtual bool readsForwardOnly() const = 0;

    // The fastest way this engine has to read many rows ("?" placeholders).
    virtual std::unique_ptr<BulkReader> reader(const QSqlDatabase &db,
                                               const QString &sql) const = 0;

    // Whether hash-chained rows are appended by the server's own function
    // (tenet_chain_append), in one round trip under the chain's lock, rather than by the
    // program reading the head and inserting.
    virtual bool appendsChainsOnServer() const = 0;

    // Full-text search over clauses: the query takes :match and yields clause_blob.id, a
    // snippet with the matches between '[' and ']', and a rank (lower is better).
    virtual QString clauseSearchSql() const = 0;
    // The user's words as the :match value; empty when there is nothing to search for.
    virtual QString searchMatch(const QString &text) const = 0;
    // The words of a search, as both engines' queries take them: split at white space,
    // capped (the engines' cost grows with the square of the terms), and without words of
    // punctuation alone, which match nothing. Letters are told by code point, so that a
    // word outside the Basic Multilingual Plane (𠀋, 𝐀) counts as letters.
    static QStringList searchWords(const QString &text);

    // The rows of a hash chain for verify, from a query of seq, prev_hash, hash and the
    // content columns (ChainRows). Through QtSql unless the engine has a faster way; a
    // chain's hashes are long, and verify reads every row.
    virtual std::unique_ptr<ChainRows> chainRows(const QSqlDatabase &db,
                                                 const QString &sql) const;

    // The resource folder of this engine's numbered schema steps, and one step's script as
    // the statements to run.
    virtual QString migrationsFolder() const = 0;
    virtual QStringList statementsOf(const QString &script) const = 0;

    enum class Failure
    {
        Refused, // a constraint or a trigger said no
        Busy, // another connection holds the lock
        Damaged, // the database is corrupt
        NotADatabase, // the file is not a database of this engine
        Unwritable, // read-only file, missing permission
        DiskFull, // no space left for the data or its journal
        Other,
    };
    virtual Failure classifyError(const QSqlError &error) const = 0;
    // The engine's own words for a failure, without its decorations.
    virtual QString errorText(const QSqlError &error) const = 0;
};

} // namespace tenet::storage
