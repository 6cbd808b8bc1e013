#pragma once

#include "domain/version.h"
#include "draftdocument.h"

#include <QDate>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QSplitter;
class QUndoGroup;
class QUndoStack;

namespace tenet::app {

class ClauseActions;
class CodeTreeModel;
class DraftMessageBar;
class EditorFormPane;
class NavigatorPane;
class SectionForm;
class Session;
class UndoActions;

// The authoring desk: the navigator tree of sections and clauses on the left, the form of
// what is selected on the right. It opens one version of the session's code at a time as a
// DraftDocument, which undoes and autosaves every edit; a version that is not an editable
// draft opens read-only.
class EditorView : public QWidget
{
    Q_OBJECT

public:
    explicit EditorView(Session &session, QWidget *parent = nullptr);
    ~EditorView() override;

    // Opens a version of the session's code, after saving what is open.
    void openVersion(qint64 versionId);
    // Continues the code's open version, or starts a draft from the version in force (or
    // from seven empty sections when nothing was ever published).
    void startDraftFromVersionInForce();
    // Edits the draft's comprehension questions in a dialog, or shows a version's read-only.
    void editCheck();

    DraftDocument *document() const { return m_document.get(); }
    // The open document's stack; null when nothing is open.
    QUndoStack *undoStack() const;
    // Follows whichever document is open: for the undo history view.
    QUndoGroup *undoGroup() const;
    // Undo, redo and the clause actions, for the Edit menu and toolbars. Undo and redo are
    // the only ones with these shortcuts in the window: do not create another pair.
    QList<QAction *> editActions() const;
    QAction *startDraftAction() const { return m_startDraftAction; }

    void selectClause(const QString &clauseId);
    void selectSection(int section);
    // Saves now what the autosave would save later. Call it before a workflow step, before
    // the window closes, and before Session::setDatabase replaces the database.
    bool flush();

    // "Draft v4 · All changes saved": what the window's status bar shows for the editor.
    QString statusText() const;

    // Judges the review badges as on another day (an invalid date: the current date in UTC).
    void setToday(const QDate &today);

    // Splitter positions, for QSettings.
    QByteArray layoutState() const;
    void restoreLayoutState(const QByteArray &state);

signals:
    void versionOpened(const tenet::domain::VersionInfo &info);
    void saveStateChanged(tenet::app::DraftDocument::SaveState state);
    void statusTextChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildActions();
    void buildLayout();
    void setDocument(std::unique_ptr<DraftDocument> document);
    void openDefaultVersion();
    void sessionDatabaseChanged();
    void sessionUserChanged();
    void sessionCodeChanged();
    void sessionVersionsChanged();

    void showCurrent();
    void restoreSelection(const QString &clauseId, int section);
    void updateReviewBasis();
    void applyReadOnly();
    void updateActions();
    void updateHeading();
    void updateStatus();

    Session &m_session;
    QPointer<Session> m_sessionGuard;
    std::unique_ptr<DraftDocument> m_document;
    UndoActions *m_undo;

    QSplitter *m_splitter = nullptr;
    NavigatorPane *m_navigator = nullptr;
    CodeTreeModel *m_treeModel = nullptr;
    ClauseActions *m_clauseActions = nullptr;
    EditorFormPane *m_formPane = nullptr;
    DraftMessageBar *m_messageBar = nullptr; // the form pane's
    SectionForm *m_sectionForm = nullptr; // the form pane's

    QAction *m_separator = nullptr;
    QAction *m_checkSeparator = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_startDraftAction = nullptr;
    QString m_resetClause; // what was shown when the content was last reloaded
    int m_resetSection = 0;
    QDate m_today; // invalid: the current date
};

} // namespace tenet::app
