#include "searchhitdelegate.h"

#include "searchresultmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace tenet::app {

namespace {

constexpr int margin = 4;

void prepare(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    document.setDefaultFont(option.font);
    document.setDocumentMargin(margin);
    document.setTextWidth(option.rect.width() > 0 ? option.rect.width() : 400);
    const QString heading = index.data(SearchResultModel::HeadingRole).toString().toHtmlEscaped();
    document.setHtml(u"<b>"_s + heading + u"</b><br>"_s
                     + SearchHitDelegate::snippetHtml(
                         index.data(SearchResultModel::SnippetRole).toString()));
}

} // namespace

QString SearchHitDelegate::snippetHtml(const QString &snippet)
{
    const QString highlight = QApplication::palette().color(QPalette::Highlight).name();
    const QString highlightText = QApplication::palette().color(QPalette::HighlightedText).name();
    QString html;
    bool inMatch = false;
    QString run;
    const auto flush = [&] {
        if (run.isEmpty())
            return;
        html += inMatch ? u"<b style=\"background-color:%1; color:%2\">%3</b>"_s.arg(
                              highlight, highlightText, run.toHtmlEscaped())
                        : run.toHtmlEscaped();
        run.clear();
    };
    for (QChar c : snippet) {
        if (c == u'[' && !inMatch) {
            flush();
            inMatch = true;
        } else if (c == u']' && inMatch) {
            flush();
            inMatch = false;
        } else {
            run += c;
        }
    }
    flush();
    return html;
}

void SearchHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument document;
    prepare(document, option, index);
    QAbstractTextDocumentLayout::PaintContext context;
    if (option.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(option.rect.translated(-option.rect.topLeft()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument document;
    prepare(document, option, index);
    return QSize(int(document.idealWidth()), int(document.size().height()));
}

} // namespace tenet::app
