#pragma once

#include "app/editor/sectionfields.h"

#include <QUndoCommand>

namespace tenet::app {

class DraftDocument;

// Changes one field of a section ("Edit section 5 purpose"); typing in the same field merges.
class EditSectionCommand : public QUndoCommand
{
public:
    enum class Field
    {
        Title,
        Purpose,
        Owner,
        ReviewInterval
    };

    // `after` holds all the section's fields with the one field changed.
    EditSectionCommand(DraftDocument *document, int section, Field field,
                       const SectionFields &after, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    static QString undoText(Field field, const QString &number);

private:
    DraftDocument *m_document;
    int m_section;
    Field m_field;
    SectionFields m_before;
    SectionFields m_after;
};

} // namespace tenet::app
