#include "moveclausecommand.h"

#include "app/editor/draftdocument.h"

#include <QCoreApplication>

namespace tenet::app {

namespace {

// The translation context of these messages.
struct MoveClauseText
{
    Q_DECLARE_TR_FUNCTIONS(tenet::app::MoveClauseCommand)
};

} // namespace

MoveClauseCommand::MoveClauseCommand(DraftDocument *document, int fromSection, int fromIndex,
                                     int toSection, int toIndex, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_fromSection(fromSection)
    , m_fromIndex(fromIndex)
    , m_toSection(toSection)
    , m_toIndex(toIndex)
{
    const QString number = document->clauseNumber(fromSection, fromIndex);
    if (fromSection == toSection && toIndex == fromIndex - 1)
        setText(MoveClauseText::tr("Move clause %1 up").arg(number));
    else if (fromSection == toSection && toIndex == fromIndex + 1)
        setText(MoveClauseText::tr("Move clause %1 down").arg(number));
    else
        setText(MoveClauseText::tr("Move clause %1 to %2")
                    .arg(number, document->clauseNumber(toSection, toIndex)));
}

void MoveClauseCommand::undo()
{
    m_document->moveClause(m_toSection, m_toIndex, m_fromSection, m_fromIndex);
}

void MoveClauseCommand::redo()
{
    m_document->moveClause(m_fromSection, m_fromIndex, m_toSection, m_toIndex);
}

} // namespace tenet::app
