#include "organisationcopy.h"

#include "connectionspec.h"
#include "database.h"
#include "dialect.h"
#include "integrity.h"
#include "newdatabase.h"
#include "schematables.h"
#include "scopedtransaction.h"
#include "sqlquery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <algorithm>
#include <numeric>

namespace tenet::storage {

using domain::Error;
using domain::ErrorKind;
using domain::Result;
using domain::Status;

qint64 CopyReport::rows() const
{
    return std::accumulate(tables.cbegin(), tables.cend(), qint64(0),
                           [](qint64 sum, const auto &table) { return sum + table.second; });
}

namespace {

// Rows go in several to a statement, which saves a round trip per row on a server. SQLite
// before 3.32 takes at most 999 values in one statement.
constexpr int valuesPerStatement = 900;
constexpr qint64 progressEvery = 10000;

Error sqlError(const QSqlQuery &query, const QSqlDatabase &db)
{
    return errorFromSql(query.lastError(), Database::describe(db), Dialect::of(db));
}

// A value as the reading driver gave it, to be written as it stands. An empty text may come
// back as a null QString, which the drivers would write as NULL.
QVariant asStored(const QSqlQuery &read, int column)
{
    if (read.isNull(column))
        return QVariant();
    const QVariant value = read.value(column);
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
        return QByteArray("", 0);
    return value;
}

// Writes one table's rows into the target, a statement of many rows at a time.
class RowWriter
{
public:
    RowWriter(const QSqlDatabase &db, const SchemaTable &table)
        : m_db(db)
        , m_table(table)
        , m_rowsPerStatement(std::max(1, valuesPerStatement / int(table.columns.size())))
        , m_full(db)
    {
        m_values.reserve(m_rowsPerStatement * table.columns.size());
    }

    // Adds a row; writes the statement when it is full.
    Status add(const QSqlQuery &read)
    {
        for (int column = 0; column < m_table.columns.size(); ++column)
            m_values.append(asStored(read, column));
        return rowsHeld() == m_rowsPerStatement ? write() : Status();
    }

    // Writes what is left.
    Status finish() { return rowsHeld() > 0 ? write() : Status(); }
    qint64 written() const { return m_written; }

private:
    int rowsHeld() const { return int(m_values.size() / m_table.columns.size()); }

    QString insertSql(int rows) const
    {
        const QStringList marks(m_table.columns.size(), QStringLiteral("?"));
        const QStringList tuples(rows, u'(' + marks.join(QStringLiteral(", ")) + u')');
        // Names from schemaTables(), never from input.
        return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(m_table.name, m_table.columns.join(QStringLiteral(", ")),
                 tuples.join(QStringLiteral(", ")));
    }

    Status write()
    {
        const int rows = rowsHeld();
        // Each full statement is prepared once; the last one of a table is shorter.
        QSqlQuery shorter(m_db);
        QSqlQuery &query = rows == m_rowsPerStatement ? m_full : shorter;
        if (&query == &shorter || !m_fullPrepared) {
            if (!query.prepare(insertSql(rows)))
                return sqlError(query, m_db);
            m_fullPrepared = m_fullPrepared || &query == &m_full;
        }
        for (int i = 0; i < m_values.size(); ++i)
            query.bindValue(i, m_values.at(i));
        if (!query.exec())
            return sqlError(query, m_db);
        m_written += rows;
        m_values.clear();
        return {};
    }

    QSqlDatabase m_db;
    const SchemaTable &m_table;
    const int m_rowsPerStatement;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
    QVariantList m_values;
    qint64 m_written = 0;
};

Result<qint64> copyTable(const QSqlDatabase &source, const QSqlDatabase &target,
                         const SchemaTable &table, qint64 total, const CopyProgress &progress)
{
    QSqlQuery read(source);
    // Streamed row by row from a server, rather than held whole in memory: nothing else runs
    // on the source's connection meanwhile.
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                       .arg(table.columns.join(QStringLiteral(", ")), table.name, table.key)))
        return sqlError(read, source);
    RowWriter writer(target, table);
    qint64 reported = 0;
    while (read.next()) {
        if (Status status = writer.add(read); !status)
            return status.error();
        if (progress && writer.written() - reported >= progressEvery) {
            reported = writer.written();
            progress(table.name, reported, total);
        }
    }
    if (read.lastError().isValid())
        return sqlError(read, source);
    if (Status status = writer.finish(); !status)
        return status.error();
    // Both sides are one snapshot: the rows read are the rows counted.
    if (writer.written() != total)
        return Error::integrity(Database::describe(source),
                                QStringLiteral("the table %1 gave %2 rows, not the %3 it counted")
                                    .arg(table.name)
                                    .arg(writer.written())
                                    .arg(total));
    if (progress)
        progress(table.name, total, total);
    return total;
}

Error undone(Error error)
{
    error.message += QStringLiteral("; the copy was undone, nothing was copied");
    return error;
}

// Copies every row inside one transaction on each side, checks the result as `tenetctl
// verify` would, and commits only then.
Result<CopyReport> fill(Database &from, Database &to, const CopyProgress &progress)
{
    const QSqlDatabase source = from.connection();
    const QSqlDatabase target = to.connection();
    if (from.schemaVersion() != to.schemaVersion())
        return Error::invalid(to.path(),
                              QStringLiteral("has schema %1, the original schema %2")
                                  .arg(to.schemaVersion())
                                  .arg(from.schemaVersion()));
    ScopedTransaction reading(source, ScopedTransaction::Mode::Read);
    if (!reading.status())
        return reading.status().error();
    ScopedTransaction writing(target);
    if (!writing.status())
        return writing.status().error();

    // Checked again where no other program can add a row before the copy's own.
    auto already = schemaRowCounts(target);
    if (!already)
        return already.error();
    if (std::any_of(already->cbegin(), already->cend(), [](qint64 rows) { return rows > 0; }))
        return Error {ErrorKind::Refused, to.path(),
                      QStringLiteral("another program wrote to the database as the copy "
                                     "began")};
    auto counts = schemaRowCounts(source);
    if (!counts)
        return counts.error();

    const Dialect &dialect = to.dialect();
    auto suspended = dialect.suspendGuards(target);
    if (!suspended)
        return suspended.error();
    CopyReport report {from.path(), to.path(), to.schemaVersion(), {}};
    const QList<SchemaTable> &tables = schemaTables();
    for (int i = 0; i < tables.size(); ++i) {
        auto rows = copyTable(source, target, tables.at(i), counts->at(i), progress);
        if (!rows)
            return rows.error();
        report.tables.append({tables.at(i).name, *rows});
    }
    if (Status status = dialect.resumeGuards(target, *suspended); !status)
        return status.error();
    if (Status status = dialect.continueIdentities(target); !status)
        return status.error();

    // The copy counts only once it passes every check `tenetctl verify` makes: its guards,
    // content hashes, both chains and the cross-checks with the audit log.
    auto verified = verifyDatabase(to);
    if (!verified)
        return verified.error();
    if (!verified->ok()) {
        const QStringList problems = verified->problems();
        QString found = problems.first();
        if (problems.size() > 1)
            found += QStringLiteral(", and %1 more").arg(problems.size() - 1);
        return Error::integrity(to.path(),
                                QStringLiteral("the copy does not pass verify (%1); `tenetctl "
                                               "--db %2 verify` tells whether the original does")
                                    .arg(found, from.path()));
    }
    if (Status status = writing.commit(); !status)
        return status.error();
    return report;
}

Result<CopyReport> copyToServer(Database &from, const ConnectionSpec &spec,
                                const CopyProgress &progress)
{
    // Tenet's tables are made by its own schema steps, committed each on its own; the rows
    // go in one transaction after them. A failure leaves the tables without a row, which a
    // second copy accepts.
    auto to = Database::open(spec, OpenMode::CreateIfMissing);
    if (!to)
        return to.error();
    auto report = fill(from, **to, progress);
    if (!report)
        return undone(report.error());
    return report;
}

// Errors about the temporary file name the file the user asked for.
Error naming(Error error, const QString &partial, const QString &target)
{
    if (error.where == partial)
        error.where = target;
    error.message.replace(partial, target);
    return error;
}

Result<CopyReport> copyToFile(Database &from, const QString &path, const CopyProgress &progress)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error::invalid(
            path, QStringLiteral("the folder %1 does not exist").arg(target.absolutePath()));
    // Built under a temporary name beside the target, readable by its owner only (it holds
    // PIN hashes), and renamed once committed: a copy that fails or is killed part-way leaves
    // nothing at the target's name.
    QTemporaryFile partial(
        target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.partial").arg(target.fileName())));
    if (!partial.open())
        return Error {ErrorKind::Refused, path,
                      QStringLiteral("cannot be created: %1").arg(partial.errorString())};
    partial.close();
    const QString partialPath = partial.fileName();
    // The copy is closed before it takes the name: SQLite then puts the file back in
    // rollback mode, folding its write-ahead log into it with a sync.
    auto report = [&]() -> Result<CopyReport> {
        auto to = Database::open(partialPath, OpenMode::CreateIfMissing);
        if (!to)
            return to.error();
        return fill(from, **to, progress);
    }();
    if (!report) {
        for (const char *suffix : {"-journal", "-wal", "-shm"})
            QFile::remove(partialPath + QLatin1StringView(suffix));
        return undone(naming(report.error(), partialPath, path));
    }
    // Never over a file that appeared meanwhile: rename() does not overwrite.
    if (!QFile::rename(partialPath, target.absoluteFilePath()))
        return Error {ErrorKind::Refused, path,
                      QStringLiteral("a file of that name appeared during the copy; the copy "
                                     "was undone, nothing was copied")};
    partial.setAutoRemove(false);
    report->to = path;
    return report;
}

} // namespace

Result<CopyReport> copyOrganisation(const QString &from, const QString &to,
                                    const CopyProgress &progress)
{
    auto source = Database::open(from, OpenMode::ReadOnly);
    if (!source)
        return source.error();
    auto spec = ConnectionSpec::parse(to);
    if (!spec)
        return spec.error();
    if (Status status = checkNewDatabase(*spec); !status)
        return status.error();
    if (spec->isServer())
        return copyToServer(**source, *spec, progress);
    return copyToFile(**source, spec->path, progress);
}

} // namespace tenet::storage
