#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace tenet::storage {

// What recomputing a hash chain found: all rows sound, or the first row that is not.
struct ChainReport
{
    QString table;
    qint64 rows = 0;
    std::optional<qint64> firstBadRow; // the seq of the first row that fails
    QString problem; // a sentence naming that row and what is wrong
    QByteArray lastHash; // of the last row; worth noting down elsewhere

    bool ok() const { return !firstBadRow.has_value(); }
};

// An append-only table whose rows are chained by SHA-256: each row stores the previous
// row's hash and its own, taken over that previous hash and its content, so that editing,
// deleting or reordering a past row breaks the chain where it happened. The table has the
// columns seq (INTEGER PRIMARY KEY, 1, 2, 3 ...), prev_hash and hash (BLOB), and the
// content columns named here.
class HashChain
{
public:
    HashChain(const QSqlDatabase &db, QString table, QStringList contentColumns);

    // Appends one row inside the caller's transaction; values match contentColumns.
    // Returns the new row's seq.
    domain::Result<qint64> append(const QVariantList &values) const;

    domain::Result<ChainReport> verify() const;

    // The hash of one row: SHA-256 over the previous hash and the canonical JSON of
    // {"seq": seq, column: value as text or null, ...}.
    static QByteArray rowHash(const QByteArray &previousHash, qint64 seq,
                              const QStringList &columns, const QVariantList &values);
    static QByteArray firstPreviousHash(); // 32 zero bytes

private:
    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
};

} // namespace tenet::storage
