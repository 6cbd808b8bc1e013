#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace tenet::storage {

class Dialect;

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
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // Runs an INSERT that ends "RETURNING id" and gives that id (both engines speak
    // RETURNING; QtSql's lastInsertId() means something else on each).
    domain::Result<qint64> execReturningId();

    // Runs a query expected to return one row, and positions on it; NotFound otherwise.
    domain::Status execSingle(const QString &notFoundMessage);

    // A query that takes no values: the first column of its first row as a number (0 when
    // there is no row), or its first column's texts.
    static domain::Result<qint64> number(const QSqlDatabase &db, const QString &sql);
    static domain::Result<QStringList> texts(const QSqlDatabase &db, const QString &sql);

    // Runs a statement that takes no values, prepared or not as the connection's dialect
    // requires (a server cannot prepare BEGIN or DDL).
    static domain::Status run(const QSqlDatabase &db, const QString &sql);

private:
    QSqlQuery m_query;
    QString m_where;
    const Dialect *m_dialect;
    bool m_prepared = false;
};

// The database's own words, read by the dialect that produced them, turned into a domain
// error about the database.
domain::Error errorFromSql(const QSqlError &error, const QString &where, const Dialect &dialect);

// A text that SQLite stores as NULL when empty.
QVariant nullIfEmpty(const QString &text);

} // namespace tenet::storage
