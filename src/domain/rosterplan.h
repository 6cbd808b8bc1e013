#pragma once

#include "staffmember.h"

#include <QList>
#include <QStringList>

namespace tenet::domain {

// One person whose roster entry an import changes: as they are, as they will be, and the
// names of the fields that differ (employee_no, full_name, email, ... as in the roster file).
struct StaffChange
{
    StaffMember before;
    StaffMember after;
    QStringList changedFields;

    friend bool operator==(const StaffChange &, const StaffChange &) = default;
};

// What importing a roster will do, worked out before anything is written so that a person
// can look at it first: who is added, who changes, who is deactivated for being absent.
struct RosterPlan
{
    QList<StaffMember> added;
    QList<StaffChange> updated;
    QList<StaffMember> deactivated; // as they are now; they will be inactive
    int unchanged = 0;

    bool isEmpty() const { return added.isEmpty() && updated.isEmpty() && deactivated.isEmpty(); }
    friend bool operator==(const RosterPlan &, const RosterPlan &) = default;
};

// Compares the roster with the people in an import, matched by employee number. With
// `deactivateMissing`, active people the import does not list are deactivated. The lists
// come out in employee-number order.
RosterPlan planRosterImport(const QList<StaffMember> &current, const QList<StaffMember> &incoming,
                            bool deactivateMissing);

// The roster fields that differ between two entries for the same person.
QStringList changedStaffFields(const StaffMember &before, const StaffMember &after);

} // namespace tenet::domain
