#include "workflow.h"

#include <QCoreApplication>

namespace tenet::domain {

namespace {

// The translation context of these messages.
struct WorkflowText
{
    Q_DECLARE_TR_FUNCTIONS(tenet::domain::Workflow)
};

bool isActorOf(const Actor &actor, const QString &who)
{
    return !who.isEmpty() && actor.id == who;
}

} // namespace

QString workflowActionName(WorkflowAction action)
{
    switch (action) {
    case WorkflowAction::Edit: return QStringLiteral("edit");
    case WorkflowAction::Submit: return QStringLiteral("submit");
    case WorkflowAction::SendBack: return QStringLiteral("send back");
    case WorkflowAction::Approve: return QStringLiteral("approve");
    case WorkflowAction::Publish: return QStringLiteral("publish");
    case WorkflowAction::Withdraw: return QStringLiteral("withdraw");
    }
    return {};
}

Status checkWorkflowAction(WorkflowAction action, const VersionInfo &version, const Actor &actor)
{
    const QString what = WorkflowText::tr("version %1 is %2")
                             .arg(version.number)
                             .arg(versionStateName(version.state));
    const auto wrongState = [&](const QString &needed) {
        return Error::refused(WorkflowText::tr("cannot %1: %2; only a %3 version can be")
                                  .arg(workflowActionName(action), what, needed));
    };
    const auto needsRole = [&](const QString &roles) {
        const QString who = actor.isStaff()
            ? WorkflowText::tr("%1 is a %2").arg(actor.id, roleName(*actor.role))
            : WorkflowText::tr("no staff member was named (use --as)");
        return Error::refused(
            WorkflowText::tr("cannot %1 version %2: %3; it takes a %4")
                .arg(workflowActionName(action), QString::number(version.number), who, roles));
    };
    const bool isManager = actor.role == Role::Manager;
    const bool isAuthor = actor.role && canAuthor(*actor.role);

    switch (action) {
    case WorkflowAction::Edit:
        if (version.state != VersionState::Draft)
            return wrongState(WorkflowText::tr("draft"));
        // A script run without --as may load a draft; a named agent may not write one.
        if (actor.isStaff() && !isAuthor)
            return needsRole(WorkflowText::tr("supervisor, manager, quality or trainer"));
        return {};
    case WorkflowAction::Submit:
        if (version.state != VersionState::Draft)
            return wrongState(WorkflowText::tr("draft"));
        if (!isAuthor)
            return needsRole(WorkflowText::tr("supervisor, manager, quality or trainer"));
        return {};
    case WorkflowAction::SendBack:
        if (version.state != VersionState::InReview)
            return wrongState(WorkflowText::tr("in_review"));
        if (!isManager)
            return needsRole(WorkflowText::tr("manager"));
        return {};
    case WorkflowAction::Approve:
        if (version.state != VersionState::InReview)
            return wrongState(WorkflowText::tr("in_review"));
        if (!isManager)
            return needsRole(WorkflowText::tr("manager"));
        // Four eyes: whoever wrote or put forward a draft cannot be the one to approve it.
        if (isActorOf(actor, version.author) || isActorOf(actor, version.submittedBy))
            return Error::refused(
                WorkflowText::tr("cannot approve version %1: %2 authored or submitted it, "
                                 "and another manager must approve it")
                    .arg(QString::number(version.number), actor.id));
        return {};
    case WorkflowAction::Publish:
        if (version.state != VersionState::Approved)
            return wrongState(WorkflowText::tr("approved"));
        if (!isManager)
            return needsRole(WorkflowText::tr("manager"));
        return {};
    case WorkflowAction::Withdraw:
        if (!isOpen(version.state))
            return wrongState(WorkflowText::tr("draft, in_review or approved"));
        if (!isManager && !(isAuthor && isActorOf(actor, version.author)))
            return needsRole(WorkflowText::tr("manager, or the author of the draft"));
        return {};
    }
    return {};
}

VersionState stateAfter(WorkflowAction action, VersionState state)
{
    switch (action) {
    case WorkflowAction::Edit: return state;
    case WorkflowAction::Submit: return VersionState::InReview;
    case WorkflowAction::SendBack: return VersionState::Draft;
    case WorkflowAction::Approve: return VersionState::Approved;
    case WorkflowAction::Publish: return VersionState::Published;
    case WorkflowAction::Withdraw: return VersionState::Withdrawn;
    }
    return state;
}

Status checkPublicationKind(bool material, bool hasPublishedBefore)
{
    if (!material && !hasPublishedBefore)
        return Error::refused(WorkflowText::tr("the first publication of a code must be material: "
                                               "nobody has signed an earlier version"));
    return {};
}

} // namespace tenet::domain
