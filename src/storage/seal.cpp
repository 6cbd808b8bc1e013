#include "seal.h"

#include "database.h"
#include "hashchain.h"
#include "scopedtransaction.h"
#include "sqlquery.h"
#include "versionfingerprint.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tenet::storage {

using domain::Result;
using domain::Seal;
using domain::Status;

namespace {

// The records a seal counts, by the name the seal gives them, and their tables. None of
// these rows is ever deleted, so a count can only grow.
struct CountedTable
{
    QString name;
    QString table;
};

const QList<CountedTable> &countedTables()
{
    static const QList<CountedTable> tables = {
        {u"signatures"_s, u"acknowledgement"_s},
        {u"audit_entries"_s, u"audit_log"_s},
        {u"versions"_s, u"version"_s},
        {u"staff"_s, u"staff"_s},
        {u"section_reviews"_s, u"section_review"_s},
        {u"check_attempts"_s, u"check_attempt"_s},
    };
    return tables;
}

Result<domain::SealedChain> chainHead(const QSqlDatabase &db, const QString &table)
{
    // Table names come from this library, never from input.
    SqlQuery last(db, u"SELECT seq, hash FROM %1 ORDER BY seq DESC LIMIT 1"_s.arg(table));
    if (Status status = last.exec(); !status)
        return status.error();
    if (!last.next())
        return domain::SealedChain {table, 0, HashChain::firstPreviousHash()};
    return domain::SealedChain {table, last.integer(0), last.value(1).toByteArray()};
}

Result<QList<domain::SealedVersion>> publishedVersions(const QSqlDatabase &db)
{
    SqlQuery q(db,
               u"SELECT v.id, v.code_id, v.number, h.sha256 FROM version v "
               "LEFT JOIN published_handbook h ON h.version_id = v.id "
               "WHERE v.state IN ('published', 'superseded') "
               "ORDER BY v.code_id, v.number"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<domain::SealedVersion> versions;
    while (q.next()) {
        auto content = versionContentHash(db, q.integer(0));
        if (!content)
            return content.error();
        versions.append({q.integer(1), int(q.integer(2)), *content, q.value(3).toByteArray()});
    }
    return versions;
}

Result<Seal> readState(const QSqlDatabase &db, const QDateTime &madeAt)
{
    Seal seal;
    seal.madeAt = QDateTime::fromSecsSinceEpoch(madeAt.toSecsSinceEpoch(), QTimeZone::utc());
    for (const QString &table : sealedChainTables()) {
        auto head = chainHead(db, table);
        if (!head)
            return head.error();
        seal.chains.append(*head);
    }
    auto versions = publishedVersions(db);
    if (!versions)
        return versions.error();
    seal.versions = *versions;
    for (const CountedTable &counted : countedTables()) {
        SqlQuery count(db, u"SELECT COUNT(*) FROM %1"_s.arg(counted.table));
        if (Status status = count.exec(); !status)
            return status.error();
        seal.counts.append({counted.name, count.next() ? count.integer(0) : 0});
    }
    return seal;
}

// Whether the chain still holds the sealed row, and every row after it links to the one
// before: rows before the sealed one cannot have been removed, rewritten or re-chained
// without changing its hash.
Result<QStringList> chainProblems(const QSqlDatabase &db, const domain::SealedChain &sealed,
                                  const QString &when)
{
    if (!sealedChainTables().contains(sealed.table))
        return QStringList {
            u"the seal of %1 records a chain %2 that this Tenet does not know"_s.arg(when,
                                                                                     sealed.table)};
    if (sealed.seq == 0)
        return QStringList(); // it was empty: anything appended since continues it
    SqlQuery rows(
        db,
        u"SELECT seq, prev_hash, hash FROM %1 WHERE seq >= :seq ORDER BY seq"_s.arg(sealed.table));
    rows.bind(u":seq"_s, sealed.seq);
    if (Status status = rows.exec(); !status)
        return status.error();
    if (!rows.next() || rows.integer(0) != sealed.seq)
        return QStringList {u"%1 row %2, the last row when the seal of %3 was made, is gone: "
                            "rows were removed"_s.arg(sealed.table)
                                .arg(sealed.seq)
                                .arg(when)};
    if (rows.value(2).toByteArray() != sealed.hash)
        return QStringList {
            u"%1 row %2 is not the row sealed on %3 (its hash differs): it, or "
            "a row before it, was changed, removed or re-chained"_s.arg(sealed.table)
                .arg(sealed.seq)
                .arg(when)};
    qint64 previousSeq = sealed.seq;
    QByteArray previousHash = sealed.hash;
    while (rows.next()) {
        const qint64 seq = rows.integer(0);
        if (seq != previousSeq + 1 || rows.value(1).toByteArray() != previousHash)
            return QStringList {u"%1 row %2 does not follow row %3, so the chain after the seal "
                                "of %4 is broken"_s.arg(sealed.table)
                                    .arg(seq)
                                    .arg(previousSeq)
                                    .arg(when)};
        previousSeq = seq;
        previousHash = rows.value(2).toByteArray();
    }
    return QStringList();
}

} // namespace

QStringList sealedChainTables()
{
    return {u"audit_log"_s, u"acknowledgement"_s};
}

Result<Seal> sealDatabase(Database &db, const QDateTime &madeAt)
{
    const QSqlDatabase connection = db.connection();
    ScopedTransaction snapshot(connection, ScopedTransaction::Mode::Read);
    if (!snapshot.status())
        return snapshot.status().error();
    return readState(connection, madeAt);
}

Result<QStringList> checkSeal(Database &db, const Seal &sealed)
{
    const QSqlDatabase connection = db.connection();
    ScopedTransaction snapshot(connection, ScopedTransaction::Mode::Read);
    if (!snapshot.status())
        return snapshot.status().error();
    const QString when = domain::sealTime(sealed.madeAt);
    QStringList problems;
    for (const domain::SealedChain &chain : sealed.chains) {
        auto found = chainProblems(connection, chain, when);
        if (!found)
            return found.error();
        problems.append(*found);
    }
    auto now = readState(connection, QDateTime::currentDateTimeUtc());
    if (!now)
        return now.error();
    problems.append(domain::sealedContentProblems(sealed, *now));
    return problems;
}

} // namespace tenet::storage
