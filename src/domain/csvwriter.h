#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tenet::domain {

// The one CSV writer every export uses: UTF-8 with a byte order mark, CRLF line ends,
// fields quoted as RFC 4180 asks, and cells a spreadsheet would run as a formula made inert.
class CsvWriter
{
public:
    CsvWriter();

    void addRow(const QStringList &fields);
    QByteArray bytes() const { return m_bytes; }

    // One field as it is written: a text that begins with =, +, -, @, a tab or a carriage
    // return gets a leading apostrophe (OWASP's advice on CSV injection), then quotes where
    // needed. A plain number such as -3 is a number, not a formula, and is left as it is.
    static QByteArray field(const QString &text);

private:
    QByteArray m_bytes;
};

} // namespace tenet::domain
