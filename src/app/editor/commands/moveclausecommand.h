#pragma once

#include <QUndoCommand>

namespace tenet::app {

class DraftDocument;

// Moves a clause within its section or to another one ("Move clause 3.2 up", "Move clause
// 3.2 to 4.1").
class MoveClauseCommand : public QUndoCommand
{
public:
    // toIndex is where the clause ends up, counted after it has left its old place.
    MoveClauseCommand(DraftDocument *document, int fromSection, int fromIndex, int toSection,
                      int toIndex, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    DraftDocument *m_document;
    int m_fromSection;
    int m_fromIndex;
    int m_toSection;
    int m_toIndex;
};

} // namespace tenet::app
