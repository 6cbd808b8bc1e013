#pragma once

#include "domain/result.h"
#include "sqlquery.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

namespace tenet::storage {

class ChainText;

// The rows of a hash chain as verify reads them, from a query whose columns are seq,
// prev_hash, hash and then the content columns, in seq order. Each dialect reads them its
// own fastest way (Dialect::chainRows); every way hands the values to ChainText by the one
// rule, so that a row hashes alike whichever reads it.
class ChainRows
{
public:
    virtual ~ChainRows() = default;

    // Steps to the next row: false at the end, or on a failure that status() names.
    virtual bool next() = 0;
    virtual const domain::Status &status() const = 0;

    virtual qint64 seq() const = 0;
    // Valid until the next call of next().
    virtual QByteArrayView previousHash() const = 0;
    virtual QByteArrayView hash() const = 0;
    // Sets content value `index` (0 for the query's fourth column) as ChainText's value
    // `index`.
    virtual void putValue(qsizetype index, ChainText &text) const = 0;
};

// Through QtSql, for any driver: each value as the QVariant the driver gives.
class QtSqlChainRows final : public ChainRows
{
public:
    QtSqlChainRows(const QSqlDatabase &db, const QString &sql);

    bool next() override;
    const domain::Status &status() const override { return m_status; }
    qint64 seq() const override { return m_seq; }
    QByteArrayView previousHash() const override { return m_previousHash; }
    QByteArrayView hash() const override { return m_hash; }
    void putValue(qsizetype index, ChainText &text) const override;

private:
    SqlQuery m_query;
    domain::Status m_status;
    qint64 m_seq = 0;
    QByteArray m_previousHash;
    QByteArray m_hash;
};

} // namespace tenet::storage
