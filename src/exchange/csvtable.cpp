#include "csvtable.h"

#include "inputfile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace tenet::exchange {

using domain::Error;
using domain::ErrorKind;
using domain::Result;

namespace {

// Far beyond any roster or export of measurements; a bigger file is a mistake.
constexpr qint64 maximumFileSize = 256 * 1024 * 1024;

// The first line (1-based) that is not well-formed UTF-8, or 0. UTF-8 never uses the byte
// 0x0A inside a character, so the lines can be checked one by one.
int firstLineNotUtf8(const QByteArray &bytes)
{
    {
        QStringDecoder whole(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        (void)QString(whole(bytes));
        if (!whole.hasError())
            return 0;
    }
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        (void)QString(decoder(QByteArrayView(bytes).sliced(start, end - start)));
        if (decoder.hasError())
            return line;
        start = end + 1;
        ++line;
    }
    return 0;
}

// A column as an error message names it: by its header name when it has one.
QString columnName(const QStringList &header, qsizetype index)
{
    if (index < header.size() && !header[index].trimmed().isEmpty())
        return header[index].trimmed();
    return QString::number(index + 1);
}

// The separator the header line uses: ';' when it has more semicolons than commas outside
// quotes (a spreadsheet set to a decimal comma writes those), ',' otherwise.
QChar detectDelimiter(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r') && (commas || semicolons))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    return semicolons > commas ? u';' : u',';
}

class Parser
{
public:
    Parser(const QString &text, const QString &fileLabel)
        : m_text(text), m_label(fileLabel), m_delimiter(detectDelimiter(text))
    {
    }

    Result<CsvTable> run()
    {
        CsvTable table;
        table.delimiter = m_delimiter;
        bool haveHeader = false;
        while (m_pos < m_text.size()) {
            const int line = m_line;
            if (atLineEnd()) { // a line with nothing on it
                skipLineEnd();
                continue;
            }
            auto fields = record(haveHeader ? table.header : QStringList());
            if (!fields)
                return fields.error();
            if (!haveHeader) {
                table.header = std::move(fields).value();
                haveHeader = true;
            } else {
                table.records.append({line, std::move(fields).value()});
            }
        }
        if (!haveHeader)
            return Error::invalid(csvLocation(m_label, 1),
                                  u"the file is empty; it needs a "
                                  "header row"_s);
        return table;
    }

private:
    bool atLineEnd() const
    {
        const QChar c = m_text.at(m_pos);
        return c == u'\n' || c == u'\r';
    }

    void skipLineEnd()
    {
        if (m_text.at(m_pos) == u'\r' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    Error errorAt(int line, const QStringList &header, qsizetype column, const QString &what) const
    {
        return Error::invalid(csvLocation(m_label, line),
                              u"column %1: %2"_s.arg(columnName(header, column), what));
    }

    // One record, from the current position up to and including its line end.
    Result<QStringList> record(const QStringList &header)
    {
        QStringList fields;
        while (true) {
            const qsizetype column = fields.size();
            QString field;
            if (m_pos < m_text.size() && m_text.at(m_pos) == u'"') {
                const int opened = m_line;
                ++m_pos;
                bool closed = false;
                while (m_pos < m_text.size()) {
                    const QChar c = m_text.at(m_pos);
                    if (c == u'"') {
                        if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'"') {
                            field += u'"';
                            m_pos += 2;
                            continue;
                        }
                        ++m_pos;
                        closed = true;
                        break;
                    }
                    if (c == u'\n')
                        ++m_line;
                    field += c;
                    ++m_pos;
                }
                if (!closed)
                    return errorAt(opened, header, column,
                                   u"the quoted field that begins here is never closed"_s);
                if (m_pos < m_text.size() && m_text.at(m_pos) != m_delimiter && !atLineEnd())
                    return errorAt(m_line, header, column,
                                   u"text follows the closing quote; write a quote inside a "
                                   "quoted field as two quotes (\"\")"_s);
            } else {
                const qsizetype start = m_pos;
                while (m_pos < m_text.size() && m_text.at(m_pos) != m_delimiter && !atLineEnd()) {
                    if (m_text.at(m_pos) == u'"')
                        return errorAt(m_line, header, column,
                                       u"a quote inside a field that is not quoted; put the "
                                       "field in quotes and write the quote twice (\"\")"_s);
                    ++m_pos;
                }
                field = m_text.sliced(start, m_pos - start);
            }
            fields.append(field);
            if (m_pos >= m_text.size())
                return fields;
            if (m_text.at(m_pos) == m_delimiter) {
                ++m_pos;
                continue;
            }
            skipLineEnd();
            return fields;
        }
    }

    const QString &m_text;
    QString m_label;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

QString csvLocation(const QString &fileLabel, int line)
{
    return u"%1:%2"_s.arg(fileLabel).arg(line);
}

Result<QList<int>> CsvTable::columnIndexes(const QStringList &expected,
                                           const QString &fileLabel) const
{
    const QString where = csvLocation(fileLabel, 1);
    QList<int> indexes(expected.size(), -1);
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header[i].trimmed();
        const qsizetype wanted = expected.indexOf(name);
        if (wanted < 0)
            return Error::invalid(
                where,
                u"column %1: \"%2\" is not a column of this file; the header names %3"_s.arg(
                    QString::number(i + 1), name, expected.join(u","_s)));
        if (indexes[wanted] >= 0)
            return Error::invalid(where,
                                  u"column %1: \"%2\" is named twice in the header"_s.arg(
                                      QString::number(i + 1), name));
        indexes[wanted] = int(i);
    }
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (indexes[i] < 0)
            return Error::invalid(where,
                                  u"column %1: missing from the header, which must name "
                                  "%2"_s.arg(expected[i], expected.join(u","_s)));
    }
    return indexes;
}

std::optional<Error> fieldCountProblem(const CsvRecord &record, const QStringList &header,
                                       const QString &fileLabel)
{
    const qsizetype have = record.fields.size();
    const qsizetype want = header.size();
    if (have == want)
        return std::nullopt;
    const QString where = csvLocation(fileLabel, record.line);
    if (have < want)
        return Error::invalid(
            where,
            u"column %1: missing; the row has %2 fields and the header "
            "%3"_s.arg(columnName(header, have), QString::number(have), QString::number(want)));
    return Error::invalid(
        where,
        u"column %1: the row has %2 fields and the header only %3"_s.arg(
            QString::number(want + 1), QString::number(have), QString::number(want)));
}

Result<QDate> parseIsoDate(const QString &text)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!shape.match(text).hasMatch())
        return Error::invalid({}, u"\"%1\" is not a date of the form YYYY-MM-DD"_s.arg(text));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return Error::invalid({}, u"\"%1\" is not a real date: there is no such day"_s.arg(text));
    return date;
}

Result<CsvTable> parseCsv(const QByteArray &bytes, const QString &fileLabel)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    const QByteArray body = view.toByteArray();
    if (const int line = firstLineNotUtf8(body); line > 0)
        return Error::invalid(csvLocation(fileLabel, line),
                              u"the line is not valid UTF-8 text; save the file with the UTF-8 "
                              "encoding"_s);
    const QString text = QString::fromUtf8(body);
    return Parser(text, fileLabel).run();
}

Result<QByteArray> readCsvFile(const QString &path)
{
    return readInputFile(path, maximumFileSize, u"is too large to be a CSV file of this kind"_s);
}

} // namespace tenet::exchange
