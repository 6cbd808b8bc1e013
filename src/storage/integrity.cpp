#include "integrity.h"

#include "acknowledgementstore.h"
#include "auditlog.h"
#include "audittrail.h"
#include "contentstore.h"
#include "crosschecks.h"
#include "database.h"
#include "dialect.h"
#include "scopedtransaction.h"
#include "sqlquery.h"
#include "versioncheckstore.h"

#include <QCryptographicHash>

namespace tenet::storage {

using domain::Result;
using domain::Status;

namespace {

// The handbooks kept at publication whose bytes no longer match the SHA-256 stored with
// them.
Result<QStringList> handbookProblems(const QSqlDatabase &connection)
{
    SqlQuery q(connection,
               QStringLiteral("SELECT v.number, c.title, h.pdf, h.sha256 FROM published_handbook h "
                              "JOIN version v ON v.id = h.version_id "
                              "JOIN code c ON c.id = v.code_id ORDER BY c.id, v.number"));
    if (domain::Status status = q.exec(); !status)
        return status.error();
    QStringList problems;
    while (q.next()) {
        const QByteArray pdf = q.value(2).toByteArray();
        if (QCryptographicHash::hash(pdf, QCryptographicHash::Sha256) != q.value(3).toByteArray())
            problems.append(QStringLiteral("the handbook stored at the publication of version %1 "
                                           "of \"%2\" was changed: its bytes no longer match "
                                           "its SHA-256")
                                .arg(q.text(0), q.text(1)));
    }
    return problems;
}

// Compares the tables with what the audit log recorded as each change happened.
Status crossCheck(const QSqlDatabase &connection, IntegrityReport &report)
{
    auto trail = AuditTrail::load(connection);
    if (!trail)
        return trail.error();

    auto ledger = crossCheckLedger(connection, *trail);
    if (!ledger)
        return ledger.error();
    ChainReport &chain = report.acknowledgementChain;
    for (const LedgerFinding &finding : ledger->problems) {
        if (chain.ok()) {
            chain.firstBadRow = finding.row;
            chain.problem = finding.problem;
        } else if (finding.problem != chain.problem) {
            report.recordProblems.append(finding.problem);
        }
    }
    report.notes.append(ledger->notes);

    for (const auto &check : {crossCheckVersions, crossCheckReviews, crossCheckStaff}) {
        auto found = check(connection, *trail);
        if (!found)
            return found.error();
        report.recordProblems.append(found->problems);
        report.notes.append(found->notes);
    }
    return {};
}

} // namespace

bool IntegrityReport::ok() const
{
    return fileProblems.isEmpty() && missingTriggers.isEmpty() && disabledTriggers.isEmpty()
        && contentProblems.isEmpty()
        && auditChain.ok() && acknowledgementChain.ok() && recordProblems.isEmpty();
}

QStringList IntegrityReport::problems() const
{
    QStringList all;
    for (const QString &problem : fileProblems)
        all.append(QStringLiteral("the file is damaged: %1").arg(problem));
    for (const QString &trigger : missingTriggers)
        all.append(QStringLiteral("the guard %1 was removed from the database").arg(trigger));
    for (const QString &trigger : disabledTriggers)
        all.append(QStringLiteral("the guard %1 was switched off on the server").arg(trigger));
    all.append(contentProblems);
    if (!auditChain.ok())
        all.append(auditChain.problem);
    if (!acknowledgementChain.ok())
        all.append(acknowledgementChain.problem);
    all.append(recordProblems);
    return all;
}

Result<IntegrityReport> verifyDatabase(Database &db)
{
    IntegrityReport report;
    const QSqlDatabase connection = db.connection();

    auto fileProblems = Dialect::of(connection).checkFile(connection, true);
    if (!fileProblems)
        return fileProblems.error();
    report.fileProblems = *fileProblems;
    // Reading a damaged file further only produces noise.
    if (!report.fileProblems.isEmpty())
        return report;

    ScopedTransaction snapshot(connection, ScopedTransaction::Mode::Read);
    if (!snapshot.status())
        return snapshot.status().error();

    const Dialect &dialect = Dialect::of(connection);
    auto triggers = dialect.triggerNames(connection);
    if (!triggers)
        return triggers.error();
    auto disabled = dialect.disabledTriggerNames(connection);
    if (!disabled)
        return disabled.error();
    for (const QString &name : dialect.expectedTriggers()) {
        if (disabled->contains(name))
            report.disabledTriggers.append(name);
        else if (!triggers->contains(name))
            report.missingTriggers.append(name);
    }

    auto contentProblems = ContentStore(connection).verifyHashes();
    if (!contentProblems)
        return contentProblems.error();
    report.contentProblems = *contentProblems;
    auto handbooks = handbookProblems(connection);
    if (!handbooks)
        return handbooks.error();
    report.contentProblems.append(*handbooks);
    auto checks = VersionCheckStore(connection).verifyHashes();
    if (!checks)
        return checks.error();
    report.contentProblems.append(*checks);

    auto chain = AuditLog(db).verify();
    if (!chain)
        return chain.error();
    report.auditChain = *chain;

    const AcknowledgementStore acknowledgements(db);
    auto ledger = acknowledgements.verify();
    if (!ledger)
        return ledger.error();
    report.acknowledgementChain = *ledger;
    auto summary = acknowledgements.verifyLatest();
    if (!summary)
        return summary.error();
    report.contentProblems.append(*summary);
    if (Status status = crossCheck(connection, report); !status)
        return status.error();
    return report;
}

} // namespace tenet::storage
