#include "csvwriter.h"

#include <QRegularExpression>

namespace tenet::domain {

namespace {

bool startsLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t'
        && first != u'\r')
        return false;
    // A signed decimal number ("-2.5", or "-2,5" with a decimal comma) is data a spreadsheet
    // should keep as a number; "-2+3" is not one, so it is neutralised.
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+([.,][0-9]+)?$"));
    return !number.match(text).hasMatch();
}

} // namespace

CsvWriter::CsvWriter(QChar delimiter)
    : m_bytes("\xEF\xBB\xBF"), m_delimiter(isDelimiter(delimiter) ? delimiter : u',')
{
    // The byte order mark makes spreadsheet programs read the accents as UTF-8.
}

void CsvWriter::addRow(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_bytes += char(m_delimiter.unicode());
        m_bytes += field(fields.at(i), m_delimiter);
    }
    m_bytes += "\r\n";
}

bool CsvWriter::isDelimiter(QChar delimiter)
{
    return delimiter == u',' || delimiter == u';';
}

QByteArray CsvWriter::field(const QString &text, QChar delimiter)
{
    QByteArray bytes = (startsLikeFormula(text) ? QStringLiteral("'") + text : text).toUtf8();
    const char separator = isDelimiter(delimiter) ? char(delimiter.unicode()) : ',';
    if (bytes.contains(separator) || bytes.contains('"') || bytes.contains('\n')
        || bytes.contains('\r') || bytes.contains('\t'))
        bytes = '"' + bytes.replace("\"", "\"\"") + '"';
    return bytes;
}

} // namespace tenet::domain
