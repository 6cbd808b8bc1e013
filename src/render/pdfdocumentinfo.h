#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace tenet::render {

// The document information a PDF viewer shows under File > Properties.
struct PdfDocumentInfo
{
    QString title;
    QString author;
    QString subject;
    QString creator; // the program that made the document, "Tenet 0.1.0"
    QString producer; // the library that wrote the PDF, "Qt 6.4.2"
    QDateTime created;
};

// Qt 6.4's QPdfWriter writes only a title and a creator (setAuthor and friends came in
// later versions), so the whole Info dictionary is replaced by a PDF incremental update
// (ISO 32000-1, 7.5.6): a new Info object, a one-entry cross-reference section and a
// trailer pointing to both are appended, and not one byte of the original is changed.
// Fails, as Invalid, on anything but a PDF with a classic cross-reference table and
// trailer, which is what QPdfWriter writes.
domain::Result<QByteArray> withDocumentInfo(const QByteArray &pdf, const PdfDocumentInfo &info);

} // namespace tenet::render
