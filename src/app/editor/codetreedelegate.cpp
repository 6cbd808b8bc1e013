#include "codetreedelegate.h"

#include "app/editor/models/codetreemodel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace tenet::app {

namespace {

QFont pillFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    font.setBold(false);
    return font;
}

} // namespace

CodeTreeDelegate::CodeTreeDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

void CodeTreeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    if (index.column() != CodeTreeModel::MarkColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    const bool isSection = index.data(CodeTreeModel::KindRole).value<CodeTreeModel::Kind>()
        == CodeTreeModel::Kind::Section;
    const bool must
        = !isSection && index.data(CodeTreeModel::StrengthRole).toString() == QLatin1String("must");
    QColor fill;
    QColor border;
    QColor ink;
    if (isSection) { // review due: amber, the colour of something waiting
        fill = QColor(255, 241, 204);
        border = QColor(214, 158, 0);
        ink = QColor(122, 82, 0);
    } else if (must) {
        fill = QColor(225, 234, 246);
        border = QColor(120, 150, 195);
        ink = QColor(28, 64, 120);
    } else {
        fill = Qt::transparent;
        border = QColor(160, 166, 174);
        ink = option.palette.color(QPalette::Disabled, QPalette::Text).darker(130);
        if (option.state & QStyle::State_Selected)
            ink = option.palette.color(QPalette::HighlightedText);
    }

    const QFont font = pillFont(option.font);
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 12;
    const int height = metrics.height() + 2;
    QRect pill(0, 0, width, height);
    pill.moveCenter(option.rect.center());
    pill.moveRight(option.rect.right() - 6);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(border, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0,
                             height / 2.0);
    painter->setFont(font);
    painter->setPen(ink);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

void CodeTreeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != CodeTreeModel::TitleColumn)
        return;
    const QString number = index.data(CodeTreeModel::NumberRole).toString();
    if (!number.isEmpty())
        option->text = number + u"  "_s + option->text;
}

QSize CodeTreeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == CodeTreeModel::MarkColumn) {
        const QFontMetrics metrics(pillFont(option.font));
        const QString text = index.data().toString();
        size.setWidth(text.isEmpty() ? 8 : metrics.horizontalAdvance(text) + 24);
        size.setHeight(qMax(size.height(), metrics.height() + 6));
    }
    return size;
}

} // namespace tenet::app
