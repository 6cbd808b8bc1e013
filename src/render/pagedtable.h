#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QPaintDevice;
class QPainter;

namespace tenet::render {

class PageFlow;

// One cell of a table: its text, and an optional note in italics on a line of its own
// below it (a signature's paper record).
struct TableCell
{
    QString text;
    QString note;
    bool bold = false;
};

// Fills in the cells of row `row` (0-based), one per column, reusing the list.
using TableRows = std::function<void(int row, QList<TableCell> &cells)>;

// A table of any number of rows painted straight onto the pages of a PageFlow: the
// headings on a shaded row at its top and again at the top of every page it runs onto, a
// thin grid, text that wraps within its cell rather than overflowing it, and rows never
// split across pages. Rows are asked for one at a time and forgotten once painted.
class PagedTable
{
public:
    struct Style
    {
        QFont regular;
        QFont bold;
        QFont italic;
        qreal padding = 3; // points, inside each cell
        QColor ink = Qt::black;
        QColor grid = QColor(0x99, 0x99, 0x99);
        QColor headingFill = QColor(0xe8, 0xe8, 0xe8);
    };

    PagedTable(const QPaintDevice &device, const QStringList &headings, const Style &style);

    // A text that must stay on one line in the column, such as a date, whatever the
    // widths; before fitColumns().
    void keepWhole(int column, const QString &text);

    // Shares `width` among the columns in one pass over the rows. When every text fits,
    // each column gets its widest. Otherwise each gets what suits 95 of 100 of its texts
    // (long ones wrap), and the room left over goes to those that could use more; when even
    // that is too wide, the widest columns are narrowed to a common width, never below
    // their heading's longest word and the texts kept whole.
    void fitColumns(qreal width, int rowCount, const TableRows &rows);

    // The height of the headings and the first row: what a heading above the table keeps
    // on its page.
    qreal startHeight(int rowCount, const TableRows &rows) const;

    // Runs the rows down the flow, counting or painting as the flow does.
    void run(PageFlow &flow, int rowCount, const TableRows &rows) const;

private:
    enum class Face
    {
        Regular,
        Bold,
        Italic,
    };
    const QFont &font(Face face) const;
    const QFontMetricsF &metrics(Face face) const;
    qreal advance(const QString &text, Face face) const;
    // The lines a text takes in a column: one, unless it is wider than the column. Only
    // a row's text, not a heading, can be known to fit from the column (m_fits).
    int lineCount(const QString &text, Face face, int column, bool heading) const;
    qreal rowHeight(const QList<TableCell> &cells, bool headings) const;
    // `current`: the face the painter is set to, so that it changes only when it must.
    void paintText(QPainter &painter, const QString &text, Face face, Face &current, int column,
                   bool heading, qreal x, qreal top) const;
    void paintRow(QPainter &painter, const QList<TableCell> &cells, qreal left, qreal top,
                  qreal height, bool headings) const;

    const QPaintDevice &m_device;
    QList<TableCell> m_headings;
    Style m_style;
    QFontMetricsF m_regularMetrics;
    QFontMetricsF m_boldMetrics;
    QFontMetricsF m_italicMetrics;
    QList<qreal> m_widths; // each column's, padding included
    QList<qreal> m_wholeTexts; // each column's widest text kept whole (keepWhole())
    // Per column: whether every text of its rows fits on one line, so that no row needs
    // measuring again when the pages are counted and painted. Headings are measured.
    QList<bool> m_fits;
    // Widths of texts measured, by face: team, site and role names repeat on every page.
    mutable QHash<QString, qreal> m_advances[3];
};

} // namespace tenet::render
