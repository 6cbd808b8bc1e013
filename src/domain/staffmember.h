#pragma once

#include "role.h"

#include <QDate>
#include <QString>

namespace tenet::domain {

// A person on the roster. The secret is never held here: only its salted hash, in storage.
struct StaffMember
{
    QString employeeNo;
    QString fullName;
    QString email;
    Role role = Role::Agent;
    QString team;
    QString site;
    QString language = QStringLiteral("en");
    bool active = true;
    QDate startDate;

    friend bool operator==(const StaffMember &, const StaffMember &) = default;
};

} // namespace tenet::domain
