#include "textdocumentwriter.h"

#include "handbookstyle.h"
#include "markdownhtml.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace tenet::render {

using namespace handbookstyle;

TextDocumentWriter::TextDocumentWriter(QTextDocument *document)
    : m_document(document), m_cursor(std::make_unique<QTextCursor>(document))
{
}

TextDocumentWriter::~TextDocumentWriter() = default;

void TextDocumentWriter::newBlock(qreal leftMargin, qreal topMargin, qreal bottomMargin)
{
    QTextBlockFormat block;
    block.setLeftMargin(leftMargin);
    block.setTopMargin(topMargin);
    block.setBottomMargin(bottomMargin);
    block.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    const QTextCharFormat text = textFormat();
    if (m_reuseBlock) {
        m_cursor->setBlockFormat(block);
        m_cursor->setBlockCharFormat(text);
        m_cursor->setCharFormat(text);
        m_reuseBlock = false;
    } else {
        m_cursor->insertBlock(block, text);
    }
}

void TextDocumentWriter::insertText(const QString &text, const QTextCharFormat &format)
{
    m_cursor->insertText(text, format);
}

void TextDocumentWriter::keepWithNext()
{
    m_headingBlocks << m_cursor->blockNumber();
}

void TextDocumentWriter::addHeading(const QString &text, qreal pointSize, qreal topMargin)
{
    newBlock(0, topMargin, 4);
    m_cursor->insertText(text, textFormat(pointSize, true, false, accent));
    m_headingBlocks << m_cursor->blockNumber();
}

void TextDocumentWriter::addParagraph(const QString &text, qreal pointSize, bool italic,
                                      qreal leftMargin)
{
    newBlock(leftMargin);
    m_cursor->insertText(oneBlock(text),
                         textFormat(pointSize > 0 ? pointSize : bodySize, false, italic,
                                    pointSize > 0 && pointSize < bodySize ? muted : ink));
}

void TextDocumentWriter::addMarkdown(const QString &markdown, qreal leftMargin)
{
    if (markdown.trimmed().isEmpty())
        return;
    newBlock();
    const int first = m_cursor->blockNumber();
    // Raw HTML in a body is shown as typed, never interpreted.
    m_cursor->insertMarkdown(markdown,
                             QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub)
                                 | QTextDocument::MarkdownNoHTML);
    const int last = m_cursor->blockNumber();
    for (int n = first; n <= last; ++n) {
        const QTextBlock block = m_document->findBlockByNumber(n);
        QTextBlockFormat format = block.blockFormat();
        format.setLeftMargin(format.leftMargin() + leftMargin);
        format.setBottomMargin(block.textList() ? 1 : 4);
        format.setTopMargin(0);
        format.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
        QTextCursor(block).setBlockFormat(format);
    }
    replacePictures(m_document->findBlockByNumber(first).position(), m_cursor->position());
    dropUnsafeLinks(m_document->findBlockByNumber(first).position(), m_cursor->position());
    m_cursor->movePosition(QTextCursor::End);
}

// A clause body may name a picture (![plan](/home/x/plan.png)). Qt would read that file
// when laying the page out; the handbook never reads files or the network on a body's
// behalf, so the picture's description stands in its place.
void TextDocumentWriter::replacePictures(int from, int to)
{
    struct Picture
    {
        int position;
        int length;
        QString text;
    };
    QList<Picture> pictures;
    for (QTextBlock block = m_document->findBlock(from); block.isValid() && block.position() < to;
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            const QTextImageFormat image = fragment.charFormat().toImageFormat();
            QString text = image.property(QTextFormat::ImageAltText).toString();
            if (text.isEmpty())
                text = image.name();
            pictures.append({fragment.position(), fragment.length(), u"["_s + text + u']'});
        }
    }
    QTextCursor editor(m_document);
    for (auto it = pictures.crbegin(); it != pictures.crend(); ++it) {
        editor.setPosition(it->position);
        editor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        editor.insertText(it->text, textFormat(bodySize, false, true, muted));
    }
}

// Qt's PDF writer turns every anchor into a link a reader can click, whatever its scheme.
// A body's javascript: or file: link is kept as text, as the HTML export keeps it.
void TextDocumentWriter::dropUnsafeLinks(int from, int to)
{
    struct Link
    {
        int position;
        int length;
        QTextCharFormat format;
    };
    QList<Link> unsafe;
    for (QTextBlock block = m_document->findBlock(from); block.isValid() && block.position() < to;
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().isAnchor()
                && !isSafeLink(fragment.charFormat().anchorHref()))
                unsafe.append({fragment.position(), fragment.length(), fragment.charFormat()});
        }
    }
    QTextCursor editor(m_document);
    for (Link &link : unsafe) {
        // The link's look goes too: text that cannot be followed should not look as if it can.
        for (int property :
             {QTextFormat::IsAnchor, QTextFormat::AnchorHref, QTextFormat::AnchorName,
              QTextFormat::TextUnderlineStyle, QTextFormat::ForegroundBrush})
            link.format.clearProperty(property);
        editor.setPosition(link.position);
        editor.setPosition(link.position + link.length, QTextCursor::KeepAnchor);
        editor.setCharFormat(link.format);
    }
}

void TextDocumentWriter::addBullet(const QString &text, qreal leftMargin, qreal pointSize)
{
    newBlock(leftMargin, 0, 1);
    QTextBlockFormat hanging;
    hanging.setTextIndent(-10);
    m_cursor->mergeBlockFormat(hanging);
    m_cursor->insertText(u"•\u2002"_s + text, textFormat(pointSize));
}

void TextDocumentWriter::addTable(const QString &heading, const QStringList &columns,
                                  const QList<QStringList> &rows, const QList<int> &percentWidths)
{
    addHeading(heading, 11, 14);
    QTextTableFormat format;
    format.setBorder(0.4);
    format.setBorderBrush(ruleColour);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(3.5);
    format.setCellSpacing(0);
    format.setTopMargin(2);
    format.setBottomMargin(6);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    // A table that runs onto the next page repeats its column headings there.
    format.setHeaderRowCount(1);
    QList<QTextLength> widths;
    for (int percent : percentWidths)
        widths << QTextLength(QTextLength::PercentageLength, percent);
    format.setColumnWidthConstraints(widths);

    QTextTable *table = m_cursor->insertTable(int(rows.size()) + 1, int(columns.size()), format);
    // Rules between rows only, heavier under the headings: the columns read without a grid.
    const auto cellFormat = [](qreal ruleWidth, const QColor &ruleColour) {
        QTextTableCellFormat cell;
        cell.setLeftBorder(0);
        cell.setRightBorder(0);
        cell.setTopBorder(0);
        cell.setBottomBorder(ruleWidth);
        cell.setBottomBorderBrush(ruleColour);
        cell.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        return cell;
    };
    QTextTableCellFormat headerCell = cellFormat(0.9, accent);
    headerCell.setBackground(headerFill);
    const QTextTableCellFormat bodyCell = cellFormat(0.4, ruleColour);
    const QTextCharFormat headerText = textFormat(tableTextSize, true, false, accent);
    const QTextCharFormat cellText = textFormat(tableTextSize);
    for (int c = 0; c < columns.size(); ++c) {
        QTextTableCell cell = table->cellAt(0, c);
        cell.setFormat(headerCell);
        cell.firstCursorPosition().insertText(columns.at(c), headerText);
    }
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < columns.size(); ++c) {
            QTextTableCell cell = table->cellAt(r + 1, c);
            cell.setFormat(bodyCell);
            if (c < rows.at(r).size())
                cell.firstCursorPosition().insertText(oneBlock(rows.at(r).at(c)), cellText);
        }
    }
    m_cursor->movePosition(QTextCursor::End);
    m_reuseBlock = true;
}

} // namespace tenet::render
