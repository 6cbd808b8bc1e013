#include "hashchain.h"

#include "dialect.h"
#include "exchange/codejson.h"
#include "sqlquery.h"

#include <nlohmann/json.hpp>

#include <QCryptographicHash>

namespace tenet::storage {

using domain::Error;
using domain::Result;
using domain::Status;

HashChain::HashChain(const QSqlDatabase &db, QString table, QStringList contentColumns,
                     QStringList optionalColumns)
    : m_db(db)
    , m_table(std::move(table))
    , m_columns(std::move(contentColumns))
    , m_optionalColumns(std::move(optionalColumns))
    , m_allColumns(m_columns + m_optionalColumns)
{
}

QByteArray HashChain::firstPreviousHash()
{
    return QByteArray(32, '\0');
}

QByteArray HashChain::rowHash(const QByteArray &previousHash, qint64 seq,
                              const QStringList &columns, const QVariantList &values,
                              const QStringList &optionalColumns)
{
    // Every value is hashed as text, so that the hash does not depend on whether SQLite
    // hands a number back as an integer or a real.
    nlohmann::json content = nlohmann::json::object();
    content["seq"] = seq;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QVariant value = i < values.size() ? values[i] : QVariant();
        content[columns[i].toStdString()] = value.isNull()
            ? nlohmann::json(nullptr)
            : nlohmann::json(value.toString().toStdString());
    }
    for (qsizetype i = 0; i < optionalColumns.size(); ++i) {
        const qsizetype at = columns.size() + i;
        const QVariant value = at < values.size() ? values[at] : QVariant();
        if (!value.isNull())
            content[optionalColumns[i].toStdString()] = value.toString().toStdString();
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash);
    hash.addData(exchange::canonicalJson(content));
    return hash.result();
}

Result<qint64> HashChain::appendOnServer(const QVariantList &values) const
{
    // The hashed columns as the server's function takes them: each as its text or null,
    // an optional column only when it holds a value (see rowHash).
    nlohmann::json content = nlohmann::json::object();
    for (qsizetype i = 0; i < m_allColumns.size(); ++i) {
        const QVariant value = i < values.size() ? values[i] : QVariant();
        const bool optional = i >= m_columns.size();
        if (value.isNull() && optional)
            continue;
        content[m_allColumns[i].toStdString()] = value.isNull()
            ? nlohmann::json(nullptr)
            : nlohmann::json(value.toString().toStdString());
    }
    SqlQuery append(m_db, QStringLiteral("SELECT tenet_chain_append(:table, CAST(:content AS jsonb))"));
    append.bind(QStringLiteral(":table"), m_table);
    append.bind(QStringLiteral(":content"), QString::fromStdString(content.dump()));
    if (Status status = append.execSingle(QStringLiteral("the chain was not appended to")); !status)
        return status.error();
    return append.integer(0);
}

Result<qint64> HashChain::append(const QVariantList &values) const
{
    if (Dialect::of(m_db).appendsChainsOnServer())
        return appendOnServer(values);

    // Table and column names come from this library, never from input.
    SqlQuery last(
        m_db, QStringLiteral("SELECT seq, hash FROM %1 ORDER BY seq DESC LIMIT 1").arg(m_table));
    if (Status status = last.exec(); !status)
        return status.error();
    qint64 seq = 1;
    QByteArray previous = firstPreviousHash();
    if (last.next()) {
        seq = last.integer(0) + 1;
        previous = last.value(1).toByteArray();
    }

    QStringList placeholders;
    for (qsizetype i = 0; i < m_allColumns.size(); ++i)
        placeholders.append(QStringLiteral(":c%1").arg(i));
    SqlQuery insert(m_db,
                    QStringLiteral("INSERT INTO %1 (seq, %2, prev_hash, hash) "
                                   "VALUES (:seq, %3, :prev, :hash)")
                        .arg(m_table, m_allColumns.join(u", "), placeholders.join(u", ")));
    insert.bind(QStringLiteral(":seq"), seq);
    for (qsizetype i = 0; i < m_allColumns.size(); ++i)
        insert.bind(placeholders[i], i < values.size() ? values[i] : QVariant());
    insert.bind(QStringLiteral(":prev"), previous);
    insert.bind(QStringLiteral(":hash"),
                rowHash(previous, seq, m_columns, values, m_optionalColumns));
    if (Status status = insert.exec(); !status)
        return status.error();
    return seq;
}

Result<ChainReport> HashChain::verify() const
{
    ChainReport report;
    report.table = m_table;
    SqlQuery rows(m_db,
                  QStringLiteral("SELECT seq, prev_hash, hash, %1 FROM %2 ORDER BY seq")
                      .arg(m_allColumns.join(u", "), m_table));
    if (Status status = rows.exec(); !status)
        return status.error();

    qint64 expectedSeq = 1;
    QByteArray previous = firstPreviousHash();
    const auto fail = [&](qint64 row, const QString &problem) {
        report.firstBadRow = row;
        report.problem = QStringLiteral("%1 row %2: %3").arg(m_table).arg(row).arg(problem);
    };
    while (rows.next()) {
        const qint64 seq = rows.integer(0);
        const QByteArray prevHash = rows.value(1).toByteArray();
        const QByteArray hash = rows.value(2).toByteArray();
        QVariantList values;
        for (qsizetype i = 0; i < m_allColumns.size(); ++i)
            values.append(rows.value(3 + int(i)));
        ++report.rows;
        report.lastHash = hash;
        if (report.firstBadRow)
            continue; // keep counting, and find the last hash

        if (seq != expectedSeq) {
            fail(expectedSeq,
                 seq > expectedSeq
                     ? (expectedSeq == 1
                            ? QStringLiteral("is missing (the rows start at %1): rows were deleted")
                                  .arg(seq)
                            : QStringLiteral("is missing (the rows jump from %1 to %2): rows were "
                                             "deleted")
                                  .arg(expectedSeq - 1)
                                  .arg(seq))
                     : QStringLiteral("is out of sequence"));
        } else if (prevHash != previous) {
            fail(seq,
                 QStringLiteral("does not follow row %1 (its link to the previous row's "
                                "hash is broken): rows were deleted, inserted or reordered")
                     .arg(seq - 1));
        } else if (hash != rowHash(prevHash, seq, m_columns, values, m_optionalColumns)) {
            fail(seq,
                 QStringLiteral("was changed after it was written (its hash does not match "
                                "its content)"));
        }
        expectedSeq = seq + 1;
        previous = hash;
    }
    return report;
}

} // namespace tenet::storage
