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
// The role as the interface says it, in the interface language: "Agent", "Agente", "Konsultantas".
QString roleLabel(Role role);
// The label of a role given by its name; a text that names no role is shown as it is.
QString roleLabel(const QString &name);

// May draft and revise a code: supervisors and managers, and the quality staff and
// trainers who keep the metrics and training sections.
bool canAuthor(Role role);

} // namespace tenet::domain
