#pragma once

#include "domain/result.h"

#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace tenet::storage {

// What a copy wrote: how many rows of each table, in the order they were copied.
struct CopyReport
{
    QString from; // as Database::path() names them: the file, or the server address
    QString to;
    int schemaVersion = 0;
    QList<std::pair<QString, qint64>> tables;

    qint64 rows() const;
};

// Told how far a copy is: the table, how many of its rows are written, and how many it has.
// Called at the end of each table and every 10,000 rows of a long one.
using CopyProgress = std::function<void(const QString &table, qint64 written, qint64 total)>;

// Copies a whole organisation into a new database: from a file to a PostgreSQL server, from
// a server to a file (an archive copy), file to file or server to server. Every row of
// every table is carried over as it stands, with its id, so that the copy is the same
// organisation: versions in whatever state, their content, signatures, reviews, KPI values,
// check attempts, opened sections, published handbooks, settings and the roster (PIN hashes
// included), and both hash chains with their hashes, which the copy verifies because the hash
// rule reads the same text on both engines.
//
// `from` is only read (opened read-only, one snapshot). `to` must be new (checkNewDatabase):
// anything else is refused, unchanged. The copy is one transaction, checked by `tenetctl
// verify`'s own checks before it commits; if anything fails, nothing was written: a file is
// built under a hidden temporary name beside `to` and renamed only once complete, and a
// server's database keeps Tenet's tables without a row, which a new copy accepts.
domain::Result<CopyReport> copyOrganisation(const QString &from, const QString &to,
                                            const CopyProgress &progress = {});

} // namespace tenet::storage
