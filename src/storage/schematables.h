#pragma once

#include "domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace tenet::storage {

// One of Tenet's tables as a copy sees it: the columns that hold its data (not those an
// engine derives, such as a server's search vector) and the key its rows are read in.
struct SchemaTable
{
    QString name;
    QStringList columns;
    QString key; // an ORDER BY list
};

// Every table of Tenet's schema that holds an organisation's data, the same on both
// engines, in an order where the rows a row refers to come before it. The engines' own
// tables (SQLite's search index, a server's tenet_meta) are not among them: each database
// makes and fills its own.
const QList<SchemaTable> &schemaTables();

// How many rows each of those tables holds, in that order; 0 for an empty table.
domain::Result<QList<qint64>> schemaRowCounts(const QSqlDatabase &db);

} // namespace tenet::storage
