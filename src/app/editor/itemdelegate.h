#pragma once

#include <QStyledItemDelegate>

namespace tenet::app {

// Builds the editor each cell of an ItemTableModel asks for (ItemTableModel::CellEditorRole):
// spin boxes for numbers, combo boxes for roles and KPI directions, a tick list for a
// programme's roles, and a roomy text box for paragraphs and lists.
class ItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ItemDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
};

} // namespace tenet::app
