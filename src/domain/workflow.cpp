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

// What each action needs, as whole sentences: the version's number and state label fill
// the placeholders, never an action or state name glued in, so that every language can
// word the sentence its own way.
struct ActionTexts
{
    const char *wrongState; // %1 version number, %2 its state label
    const char *wrongRole;  // %1 version number, %2 employee number, %3 their role label
    const char *unnamed;    // %1 version number
};

ActionTexts textsFor(WorkflowAction action)
{
    switch (action) {
    case WorkflowAction::Edit:
        return {QT_TRANSLATE_NOOP("tenet::domain::Workflow",
                                  "cannot edit version %1 (%2): only a draft can be edited"),
                QT_TRANSLATE_NOOP("tenet::domain::Workflow",
                                  "cannot edit version %1: %2 is on the roster as %3, and only a "
                                  "supervisor, manager, quality or trainer can edit a draft"),
                nullptr}; // a script without --as may load a draft
    case WorkflowAction::Submit:
        return {QT_TRANSLATE_NOOP("tenet::domain::Workflow",
                                  "cannot submit version %1 (%2): only a draft can be submitted"),
                QT_TRANSLATE_NOOP("tenet::domain::Workflow",
                                  "cannot submit version %1: %2 is on the roster as %3, and only a "
                                  "supervisor, manager, quality or trainer can submit a draft"),
                QT_TRANSLATE_NOOP("tenet::domain::Workflow",
                                  "cannot submit version %1: no staff member was named (use --as), "
                                  "and only a supervisor, manager, quality or trainer can submit "
                                  "a draft")};
    case WorkflowAction::SendBack:
        return {QT_TRANSLATE_NOOP("tenet::domain::Workflow",
                                  "cannot send back version %1 (%2): only a version in review can "
                                  "be sent back"),
                QT_TRANSLATE_NOOP("tenet::domain::Workflow",
                                  "cannot send back version %1: %2 is on the roster as %3, and "
                                  "only a manager can send a version back"),
                QT_TRANSLATE_NOOP("tenet::domain::Workflow",
                                  "cannot send back version %1: no staff member was named (use "
                                  "--as), and only a manager can send a version back")};
    case WorkflowAction::Approve:
        return {QT_TRANSLATE_NOOP("tenet::domain::Workflow",
                                  "cannot approve version %1 (%2): only a version in review can be "
                                  "approved"),
                QT_TRANSLATE_NOOP("tenet::domain::Workflow",
                                  "cannot approve version %1: %2 is on the roster as %3, and only "
                                  "a manager can approve a version"),
                QT_TRANSLATE_NOOP("tenet::domain::Workflow",
                                  "cannot approve version %1: no staff member was named (use "
                                  "--as), and only a manager can approve a version")};
    case WorkflowAction::Publish:
        return {QT_TRANSLATE_NOOP("tenet::domain::Workflow",
                                  "cannot publish version %1 (%2): only an approved version can be "
                                  "published"),
                QT_TRANSLATE_NOOP("tenet::domain::Workflow",
                                  "cannot publish version %1: %2 is on the roster as %3, and only "
                                  "a manager can publish a version"),
                QT_TRANSLATE_NOOP("tenet::domain::Workflow",
                                  "cannot publish version %1: no staff member was named (use "
                                  "--as), and only a manager can publish a version")};
    case WorkflowAction::Withdraw:
        return {QT_TRANSLATE_NOOP("tenet::domain::Workflow",
                                  "cannot withdraw version %1 (%2): only a draft, a version in "
                                  "review or an approved version can be withdrawn"),
                QT_TRANSLATE_NOOP("tenet::domain::Workflow",
                                  "cannot withdraw version %1: %2 is on the roster as %3, and only "
                                  "a manager or the author of the draft can withdraw it"),
                QT_TRANSLATE_NOOP("tenet::domain::Workflow",
                                  "cannot withdraw version %1: no staff member was named (use "
                                  "--as), and only a manager or the author of the draft can "
                                  "withdraw it")};
    }
    return {};
}

} // namespace

Status checkWorkflowAction(WorkflowAction action, const VersionInfo &version, const Actor &actor)
{
    const ActionTexts texts = textsFor(action);
    const QString number = QString::number(version.number);
    const auto wrongState = [&] {
        return Error::refused(
            WorkflowText::tr(texts.wrongState).arg(number, versionStateLabel(version.state)));
    };
    const auto needsRole = [&] {
        return Error::refused(actor.isStaff()
                                  ? WorkflowText::tr(texts.wrongRole)
                                        .arg(number, actor.id, roleLabel(*actor.role))
                                  : WorkflowText::tr(texts.unnamed).arg(number));
    };
    const bool isManager = actor.role == Role::Manager;
    const bool isAuthor = actor.role && canAuthor(*actor.role);

    switch (action) {
    case WorkflowAction::Edit:
        if (version.state != VersionState::Draft)
            return wrongState();
        // A script run without --as may load a draft; a named agent may not write one.
        if (actor.isStaff() && !isAuthor)
            return needsRole();
        return {};
    case WorkflowAction::Submit:
        if (version.state != VersionState::Draft)
            return wrongState();
        if (!isAuthor)
            return needsRole();
        return {};
    case WorkflowAction::SendBack:
    case WorkflowAction::Approve:
        if (version.state != VersionState::InReview)
            return wrongState();
        if (!isManager)
            return needsRole();
        // Four eyes: whoever wrote or put forward a draft cannot be the one to approve it.
        if (action == WorkflowAction::Approve
            && (isActorOf(actor, version.author) || isActorOf(actor, version.submittedBy)))
            return Error::refused(
                WorkflowText::tr("cannot approve version %1: %2 authored or submitted it, "
                                 "and another manager must approve it")
                    .arg(number, actor.id));
        return {};
    case WorkflowAction::Publish:
        if (version.state != VersionState::Approved)
            return wrongState();
        if (!isManager)
            return needsRole();
        return {};
    case WorkflowAction::Withdraw:
        if (!isOpen(version.state))
            return wrongState();
        if (!isManager && !(isAuthor && isActorOf(actor, version.author)))
            return needsRole();
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
