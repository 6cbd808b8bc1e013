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
// content columns named here. Optional columns, added to a table after rows were written,
// are hashed only when they hold a value, so that the rows written before keep their hashes.
class HashChain
{
public:
    HashChain(const QSqlDatabase &db, QString table, QStringList contentColumns,
              QStringList optionalColumns = {});

    // Appends one row inside the caller's transaction; values match contentColumns, then
    // optionalColumns (a null or missing value leaves an optional column out of the hash).
    // Each value is an integer, a double, a QString or null (ChainText); anything else is
    // refused. Returns the new row's seq.
    domain::Result<qint64> append(const QVariantList &values) const;

    domain::Result<ChainReport> verify() const;

    // The hash of one row: SHA-256 over the previous hash and the canonical JSON of
    // {"seq": seq, column: value as text or null, ...}, with each optional column (whose
    // values follow the columns') only when it is not null. ChainText writes that text, by
    // the rule in docs/architecture.md ("How a chained row is hashed").
    static QByteArray rowHash(const QByteArray &previousHash, qint64 seq,
                              const QStringList &columns, const QVariantList &values,
                              const QStringList &optionalColumns = {});
    static QByteArray firstPreviousHash(); // 32 zero bytes

private:
    // One round trip to the server's tenet_chain_append, which locks the chain, reads its
    // head, hashes by the same rule and inserts.
    domain::Result<qint64> appendOnServer(const QVariantList &values) const;

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QStringList m_optionalColumns;
    QStringList m_allColumns; // the content columns, then the optional ones
};

} // namespace tenet::storage
