#pragma once

#include "messagebar.h"

#include <QPointer>

namespace tenet::app {

class DraftDocument;

// The editor's message bar. It says, in this order of importance: a problem that the last
// open, start or save ran into; a conflict with what someone else saved, offering to copy the
// edits on screen or reload theirs; or why the open version is read-only, offering to start
// a draft when that helps.
class DraftMessageBar : public MessageBar
{
    Q_OBJECT

public:
    explicit DraftMessageBar(QAction *startDraftAction, QWidget *parent = nullptr);

    void setDocument(DraftDocument *document);
    // Shown until cleared, over anything else.
    void setError(const QString &message);
    void clearError();
    bool hasError() const { return !m_error.isEmpty(); }
    // Shows what matters most now.
    void refresh();

signals:
    // The document now holds what the database holds: the view shows it again.
    void reloaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reloadAfterConflict();
    void copyLocalEdits();

    QPointer<DraftDocument> m_document;
    QAction *m_startDraftAction;
    QAction *m_reloadAction;
    QAction *m_copyEditsAction;
    QString m_error;
};

} // namespace tenet::app
