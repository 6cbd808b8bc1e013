#pragma once

#include "domain/result.h"
#include "hashchain.h"

#include <QStringList>

namespace tenet::storage {

class Database;

// What `tenetctl verify` found: the file's own consistency, the triggers that guard
// published content and the ledgers, the hashes of stored content, the two hash chains
// (the audit log and the acknowledgement ledger), and how the ledger, the versions, their
// handbooks, the section reviews and the roster compare with what the audit log recorded
// (docs/integrity.md).
struct IntegrityReport
{
    QStringList fileProblems; // from the database engine's integrity check
    QStringList missingTriggers; // guards that someone removed
    QStringList disabledTriggers; // guards that someone switched off (a server can)
    QStringList contentProblems; // stored clauses or sections whose hash no longer matches
    ChainReport auditChain;
    ChainReport acknowledgementChain; // its first bad row includes the audit comparison
    QStringList recordProblems; // rows that disagree with what the audit log recorded
    // Checks that entries written before the audit log recorded what they compare could not
    // make; not problems.
    QStringList notes;

    bool ok() const;
    // Every problem as a sentence, most fundamental first; empty when ok().
    QStringList problems() const;
};

// Checks the whole database. Fails only when the checks themselves cannot run; what they
// find is in the report.
domain::Result<IntegrityReport> verifyDatabase(Database &db);

} // namespace tenet::storage
