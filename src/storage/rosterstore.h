#pragma once

#include "domain/result.h"
#include "domain/rosterplan.h"
#include "domain/staffmember.h"
#include "domain/workflow.h"

#include <QList>
#include <QString>

namespace tenet::storage {

class Database;

// The roster as a whole: importing a list of people (from an HR system's export), first
// as a preview of what would change, then in one transaction.
class RosterStore
{
public:
    explicit RosterStore(Database &db);

    // What importing the people would do, without writing anything.
    domain::Result<domain::RosterPlan> preview(const QList<domain::StaffMember> &people,
                                               bool deactivateMissing) const;

    // Adds the new people, updates those whose entry differs (matched by employee number)
    // and, with `deactivateMissing`, deactivates the active people the list leaves out:
    // all in one transaction with one audit log entry, or nothing at all. PINs are never
    // touched. Returns what was done. Invalid when the list names someone twice, or when it
    // is empty and would deactivate everyone; Refused when `by` is not a manager, or when it
    // would deactivate or demote `by` (domain/staffrules.h).
    domain::Result<domain::RosterPlan> apply(const QList<domain::StaffMember> &people,
                                             bool deactivateMissing, const domain::Actor &by);

private:
    Database &m_db;
};

} // namespace tenet::storage
