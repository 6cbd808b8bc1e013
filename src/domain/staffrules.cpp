#include "staffrules.h"

#include <QCoreApplication>

namespace tenet::domain {

namespace {

// The sentences of the refusals, translatable like the workflow's.
class StaffRules
{
    Q_DECLARE_TR_FUNCTIONS(tenet::domain::StaffRules)

public:
    static QString onlyManagers(const Actor &by)
    {
        if (!by.isStaff())
            return tr("only a manager can change the roster, and %1 is not a person on it; "
                      "name a manager (tenetctl --as EMPLOYEE_NO)")
                .arg(by.id);
        return tr("only a manager can change the roster; %1 is %2").arg(by.id, roleName(*by.role));
    }
    static QString lockOut(const QString &employeeNo)
    {
        return tr("%1 cannot deactivate themselves or take away their own manager role; "
                  "another manager must do that")
            .arg(employeeNo);
    }
};

} // namespace

bool mayChangeRoster(const Actor &by)
{
    return by.role == Role::Manager;
}

Status checkRosterChange(const Actor &by, bool rosterHasActiveManager)
{
    if (mayChangeRoster(by) || !rosterHasActiveManager)
        return {};
    return Error::refused(StaffRules::onlyManagers(by));
}

Status checkSecretChange(const Actor &by, const QString &employeeNo, bool rosterHasActiveManager)
{
    if (by.isStaff() && by.id == employeeNo)
        return {};
    return checkRosterChange(by, rosterHasActiveManager);
}

Status checkKeepsOwnAccess(const Actor &by, const StaffMember &after)
{
    if (after.employeeNo != by.id || !mayChangeRoster(by))
        return {};
    if (!after.active || after.role != Role::Manager)
        return Error::refused(StaffRules::lockOut(by.id));
    return {};
}

Status checkKeepsOwnAccess(const Actor &by, const RosterPlan &plan)
{
    for (const StaffMember &member : plan.deactivated) {
        if (member.employeeNo == by.id && mayChangeRoster(by))
            return Error::refused(StaffRules::lockOut(by.id));
    }
    for (const StaffChange &change : plan.updated) {
        if (Status kept = checkKeepsOwnAccess(by, change.after); !kept)
            return kept;
    }
    return {};
}

} // namespace tenet::domain
