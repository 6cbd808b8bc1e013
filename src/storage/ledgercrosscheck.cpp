#include "crosschecks.h"

#include "sqlquery.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace tenet::storage {

using domain::Result;
using domain::Status;

namespace {

// What an acknowledgement.sign entry says of the ledger row it wrote.
struct SignEntry
{
    qint64 auditRow = 0;
    QString signer;
    int version = 0;
    std::optional<QString> paperRecord;
    std::optional<double> quizScore;
    QString ledgerHash; // hex; empty in entries written before the log recorded it
};

struct LedgerRow
{
    qint64 seq = 0;
    QString signer;
    int version = 0;
    std::optional<QString> paperRecord;
    std::optional<double> quizScore;
    QString hash; // hex
};

// Each ledger seq -> the entries that name it, in log order.
QHash<qint64, QList<SignEntry>> signEntries(const AuditTrail &trail)
{
    QHash<qint64, QList<SignEntry>> entries;
    for (const AuditRecord &record : trail.entries()) {
        if (record.action != u"acknowledgement.sign"_s)
            continue;
        const qint64 seq = record.detail.value(u"seq"_s).toInteger();
        if (seq <= 0)
            continue;
        SignEntry entry;
        entry.auditRow = record.seq;
        entry.signer = record.subject.startsWith(u"staff:"_s) ? record.subject.mid(6) : QString();
        entry.version = record.detail.value(u"version"_s).toInt();
        if (record.detail.contains(u"paper_record"_s))
            entry.paperRecord = record.detail.value(u"paper_record"_s).toString();
        if (record.detail.contains(u"quiz_score"_s))
            entry.quizScore = record.detail.value(u"quiz_score"_s).toDouble();
        entry.ledgerHash = record.detail.value(u"ledger_hash"_s).toString();
        entries[seq].append(entry);
    }
    return entries;
}

Result<QList<LedgerRow>> ledgerRows(const QSqlDatabase &db)
{
    SqlQuery q(db,
               u"SELECT seq, employee_no, version_number, paper_record, quiz_score, hash "
               "FROM acknowledgement ORDER BY seq"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<LedgerRow> rows;
    while (q.next()) {
        LedgerRow row;
        row.seq = q.integer(0);
        row.signer = q.text(1);
        row.version = int(q.integer(2));
        if (!q.isNull(3))
            row.paperRecord = q.text(3);
        if (!q.isNull(4))
            row.quizScore = q.value(4).toDouble();
        row.hash = QString::fromLatin1(q.value(5).toByteArray().toHex());
        rows.append(row);
    }
    return rows;
}

// What differs between a ledger row and the entry that wrote it, in words; empty when they
// agree.
QStringList differences(const LedgerRow &row, const SignEntry &entry)
{
    QStringList differ;
    if (row.signer != entry.signer)
        differ.append(u"the signer is %1, the log says %2"_s.arg(row.signer, entry.signer));
    if (row.version != entry.version)
        differ.append(u"the version is %1, the log says %2"_s.arg(row.version).arg(entry.version));
    if (row.paperRecord != entry.paperRecord)
        differ.append(u"the paper record differs"_s);
    const bool scoresAgree = row.quizScore.has_value() == entry.quizScore.has_value()
        && (!row.quizScore || std::abs(*row.quizScore - *entry.quizScore) < 1e-9);
    if (!scoresAgree)
        differ.append(u"the quiz score differs"_s);
    if (!entry.ledgerHash.isEmpty() && row.hash != entry.ledgerHash)
        differ.append(u"its hash is not the one the log recorded"_s);
    return differ;
}

} // namespace

Result<LedgerCrossCheck> crossCheckLedger(const QSqlDatabase &db, const AuditTrail &trail)
{
    const QHash<qint64, QList<SignEntry>> entries = signEntries(trail);
    auto rows = ledgerRows(db);
    if (!rows)
        return rows.error();

    LedgerCrossCheck found;
    QHash<qint64, bool> held;
    int withoutHash = 0;
    for (const LedgerRow &row : *rows) {
        held.insert(row.seq, true);
        const QList<SignEntry> named = entries.value(row.seq);
        if (named.isEmpty()) {
            found.problems.append({row.seq,
                                   u"acknowledgement row %1: no audit log entry records "
                                   "this signature: it was written behind Tenet's "
                                   "back"_s.arg(row.seq)});
            continue;
        }
        // Of several entries (a number reused) the latest wrote the row held now.
        const SignEntry &entry = named.last();
        if (entry.ledgerHash.isEmpty())
            ++withoutHash;
        if (const QStringList differ = differences(row, entry); !differ.isEmpty())
            found.problems.append(
                {row.seq,
                 u"acknowledgement row %1: does not match audit log row %2, which "
                 "recorded it (%3): it was forged or replaced"_s.arg(
                     QString::number(row.seq), QString::number(entry.auditRow),
                     differ.join(u"; "_s))});
    }
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const QList<SignEntry> &named = it.value();
        for (qsizetype i = 1; i < named.size(); ++i)
            found.problems.append(
                {it.key(),
                 u"audit_log row %1: records signature %2, which audit log row %3 "
                 "records already: a signature was deleted and its number reused"_s.arg(
                     QString::number(named[i].auditRow), QString::number(it.key()),
                     QString::number(named[0].auditRow))});
        if (!held.contains(it.key()))
            found.problems.append({it.key(),
                                   u"acknowledgement row %1: is missing: audit log row %2 records "
                                   "signature %1, which the ledger no longer holds: rows were "
                                   "deleted"_s.arg(QString::number(it.key()),
                                                   QString::number(named.last().auditRow))});
    }
    std::stable_sort(found.problems.begin(), found.problems.end(),
                     [](const LedgerFinding &a, const LedgerFinding &b) { return a.row < b.row; });
    if (withoutHash > 0)
        found.notes.append(
            u"%1 could be compared with the audit log only by signer, version, paper record "
            "and quiz score: their entries were written before the log recorded the ledger's "
            "hashes"_s.arg(counted(withoutHash, u"signature"_s, u"signatures"_s)));
    return found;
}

} // namespace tenet::storage
