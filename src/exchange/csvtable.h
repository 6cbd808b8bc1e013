#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tenet::exchange {

// One record of a CSV file and the line it begins on (a quoted field may span lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;

    friend bool operator==(const CsvRecord &, const CsvRecord &) = default;
};

// A CSV file as its header row and the records under it, fields exactly as written (quotes
// removed, nothing trimmed).
struct CsvTable
{
    QStringList header;
    QList<CsvRecord> records;
    // The field separator the file uses: ',' or, as Spanish and Lithuanian spreadsheets
    // write CSV, ';'.
    QChar delimiter = u',';

    // Where each of the expected columns stands in the header, in the order of `expected`.
    // The header must name each of them once and nothing else; the error names the file's
    // first line and the column.
    domain::Result<QList<int>> columnIndexes(const QStringList &expected,
                                             const QString &fileLabel) const;

    friend bool operator==(const CsvTable &, const CsvTable &) = default;
};

// Parses CSV as RFC 4180 describes it: comma-separated (or semicolon-separated, when the
// header line has more semicolons than commas outside quotes), fields optionally in double quotes,
// a double quote inside a quoted field written twice, records ending in CRLF or LF. The
// text is UTF-8, with or without a byte order mark. Lines with nothing on them are skipped.
// A record with fewer or more fields than the header is left for the caller to judge.
// Errors name "FILE:LINE" in Error::where (fileLabel names the file).
domain::Result<CsvTable> parseCsv(const QByteArray &bytes, const QString &fileLabel);

// The bytes of a file, with errors that name it (NotFound when there is no such file).
domain::Result<QByteArray> readCsvFile(const QString &path);

// "FILE:LINE", the place an error about one line of a file names.
QString csvLocation(const QString &fileLabel, int line);

// What is wrong with a record that has fewer or more fields than the header, naming the
// first column it lacks or the first it has too many; none when the count is right.
std::optional<domain::Error> fieldCountProblem(const CsvRecord &record, const QStringList &header,
                                               const QString &fileLabel);

// An ISO 8601 calendar date written YYYY-MM-DD. The error (without a place) says whether
// the text is not a date at all or names a day that does not exist, such as 2026-02-30.
domain::Result<QDate> parseIsoDate(const QString &text);

} // namespace tenet::exchange
