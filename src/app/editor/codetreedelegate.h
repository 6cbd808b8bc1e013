#pragma once

#include <QStyledItemDelegate>

namespace tenet::app {

// Paints the navigator's rows: the number before each title ("3.2 Title"), and the mark
// column as small pills: "must" and "should" on clauses, and "review due" on sections whose
// review interval has run out.
class CodeTreeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CodeTreeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace tenet::app
