#pragma once

#include "domain/staffmember.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tenet::app {

// One person of the demonstration organisation.
struct DemoMember
{
    domain::StaffMember member;
    // Joined a few days ago: added to the roster long after everyone else, and not yet due to
    // sign the version in force.
    bool newcomer = false;
};

// The demonstration organisation's staff in `language` ("en": Vilnius, Madrid and Leeds, each
// person with their own roster language; "es": Madrid, Sevilla and Bilbao, all in Spanish),
// manager M001 first. Both rosters use the same employee numbers and roles (M001, M002
// managers, S001 supervisor, Q001 quality, T001 trainer, A001... agents, A009 has left,
// A010 the newcomer), so that the demonstration's history is written once. `today` dates the
// newcomer's start.
QList<DemoMember> demoRoster(const QString &language, const QDate &today);

} // namespace tenet::app
