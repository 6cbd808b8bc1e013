#include "undoshortcutfilter.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPlainTextEdit>

namespace tenet::app {

UndoShortcutFilter::UndoShortcutFilter(QObject *parent) : QObject(parent) { }

void UndoShortcutFilter::watch(QObject *editor)
{
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        text->setUndoRedoEnabled(false);
    editor->installEventFilter(this);
}

bool UndoShortcutFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            // Left unaccepted, the override lets the window's shortcut (the undo action) run;
            // a key press that still arrives (nothing to undo) must not reach the field.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tenet::app
