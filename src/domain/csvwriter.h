#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tenet::domain {

// The one CSV writer every export uses: UTF-8 with a byte order mark, CRLF line ends,
// fields quoted as RFC 4180 asks, and cells a spreadsheet would run as a formula made inert.
// The field separator is a comma, or a semicolon for spreadsheets whose decimal mark is a
// comma (Spanish, Lithuanian).
class CsvWriter
{
public:
    explicit CsvWriter(QChar delimiter = u',');

    void addRow(const QStringList &fields);
    QByteArray bytes() const { return m_bytes; }

    // One field as it is written: a text that begins with =, +, -, @, a tab or a carriage
    // return gets a leading apostrophe (OWASP's advice on CSV injection), then quotes where
    // needed. A plain number such as -3 is a number, not a formula, and is left as it is.
    static QByteArray field(const QString &text, QChar delimiter = u',');

    // Whether a separator is one CsvWriter writes: ',' or ';'.
    static bool isDelimiter(QChar delimiter);

private:
    QByteArray m_bytes;
    QChar m_delimiter;
};

} // namespace tenet::domain
