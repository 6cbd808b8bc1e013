#pragma once

#include "domain/result.h"

#include <QByteArrayView>
#include <QString>

namespace tenet::storage {

// A read-only statement for the few reads of many rows (the dashboard's roster, the chains
// when verified) where QtSql's QVariant per value costs more than the query. Each dialect
// gives the fastest one it has (Dialect::reader): SQLite's own interface, or QtSql where
// there is nothing faster. Values are bound by position, written "?" in the SQL.
class BulkReader
{
public:
    virtual ~BulkReader() = default;

    virtual BulkReader &bind(int position, qint64 value) = 0; // positions count from 1

    // Steps to the next row: false at the end, or on a failure that status() names.
    virtual bool next() = 0;
    virtual const domain::Status &status() const = 0;

    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual QString text(int column) const = 0;
    // The text as UTF-8, valid until the next call of next().
    virtual QByteArrayView utf8(int column) const = 0;
};

} // namespace tenet::storage
