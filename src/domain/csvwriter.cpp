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
    // A signed decimal number is data a spreadsheet should keep as a number; "-2+3" is not
    // one, so it is neutralised.
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    return !number.match(text).hasMatch();
}

} // namespace

CsvWriter::CsvWriter() : m_bytes("\xEF\xBB\xBF")
{
    // The byte order mark makes spreadsheet programs read the accents as UTF-8.
}

void CsvWriter::addRow(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_bytes += ',';
        m_bytes += field(fields.at(i));
    }
    m_bytes += "\r\n";
}

QByteArray CsvWriter::field(const QString &text)
{
    QByteArray bytes = (startsLikeFormula(text) ? QStringLiteral("'") + text : text).toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')
        || bytes.contains('\t'))
        bytes = '"' + bytes.replace("\"", "\"\"") + '"';
    return bytes;
}

} // namespace tenet::domain
