#pragma once

#include <QList>
#include <QStringList>

class QTextStream;

namespace tenet::cli {

// A plain text table for the terminal: columns padded to their widest cell.
class Table
{
public:
    explicit Table(QStringList headers);
    void addRow(QStringList cells);
    void print(QTextStream &out) const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace tenet::cli
