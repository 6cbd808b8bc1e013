#pragma once

#include "app/editor/sectionitems.h"

#include <QUndoCommand>

namespace tenet::app {

class DraftDocument;

// Replaces the structured items of a section after an edit of one of its tables ("Edit KPI
// table", "Add row to KPI table").
class EditItemsCommand : public QUndoCommand
{
public:
    EditItemsCommand(DraftDocument *document, int section, const SectionItems &after,
                     const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    DraftDocument *m_document;
    int m_section;
    SectionItems m_before;
    SectionItems m_after;
};

} // namespace tenet::app
