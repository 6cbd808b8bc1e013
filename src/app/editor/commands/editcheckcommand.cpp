#include "editcheckcommand.h"

#include "app/editor/draftdocument.h"

#include <QCoreApplication>

namespace tenet::app {

EditCheckCommand::EditCheckCommand(DraftDocument *document,
                                   const domain::ComprehensionCheck &after, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("tenet::app::EditCheckCommand",
                                               "Edit comprehension questions"),
                   parent)
    , m_document(document)
    , m_before(document->content().check)
    , m_after(after)
{
}

void EditCheckCommand::undo()
{
    m_document->setCheck(m_before);
}

void EditCheckCommand::redo()
{
    m_document->setCheck(m_after);
}

} // namespace tenet::app
