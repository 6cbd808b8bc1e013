#include "role.h"

#include <array>

using namespace Qt::StringLiterals;

namespace tenet::domain {

namespace {
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

bool canAuthor(Role role)
{
    return role != Role::Agent;
}

} // namespace tenet::domain
