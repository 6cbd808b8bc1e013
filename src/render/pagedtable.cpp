#include "pagedtable.h"

#include "pageflow.h"

#include <QLineF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace tenet::render {

namespace {

// Enough for every team, site and role of a large roster; names, which rarely repeat, only
// pass through.
constexpr qsizetype advanceCacheLimit = 4096;

constexpr qreal gridWidth = 0.5; // points

// The longest words of a column's texts, by letters, kept to be measured once every row
// has been seen: how narrow the column can be without breaking a word. Counting letters
// rather than measuring every word keeps a pass over tens of thousands of rows cheap; all
// words within a few letters of the longest are measured, so the widest is among them.
class LongWords
{
public:
    void add(const QString &text, int face)
    {
        qsizetype start = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i < text.size() && !text.at(i).isSpace())
                continue;
            const QStringView word = QStringView(text).mid(start, i - start);
            start = i + 1;
            if (word.isEmpty() || word.size() + slack < m_letters)
                continue;
            if (word.size() > m_letters) {
                m_letters = word.size();
                m_words.removeIf(
                    [this](const auto &kept) { return kept.first.size() + slack < m_letters; });
            }
            const bool known = std::any_of(m_words.cbegin(), m_words.cend(), [&](const auto &kept) {
                return kept.second == face && kept.first == word;
            });
            if (!known && m_words.size() < limit)
                m_words.append({word.toString(), face});
        }
    }

    template<typename Measure> qreal widest(const Measure &measure) const
    {
        qreal width = 0;
        for (const auto &[word, face] : m_words)
            width = std::max(width, measure(word, face));
        return width;
    }

private:
    static constexpr qsizetype slack = 3;
    static constexpr qsizetype limit = 64;
    qsizetype m_letters = 0;
    QList<std::pair<QString, int>> m_words;
};

} // namespace

PagedTable::PagedTable(const QPaintDevice &device, const QStringList &headings, const Style &style)
    : m_device(device)
    , m_style(style)
    , m_regularMetrics(style.regular, &device)
    , m_boldMetrics(style.bold, &device)
    , m_italicMetrics(style.italic, &device)
{
    for (const QString &heading : headings)
        m_headings << TableCell {heading, {}, true};
    m_widths.fill(0, m_headings.size());
    m_wholeTexts.fill(0, m_headings.size());
    m_fits.fill(false, m_headings.size());
}

const QFont &PagedTable::font(Face face) const
{
    switch (face) {
    case Face::Bold:
        return m_style.bold;
    case Face::Italic:
        return m_style.italic;
    case Face::Regular:
        break;
    }
    return m_style.regular;
}

const QFontMetricsF &PagedTable::metrics(Face face) const
{
    switch (face) {
    case Face::Bold:
        return m_boldMetrics;
    case Face::Italic:
        return m_italicMetrics;
    case Face::Regular:
        break;
    }
    return m_regularMetrics;
}

qreal PagedTable::advance(const QString &text, Face face) const
{
    if (text.isEmpty())
        return 0;
    QHash<QString, qreal> &cache = m_advances[int(face)];
    if (const auto found = cache.constFind(text); found != cache.cend())
        return *found;
    const qreal width = metrics(face).horizontalAdvance(text);
    if (cache.size() >= advanceCacheLimit)
        cache.clear();
    cache.insert(text, width);
    return width;
}

void PagedTable::keepWhole(int column, const QString &text)
{
    m_wholeTexts[column] = std::max(m_wholeTexts[column], advance(text, Face::Regular));
}

void PagedTable::fitColumns(qreal width, int rowCount, const TableRows &rows)
{
    const qsizetype columns = m_headings.size();
    const qreal padding = 2 * m_style.padding;
    // What a column must have (its longest word, its texts kept whole), what suits it (the width
    // that 95 of 100 of its texts fit in, so that one long name or remark does not take the table),
    // and what it could use (its widest text).
    QList<qreal> minimum(columns, 0);
    QList<qreal> suits(columns, 0);
    QList<qreal> widest(columns, 0);
    QList<qreal> longest(columns, 0); // of the rows' texts alone
    QList<qreal> heading(columns, 0);
    // The widths of each column's texts counted by whole points, up to a page's width:
    // a few thousand counters, however many rows.
    constexpr int buckets = 1024;
    QList<int> counts(columns * buckets, 0);
    QList<LongWords> words(columns);
    QList<TableCell> cells;
    for (int row = 0; row < rowCount; ++row) {
        rows(row, cells);
        for (qsizetype c = 0; c < columns && c < cells.size(); ++c) {
            const TableCell &cell = cells[c];
            const Face face = cell.bold ? Face::Bold : Face::Regular;
            const qreal text = std::max(advance(cell.text, face), advance(cell.note, Face::Italic));
            words[c].add(cell.text, int(face));
            words[c].add(cell.note, int(Face::Italic));
            longest[c] = std::max(longest[c], text);
            ++counts[c * buckets + std::min(buckets - 1, int(std::ceil(text)))];
        }
    }
    for (qsizetype c = 0; c < columns; ++c) {
        words[c].add(m_headings[c].text, int(Face::Bold));
        minimum[c]
            = std::max(m_wholeTexts[c], words[c].widest([this](const QString &word, int face) {
                  return advance(word, Face(face));
              }))
            + padding;
        heading[c] = advance(m_headings[c].text, Face::Bold);
        int seen = 0;
        int bucket = 0;
        while (bucket < buckets - 1 && seen + counts[c * buckets + bucket] < rowCount * 0.95)
            seen += counts[c * buckets + bucket++];
        suits[c] = std::max(minimum[c], std::min(qreal(bucket), longest[c]) + padding);
        widest[c] = std::max({suits[c], heading[c] + padding, longest[c] + padding});
    }
    const auto sum = [](const QList<qreal> &values) {
        return std::accumulate(values.cbegin(), values.cend(), qreal(0));
    };
    // Shares out `room` in proportion to what each column would take more than `from`.
    const auto share = [&](const QList<qreal> &from, const QList<qreal> &to, qreal room) {
        const qreal wanted = sum(to) - sum(from);
        for (qsizetype c = 0; c < columns; ++c)
            m_widths[c] = from[c] + (wanted > 0 ? (to[c] - from[c]) * room / wanted : 0);
    };
    // Cuts the widest columns down to one width, found by halving, so that the narrow ones
    // stay whole and only the widest texts wrap.
    const auto cutDown = [&](const auto &cutTo) {
        qreal low = 0;
        qreal high = *std::max_element(widest.cbegin(), widest.cend());
        for (int step = 0; step < 40; ++step) {
            const qreal cap = (low + high) / 2;
            qreal total = 0;
            for (qsizetype c = 0; c < columns; ++c)
                total += cutTo(cap, c);
            (total > width ? high : low) = cap;
        }
        for (qsizetype c = 0; c < columns; ++c)
            m_widths[c] = cutTo(low, c);
    };
    if (sum(widest) <= width) {
        share(widest, widest, 0);
    } else if (sum(suits) <= width) {
        share(suits, widest, width - sum(suits));
    } else if (sum(minimum) < width) {
        cutDown(
            [&](qreal cap, qsizetype c) { return std::max(minimum[c], std::min(suits[c], cap)); });
    } else {
        // Not even every word fits: the longest words break, the texts kept whole do not.
        cutDown([&](qreal cap, qsizetype c) {
            return std::max(m_wholeTexts[c] + padding, std::min(minimum[c], cap));
        });
    }
    // Whatever is left (or missing, when even the minimums do not fit) in proportion.
    const qreal total = sum(m_widths);
    for (qsizetype c = 0; c < columns; ++c) {
        m_widths[c] *= width / total;
        // A hair to spare, so that rounding never sends a text that fits onto two lines.
        m_fits[c] = longest[c] + padding <= m_widths[c] - 0.01;
    }
}

int PagedTable::lineCount(const QString &text, Face face, int column, bool heading) const
{
    const qreal available = m_widths[column] - 2 * m_style.padding;
    if ((m_fits[column] && !heading) || advance(text, face) <= available)
        return 1;
    QTextLayout layout(text, font(face), &m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    int lines = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(available);
        ++lines;
    }
    layout.endLayout();
    return std::max(lines, 1);
}

qreal PagedTable::rowHeight(const QList<TableCell> &cells, bool headings) const
{
    int lines = 1;
    for (qsizetype c = 0; c < cells.size() && c < m_widths.size(); ++c) {
        const TableCell &cell = cells[c];
        int cellLines
            = lineCount(cell.text, cell.bold ? Face::Bold : Face::Regular, int(c), headings);
        if (!cell.note.isEmpty())
            cellLines += lineCount(cell.note, Face::Italic, int(c), headings);
        lines = std::max(lines, cellLines);
    }
    return 2 * m_style.padding + lines * m_regularMetrics.lineSpacing();
}

qreal PagedTable::startHeight(int rowCount, const TableRows &rows) const
{
    qreal height = rowHeight(m_headings, true);
    if (rowCount > 0) {
        QList<TableCell> cells;
        rows(0, cells);
        height += rowHeight(cells, false);
    }
    return height;
}

void PagedTable::paintText(QPainter &painter, const QString &text, Face face, Face &current,
                           int column, bool heading, qreal x, qreal top) const
{
    const qreal available = m_widths[column] - 2 * m_style.padding;
    const qreal lineSpacing = m_regularMetrics.lineSpacing();
    if (face != current) {
        painter.setFont(font(face));
        current = face;
    }
    if ((m_fits[column] && !heading) || advance(text, face) <= available) {
        painter.drawText(QPointF(x, top + metrics(face).ascent()), text);
        return;
    }
    // Wrapped exactly as lineCount() counted, one line under the other.
    QTextLayout layout(text, font(face), &m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    int lines = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(available);
        line.setPosition(QPointF(0, lines * lineSpacing));
        ++lines;
    }
    layout.endLayout();
    layout.draw(&painter, QPointF(x, top));
}

void PagedTable::paintRow(QPainter &painter, const QList<TableCell> &cells, qreal left, qreal top,
                          qreal height, bool headings) const
{
    const qreal total = std::accumulate(m_widths.cbegin(), m_widths.cend(), qreal(0));
    if (headings)
        painter.fillRect(QRectF(left, top, total, height), m_style.headingFill);
    painter.setPen(m_style.ink);
    painter.setFont(m_style.regular);
    Face current = Face::Regular;
    const qreal lineSpacing = m_regularMetrics.lineSpacing();
    qreal x = left;
    for (qsizetype c = 0; c < cells.size() && c < m_widths.size(); ++c) {
        const TableCell &cell = cells[c];
        const Face face = cell.bold ? Face::Bold : Face::Regular;
        const qreal textLeft = x + m_style.padding;
        const qreal textTop = top + m_style.padding;
        paintText(painter, cell.text, face, current, int(c), headings, textLeft, textTop);
        if (!cell.note.isEmpty())
            paintText(painter, cell.note, Face::Italic, current, int(c), headings, textLeft,
                      textTop + lineCount(cell.text, face, int(c), headings) * lineSpacing);
        x += m_widths[c];
    }
    // The grid: the row's bottom, the top too under a page's first row of headings, and
    // the columns' edges, in one call.
    QList<QLineF> grid;
    grid.reserve(m_widths.size() + 3);
    if (headings)
        grid << QLineF(left, top, left + total, top);
    grid << QLineF(left, top + height, left + total, top + height);
    x = left;
    grid << QLineF(x, top, x, top + height);
    for (const qreal width : m_widths) {
        x += width;
        grid << QLineF(x, top, x, top + height);
    }
    painter.setPen(QPen(m_style.grid, gridWidth));
    painter.drawLines(grid);
}

void PagedTable::run(PageFlow &flow, int rowCount, const TableRows &rows) const
{
    const qreal headingsHeight = rowHeight(m_headings, true);
    const qreal left = flow.body().left();
    const auto headings = [&] {
        if (QPainter *painter = flow.painter())
            paintRow(*painter, m_headings, left, flow.y(), headingsHeight, true);
        flow.advance(headingsHeight);
    };
    flow.keep(startHeight(rowCount, rows));
    headings();
    QList<TableCell> cells;
    int rowsOnPage = 0;
    for (int row = 0; row < rowCount; ++row) {
        rows(row, cells);
        const qreal height = rowHeight(cells, false);
        // A row taller than a page would never fit: it goes where it is.
        if (height > flow.remaining() && rowsOnPage > 0) {
            flow.newPage();
            headings();
            rowsOnPage = 0;
        }
        if (QPainter *painter = flow.painter())
            paintRow(*painter, cells, left, flow.y(), height, false);
        flow.advance(height);
        ++rowsOnPage;
    }
}

} // namespace tenet::render
