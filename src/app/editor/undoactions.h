#pragma once

#include <QObject>

class QAction;
class QUndoGroup;
class QUndoStack;
class QWidget;

namespace tenet::app {

class UndoShortcutFilter;

// Undo and redo for whichever document the editor shows: one QUndoGroup, its two actions
// (the only ones in the window with these shortcuts), and the filter that hands Ctrl+Z typed
// in a text field to them.
class UndoActions : public QObject
{
    Q_OBJECT

public:
    // The actions work anywhere in `owner`'s window.
    explicit UndoActions(QWidget *owner);

    QUndoGroup *group() const { return m_group; }
    QAction *undo() const { return m_undo; }
    QAction *redo() const { return m_redo; }
    UndoShortcutFilter *filter() const { return m_filter; }
    // Undo and redo act on this document's stack from now on.
    void follow(QUndoStack *stack);

protected:
    bool event(QEvent *event) override;

private:
    void retranslate();
    QUndoGroup *m_group;
    UndoShortcutFilter *m_filter;
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace tenet::app
