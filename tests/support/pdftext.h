#pragma once

#include <QMap>
#include <QString>

// Reading PDFs back with poppler-utils (pdfinfo, pdftotext), as a reader's tools would:
// the tests check what a PDF says, not how Tenet meant to write it.
namespace tenet::test {

enum class TextMode
{
    Layout, // pdftotext -layout: lines as they stand on the page
    Raw, // pdftotext -raw: text in the order it was painted
};

// pdfinfo's fields: "Title", "Author", "Pages", "Page size", ... Fails the test, saying
// what to install, when poppler-utils is missing.
QMap<QString, QString> pdfInfo(const QString &pdfPath);

// The text of one page (1-based), or of the whole document when page is 0.
QString pdfText(const QString &pdfPath, int page = 0, TextMode mode = TextMode::Layout);

// Runs of white space as one space, so that layout does not decide a comparison.
QString simplified(const QString &text);

} // namespace tenet::test
