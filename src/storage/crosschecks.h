#pragma once

#include "audittrail.h"
#include "domain/result.h"

#include <QList>
#include <QSqlDatabase>

namespace tenet::storage {

// verify's comparisons of the tables with the audit log, which records every change as it
// happens. Each table's own hashes prove only that the table is consistent with itself;
// these find rows forged, deleted or changed in one table and rechained, because the audit
// log, chained on its own, says otherwise. Entries written before the log recorded a field
// give notes, not problems. See docs/integrity.md.

// A problem with the acknowledgement ledger, and the ledger row it concerns.
struct LedgerFinding
{
    qint64 row = 0;
    QString problem;
};

struct LedgerCrossCheck
{
    QList<LedgerFinding> problems; // by ledger row
    QStringList notes;
};

// Each ledger row matches exactly one acknowledgement.sign entry (signer, version, paper
// record, quiz score, and the row's hash where the entry holds it), and no entry names a
// ledger row another entry names or one the ledger does not hold.
domain::Result<LedgerCrossCheck> crossCheckLedger(const QSqlDatabase &db, const AuditTrail &trail);

// Each version's state, author, submitter, approver, publisher, summary and kind of
// publication are those its audit entries left it with; its content is the content recorded
// when it left the draft state; its handbook is the one recorded at its publication.
domain::Result<CrossCheckFindings> crossCheckVersions(const QSqlDatabase &db,
                                                      const AuditTrail &trail);

// The section reviews are exactly those recorded: by section.review entries, and by each
// publication for the sections it changed.
domain::Result<CrossCheckFindings> crossCheckReviews(const QSqlDatabase &db,
                                                     const AuditTrail &trail);

// Each person on the roster was added through the log, and has the role, active flag and
// PIN hash the log last recorded; no two people share a PIN hash.
domain::Result<CrossCheckFindings> crossCheckStaff(const QSqlDatabase &db, const AuditTrail &trail);

} // namespace tenet::storage
