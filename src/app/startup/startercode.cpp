#include "startercode.h"

#include "exchange/codefile.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tenet::app {

namespace {

// Every language a starter code is written in, in the order File > New offers them; a build
// carries those whose file src/app/startup/CMakeLists.txt embeds.
const QStringList knownLanguages = {u"en"_s, u"es"_s, u"lt"_s};

QString resourcePath(const QString &language)
{
    return u":/templates/starter-code.%1.json"_s.arg(language);
}

domain::Result<QByteArray> templateBytes(const QString &language)
{
    if (!knownLanguages.contains(language))
        return domain::Error::notFound(
            u"there is no starter code in the language \"%1\"; there is one in %2"_s.arg(
                language, starterCodeLanguages().join(u", "_s)));
    const QString path = resourcePath(language);
    QFile file(path);
    if (!file.exists())
        return domain::Error::notFound(
            u"this build of Tenet carries no starter code in \"%1\"; there is one in %2"_s.arg(
                language, starterCodeLanguages().join(u", "_s)));
    if (!file.open(QIODevice::ReadOnly))
        return domain::Error::integrity(path, u"the starter code cannot be read from this "
                                              "build of Tenet"_s);
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

QStringList starterCodeLanguages()
{
    QStringList languages;
    for (const QString &language : knownLanguages) {
        if (QFile::exists(resourcePath(language)))
            languages.append(language);
    }
    return languages;
}

domain::Result<exchange::CodeDocument> starterCode(const QString &language)
{
    auto bytes = templateBytes(language);
    if (!bytes)
        return bytes.error();
    return exchange::parseCodeJson(*bytes, resourcePath(language));
}

domain::Result<exchange::CodeDocument>
starterCodeFor(const QString &organisation, const QString &ownerNo, const QString &language)
{
    auto bytes = templateBytes(language);
    if (!bytes)
        return bytes.error();
    // Replacing in the text rather than field by field reaches every string the template
    // holds, the title and structured items included. Web addresses are lower case and stay
    // as they are.
    const QString name = jsonEscaped(organisation.trimmed());
    QString text = QString::fromUtf8(*bytes);
    text.replace(u"Northwind Support"_s, name);
    text.replace(QRegularExpression(u"\\bNorthwind\\b"_s), name);
    auto document = exchange::parseCodeJson(text.toUtf8(), resourcePath(language));
    if (!document)
        return document.error();
    for (domain::Section &section : document->content.sections)
        section.owner = ownerNo;
    return document;
}

} // namespace tenet::app
