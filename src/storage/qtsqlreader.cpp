#include "qtsqlreader.h"

#include "database.h"

#include "dialect.h"
#include "sqlquery.h"

#include <QSqlError>
#include <QSqlRecord>

namespace tenet::storage {

QtSqlReader::QtSqlReader(const QSqlDatabase &db, const QString &sql)
    : m_query(db), m_where(Database::describe(db)), m_dialect(&Dialect::of(db))
{
    m_query.setForwardOnly(m_dialect->readsForwardOnly());
    if (!m_query.prepare(sql))
        m_status = errorFromSql(m_query.lastError(), m_where, *m_dialect);
}

QtSqlReader &QtSqlReader::bind(int position, qint64 value)
{
    m_query.bindValue(position - 1, value);
    return *this;
}

bool QtSqlReader::next()
{
    if (!m_status)
        return false;
    if (!m_executed) {
        m_executed = true;
        if (!m_query.exec()) {
            m_status = errorFromSql(m_query.lastError(), m_where, *m_dialect);
            return false;
        }
        const int columns = m_query.record().count();
        m_utf8.resize(columns);
        m_converted.resize(columns);
    }
    m_converted.fill(false);
    return m_query.next();
}

QByteArrayView QtSqlReader::utf8(int column) const
{
    if (!m_converted[column]) {
        m_utf8[column] = m_query.value(column).toString().toUtf8();
        m_converted[column] = true;
    }
    return m_utf8[column];
}

} // namespace tenet::storage
