#include "startercode.h"

#include "exchange/codefile.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tenet::app {

namespace {

const QString resourcePath = u":/templates/starter-code.en.json"_s;

domain::Result<QByteArray> templateBytes()
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return domain::Error::integrity(resourcePath,
                                        u"the starter code is missing from this build of Tenet"_s);
    return file.readAll();
}

// The name goes into JSON string literals, so quotes and backslashes must stay text.
QString jsonEscaped(const QString &text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            escaped += u'\\';
        if (c.unicode() >= 0x20)
            escaped += c;
    }
    return escaped;
}

} // namespace

domain::Result<exchange::CodeDocument> starterCode()
{
    auto bytes = templateBytes();
    if (!bytes)
        return bytes.error();
    return exchange::parseCodeJson(*bytes, resourcePath);
}

domain::Result<exchange::CodeDocument> starterCodeFor(const QString &organisation,
                                                      const QString &ownerNo)
{
    auto bytes = templateBytes();
    if (!bytes)
        return bytes.error();
    // Replacing in the text rather than field by field reaches every string the template
    // holds, structured items included. Web addresses are lower case and stay as they are.
    const QString name = jsonEscaped(organisation.trimmed());
    QString text = QString::fromUtf8(*bytes);
    text.replace(u"Northwind Support"_s, name);
    text.replace(QRegularExpression(u"\\bNorthwind\\b"_s), name);
    auto document = exchange::parseCodeJson(text.toUtf8(), resourcePath);
    if (!document)
        return document.error();
    for (domain::Section &section : document->content.sections)
        section.owner = ownerNo;
    return document;
}

} // namespace tenet::app
