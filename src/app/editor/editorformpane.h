#pragma once

#include <QModelIndex>
#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;

namespace tenet::app {

class ClauseForm;
class DraftDocument;
class DraftMessageBar;
class EditorHeader;
class SectionForm;
class UndoShortcutFilter;

// The right side of the editor: the message bar, the header, and the form of the navigator's
// current item, or a hint (and Start a Draft) when nothing is selected.
class EditorFormPane : public QWidget
{
    Q_OBJECT

public:
    EditorFormPane(UndoShortcutFilter *undoFilter, QAction *startDraftAction,
                   QWidget *parent = nullptr);

    DraftMessageBar *messageBar() const { return m_messageBar; }
    EditorHeader *header() const { return m_header; }
    SectionForm *sectionForm() const { return m_sectionForm; }
    ClauseForm *clauseForm() const { return m_clauseForm; }

    void setDocument(DraftDocument *document);
    void setReadOnly(bool readOnly);
    // The form of the item, a section or a clause of the document, and the header for it.
    void showItem(const QModelIndex &current, bool isClause);
    // The header for the item, or the hint on the empty page; `hasCode`: whether the
    // database holds a code at all.
    void updateHeading(const QModelIndex &current, bool hasCode);
    // The clause shown (empty when a section is), or the section shown: what to show again
    // after the document's content is reloaded.
    QString shownClause() const;
    int shownSection() const;
    // Focuses the clause's title with its text selected, ready to be typed over.
    void focusClauseTitle();

private:
    DraftDocument *m_document = nullptr;
    DraftMessageBar *m_messageBar;
    EditorHeader *m_header;
    QStackedWidget *m_stack;
    QWidget *m_emptyPage;
    QLabel *m_emptyLabel;
    SectionForm *m_sectionForm;
    ClauseForm *m_clauseForm;
};

} // namespace tenet::app
