#include "sqlitedialect.h"

#include "connectionspec.h"
#include "sqlitechainrows.h"
#include "sqlquery.h"


#include <QDeadlineTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>

namespace tenet::storage {

using domain::Result;
using domain::Status;

namespace {

constexpr int busyTimeoutMs = 5000;

// Entering WAL mode takes the file's exclusive lock. While other processes open and close
// the file at the same moment, SQLite may answer "database is locked" at once, without
// waiting the busy timeout (it cannot rule out a deadlock), and tenetctl run by several
// kiosks at once failed now and then. Asked again, it succeeds as soon as the others are
// through; it is asked for as long as the busy timeout would have waited.
Status enterWalMode(const QSqlDatabase &db)
{
    const QDeadlineTimer deadline(busyTimeoutMs);
    for (;;) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return {};
        if (SqliteDialect::classify(query.lastError()) != SqliteDialect::Failure::Busy
            || deadline.hasExpired())
            return errorFromSql(query.lastError(), db.databaseName(), SqliteDialect::instance());
        QThread::msleep(5);
    }
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

const SqliteDialect &SqliteDialect::instance()
{
    static const SqliteDialect dialect;
    return dialect;
}

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::connectOptions(bool readOnly) const
{
    if (readOnly)
        return QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    return QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
}

void SqliteDialect::address(QSqlDatabase &db, const ConnectionSpec &spec, bool readOnly) const
{
    db.setDatabaseName(spec.path);
    db.setConnectOptions(connectOptions(readOnly));
}

bool SqliteDialect::hasFileSignature(const QByteArray &header)
{
    static const QByteArray signature("SQLite format 3\0", 16);
    return header.startsWith(signature);
}

int SqliteDialect::signatureLength()
{
    return 16;
}

QString SqliteDialect::beginWriteSql() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::beginReadSql() const
{
    return QStringLiteral("BEGIN DEFERRED");
}

Status SqliteDialect::runStatement(const QSqlDatabase &db, const QString &sql) const
{
    SqlQuery query(db, sql);
    return query.exec();
}

Result<qint64> SqliteDialect::readApplicationId(const QSqlDatabase &db) const
{
    return SqlQuery::number(db, QStringLiteral("PRAGMA application_id"));
}

Result<int> SqliteDialect::readSchemaVersion(const QSqlDatabase &db) const
{
    auto version = SqlQuery::number(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    return static_cast<int>(*version);
}

Result<int> SqliteDialect::countSchemaObjects(const QSqlDatabase &db) const
{
    auto count = SqlQuery::number(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!count)
        return count.error();
    return static_cast<int>(*count);
}

Result<QStringList> SqliteDialect::checkFile(const QSqlDatabase &db, bool thorough) const
{
    auto rows = SqlQuery::texts(db,
                           thorough ? QStringLiteral("PRAGMA integrity_check")
                                    : QStringLiteral("PRAGMA quick_check"));
    if (!rows)
        return rows;
    if (rows->size() == 1 && rows->first() == u"ok")
        return QStringList();
    return rows;
}

Result<QStringList> SqliteDialect::triggerNames(const QSqlDatabase &db) const
{
    return SqlQuery::texts(db,
                      QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'trigger' "
                                     "ORDER BY name"));
}

QStringList SqliteDialect::expectedTriggers() const
{
    // The guards the schema steps install; a later schema step that adds one adds it here.
    return {
        QStringLiteral("acknowledgement_latest_follows"),
        QStringLiteral("acknowledgement_no_delete"),
        QStringLiteral("acknowledgement_no_update"),
        QStringLiteral("audit_log_no_delete"),
        QStringLiteral("audit_log_no_update"),
        QStringLiteral("check_attempt_no_delete"),
        QStringLiteral("check_attempt_no_update"),
        QStringLiteral("clause_blob_frozen"),
        QStringLiteral("clause_blob_index"),
        QStringLiteral("clause_blob_kept"),
        QStringLiteral("clause_blob_unindex"),
        QStringLiteral("published_handbook_no_delete"),
        QStringLiteral("published_handbook_no_update"),
        QStringLiteral("section_blob_frozen"),
        QStringLiteral("section_blob_kept"),
        QStringLiteral("section_clause_added_once"),
        QStringLiteral("section_clause_frozen"),
        QStringLiteral("section_clause_kept"),
        QStringLiteral("section_review_no_delete"),
        QStringLiteral("section_review_no_update"),
        QStringLiteral("version_check_delete_draft"),
        QStringLiteral("version_check_insert_draft"),
        QStringLiteral("version_check_update_draft"),
        QStringLiteral("version_frozen"),
        QStringLiteral("version_kept"),
        QStringLiteral("version_section_delete_draft"),
        QStringLiteral("version_section_insert_draft"),
        QStringLiteral("version_section_update_draft"),
        QStringLiteral("version_state_change"),
    };
}

Status SqliteDialect::writeApplicationId(const QSqlDatabase &db) const
{
    return SqlQuery::run(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
}

Status SqliteDialect::writeSchemaVersion(const QSqlDatabase &db, int version) const
{
    return SqlQuery::run(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
}

Status SqliteDialect::configure(const QSqlDatabase &db) const
{
    if (Status status = enterWalMode(db); !status)
        return status;
    const QString statements[] = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
    };
    for (const QString &sql : statements) {
        if (Status status = SqlQuery::run(db, sql); !status)
            return status;
    }
    return {};
}

Status SqliteDialect::checkpoint(const QSqlDatabase &db) const
{
    return SqlQuery::run(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

void SqliteDialect::beforeClose(const QSqlDatabase &db) const
{
    // Failing here is harmless (the file stays in WAL mode), so the results are not read.
    (void)SqlQuery::run(db, QStringLiteral("PRAGMA busy_timeout = 0"));
    (void)SqlQuery::run(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
}

QString SqliteDialect::backupSql() const
{
    return QStringLiteral("VACUUM INTO :target");
}

Result<QStringList> SqliteDialect::suspendGuards(const QSqlDatabase &db) const
{
    SqlQuery triggers(db,
                      QStringLiteral("SELECT name, sql FROM sqlite_schema "
                                     "WHERE type = 'trigger' ORDER BY rowid"));
    if (Status status = triggers.exec(); !status)
        return status.error();
    QStringList names;
    QStringList definitions;
    while (triggers.next()) {
        names.append(triggers.text(0));
        definitions.append(triggers.text(1));
    }
    for (const QString &name : std::as_const(names)) {
        // Names from the schema, quoted as identifiers.
        QString quoted = name;
        quoted.replace(u'"', QStringLiteral("\"\""));
        if (Status status = SqlQuery::run(db, QStringLiteral("DROP TRIGGER \"%1\"").arg(quoted));
            !status)
            return status.error();
    }
    // Made again in the order the schema first made them, which is the order they fire in.
    return definitions;
}

Status SqliteDialect::resumeGuards(const QSqlDatabase &db, const QStringList &suspended) const
{
    for (const QString &definition : suspended) {
        if (Status status = SqlQuery::run(db, definition); !status)
            return status;
    }
    // The index followed no clause while its triggers were gone.
    return SqlQuery::run(db,
                         QStringLiteral("INSERT INTO clause_fts (clause_fts) "
                                        "VALUES ('rebuild')"));
}

std::unique_ptr<BulkReader> SqliteDialect::reader(const QSqlDatabase &db, const QString &sql) const
{
    return std::make_unique<Reader>(db, sql);
}

QString SqliteDialect::errorText(const QSqlError &error) const
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

QString SqliteDialect::clauseSearchSql() const
{
    // The column argument -1 lets FTS5 pick the column (title or body) that matched best.
    return QStringLiteral(
        "SELECT rowid, snippet(clause_fts, -1, '[', ']', '…', 16), bm25(clause_fts, 4.0, 1.0) "
        "FROM clause_fts WHERE clause_fts MATCH :match");
}

QString SqliteDialect::matchExpression(const QString &text)
{
    QStringList terms;
    for (QString word : searchWords(text)) {
        // Inside double quotes FTS5 reads everything as text; a quote is written twice.
        word.replace(u'"', QStringLiteral("\"\""));
        terms.append(u'"' + word + u'"');
    }
    if (terms.isEmpty())
        return {};
    terms.last() += QStringLiteral(" *");
    return terms.join(u' ');
}

QString SqliteDialect::migrationsFolder() const
{
    return QStringLiteral(":/tenet/storage/migrations/sqlite");
}

QStringList SqliteDialect::splitScript(const QString &script)
{
    QStringList statements;
    QString current;
    QStringList words; // the words of the current statement outside quotes and comments
    int blockDepth = 0; // BEGIN ... END and CASE ... END inside a trigger
    bool bodySeen = false;

    const auto isTrigger = [&] {
        if (words.size() < 2 || words[0] != u"CREATE")
            return false;
        return words[1] == u"TRIGGER"
            || (words.size() > 2 && (words[1] == u"TEMP" || words[1] == u"TEMPORARY")
                && words[2] == u"TRIGGER");
    };
    const auto finish = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
        current.clear();
        words.clear();
        blockDepth = 0;
        bodySeen = false;
    };

    const qsizetype n = script.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = script[i];
        if (c == u'-' && i + 1 < n && script[i + 1] == u'-') {
            while (i < n && script[i] != u'\n')
                ++i;
            current += u' ';
            continue;
        }
        if (c == u'/' && i + 1 < n && script[i + 1] == u'*') {
            const qsizetype end = script.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 2;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? QChar(u']') : c;
            qsizetype j = i + 1;
            while (j < n) {
                if (script[j] == close) {
                    // A doubled quote is an escaped quote, not the end.
                    if (close != u']' && j + 1 < n && script[j + 1] == close) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const qsizetype end = std::min(j + 1, n);
            current += QStringView(script).mid(i, end - i);
            i = end;
            continue;
        }
        if (isWordChar(c)) {
            qsizetype j = i;
            while (j < n && isWordChar(script[j]))
                ++j;
            const QString word = script.mid(i, j - i);
            const QString upper = word.toUpper();
            words.append(upper);
            if (isTrigger()) {
                if (upper == u"BEGIN") {
                    ++blockDepth;
                    bodySeen = true;
                } else if (upper == u"CASE") {
                    ++blockDepth;
                } else if (upper == u"END" && blockDepth > 0) {
                    --blockDepth;
                }
            }
            current += word;
            i = j;
            continue;
        }
        if (c == u';') {
            const bool insideTriggerBody = isTrigger() && (!bodySeen || blockDepth > 0);
            if (insideTriggerBody) {
                current += c;
            } else {
                finish();
            }
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    finish();
    return statements;
}

SqliteDialect::Failure SqliteDialect::classify(const QSqlError &error)
{
    // SQLite's primary result codes (sqlite3.h); extended codes keep them in the low byte.
    enum : int
    {
        Busy = 5,
        Locked = 6,
        ReadOnly = 8,
        Corrupt = 11,
        Full = 13,
        CantOpen = 14,
        Constraint = 19, // also what RAISE(ABORT, ...) in a trigger gives
        NotADb = 26,
    };
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return Failure::Other;
    switch (code & 0xff) {
    case Constraint:
        return Failure::Refused;
    case Busy:
    case Locked:
        return Failure::Busy;
    case Corrupt:
        return Failure::Damaged;
    case NotADb:
        return Failure::NotADatabase;
    case Full:
        return Failure::DiskFull;
    case ReadOnly:
    case CantOpen:
        return Failure::Unwritable;
    default:
        return Failure::Other;
    }
}

std::unique_ptr<ChainRows> SqliteDialect::chainRows(const QSqlDatabase &db,
                                                    const QString &sql) const
{
    return std::make_unique<SqliteChainRows>(db, sql);
}

} // namespace tenet::storage
