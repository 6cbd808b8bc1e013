#include "pdfdocumentinfo.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::render {

namespace {

// A text string as PDF wants it for any language: UTF-16BE with a byte-order mark, in hex,
// which needs no escaping at all.
QByteArray textString(const QString &text)
{
    QByteArray utf16;
    utf16.reserve(2 + text.size() * 2);
    utf16.append(char(0xFE)).append(char(0xFF));
    for (const QChar c : text)
        utf16.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    return '<' + utf16.toHex().toUpper() + '>';
}

// D:YYYYMMDDHHmmSSZ, in UTC.
QByteArray dateString(const QDateTime &time)
{
    return "(D:" + time.toUTC().toString(u"yyyyMMddHHmmss"_s).toLatin1() + "Z)";
}

QByteArray xrefEntry(qint64 offset, int generation, char kind)
{
    return QByteArray::number(offset).rightJustified(10, '0') + ' '
        + QByteArray::number(generation).rightJustified(5, '0') + ' ' + kind + " \n";
}

} // namespace

Result<QByteArray> withDocumentInfo(const QByteArray &pdf, const PdfDocumentInfo &info)
{
    const auto invalid = [](const QString &what) {
        return Error::invalid(u"PDF"_s, u"cannot add the document information: "_s + what);
    };
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startxrefAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startxrefAt < trailerAt)
        return invalid(u"no classic trailer at the end of the file"_s);
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startxrefAt - trailerAt));
    const auto size = QRegularExpression(u"/Size\\s+(\\d+)"_s).match(trailer);
    const auto root = QRegularExpression(u"/Root\\s+(\\d+\\s+\\d+\\s+R)"_s).match(trailer);
    const auto previous = QRegularExpression(u"^startxref\\s+(\\d+)"_s)
                              .match(QString::fromLatin1(pdf.mid(startxrefAt, 64)));
    if (!size.hasMatch() || !root.hasMatch() || !previous.hasMatch())
        return invalid(u"the trailer lacks /Size, /Root or startxref"_s);

    const int infoObject = size.captured(1).toInt();
    QByteArray update = pdf;
    if (!update.endsWith('\n'))
        update += '\n';
    const qint64 infoOffset = update.size();
    update += QByteArray::number(infoObject) + " 0 obj\n<<\n";
    const auto entry = [&update](const char *key, const QString &value) {
        if (!value.isEmpty())
            update += QByteArray("/") + key + ' ' + textString(value) + '\n';
    };
    entry("Title", info.title);
    entry("Author", info.author);
    entry("Subject", info.subject);
    entry("Creator", info.creator);
    entry("Producer", info.producer);
    if (info.created.isValid())
        update += "/CreationDate " + dateString(info.created) + '\n';
    update += ">>\nendobj\n";

    const qint64 xrefOffset = update.size();
    update += "xref\n0 1\n" + xrefEntry(0, 65535, 'f') + QByteArray::number(infoObject) + " 1\n"
        + xrefEntry(infoOffset, 0, 'n');
    update += "trailer\n<<\n/Size " + QByteArray::number(infoObject + 1) + "\n/Root "
        + root.captured(1).toLatin1() + "\n/Info " + QByteArray::number(infoObject) + " 0 R\n/Prev "
        + previous.captured(1).toLatin1() + "\n>>\nstartxref\n" + QByteArray::number(xrefOffset)
        + "\n%%EOF\n";
    return update;
}

} // namespace tenet::render
