#pragma once

#include "domain/result.h"
#include "domain/version.h"
#include "domain/workflow.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace tenet::app {

class Session;

// The actions that move a code's open version through its life: start a draft, submit,
// approve, send back, publish, withdraw. Each action is enabled only when the signed-in
// person may take it now (the same rule the database enforces), its tooltip says why not
// otherwise, and each step asks for its note or confirmation before it is taken.
class WorkflowController : public QObject
{
    Q_OBJECT

public:
    WorkflowController(Session &session, QWidget *dialogParent);
    ~WorkflowController() override;

    QAction *startDraftAction() const { return m_startDraft; }
    QAction *submitAction() const { return m_submit; }
    QAction *approveAction() const { return m_approve; }
    QAction *sendBackAction() const { return m_sendBack; }
    QAction *publishAction() const { return m_publish; }
    QAction *withdrawAction() const { return m_withdraw; }
    QAction *reviewAction() const { return m_review; }
    QList<QAction *> actions() const;

    // Asks a yes/no question; replaceable so that tests can answer without a dialog.
    using Confirmer = std::function<bool(const QString &title, const QString &question)>;
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

    // Re-evaluates which actions the signed-in person may take.
    void refresh();

signals:
    // Emitted before a step is taken, so that unsaved edits of the draft are saved first.
    void aboutToChangeState();
    // A step was taken; `version` is the version as it is now.
    void stepTaken(const domain::VersionInfo &version);
    // A new draft exists (started from the version in force, or the open one continued).
    void draftStarted(qint64 versionId);

private:
    domain::Result<std::optional<domain::VersionInfo>> openVersion() const;
    // The open version for a step; when it cannot be read, says so and gives none.
    std::optional<domain::VersionInfo> openVersionForStep();
    void updateAction(QAction *action, domain::WorkflowAction step,
                      const std::optional<domain::VersionInfo> &open);
    bool finish(const domain::Result<domain::VersionInfo> &result);

    void startDraft();
    void submit();
    void approve();
    void sendBack();
    void publish();
    void withdraw();
    void recordReview();

    Session &m_session;
    QWidget *m_dialogParent;
    Confirmer m_confirm;
    QAction *m_startDraft;
    QAction *m_submit;
    QAction *m_approve;
    QAction *m_sendBack;
    QAction *m_publish;
    QAction *m_withdraw;
    QAction *m_review;
};

} // namespace tenet::app
