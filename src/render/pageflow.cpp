#include "pageflow.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextOption>

namespace tenet::render {

namespace {

constexpr qreal pointsPerInch = 72;

} // namespace

PageFlow::PageFlow(QPagedPaintDevice &device, const QRectF &body, QPainter *painter, int pageCount,
                   Decoration decoration)
    : m_device(device)
    , m_body(body)
    , m_painter(painter)
    , m_pageCount(pageCount)
    , m_decoration(std::move(decoration))
{
    beginPage();
}

QFont PageFlow::font(const QPagedPaintDevice &device, const QString &family, qreal points,
                     bool bold, bool italic)
{
    QFont font(family);
    // The painter is scaled to points, so a font must be `points` device pixels tall: a
    // font the painter resolves at the device's resolution. (QFont::setPixelSize would
    // do, but takes whole pixels only, and the tables are set in 8.5 points.)
    font.setPointSizeF(points * pointsPerInch / device.logicalDpiY());
    font.setBold(bold);
    font.setItalic(italic);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

void PageFlow::beginPage()
{
    ++m_page;
    m_y = m_body.top();
    if (m_painter && m_decoration) {
        m_painter->save();
        m_decoration(*m_painter, m_page, m_pageCount);
        m_painter->restore();
    }
}

void PageFlow::newPage()
{
    if (m_painter)
        m_device.newPage();
    beginPage();
}

void PageFlow::keep(qreal height)
{
    if (height > remaining() && !atPageTop())
        newPage();
}

void PageFlow::layOut(QTextLayout &layout, const QList<QTextLayout::FormatRange> &formats) const
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setFormats(formats);
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(m_body.width());
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
}

qreal PageFlow::paragraphHeight(const QString &text, const QFont &font,
                                const QList<QTextLayout::FormatRange> &formats) const
{
    QTextLayout layout(text, font, &m_device);
    layOut(layout, formats);
    return layout.boundingRect().height();
}

void PageFlow::paragraph(const QString &text, const QFont &font, const QColor &color, qreal before,
                         qreal after, const QList<QTextLayout::FormatRange> &formats)
{
    // Space above a paragraph is there to part it from the one above: none at a page's top.
    if (!atPageTop())
        m_y += before;
    QTextLayout layout(text, font, &m_device);
    layOut(layout, formats);
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        keep(line.height());
        if (m_painter) {
            m_painter->setPen(color);
            line.draw(m_painter, QPointF(m_body.left(), m_y - line.y()));
        }
        m_y += line.height();
    }
    m_y += after;
}

void PageFlow::verbatim(const QStringList &lines, const QFont &font, const QColor &color)
{
    const QFontMetricsF metrics(font, &m_device);
    for (const QString &line : lines) {
        keep(metrics.lineSpacing());
        if (m_painter) {
            m_painter->setFont(font);
            m_painter->setPen(color);
            m_painter->drawText(QPointF(m_body.left(), m_y + metrics.ascent()), line);
        }
        m_y += metrics.lineSpacing();
    }
}

} // namespace tenet::render
