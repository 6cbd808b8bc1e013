#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QTextLayout>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace tenet::render {

// Runs text down the pages of a document painted with QPainter, in one of two passes over
// the same content: one that only counts the pages, then one that paints them, so that
// every page can say "page X of Y". It holds where it stands on the current page and
// nothing of the pages before, so that memory stays the same however many pages there
// are. Both passes measure text on the device painted on, so they break pages alike.
class PageFlow
{
public:
    // Paints the running header and footer of page `number` (1-based) of `count`.
    using Decoration = std::function<void(QPainter &painter, int number, int count)>;

    // A counting pass when `painter` is null; otherwise a painting pass, told the page
    // count that the counting pass found. `body` is the part of each page the flow fills,
    // in points; the painter is already scaled to points.
    PageFlow(QPagedPaintDevice &device, const QRectF &body, QPainter *painter = nullptr,
             int pageCount = 0, Decoration decoration = {});

    QPainter *painter() const { return m_painter; }
    const QPagedPaintDevice &device() const { return m_device; }
    const QRectF &body() const { return m_body; }
    int pageNumber() const { return m_page; } // pages begun so far; the count, at the end

    // A font of `points` on this device, as the handbook sets its type: no hinting, no
    // ligatures ("fi" stays two letters that a search finds).
    static QFont font(const QPagedPaintDevice &device, const QString &family, qreal points,
                      bool bold = false, bool italic = false);

    qreal y() const { return m_y; }
    qreal remaining() const { return m_body.bottom() - m_y; }
    bool atPageTop() const { return m_y <= m_body.top(); }
    void advance(qreal height) { m_y += height; }

    void newPage();
    // Goes on to a new page unless `height` fits on this one, or this one is still empty.
    void keep(qreal height);

    // Text wrapped to the body's width (a word too long for a line is broken), `before`
    // and `after` points of space around it. A line that no longer fits on the page goes
    // on to the next. `formats` set parts of it in another font (QTextLayout's ranges).
    void paragraph(const QString &text, const QFont &font, const QColor &color, qreal before = 0,
                   qreal after = 0, const QList<QTextLayout::FormatRange> &formats = {});
    // The height paragraph() takes for the text, without the space around it.
    qreal paragraphHeight(const QString &text, const QFont &font,
                          const QList<QTextLayout::FormatRange> &formats = {}) const;

    // Lines set as they are, never wrapped: text to be copied out line by line.
    void verbatim(const QStringList &lines, const QFont &font, const QColor &color);

private:
    void beginPage();
    void layOut(QTextLayout &layout, const QList<QTextLayout::FormatRange> &formats) const;

    QPagedPaintDevice &m_device;
    QRectF m_body;
    QPainter *m_painter = nullptr;
    int m_pageCount = 0;
    Decoration m_decoration;
    int m_page = 0;
    qreal m_y = 0;
};

} // namespace tenet::render
