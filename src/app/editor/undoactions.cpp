#include "undoactions.h"

#include "undoshortcutfilter.h"

#include <QAction>
#include <QEvent>
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
    m_redo = m_group->createRedoAction(owner);
    m_redo->setObjectName(u"redoAction"_s);
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redo->setShortcutContext(Qt::WindowShortcut);
    // After the group's own connections, so that these words are the ones shown.
    connect(m_group, &QUndoGroup::undoTextChanged, this, &UndoActions::retranslate);
    connect(m_group, &QUndoGroup::redoTextChanged, this, &UndoActions::retranslate);
    retranslate();
}

bool UndoActions::event(QEvent *event)
{
    // The owner passes its LanguageChange on to its children, this among them.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

void UndoActions::retranslate()
{
    // QUndoGroup words its actions once, when it makes them; these follow the language.
    const QString undoText = m_group->undoText();
    const QString redoText = m_group->redoText();
    m_undo->setText(undoText.isEmpty() ? tr("Undo") : tr("Undo %1").arg(undoText));
    m_redo->setText(redoText.isEmpty() ? tr("Redo") : tr("Redo %1").arg(redoText));
    m_undo->setToolTip(tr("Undo the last edit of the draft (Ctrl+Z)"));
    m_redo->setToolTip(tr("Redo the edit last undone (Ctrl+Shift+Z)"));
}

void UndoActions::follow(QUndoStack *stack)
{
    m_group->addStack(stack);
    m_group->setActiveStack(stack);
}

} // namespace tenet::app
