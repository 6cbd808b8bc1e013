#include "addclausecommand.h"

#include "app/editor/draftdocument.h"

#include <QCoreApplication>

namespace tenet::app {

AddClauseCommand::AddClauseCommand(DraftDocument *document, int section, int index,
                                   const domain::Clause &clause, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_section(section)
    , m_index(index)
    , m_clause(clause)
{
    setText(QCoreApplication::translate("tenet::app::AddClauseCommand", "Add clause %1")
                .arg(document->clauseNumber(section, index)));
}

AddClauseCommand *AddClauseCommand::duplicate(DraftDocument *document, const QString &clauseId)
{
    const auto position = document->findClause(clauseId);
    if (!position)
        return nullptr;
    domain::Clause copy = document->clause(position->sectionIndex, position->clauseIndex);
    copy.id = document->newClauseId(position->sectionIndex);
    auto *command
        = new AddClauseCommand(document, position->sectionIndex, position->clauseIndex + 1, copy);
    command->setText(
        QCoreApplication::translate("tenet::app::AddClauseCommand", "Duplicate clause %1")
            .arg(document->clauseNumber(position->sectionIndex, position->clauseIndex)));
    return command;
}

void AddClauseCommand::undo()
{
    m_document->removeClause(m_section, m_index);
}

void AddClauseCommand::redo()
{
    m_document->insertClause(m_section, m_index, m_clause);
}

} // namespace tenet::app
