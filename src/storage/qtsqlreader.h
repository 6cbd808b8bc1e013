#pragma once

#include "bulkreader.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace tenet::storage {

class Dialect;

// A BulkReader through QtSql, for a dialect whose driver offers nothing faster.
class QtSqlReader final : public BulkReader
{
public:
    QtSqlReader(const QSqlDatabase &db, const QString &sql);

    QtSqlReader &bind(int position, qint64 value) override;
    bool next() override;
    const domain::Status &status() const override { return m_status; }

    bool isNull(int column) const override { return m_query.isNull(column); }
    qint64 integer(int column) const override { return m_query.value(column).toLongLong(); }
    QString text(int column) const override { return m_query.value(column).toString(); }
    QByteArrayView utf8(int column) const override;

private:
    QSqlQuery m_query;
    QString m_where;
    const Dialect *m_dialect;
    bool m_executed = false;
    mutable QList<QByteArray> m_utf8; // this row's texts, converted when first asked for
    mutable QList<bool> m_converted;
    domain::Status m_status;
};

} // namespace tenet::storage
