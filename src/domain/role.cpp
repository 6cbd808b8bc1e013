#include "role.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace tenet::domain {

namespace {
// The translation context of the role labels.
struct RoleLabels
{
    Q_DECLARE_TR_FUNCTIONS(tenet::domain::Role)
};

constexpr std::array allRoles = {Role::Agent, Role::Supervisor, Role::Manager, Role::Quality,
                                 Role::Trainer};
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Agent: return QStringLiteral("agent");
    case Role::Supervisor: return QStringLiteral("supervisor");
    case Role::Manager: return QStringLiteral("manager");
    case Role::Quality: return QStringLiteral("quality");
    case Role::Trainer: return QStringLiteral("trainer");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role role : allRoles) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

QString allRoleNames()
{
    QString names;
    for (Role role : allRoles) {
        if (!names.isEmpty())
            names += u", "_s;
        names += roleName(role);
    }
    return names;
}

QString roleLabel(Role role)
{
    switch (role) {
    //: A staff member's role: answers calls and chats.
    case Role::Agent: return RoleLabels::tr("Agent");
    //: A staff member's role: leads a team of agents.
    case Role::Supervisor: return RoleLabels::tr("Supervisor");
    //: A staff member's role: runs the contact centre or a department.
    case Role::Manager: return RoleLabels::tr("Manager");
    //: A staff member's role: quality assurance, listens to calls and scores them.
    case Role::Quality: return RoleLabels::tr("Quality");
    //: A staff member's role: trains agents.
    case Role::Trainer: return RoleLabels::tr("Trainer");
    }
    return {};
}

QString roleLabel(const QString &name)
{
    const auto role = roleFromName(name);
    return role ? roleLabel(*role) : name;
}

bool canAuthor(Role role)
{
    return role != Role::Agent;
}

} // namespace tenet::domain
