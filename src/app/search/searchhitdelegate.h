#pragma once

#include <QStyledItemDelegate>

namespace tenet::app {

// Draws a search result as two lines: the clause's number and title in bold, then the
// snippet with every match highlighted (bold on the highlight colour, so that it shows
// without colour too).
class SearchHitDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The snippet as HTML: text escaped, "[match]" turned into a highlighted span.
    static QString snippetHtml(const QString &snippet);
};

} // namespace tenet::app
