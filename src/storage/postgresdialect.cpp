#include "postgresdialect.h"

#include "database.h"

#include "connectionspec.h"
#include "qtsqlreader.h"
#include "sqlquery.h"


#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>


namespace tenet::storage {

using domain::Result;
using domain::Status;

namespace {

// As long as SQLite's busy timeout: a writer waiting this long for a lock gives up with
// "busy, try again" rather than hanging.
constexpr int lockTimeoutMs = 5000;

// What Tenet writes into tenet_meta in place of SQLite's header fields.
const QString applicationIdKey = QStringLiteral("application_id");
const QString schemaVersionKey = QStringLiteral("user_version");
// "TENT", as in an SQLite file's header.
constexpr qint64 tenetApplicationId = 0x54454E54;

Result<qint64> metaValue(const QSqlDatabase &db, const QString &key)
{
    auto exists = SqlQuery::number(db, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class c "
                                            "JOIN pg_catalog.pg_namespace n ON n.oid = "
                                            "c.relnamespace WHERE c.relname = 'tenet_meta' "
                                            "AND n.nspname = current_schema()"));
    if (!exists || *exists == 0)
        return exists;
    SqlQuery query(db, QStringLiteral("SELECT value FROM tenet_meta WHERE key = :key"));
    query.bind(QStringLiteral(":key"), key);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.next() ? query.integer(0) : 0;
}

Status writeMeta(const QSqlDatabase &db, const QString &key, qint64 value)
{
    // Keys and values come from this file, never from input.
    return SqlQuery::run(
        db, QStringLiteral("CREATE TABLE IF NOT EXISTS tenet_meta (key text COLLATE \"C\" "
                           "PRIMARY KEY, value bigint NOT NULL); "
                           "INSERT INTO tenet_meta (key, value) VALUES ('%1', %2) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                .arg(key)
                .arg(value));
}

// The triggers of the tables in Tenet's schema, by whether they are switched on.
QString triggersWhere(const QString &condition)
{
    return QStringLiteral("SELECT t.tgname FROM pg_catalog.pg_trigger t "
                          "JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid "
                          "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                          "WHERE NOT t.tgisinternal AND n.nspname = current_schema() AND %1 "
                          "ORDER BY t.tgname")
        .arg(condition);
}

PGconn *libpqHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // QPSQL declares the handle's type as PGconn*, but Qt 6 names a metatype as the compiler
    // sees it: by the struct behind libpq's typedef.
    const char *type = handle.typeName();
    if (!handle.isValid() || (qstrcmp(type, "PGconn*") != 0 && qstrcmp(type, "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace

const PostgresDialect &PostgresDialect::instance()
{
    static const PostgresDialect dialect;
    return dialect;
}

QString PostgresDialect::driverName() const
{
    return QStringLiteral("QPSQL");
}

QString PostgresDialect::connectOptions(bool readOnly) const
{
    QString options = QStringLiteral("-c lock_timeout=%1 -c client_min_messages=warning")
                          .arg(lockTimeoutMs);
    if (readOnly)
        options += QStringLiteral(" -c default_transaction_read_only=on");
    return QStringLiteral("options='%1'").arg(options);
}

void PostgresDialect::address(QSqlDatabase &db, const ConnectionSpec &spec, bool readOnly) const
{
    db.setHostName(spec.host);
    if (spec.port > 0)
        db.setPort(spec.port);
    db.setDatabaseName(spec.database);
    db.setUserName(spec.user);
    QString options = connectOptions(readOnly);
    if (const QString more = spec.libpqOptions(); !more.isEmpty())
        options += u';' + more;
    db.setConnectOptions(options);
}

QString PostgresDialect::beginWriteSql() const
{
    // The stores decide on what they read (a person has not signed this version yet, the
    // version is still in force), which holds only while no other writer commits meanwhile:
    // one writer at a time, as BEGIN IMMEDIATE gives SQLite. The lock ends with the
    // transaction; 1413828180 is "TENT", as in tenet_chain_append, and 0 names no chain.
    return QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED; "
                          "SELECT pg_advisory_xact_lock(1413828180, 0)");
}

QString PostgresDialect::beginReadSql() const
{
    return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

QString PostgresDialect::rowLockClause(RowLock lock) const
{
    // At READ COMMITTED a locking read waits for a writer of the row to end, then reads the
    // row as that writer left it.
    return lock == RowLock::Share ? QStringLiteral(" FOR SHARE")
                                  : QStringLiteral(" FOR NO KEY UPDATE");
}

bool PostgresDialect::inTransaction(const QSqlDatabase &db) const
{
    PGconn *connection = libpqHandle(db);
    if (!connection)
        return false;
    const PGTransactionStatusType status = PQtransactionStatus(connection);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR;
}

Status PostgresDialect::runStatement(const QSqlDatabase &db, const QString &sql) const
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return errorFromSql(query.lastError(), Database::describe(db), *this);
    return {};
}

Result<qint64> PostgresDialect::readApplicationId(const QSqlDatabase &db) const
{
    return metaValue(db, applicationIdKey);
}

Result<int> PostgresDialect::readSchemaVersion(const QSqlDatabase &db) const
{
    auto version = metaValue(db, schemaVersionKey);
    if (!version)
        return version.error();
    return static_cast<int>(*version);
}

Result<int> PostgresDialect::countSchemaObjects(const QSqlDatabase &db) const
{
    auto count = SqlQuery::number(db, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class c "
                                           "JOIN pg_catalog.pg_namespace n ON n.oid = "
                                           "c.relnamespace WHERE n.nspname = current_schema() "
                                           "AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')"));
    if (!count)
        return count.error();
    return static_cast<int>(*count);
}

Result<QStringList> PostgresDialect::checkFile(const QSqlDatabase &, bool) const
{
    return QStringList();
}

Result<QStringList> PostgresDialect::triggerNames(const QSqlDatabase &db) const
{
    return SqlQuery::texts(db, triggersWhere(QStringLiteral("t.tgenabled <> 'D'")));
}

Result<QStringList> PostgresDialect::disabledTriggerNames(const QSqlDatabase &db) const
{
    return SqlQuery::texts(db, triggersWhere(QStringLiteral("t.tgenabled = 'D'")));
}

Result<QStringList> PostgresDialect::suspendGuards(const QSqlDatabase &db) const
{
    auto tables = SqlQuery::texts(db,
                             QStringLiteral("SELECT DISTINCT quote_ident(c.relname) "
                                            "FROM pg_catalog.pg_trigger t "
                                            "JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid "
                                            "JOIN pg_catalog.pg_namespace n "
                                            "ON n.oid = c.relnamespace "
                                            "WHERE NOT t.tgisinternal "
                                            "AND n.nspname = current_schema() ORDER BY 1"));
    if (!tables)
        return tables.error();
    for (const QString &table : std::as_const(*tables)) {
        if (Status status
            = SqlQuery::run(db, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table));
            !status)
            return status.error();
    }
    return tables;
}

Status PostgresDialect::resumeGuards(const QSqlDatabase &db, const QStringList &suspended) const
{
    for (const QString &table : suspended) {
        if (Status status
            = SqlQuery::run(db, QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table));
            !status)
            return status;
    }
    return {};
}

Status PostgresDialect::continueIdentities(const QSqlDatabase &db) const
{
    SqlQuery columns(db,
                     QStringLiteral("SELECT quote_ident(table_name), table_name, "
                                    "quote_ident(column_name), column_name "
                                    "FROM information_schema.columns "
                                    "WHERE table_schema = current_schema() "
                                    "AND is_identity = 'YES' ORDER BY 1, 3"));
    if (Status status = columns.exec(); !status)
        return status;
    QList<QStringList> identities;
    while (columns.next())
        identities.append({columns.text(0), columns.text(1), columns.text(2), columns.text(3)});
    for (const QStringList &identity : std::as_const(identities)) {
        // An empty table leaves its sequence alone: setval(seq, NULL) does nothing.
        SqlQuery next(db,
                      QStringLiteral("SELECT setval(pg_get_serial_sequence(:table, :column), "
                                     "max(%1)) FROM %2")
                          .arg(identity.at(2), identity.at(0)));
        next.bind(QStringLiteral(":table"), identity.at(0));
        next.bind(QStringLiteral(":column"), identity.at(3));
        if (Status status = next.exec(); !status)
            return status;
    }
    return {};
}

QStringList PostgresDialect::expectedTriggers() const
{
    // SQLite's guards but the two that keep its search index (a generated column here),
    // and a TRUNCATE guard on each table that refuses deletion.
    return {
        QStringLiteral("acknowledgement_latest_follows"),
        QStringLiteral("acknowledgement_no_delete"),
        QStringLiteral("acknowledgement_no_truncate"),
        QStringLiteral("acknowledgement_no_update"),
        QStringLiteral("audit_log_no_delete"),
        QStringLiteral("audit_log_no_truncate"),
        QStringLiteral("audit_log_no_update"),
        QStringLiteral("check_attempt_no_delete"),
        QStringLiteral("check_attempt_no_truncate"),
        QStringLiteral("check_attempt_no_update"),
        QStringLiteral("clause_blob_frozen"),
        QStringLiteral("clause_blob_kept"),
        QStringLiteral("clause_blob_no_truncate"),
        QStringLiteral("published_handbook_no_delete"),
        QStringLiteral("published_handbook_no_truncate"),
        QStringLiteral("published_handbook_no_update"),
        QStringLiteral("section_blob_frozen"),
        QStringLiteral("section_blob_kept"),
        QStringLiteral("section_blob_no_truncate"),
        QStringLiteral("section_clause_added_once"),
        QStringLiteral("section_clause_frozen"),
        QStringLiteral("section_clause_kept"),
        QStringLiteral("section_clause_no_truncate"),
        QStringLiteral("section_review_no_delete"),
        QStringLiteral("section_review_no_truncate"),
        QStringLiteral("section_review_no_update"),
        QStringLiteral("version_check_delete_draft"),
        QStringLiteral("version_check_insert_draft"),
        QStringLiteral("version_check_no_truncate"),
        QStringLiteral("version_check_update_draft"),
        QStringLiteral("version_frozen"),
        QStringLiteral("version_kept"),
        QStringLiteral("version_no_truncate"),
        QStringLiteral("version_section_delete_draft"),
        QStringLiteral("version_section_insert_draft"),
        QStringLiteral("version_section_no_truncate"),
        QStringLiteral("version_section_update_draft"),
        QStringLiteral("version_state_change"),
    };
}

Status PostgresDialect::writeApplicationId(const QSqlDatabase &db) const
{
    return writeMeta(db, applicationIdKey, tenetApplicationId);
}

Status PostgresDialect::writeSchemaVersion(const QSqlDatabase &db, int version) const
{
    return writeMeta(db, schemaVersionKey, version);
}

Status PostgresDialect::configure(const QSqlDatabase &) const
{
    // Everything a session needs is in its connect options.
    return {};
}

std::unique_ptr<BulkReader> PostgresDialect::reader(const QSqlDatabase &db,
                                                    const QString &sql) const
{
    return std::make_unique<QtSqlReader>(db, sql);
}

QString PostgresDialect::clauseSearchSql() const
{
    // The snippet comes from the title when the words are all there, from the body
    // otherwise; ts_rank grows with relevance, so its negation ranks as bm25 does.
    const QString options
        = QStringLiteral("'StartSel=[, StopSel=], MaxWords=16, MinWords=6, ShortWord=0'");
    return QStringLiteral("SELECT c.id, CASE WHEN to_tsvector('tenet_search', c.title) @@ q "
                          "THEN ts_headline('tenet_search', c.title, q, %1) "
                          "ELSE ts_headline('tenet_search', c.body, q, %1) END, "
                          "-ts_rank(c.search, q) "
                          "FROM clause_blob c, to_tsquery('tenet_search', :match) AS q "
                          "WHERE c.search @@ q")
        .arg(options);
}

QString PostgresDialect::tsQuery(const QString &text)
{
    QStringList terms;
    for (QString word : searchWords(text)) {
        // Inside single quotes to_tsquery reads everything as text to be parsed into
        // lexemes; a quote is written twice and a backslash escaped.
        word.replace(u'\\', QStringLiteral("\\\\"));
        word.replace(u'\'', QStringLiteral("''"));
        terms.append(u'\'' + word + u'\'');
    }
    if (terms.isEmpty())
        return {};
    terms.last() += QStringLiteral(":*");
    return terms.join(QStringLiteral(" & "));
}

QString PostgresDialect::migrationsFolder() const
{
    return QStringLiteral(":/tenet/storage/migrations/postgresql");
}

PostgresDialect::Failure PostgresDialect::classify(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    if (state.startsWith(u"23") || state == u"P0001")
        return Failure::Refused; // a constraint, or a guard's RAISE
    if (state == u"40001" || state == u"40P01" || state == u"55P03" || state == u"57014")
        return Failure::Busy; // serialisation, deadlock, lock timeout, cancelled
    if (state == u"XX001" || state == u"XX002")
        return Failure::Damaged;
    if (state == u"53100")
        return Failure::DiskFull;
    if (state == u"42501" || state == u"25006")
        return Failure::Unwritable; // no privilege; a read-only transaction
    return Failure::Other;
}

QString PostgresDialect::errorText(const QSqlError &error) const
{
    // libpq's message is "ERROR:  text\nDETAIL: ...\nCONTEXT: ...": the first line says it.
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    text = text.section(u'\n', 0, 0).trimmed();
    static const QRegularExpression severity(
        QStringLiteral("^(ERROR|FATAL|PANIC):\\s+"));
    text.remove(severity);
    static const QRegularExpression sqlState(QStringLiteral("\\([0-9A-Z]{5}\\)$"));
    text.remove(sqlState);
    return text.trimmed();
}

} // namespace tenet::storage
