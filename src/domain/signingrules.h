#pragma once

#include "result.h"
#include "role.h"

#include <QString>

#include <optional>

namespace tenet::domain {

// What vouches for a signature about to be written to the ledger.
struct SignatureEvidence
{
    QString employeeNo;
    int versionNumber = 0;
    bool pinChecked = false; // the person's own PIN was given and matched
    // Why a manager enters a signature the person made on paper; empty when the person signs
    // themselves.
    std::optional<QString> paperRecord;
    std::optional<Role> recordedBy; // the role of whoever writes the signature
    bool quizScoreGiven = false; // a comprehension check score from paper, not an attempt
    int sectionsOpened = 0; // of the version's sections, how many the person opened
    int sections = 0;
};

// The two ways a signature reaches the ledger, the one rule for the desktop, tenetctl and
// scripts alike:
// - the person signs themselves: their PIN, after opening every section of the version
//   (the reading view records each one as it is opened);
// - a manager enters a signature made on paper: a reason, no PIN and no opened sections,
//   and the ledger marks the signature as a paper record. Only then may a comprehension
//   check score come from paper instead of a passed attempt.
// Refused otherwise, saying which is missing; Invalid for a paper record without a reason.
Status checkSignatureEvidence(const SignatureEvidence &evidence);

} // namespace tenet::domain
