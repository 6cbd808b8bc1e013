#pragma once

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace tenet::app {

class DraftDocument;
class NavigatorPane;

// The editor's clause actions (add, duplicate, delete, move up and move down) on the
// navigator's current item: their shortcuts, when each is enabled, and the undo command each
// pushes onto the document's stack.
class ClauseActions : public QObject
{
    Q_OBJECT

public:
    // The shortcuts work anywhere in `owner`, which takes the actions.
    ClauseActions(QWidget *owner, NavigatorPane *navigator);

    void setDocument(DraftDocument *document);
    // Enables each for the navigator's current item; none on a read-only document.
    void update();

    // In the Edit menu's order.
    QList<QAction *> actions() const;
    // The navigator's context menu: the same, with the moves set apart.
    QList<QAction *> contextMenu() const;
    QAction *deleteAction() const { return m_delete; }

signals:
    // A clause was added and selected, so that its title can be typed over.
    void clauseAdded();

protected:
    bool event(QEvent *event) override;

private:
    void retranslate();
    void addClause();
    void duplicateClause();
    void deleteClause();
    void moveClause(int delta);

    NavigatorPane *m_navigator;
    DraftDocument *m_document = nullptr;
    QAction *m_add;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_menuSeparator;
};

} // namespace tenet::app
