#pragma once

#include "result.h"
#include "rosterplan.h"
#include "staffmember.h"
#include "workflow.h"

#include <QString>

namespace tenet::domain {

// Who may change the roster. The staff editor asks these to grey out its buttons, and the
// roster and staff stores enforce them, so that tenetctl and scripts meet the same rules.

// Whether the actor is someone who changes the roster: a manager. Views ask this.
bool mayChangeRoster(const Actor &by);

// Only a manager changes the roster: adds, edits, imports or deactivates people, or sets
// someone else's PIN. While the roster has no active manager (a new file) anyone may, so
// that the first manager can be put on it.
Status checkRosterChange(const Actor &by, bool rosterHasActiveManager);

// Setting a PIN: anyone named may set their own; someone else's is a roster change.
Status checkSecretChange(const Actor &by, const QString &employeeNo, bool rosterHasActiveManager);

// A manager cannot lock themselves out: `after`, as the acting person's own new entry, must
// keep them active and a manager. Another manager can make that change.
Status checkKeepsOwnAccess(const Actor &by, const StaffMember &after);

// The same for an import: its plan must not deactivate or demote the acting person.
Status checkKeepsOwnAccess(const Actor &by, const RosterPlan &plan);

} // namespace tenet::domain
