#include "edititemscommand.h"

#include "app/editor/draftdocument.h"

namespace tenet::app {

EditItemsCommand::EditItemsCommand(DraftDocument *document, int section, const SectionItems &after,
                                   const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_section(section)
    , m_before(SectionItems::of(document->section(section)))
    , m_after(after)
{
}

void EditItemsCommand::undo()
{
    m_document->setSectionItems(m_section, m_before);
}

void EditItemsCommand::redo()
{
    m_document->setSectionItems(m_section, m_after);
}

} // namespace tenet::app
