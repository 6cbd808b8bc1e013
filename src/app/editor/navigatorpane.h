#pragma once

#include <QList>
#include <QModelIndex>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QTreeView;

namespace tenet::app {

class CodeTreeModel;

// The editor's navigator: the "Contents" title with buttons for the clause actions, over the
// tree of sections and clauses (a CodeTreeModel). It keeps the current item, and a read-only
// tree takes no rename, drag or drop.
class NavigatorPane : public QWidget
{
    Q_OBJECT

public:
    explicit NavigatorPane(QWidget *parent = nullptr);

    CodeTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }

    // Buttons in the title bar, the tree's context menu, and the Del key in the tree.
    void setClauseActions(const QList<QAction *> &buttons, const QList<QAction *> &menu,
                          QAction *deleteAction);

    QModelIndex currentIndex() const;
    void selectClause(const QString &clauseId);
    void selectSection(int section);
    // Selects the clause or, when it is gone, the section (within those there are).
    void restoreSelection(const QString &clauseId, int section);
    void setReadOnly(bool readOnly);

signals:
    void currentChanged(const QModelIndex &current);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void select(const QModelIndex &index);

    CodeTreeModel *m_model;
    QLabel *m_title = nullptr;
    QTreeView *m_tree;
    QHBoxLayout *m_bar;
};

} // namespace tenet::app
