#include "hashchain.h"

#include "chainrows.h"
#include "chaintext.h"
#include "dialect.h"
#include "sqlquery.h"

#include "platform/sha256.h"

#include <nlohmann/json.hpp>

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
    ChainText text(columns, optionalColumns);
    const qsizetype count = columns.size() + optionalColumns.size();
    for (qsizetype i = 0; i < count && i < values.size(); ++i)
        text.setVariant(i, values[i]);
    return platform::Sha256::hash(text.text(previousHash, seq));
}

namespace {

// A value's text by the rule of "How a chained row is hashed" (docs/architecture.md); the
// caller has checked the type with ChainText::setVariant.
QByteArray ruleText(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double)
        return ChainText::realText(value.toDouble());
    return value.toString().toUtf8();
}

} // namespace

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
            : nlohmann::json(ruleText(value).toStdString());
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
    // A value outside the rule would hash as a text that the row may not read back as.
    ChainText text(m_columns, m_optionalColumns);
    for (qsizetype i = 0; i < values.size() && i < m_allColumns.size(); ++i) {
        if (!text.setVariant(i, values[i]))
            return Error::invalid(m_table,
                                  QStringLiteral("%1 holds a %2, which a hash chain cannot keep")
                                      .arg(m_allColumns[i], QString::fromLatin1(
                                                                values[i].typeName())));
    }
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
    insert.bind(QStringLiteral(":hash"), platform::Sha256::hash(text.text(previous, seq)));
    if (Status status = insert.exec(); !status)
        return status.error();
    return seq;
}

Result<ChainReport> HashChain::verify() const
{
    ChainReport report;
    report.table = m_table;
    const std::unique_ptr<ChainRows> rows = Dialect::of(m_db).chainRows(
        m_db,
        QStringLiteral("SELECT seq, prev_hash, hash, %1 FROM %2 ORDER BY seq")
            .arg(m_allColumns.join(u", "), m_table));

    qint64 expectedSeq = 1;
    QByteArray previous = firstPreviousHash();
    ChainText text(m_columns, m_optionalColumns);
    platform::Sha256 sha256;
    const auto fail = [&](qint64 row, const QString &problem) {
        report.firstBadRow = row;
        report.problem = QStringLiteral("%1 row %2: %3").arg(m_table).arg(row).arg(problem);
    };
    const auto hashMatches = [&](QByteArrayView prevHash, qint64 seq, QByteArrayView hash) {
        text.clear();
        for (qsizetype i = 0; i < m_allColumns.size(); ++i)
            rows->putValue(i, text);
        const platform::Sha256::Digest digest = sha256.digest(text.text(prevHash, seq));
        return hash == QByteArrayView(digest.data(), qsizetype(digest.size()));
    };
    while (rows->next()) {
        const qint64 seq = rows->seq();
        const QByteArrayView prevHash = rows->previousHash();
        const QByteArrayView hash = rows->hash();
        ++report.rows;
        if (!report.firstBadRow) {
            if (seq != expectedSeq) {
                fail(expectedSeq,
                     seq > expectedSeq
                         ? (expectedSeq == 1
                                ? QStringLiteral("is missing (the rows start at %1): rows were "
                                                 "deleted")
                                      .arg(seq)
                                : QStringLiteral("is missing (the rows jump from %1 to %2): rows "
                                                 "were deleted")
                                      .arg(expectedSeq - 1)
                                      .arg(seq))
                         : QStringLiteral("is out of sequence"));
            } else if (prevHash != previous) {
                fail(seq,
                     QStringLiteral("does not follow row %1 (its link to the previous row's "
                                    "hash is broken): rows were deleted, inserted or reordered")
                         .arg(seq - 1));
            } else if (!hashMatches(prevHash, seq, hash)) {
                fail(seq,
                     QStringLiteral("was changed after it was written (its hash does not match "
                                    "its content)"));
            }
            expectedSeq = seq + 1;
        }
        // After a bad row, only counting the rows and finding the last hash. The copy reuses
        // the array's storage: no allocation per row.
        previous.resize(hash.size());
        std::copy(hash.begin(), hash.end(), previous.begin());
    }
    if (!rows->status())
        return rows->status().error();
    if (report.rows > 0)
        report.lastHash = previous;
    return report;
}

} // namespace tenet::storage
