#include "draftmessagebar.h"

#include "draftdocument.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>

using namespace Qt::StringLiterals;

namespace tenet::app {

DraftMessageBar::DraftMessageBar(QAction *startDraftAction, QWidget *parent)
    : MessageBar(parent), m_startDraftAction(startDraftAction)
{
    m_reloadAction = new QAction(this);
    m_reloadAction->setObjectName(u"reloadAction"_s);
    m_copyEditsAction = new QAction(this);
    m_copyEditsAction->setObjectName(u"copyEditsAction"_s);
    retranslate();
    connect(m_reloadAction, &QAction::triggered, this, &DraftMessageBar::reloadAfterConflict);
    connect(m_copyEditsAction, &QAction::triggered, this, &DraftMessageBar::copyLocalEdits);
}

void DraftMessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!hasError())
            refresh();
    }
    MessageBar::changeEvent(event);
}

void DraftMessageBar::retranslate()
{
    m_reloadAction->setText(tr("&Reload Their Version"));
    m_reloadAction->setToolTip(tr("Show the draft as the database holds it now; your unsaved "
                                  "edits are dropped (copy them first)"));
    m_copyEditsAction->setText(tr("&Copy My Edits"));
    m_copyEditsAction->setToolTip(tr("Copy the content on screen to the clipboard as a "
                                     "tenet.code/1 file, so that nothing of it is lost"));
}

void DraftMessageBar::setDocument(DraftDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (!m_document)
        return;
    connect(m_document, &DraftDocument::saveFailed, this, [this](const QString &message) {
        setError(tr("The last changes are not saved yet: %1. Tenet will try again.").arg(message));
    });
    connect(m_document, &DraftDocument::saveStateChanged, this,
            [this](DraftDocument::SaveState state) {
                if (state == DraftDocument::SaveState::Saved && hasError()) {
                    clearError();
                    refresh();
                }
            });
}

void DraftMessageBar::setError(const QString &message)
{
    m_error = message;
    refresh();
}

void DraftMessageBar::clearError()
{
    m_error.clear();
}

void DraftMessageBar::refresh()
{
    if (!m_error.isEmpty()) {
        showMessage(Kind::Warning, m_error);
        return;
    }
    if (!m_document) {
        clearMessage();
        return;
    }
    if (m_document->saveState() == DraftDocument::SaveState::Conflict) {
        showMessage(
            Kind::Error,
            tr("<b>Your latest changes were not saved</b>, because someone else saved this "
               "draft in the meantime: %1<br>Nothing of theirs was overwritten. Your version "
               "stays on screen, read-only: copy it before you reload theirs.")
                .arg(m_document->conflictMessage().toHtmlEscaped()),
            {m_copyEditsAction, m_reloadAction});
        return;
    }
    const QString reason = m_document->readOnlyReason();
    if (reason.isEmpty()) {
        clearMessage();
        return;
    }
    QList<QAction *> actions;
    if (m_startDraftAction->isEnabled() && m_document->info().state != domain::VersionState::Draft)
        actions.append(m_startDraftAction);
    showMessage(Kind::Information, reason.toHtmlEscaped(), actions);
}

void DraftMessageBar::reloadAfterConflict()
{
    if (!m_document)
        return;
    if (domain::Status status = m_document->reload(); !status) {
        setError(tr("The draft could not be reloaded: %1").arg(status.error().toString()));
        return;
    }
    emit reloaded();
}

void DraftMessageBar::copyLocalEdits()
{
    if (!m_document)
        return;
    QApplication::clipboard()->setText(QString::fromUtf8(m_document->contentAsCodeFile()));
}

} // namespace tenet::app
