#include "workflowcontroller.h"

#include "notedialog.h"
#include "reviewdialog.h"
#include "publishdialog.h"

#include "app/session/session.h"
#include "storage/acknowledgementstore.h"
#include "storage/sectionreviewstore.h"
#include "storage/versionstore.h"
#include "usecases/publish.h"
#include "usecases/startdraft.h"

#include <QAction>
#include <QMessageBox>
#include <QWidget>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::app {

WorkflowController::WorkflowController(Session &session, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
    , m_confirm([this](const QString &title, const QString &question) {
        return QMessageBox::question(m_dialogParent, title, question) == QMessageBox::Yes;
    })
    , m_startDraft(new QAction(tr("Start &Draft"), this))
    , m_submit(new QAction(tr("&Submit for Review…"), this))
    , m_approve(new QAction(tr("&Approve…"), this))
    , m_sendBack(new QAction(tr("Send &Back…"), this))
    , m_publish(new QAction(tr("&Publish…"), this))
    , m_withdraw(new QAction(tr("&Withdraw…"), this))
    , m_review(new QAction(tr("Record Section &Review…"), this))
{
    m_startDraft->setShortcut(QKeySequence(u"Ctrl+Shift+D"_s));
    m_submit->setShortcut(QKeySequence(u"Ctrl+Shift+S"_s));
    m_publish->setShortcut(QKeySequence(u"Ctrl+Shift+P"_s));
    connect(m_startDraft, &QAction::triggered, this, &WorkflowController::startDraft);
    connect(m_submit, &QAction::triggered, this, &WorkflowController::submit);
    connect(m_approve, &QAction::triggered, this, &WorkflowController::approve);
    connect(m_sendBack, &QAction::triggered, this, &WorkflowController::sendBack);
    connect(m_publish, &QAction::triggered, this, &WorkflowController::publish);
    connect(m_withdraw, &QAction::triggered, this, &WorkflowController::withdraw);
    connect(m_review, &QAction::triggered, this, &WorkflowController::recordReview);
    connect(&m_session, &Session::userChanged, this, &WorkflowController::refresh);
    connect(&m_session, &Session::versionsChanged, this, &WorkflowController::refresh);
    refresh();
}

WorkflowController::~WorkflowController() = default;

QList<QAction *> WorkflowController::actions() const
{
    return {m_startDraft, m_submit, m_approve, m_sendBack, m_publish, m_withdraw, m_review};
}

Result<std::optional<VersionInfo>> WorkflowController::openVersion() const
{
    if (!m_session.database() || !m_session.code())
        return std::optional<VersionInfo>();
    return storage::VersionStore(*m_session.database()).openVersion(m_session.code()->id);
}

std::optional<VersionInfo> WorkflowController::openVersionForStep()
{
    const auto open = openVersion();
    if (!open) {
        finish(open.error());
        return std::nullopt;
    }
    return *open;
}

void WorkflowController::updateAction(QAction *action, WorkflowAction step,
                                      const std::optional<VersionInfo> &open)
{
    if (!m_session.isSignedIn()) {
        action->setEnabled(false);
        action->setToolTip(tr("Sign in first."));
        return;
    }
    if (!open) {
        action->setEnabled(false);
        action->setToolTip(tr("No version is open: start a draft first."));
        return;
    }
    const Status allowed = checkWorkflowAction(step, *open, m_session.actor());
    action->setEnabled(allowed.ok());
    action->setToolTip(allowed.ok() ? action->text().remove(u'&').remove(u"…"_s)
                                    : allowed.error().message);
}

void WorkflowController::refresh()
{
    const auto read = openVersion();
    const std::optional<VersionInfo> open = read ? *read : std::nullopt;
    updateAction(m_submit, WorkflowAction::Submit, open);
    updateAction(m_approve, WorkflowAction::Approve, open);
    updateAction(m_sendBack, WorkflowAction::SendBack, open);
    updateAction(m_publish, WorkflowAction::Publish, open);
    updateAction(m_withdraw, WorkflowAction::Withdraw, open);
    if (!read) {
        for (QAction *step : {m_submit, m_approve, m_sendBack, m_publish, m_withdraw})
            step->setToolTip(tr("The versions could not be read: %1").arg(read.error().message));
    }

    const bool mayAuthor = m_session.isSignedIn() && canAuthor(*m_session.actor().role);
    m_startDraft->setEnabled(mayAuthor && m_session.code().has_value());
    m_startDraft->setText(open && open->state == VersionState::Draft ? tr("Continue &Draft")
                                                                     : tr("Start &Draft"));
    const bool inForce = m_session.database() && m_session.code() && [this] {
        const auto found
            = storage::VersionStore(*m_session.database()).inForce(m_session.code()->id);
        return found && found->has_value();
    }();
    m_review->setEnabled(mayAuthor && inForce);
    m_review->setToolTip(mayAuthor ? tr("Record that a section of the version in force was "
                                        "reviewed, so that it is no longer due.")
                                   : tr("Only supervisors, managers, quality staff and trainers "
                                        "record reviews."));
    m_startDraft->setToolTip(mayAuthor ? tr("Edit a new draft of the code, starting from the "
                                            "version in force (or continue the open draft).")
                                       : tr("Only supervisors, managers, quality staff and "
                                            "trainers write drafts."));
}

bool WorkflowController::finish(const Result<VersionInfo> &result)
{
    if (!result) {
        QMessageBox::warning(m_dialogParent, tr("Not done"), result.error().toString());
        refresh();
        return false;
    }
    m_session.notifyVersionsChanged();
    emit stepTaken(*result);
    return true;
}

void WorkflowController::startDraft()
{
    if (!m_session.database() || !m_session.code())
        return;
    auto draft = usecases::startDraft(*m_session.database(), *m_session.code(), m_session.actor());
    if (draft && draft->continued) {
        emit draftStarted(draft->version.id);
        return;
    }
    if (finish(draft ? Result<VersionInfo>(draft->version) : Result<VersionInfo>(draft.error())))
        emit draftStarted(draft->version.id);
}

void WorkflowController::submit()
{
    const auto open = openVersionForStep();
    if (!open)
        return;
    emit aboutToChangeState();
    NoteDialog dialog(tr("Submit version %1 for review").arg(open->number),
                      tr("A note for the manager who will review it (optional):"),
                      tr("&Submit"), false, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    finish(storage::VersionStore(*m_session.database()).submit(open->id, m_session.actor(),
                                                                dialog.text()));
}

void WorkflowController::approve()
{
    const auto open = openVersionForStep();
    if (!open)
        return;
    if (!m_confirm(tr("Approve version %1").arg(open->number),
                   tr("Approve version %1, written by %2? Once approved it can be published.")
                       .arg(QString::number(open->number), open->author)))
        return;
    finish(storage::VersionStore(*m_session.database()).approve(open->id, m_session.actor()));
}

void WorkflowController::sendBack()
{
    const auto open = openVersionForStep();
    if (!open)
        return;
    NoteDialog dialog(tr("Send version %1 back").arg(open->number),
                      tr("What must change before it can be approved? The author will see this."),
                      tr("Send &Back"), true, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    finish(storage::VersionStore(*m_session.database()).sendBack(open->id, m_session.actor(),
                                                                  dialog.text()));
}

void WorkflowController::publish()
{
    const auto open = openVersionForStep();
    if (!open)
        return;
    storage::VersionStore store(*m_session.database());
    const auto audience
        = storage::AcknowledgementStore(*m_session.database()).audienceSize(m_session.code()->id);
    const auto inForce = store.inForce(m_session.code()->id);
    if (!inForce) {
        finish(inForce.error());
        return;
    }
    PublishDialog dialog(open->number, inForce->has_value(), audience ? *audience : -1,
                         m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    finish(usecases::publishVersion(*m_session.database(), *m_session.code(),
                                    {open->id, dialog.isMaterial(), dialog.summary()},
                                    m_session.actor()));
}

void WorkflowController::withdraw()
{
    const auto open = openVersionForStep();
    if (!open)
        return;
    emit aboutToChangeState();
    NoteDialog dialog(tr("Withdraw version %1").arg(open->number),
                      tr("Withdrawing abandons this version for good: it stays in the history "
                         "but can never be published. Why is it withdrawn? (optional)"),
                      tr("&Withdraw"), false, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    finish(storage::VersionStore(*m_session.database()).withdraw(open->id, m_session.actor(),
                                                                  dialog.text()));
}

void WorkflowController::recordReview()
{
    if (!m_session.database() || !m_session.code())
        return;
    const auto found = storage::VersionStore(*m_session.database()).inForce(m_session.code()->id);
    if (!found) {
        QMessageBox::warning(m_dialogParent, tr("Not recorded"), found.error().toString());
        return;
    }
    const std::optional<VersionInfo> &inForce = *found;
    if (!inForce)
        return;
    const auto version = storage::VersionStore(*m_session.database()).load(inForce->id);
    if (!version) {
        QMessageBox::warning(m_dialogParent, tr("Not recorded"), version.error().toString());
        return;
    }
    ReviewDialog dialog(*version, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto review = storage::SectionReviewStore(*m_session.database())
                            .record(m_session.code()->id, dialog.section(), dialog.outcome(),
                                    dialog.note(), m_session.actor());
    if (!review) {
        QMessageBox::warning(m_dialogParent, tr("Not recorded"), review.error().toString());
        return;
    }
    // The dashboard and the navigator's badges follow the versions' signal.
    m_session.notifyVersionsChanged();
}

} // namespace tenet::app
