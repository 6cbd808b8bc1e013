#include "clauseactions.h"

#include "commands/addclausecommand.h"
#include "commands/deleteclausecommand.h"
#include "commands/moveclausecommand.h"
#include "draftdocument.h"
#include "editoricons.h"
#include "models/codetreemodel.h"
#include "navigatorpane.h"

#include <QAction>
#include <QEvent>
#include <QUndoStack>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace tenet::app {

ClauseActions::ClauseActions(QWidget *owner, NavigatorPane *navigator)
    : QObject(owner), m_navigator(navigator)
{
    const auto action
        = [owner](const QString &name, EditorIcon icon, const QKeySequence &shortcut) {
              auto *a = new QAction(editorIcon(icon), QString(), owner);
              a->setObjectName(name);
              if (!shortcut.isEmpty()) {
                  a->setShortcut(shortcut);
                  a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
              }
              owner->addAction(a);
              return a;
          };
    m_add = action(u"addClauseAction"_s, EditorIcon::Add,
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_duplicate = action(u"duplicateClauseAction"_s, EditorIcon::Duplicate,
                         QKeySequence(Qt::CTRL | Qt::Key_D));
    // Del only in the navigator: in a text field it deletes text.
    m_delete = action(u"deleteClauseAction"_s, EditorIcon::Delete, {});
    m_moveUp
        = action(u"moveClauseUpAction"_s, EditorIcon::MoveUp, QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDown = action(u"moveClauseDownAction"_s, EditorIcon::MoveDown,
                        QKeySequence(Qt::ALT | Qt::Key_Down));
    retranslate();
    m_menuSeparator = new QAction(this);
    m_menuSeparator->setSeparator(true);

    connect(m_add, &QAction::triggered, this, &ClauseActions::addClause);
    connect(m_duplicate, &QAction::triggered, this, &ClauseActions::duplicateClause);
    connect(m_delete, &QAction::triggered, this, &ClauseActions::deleteClause);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveClause(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveClause(1); });
}

bool ClauseActions::event(QEvent *event)
{
    // The owner passes its LanguageChange on to its children, this among them.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

void ClauseActions::retranslate()
{
    const auto set = [](QAction *action, const QString &text, const QString &toolTip) {
        action->setText(text);
        action->setToolTip(toolTip);
        action->setStatusTip(toolTip);
    };
    set(m_add, tr("&Add Clause"), tr("Add a clause below the selected one (Ctrl+Shift+N)"));
    set(m_duplicate, tr("D&uplicate Clause"), tr("Duplicate the selected clause (Ctrl+D)"));
    set(m_delete, tr("&Delete Clause"), tr("Delete the selected clause (Del in the navigator)"));
    set(m_moveUp, tr("Move Clause &Up"),
        tr("Move the selected clause up, into the section above at the top (Alt+Up)"));
    set(m_moveDown, tr("Move Clause Do&wn"),
        tr("Move the selected clause down, into the section below at the bottom (Alt+Down)"));
}

void ClauseActions::setDocument(DraftDocument *document)
{
    m_document = document;
}

QList<QAction *> ClauseActions::actions() const
{
    return {m_add, m_duplicate, m_delete, m_moveUp, m_moveDown};
}

QList<QAction *> ClauseActions::contextMenu() const
{
    return {m_add, m_duplicate, m_delete, m_menuSeparator, m_moveUp, m_moveDown};
}

void ClauseActions::update()
{
    const bool editable = m_document && !m_document->isReadOnly();
    const QModelIndex current = m_navigator->currentIndex();
    const bool onClause = m_navigator->model()->isClause(current);
    const bool onItem = current.isValid();
    int section = -1;
    int row = -1;
    if (onClause) {
        section = current.data(CodeTreeModel::SectionIndexRole).toInt();
        row = current.row();
    }
    const bool hasAbove = onClause && (row > 0 || section > 0);
    const bool hasBelow = onClause
        && (row < m_document->clauseCount(section) - 1 || section < m_document->sectionCount() - 1);
    m_add->setEnabled(editable && onItem);
    m_duplicate->setEnabled(editable && onClause);
    m_delete->setEnabled(editable && onClause);
    m_moveUp->setEnabled(editable && hasAbove);
    m_moveDown->setEnabled(editable && hasBelow);
}

void ClauseActions::addClause()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QModelIndex current = m_navigator->currentIndex();
    if (!current.isValid())
        return;
    const int section = current.data(CodeTreeModel::SectionIndexRole).toInt();
    const int index = m_navigator->model()->isClause(current) ? current.row() + 1
                                                              : m_document->clauseCount(section);
    domain::Clause clause;
    clause.id = m_document->newClauseId(section);
    clause.title = tr("New clause");
    clause.strength = domain::Strength::Must;
    m_document->undoStack()->push(new AddClauseCommand(m_document, section, index, clause));
    m_navigator->selectClause(clause.id);
    emit clauseAdded();
}

void ClauseActions::duplicateClause()
{
    const QModelIndex current = m_navigator->currentIndex();
    if (!m_document || m_document->isReadOnly() || !m_navigator->model()->isClause(current))
        return;
    auto *command = AddClauseCommand::duplicate(
        m_document, current.data(CodeTreeModel::ClauseIdRole).toString());
    if (!command)
        return;
    const QString id = command->clauseId();
    m_document->undoStack()->push(command);
    m_navigator->selectClause(id);
}

void ClauseActions::deleteClause()
{
    const QModelIndex current = m_navigator->currentIndex();
    if (!m_document || m_document->isReadOnly() || !m_navigator->model()->isClause(current))
        return;
    m_document->undoStack()->push(new DeleteClauseCommand(
        m_document, current.data(CodeTreeModel::SectionIndexRole).toInt(), current.row()));
}

void ClauseActions::moveClause(int delta)
{
    const QModelIndex current = m_navigator->currentIndex();
    if (!m_document || m_document->isReadOnly() || !m_navigator->model()->isClause(current))
        return;
    const QString id = current.data(CodeTreeModel::ClauseIdRole).toString();
    const int section = current.data(CodeTreeModel::SectionIndexRole).toInt();
    const int row = current.row();
    int toSection = section;
    int toRow = row + delta;
    // Past the first or last clause, the clause crosses into the neighbouring section.
    if (toRow < 0) {
        if (section == 0)
            return;
        toSection = section - 1;
        toRow = m_document->clauseCount(toSection);
    } else if (toRow >= m_document->clauseCount(section)) {
        if (section >= m_document->sectionCount() - 1)
            return;
        toSection = section + 1;
        toRow = 0;
    }
    m_document->undoStack()->push(
        new MoveClauseCommand(m_document, section, row, toSection, toRow));
    m_navigator->selectClause(id);
}

} // namespace tenet::app
