#include "markdownhtml.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tenet::render {

namespace {

QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QChar::LineSeparator, u"<br>"_s);
    html.replace(QChar::Nbsp, u"&nbsp;"_s);
    return html;
}

QString inlineHtml(const QTextBlock &block, bool inCode)
{
    QString html;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        QString text = escaped(fragment.text());
        if (format.isImageFormat()) {
            const QTextImageFormat image = format.toImageFormat();
            text = escaped(image.property(QTextFormat::ImageAltText).toString());
        }
        if (!inCode && format.fontFixedPitch())
            text = u"<code>"_s + text + u"</code>"_s;
        if (format.fontStrikeOut())
            text = u"<del>"_s + text + u"</del>"_s;
        if (format.fontItalic())
            text = u"<em>"_s + text + u"</em>"_s;
        if (format.fontWeight() >= QFont::DemiBold)
            text = u"<strong>"_s + text + u"</strong>"_s;
        if (format.isAnchor() && !format.anchorHref().isEmpty() && isSafeLink(format.anchorHref()))
            text = u"<a href=\""_s + format.anchorHref().toHtmlEscaped() + u"\">"_s + text
                + u"</a>"_s;
        html += text;
    }
    return html;
}

bool isOrdered(QTextListFormat::Style style)
{
    return style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha
        || style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman
        || style == QTextListFormat::ListUpperRoman;
}

// Walks a frame's blocks and tables in order, turning runs of list items into nested
// lists and runs of code lines into one <pre>.
class HtmlWriter
{
public:
    QString frame(QTextFrame *frame)
    {
        QString html;
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            if (QTextFrame *child = it.currentFrame()) {
                html += closeAll();
                if (auto *table = qobject_cast<QTextTable *>(child))
                    html += this->table(table);
                else
                    html += this->frame(child);
            } else {
                html += block(it.currentBlock());
            }
        }
        return html + closeAll();
    }

private:
    QString block(const QTextBlock &block)
    {
        const QTextBlockFormat format = block.blockFormat();
        QString html;
        const bool code
            = format.hasProperty(QTextFormat::BlockCodeFence) || format.nonBreakableLines();
        if (!code && m_inPre) {
            html += u"</code></pre>\n"_s;
            m_inPre = false;
        }
        QTextList *list = block.textList();
        html += adjustLists(list ? list->format().indent() : 0, list);
        if (code) {
            if (!m_inPre) {
                html += u"<pre><code>"_s;
                m_inPre = true;
            } else {
                html += u'\n';
            }
            return html + inlineHtml(block, true);
        }
        if (list) {
            OpenList &open = m_open.last();
            if (open.itemOpen)
                html += u"</li>\n"_s;
            open.itemOpen = true;
            return html + u"<li>"_s + inlineHtml(block, false);
        }
        const QString text = inlineHtml(block, false);
        if (format.headingLevel() > 0) {
            const QString tag = u"h%1"_s.arg(qBound(1, format.headingLevel(), 6));
            return html + u'<' + tag + u'>' + text + u"</"_s + tag + u">\n"_s;
        }
        if (format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth))
            return html + u"<hr>\n"_s;
        if (text.isEmpty())
            return html;
        if (format.property(QTextFormat::BlockQuoteLevel).toInt() > 0)
            return html + u"<blockquote><p>"_s + text + u"</p></blockquote>\n"_s;
        return html + u"<p>"_s + text + u"</p>\n"_s;
    }

    // Brings the open lists to `depth`, the last of them being `list`; a nested list
    // stays inside the item above it.
    QString adjustLists(int depth, QTextList *list)
    {
        QString html;
        while (m_open.size() > depth)
            html += closeList();
        if (list && !m_open.isEmpty() && m_open.size() == depth && m_open.last().list != list)
            html += closeList();
        while (list && m_open.size() < depth) {
            const bool ordered = isOrdered(list->format().style());
            html += ordered ? u"<ol>\n"_s : u"<ul>\n"_s;
            m_open << OpenList {list, ordered, false};
        }
        return html;
    }

    QString closeList()
    {
        const OpenList list = m_open.takeLast();
        return (list.itemOpen ? u"</li>\n"_s : QString())
            + (list.ordered ? u"</ol>\n"_s : u"</ul>\n"_s);
    }

    QString closeAll()
    {
        QString html;
        if (m_inPre) {
            html += u"</code></pre>\n"_s;
            m_inPre = false;
        }
        return html + adjustLists(0, nullptr);
    }

    QString table(QTextTable *table)
    {
        QString html = u"<table>\n"_s;
        for (int r = 0; r < table->rows(); ++r) {
            html += u"<tr>"_s;
            const QString tag = r == 0 ? u"th"_s : u"td"_s;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                QString text;
                for (auto it = cell.begin(); !it.atEnd(); ++it) {
                    if (it.currentBlock().isValid())
                        text += inlineHtml(it.currentBlock(), false);
                }
                html += u'<' + tag + u'>' + text + u"</"_s + tag + u'>';
            }
            html += u"</tr>\n"_s;
        }
        return html + u"</table>\n"_s;
    }

    struct OpenList
    {
        QTextList *list = nullptr;
        bool ordered = false;
        bool itemOpen = false; // its last <li> waits for a nested list or the next item
    };
    QList<OpenList> m_open; // outermost first
    bool m_inPre = false;
};

} // namespace

QString markdownToText(const QString &markdown)
{
    QTextDocument document;
    // The same reader, with the same options, as the handbook's addMarkdown.
    document.setMarkdown(markdown,
                         QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub)
                             | QTextDocument::MarkdownNoHTML);
    QStringList lines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString line;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            if (fragment.charFormat().isImageFormat()) {
                const QTextImageFormat image = fragment.charFormat().toImageFormat();
                QString text = image.property(QTextFormat::ImageAltText).toString();
                line += u'[' + (text.isEmpty() ? image.name() : text) + u']';
            } else {
                line += fragment.text();
            }
        }
        line.replace(QChar::LineSeparator, u'\n');
        if (const QTextList *list = block.textList()) {
            const QTextListFormat format = list->format();
            const QString marker = isOrdered(format.style()) ? list->itemText(block) : u"•"_s;
            line = QString(2 * std::max(0, format.indent() - 1), u' ') + marker + u' ' + line;
        }
        lines << line;
    }
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    while (!lines.isEmpty() && lines.constFirst().trimmed().isEmpty())
        lines.removeFirst();
    return lines.join(u'\n');
}

QString markdownToHtml(const QString &markdown)
{
    if (markdown.trimmed().isEmpty())
        return {};
    QTextDocument document;
    document.setMarkdown(markdown,
                         QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub)
                             | QTextDocument::MarkdownNoHTML);
    return HtmlWriter().frame(document.rootFrame());
}

bool isSafeLink(const QString &href)
{
    const QUrl url(href);
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme.isEmpty() || scheme == u"http"_s || scheme == u"https"_s || scheme == u"mailto"_s;
}

} // namespace tenet::render
