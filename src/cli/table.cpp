#include "table.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace tenet::cli {

Table::Table(QStringList headers)
    : m_headers(std::move(headers))
{
}

void Table::addRow(QStringList cells)
{
    m_rows.append(std::move(cells));
}

void Table::print(QTextStream &out) const
{
    QList<qsizetype> widths;
    for (const QString &header : m_headers)
        widths.append(header.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    const auto printRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
            const bool last = i == cells.size() - 1;
            line += last ? cells.at(i) : cells.at(i).leftJustified(widths.at(i)) + u"  "_s;
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out << line << u'\n';
    };
    printRow(m_headers);
    for (const QStringList &row : m_rows)
        printRow(row);
}

} // namespace tenet::cli
