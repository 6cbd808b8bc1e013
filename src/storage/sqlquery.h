#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace tenet::storage {

// A prepared statement with bound values whose failures come back as domain errors
// naming the database file, so that no caller has to look at a QSqlError.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);

    SqlQuery &bind(const QString &placeholder, const QVariant &value);

    // Runs the statement; a trigger's refusal comes back as Refused, a damaged file as
    // Integrity.
    domain::Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    bool isNull(int column) const { return m_query.isNull(column); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // Runs a query expected to return one row, and positions on it; NotFound otherwise.
    domain::Status execSingle(const QString &notFoundMessage);

    // Runs a statement that takes no values.
    static domain::Status run(const QSqlDatabase &db, const QString &sql);

private:
    QSqlQuery m_query;
    QString m_where;
    bool m_prepared = false;
};

// The database's own words turned into a domain error about the file.
domain::Error errorFromSql(const QSqlError &error, const QString &where);

// A text that SQLite stores as NULL when empty.
QVariant nullIfEmpty(const QString &text);

} // namespace tenet::storage
