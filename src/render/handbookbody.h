#pragma once

#include "handbooksource.h"
#include "outputlanguage.h"

#include <QList>
#include <QSizeF>
#include <QString>

#include <functional>
#include <memory>

class QPaintDevice;
class QPainter;
class QTextDocument;

namespace tenet::domain {
struct Comparison;
struct Section;
} // namespace tenet::domain

namespace tenet::render {

class TextDocumentWriter;

// The body of the handbook, everything between the contents page and the signature page,
// as one paginated QTextDocument laid out in points: the seven sections with their clauses
// and tables, then the changes since the previous published version. Each part starts on
// a new page, and a heading never ends a page without what it heads.
class HandbookBody
{
public:
    // One entry of the contents: a part of the body and the page it starts on.
    struct Part
    {
        QString number; // "3"; empty for "Changes in this version"
        QString title;
        int firstPage = 0; // 0-based, counted from the body's first page
    };

    // `layoutDevice` sets the resolution text is laid out at; it must report 72 dpi so
    // that one unit of the layout is one point. `pageSize` is the area of a page the body
    // fills, in points.
    HandbookBody(const HandbookSource &source, const QSizeF &pageSize, QPaintDevice *layoutDevice,
                 const QString &fontFamily);
    ~HandbookBody();

    // Adds the parts one after the other, reporting each to `partAdded(done, total)`; stops
    // and returns false as soon as that returns false.
    bool build(const std::function<bool(int done, int total)> &partAdded);

    // Paginates the document and learns where each part starts.
    void layOut();

    int pageCount() const;
    const QList<Part> &parts() const { return m_parts; }

    // Paints one page (0-based) with its top left corner at the painter's origin.
    void paintPage(QPainter &painter, int page) const;

private:
    void addSection(const domain::Section &section);
    void addChanges(const domain::Comparison &comparison);
    void addStructuredItems(const domain::Section &section);

    void startPart(const QString &number, const QString &title);

    int pageOf(qreal y) const;
    bool keepHeadingsWithNext();

    const HandbookSource &m_source;
    OutputLanguage m_language; // the fixed wording, in the code's language
    QSizeF m_pageSize;
    std::unique_ptr<QTextDocument> m_document;
    std::unique_ptr<TextDocumentWriter> m_writer;
    QList<int> m_partBlocks; // the block number of each part's heading
    QList<Part> m_parts;
};

} // namespace tenet::render
