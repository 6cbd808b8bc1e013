#include "deleteclausecommand.h"

#include "app/editor/draftdocument.h"

#include <QCoreApplication>

namespace tenet::app {

DeleteClauseCommand::DeleteClauseCommand(DraftDocument *document, int section, int index,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_section(section)
    , m_index(index)
    , m_clause(document->clause(section, index))
{
    setText(QCoreApplication::translate("tenet::app::DeleteClauseCommand", "Delete clause %1")
                .arg(document->clauseNumber(section, index)));
}

void DeleteClauseCommand::undo()
{
    m_document->insertClause(m_section, m_index, m_clause);
}

void DeleteClauseCommand::redo()
{
    m_document->removeClause(m_section, m_index);
}

} // namespace tenet::app
