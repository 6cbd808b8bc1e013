#include "sqlquery.h"

#include "database.h"

#include "dialect.h"

#include <QSqlError>

namespace tenet::storage {

using domain::Error;
using domain::ErrorKind;
using domain::Status;

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_query(db), m_where(Database::describe(db)), m_dialect(&Dialect::of(db))
{
    m_query.setForwardOnly(m_dialect->readsForwardOnly());
    m_prepared = m_query.prepare(sql);
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    // QSQLITE binds a null QString as NULL; an empty text is meant as text. A NULL is asked
    // for with an empty QVariant (see nullIfEmpty).
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QStringLiteral(""));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

Status SqlQuery::exec()
{
    if (!m_prepared || !m_query.exec())
        return errorFromSql(m_query.lastError(), m_where, *m_dialect);
    return {};
}

domain::Result<qint64> SqlQuery::execReturningId()
{
    if (Status status = exec(); !status)
        return status.error();
    if (!m_query.next())
        return Error::integrity(m_where, QStringLiteral("the new row's id did not come back"));
    const qint64 id = m_query.value(0).toLongLong();
    // SQLite holds a statement with rows left unread open, and an open statement keeps the
    // transaction from committing.
    m_query.finish();
    return id;
}

Status SqlQuery::execSingle(const QString &notFoundMessage)
{
    if (Status status = exec(); !status)
        return status;
    if (!m_query.next())
        return Error {ErrorKind::NotFound, {}, notFoundMessage};
    return {};
}

domain::Result<qint64> SqlQuery::number(const QSqlDatabase &db, const QString &sql)
{
    SqlQuery query(db, sql);
    if (Status status = query.exec(); !status)
        return status.error();
    return query.next() ? query.integer(0) : 0;
}

domain::Result<QStringList> SqlQuery::texts(const QSqlDatabase &db, const QString &sql)
{
    SqlQuery query(db, sql);
    if (Status status = query.exec(); !status)
        return status.error();
    QStringList rows;
    while (query.next())
        rows.append(query.text(0));
    return rows;
}

Status SqlQuery::run(const QSqlDatabase &db, const QString &sql)
{
    return Dialect::of(db).runStatement(db, sql);
}

Error errorFromSql(const QSqlError &error, const QString &where, const Dialect &dialect)
{
    const QString text = dialect.errorText(error);
    switch (dialect.classifyError(error)) {
    case Dialect::Failure::Refused:
        return {ErrorKind::Refused, where, text};
    case Dialect::Failure::Busy:
        return {ErrorKind::Refused, where,
                QStringLiteral("the database is busy: another program is writing to it; "
                               "try again in a moment")};
    case Dialect::Failure::Damaged:
        return {ErrorKind::Integrity, where,
                QStringLiteral("the database is damaged (%1); restore it from a backup").arg(text)};
    case Dialect::Failure::NotADatabase:
        return {ErrorKind::Invalid, where,
                QStringLiteral("not a Tenet database (%1); nothing was changed").arg(text)};
    case Dialect::Failure::Unwritable:
        return {ErrorKind::Refused, where,
                QStringLiteral("the database cannot be written (%1)").arg(text)};
    case Dialect::Failure::DiskFull:
        return {ErrorKind::Refused, where,
                QStringLiteral("the disk is full; free some space and try again (%1)").arg(text)};
    case Dialect::Failure::Other:
        break;
    }
    return {ErrorKind::Integrity, where, QStringLiteral("the database failed: %1").arg(text)};
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace tenet::storage
