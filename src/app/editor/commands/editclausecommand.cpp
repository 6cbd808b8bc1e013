#include "editclausecommand.h"

#include "app/editor/draftdocument.h"
#include "commandid.h"

#include <QCoreApplication>

namespace tenet::app {

EditClauseCommand::EditClauseCommand(DraftDocument *document, Field field,
                                     const domain::Clause &after, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_field(field), m_after(after)
{
    const auto position = document->findClause(after.id);
    Q_ASSERT(position);
    m_before = document->clause(position->sectionIndex, position->clauseIndex);
    setText(QCoreApplication::translate("tenet::app::EditClauseCommand", "Edit clause %1 %2")
                .arg(document->clauseNumber(position->sectionIndex, position->clauseIndex),
                     fieldName(field)));
}

void EditClauseCommand::undo()
{
    apply(m_before);
}

void EditClauseCommand::redo()
{
    apply(m_after);
}

int EditClauseCommand::id() const
{
    return EditClauseCommandId;
}

bool EditClauseCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const EditClauseCommand *>(other);
    if (edit->m_document != m_document || edit->m_field != m_field
        || edit->m_after.id != m_after.id)
        return false;
    m_after = edit->m_after;
    // Typing a word and deleting it again leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

QString EditClauseCommand::fieldName(Field field)
{
    switch (field) {
    case Field::Title:
        return QCoreApplication::translate("tenet::app::EditClauseCommand", "title");
    case Field::Body:
        return QCoreApplication::translate("tenet::app::EditClauseCommand", "text");
    case Field::Strength:
        return QCoreApplication::translate("tenet::app::EditClauseCommand", "strength");
    case Field::References:
        return QCoreApplication::translate("tenet::app::EditClauseCommand", "references");
    }
    return {};
}

void EditClauseCommand::apply(const domain::Clause &clause)
{
    const auto position = m_document->findClause(clause.id);
    if (position)
        m_document->setClause(position->sectionIndex, position->clauseIndex, clause);
}

} // namespace tenet::app
