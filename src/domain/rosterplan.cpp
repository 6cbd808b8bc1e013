#include "rosterplan.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace tenet::domain {

namespace {

bool byEmployeeNo(const StaffMember &a, const StaffMember &b)
{
    return a.employeeNo < b.employeeNo;
}

} // namespace

QStringList changedStaffFields(const StaffMember &before, const StaffMember &after)
{
    QStringList fields;
    if (before.fullName != after.fullName)
        fields << QStringLiteral("full_name");
    if (before.email != after.email)
        fields << QStringLiteral("email");
    if (before.role != after.role)
        fields << QStringLiteral("role");
    if (before.team != after.team)
        fields << QStringLiteral("team");
    if (before.site != after.site)
        fields << QStringLiteral("site");
    if (before.language != after.language)
        fields << QStringLiteral("language");
    if (before.startDate != after.startDate)
        fields << QStringLiteral("start_date");
    if (before.active != after.active)
        fields << QStringLiteral("active");
    return fields;
}

RosterPlan planRosterImport(const QList<StaffMember> &current, const QList<StaffMember> &incoming,
                            bool deactivateMissing)
{
    QHash<QString, qsizetype> indexOf;
    indexOf.reserve(current.size());
    for (qsizetype i = 0; i < current.size(); ++i)
        indexOf.insert(current[i].employeeNo, i);

    RosterPlan plan;
    QSet<QString> listed;
    listed.reserve(incoming.size());
    for (const StaffMember &member : incoming) {
        listed.insert(member.employeeNo);
        const auto it = indexOf.constFind(member.employeeNo);
        if (it == indexOf.cend()) {
            plan.added.append(member);
            continue;
        }
        const StaffMember &before = current[*it];
        const QStringList fields = changedStaffFields(before, member);
        if (fields.isEmpty())
            ++plan.unchanged;
        else
            plan.updated.append({before, member, fields});
    }
    if (deactivateMissing) {
        for (const StaffMember &member : current) {
            if (member.active && !listed.contains(member.employeeNo))
                plan.deactivated.append(member);
        }
    }
    std::sort(plan.added.begin(), plan.added.end(), byEmployeeNo);
    std::sort(plan.updated.begin(), plan.updated.end(),
              [](const StaffChange &a, const StaffChange &b) {
                  return a.after.employeeNo < b.after.employeeNo;
              });
    std::sort(plan.deactivated.begin(), plan.deactivated.end(), byEmployeeNo);
    return plan;
}

} // namespace tenet::domain
