#pragma once

#include <QString>

#include <optional>

namespace tenet::domain {

// What a staff member does, which decides what Tenet lets them do.
enum class Role {
    Agent,
    Supervisor,
    Manager,
    Quality,
    Trainer,
};

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);
// "agent, supervisor, manager, quality, trainer", for messages.
QString allRoleNames();

// May draft and revise a code: supervisors and managers, and the quality staff and
// trainers who keep the metrics and training sections.
bool canAuthor(Role role);

} // namespace tenet::domain
