#pragma once

#include "dialect.h"

namespace tenet::storage {

// Everything Tenet says that only PostgreSQL understands: the QPSQL driver and libpq's
// address, the tenet_meta row that plays SQLite's application_id and user_version, the
// guards as PL/pgSQL triggers (and whether one was switched off), SQLSTATE codes, search
// through tsvector, and the chains appended by the server's own function.
class PostgresDialect final : public Dialect
{
public:
    // The one instance the connections share (the class holds no state).
    static const PostgresDialect &instance();

    bool isServer() const override { return true; }
    QString driverName() const override;
    // A connection that must never write opens every transaction read-only.
    QString connectOptions(bool readOnly) const override;
    void address(QSqlDatabase &db, const ConnectionSpec &spec, bool readOnly) const override;

    // Writers run at READ COMMITTED one at a time, each holding Tenet's write lock (a
    // transaction-scoped advisory lock) from its BEGIN, as SQLite's writers hold the file's;
    // the rows a signature depends on are also locked as they are read (rowLockClause).
    // A read sees one snapshot across all its queries and waits for no writer.
    QString beginWriteSql() const override;
    QString beginReadSql() const override;
    // FOR SHARE, or FOR NO KEY UPDATE, which waits for the row's other writers but not for
    // inserts that merely refer to the row (a foreign key only locks its key).
    QString rowLockClause(RowLock lock) const override;
    bool inTransaction(const QSqlDatabase &db) const override;
    // Not prepared: the server cannot prepare DDL, BEGIN, COMMIT or SET, and a script of
    // several statements goes in one round trip.
    domain::Status runStatement(const QSqlDatabase &db, const QString &sql) const override;

    domain::Result<qint64> readApplicationId(const QSqlDatabase &db) const override;
    domain::Result<int> readSchemaVersion(const QSqlDatabase &db) const override;
    domain::Result<int> countSchemaObjects(const QSqlDatabase &db) const override;
    // The server checks its own pages; there is nothing to ask it here.
    domain::Result<QStringList> checkFile(const QSqlDatabase &db, bool thorough) const override;
    domain::Result<QStringList> triggerNames(const QSqlDatabase &db) const override;
    domain::Result<QStringList> disabledTriggerNames(const QSqlDatabase &db) const override;
    QStringList expectedTriggers() const override;

    domain::Status writeApplicationId(const QSqlDatabase &db) const override;
    domain::Status writeSchemaVersion(const QSqlDatabase &db, int version) const override;

    domain::Status configure(const QSqlDatabase &db) const override;
    domain::Status checkpoint(const QSqlDatabase &) const override { return {}; }
    void beforeClose(const QSqlDatabase &) const override { }

    // pg_dump copies a server's database; see Database::backupTo.
    QString backupSql() const override { return {}; }
    // ALTER TABLE ... DISABLE TRIGGER USER, which is part of the transaction here and leaves
    // the foreign keys' own triggers on.
    domain::Result<QStringList> suspendGuards(const QSqlDatabase &db) const override;
    domain::Status resumeGuards(const QSqlDatabase &db,
                                const QStringList &suspended) const override;
    // Sets each identity column's sequence to the largest id written (setval).
    domain::Status continueIdentities(const QSqlDatabase &db) const override;
    std::unique_ptr<BulkReader> reader(const QSqlDatabase &db, const QString &sql) const override;
    bool appendsChainsOnServer() const override { return true; }
    bool readsForwardOnly() const override { return false; }

    QString clauseSearchSql() const override;
    QString searchMatch(const QString &text) const override { return tsQuery(text); }
    // The user's words as a to_tsquery() text that can never be a syntax error: each word
    // quoted, all required, the last one also matching as a prefix. Empty when the text
    // holds nothing to search for.
    static QString tsQuery(const QString &text);

    QString migrationsFolder() const override;
    // A PostgreSQL step runs whole, in one round trip (its functions hold semicolons).
    QStringList statementsOf(const QString &script) const override { return {script}; }

    Failure classifyError(const QSqlError &error) const override { return classify(error); }
    // By SQLSTATE.
    static Failure classify(const QSqlError &error);
    QString errorText(const QSqlError &error) const override;
};

} // namespace tenet::storage
