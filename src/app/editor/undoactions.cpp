#include "undoactions.h"

#include "undoshortcutfilter.h"

#include <QAction>
#include <QUndoGroup>
#include <QUndoStack>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace tenet::app {

UndoActions::UndoActions(QWidget *owner)
    : QObject(owner), m_group(new QUndoGroup(owner)), m_filter(new UndoShortcutFilter(owner))
{
    m_undo = m_group->createUndoAction(owner);
    m_undo->setObjectName(u"undoAction"_s);
    m_undo->setShortcuts(QKeySequence::Undo);
    m_undo->setShortcutContext(Qt::WindowShortcut);
    m_undo->setToolTip(tr("Undo the last edit of the draft (Ctrl+Z)"));
    m_redo = m_group->createRedoAction(owner);
    m_redo->setObjectName(u"redoAction"_s);
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redo->setShortcutContext(Qt::WindowShortcut);
    m_redo->setToolTip(tr("Redo the edit last undone (Ctrl+Shift+Z)"));
}

void UndoActions::follow(QUndoStack *stack)
{
    m_group->addStack(stack);
    m_group->setActiveStack(stack);
}

} // namespace tenet::app
