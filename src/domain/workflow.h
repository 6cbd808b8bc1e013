#pragma once

#include "result.h"
#include "role.h"
#include "version.h"

#include <QString>

#include <optional>

namespace tenet::domain {

// The steps a version takes on its way to publication.
enum class WorkflowAction {
    Edit,     // change a draft's content
    Submit,   // draft -> in_review
    SendBack, // in_review -> draft, with a reason
    Approve,  // in_review -> approved
    Publish,  // approved -> published (the previous version in force is superseded)
    Withdraw, // draft, in_review or approved -> withdrawn
};

// Who is acting. A person named on the roster has a role; an unnamed operating-system
// user (a script without --as) has none and may only do what needs no role.
struct Actor
{
    QString id; // employee number, or "os:NAME"
    std::optional<Role> role;

    bool isStaff() const { return role.has_value(); }
};

// Whether the actor may take the action on the version now; a Refused error says why not.
Status checkWorkflowAction(WorkflowAction action, const VersionInfo &version, const Actor &actor);

// The state a version is in after the action.
VersionState stateAfter(WorkflowAction action, VersionState state);

// A first publication must be material: there is no earlier signature for an editorial
// change to lean on.
Status checkPublicationKind(bool material, bool hasPublishedBefore);

} // namespace tenet::domain
