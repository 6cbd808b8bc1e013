#include "languageoption.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tenet::app {

QCommandLineOption LanguageOption::option()
{
    return QCommandLineOption(
        u"lang"_s,
        QCoreApplication::translate(
            "main",
            "The interface language for this run: en (English), es (Spanish) or lt "
            "(Lithuanian). Signing in does not change it, and it is not remembered."),
        u"LANGUAGE"_s);
}

QString LanguageOption::peek(const QStringList &arguments)
{
    // A parser that knows only --lang: the other options are reported as unknown, which is
    // no matter here; the real parser checks them afterwards.
    QCommandLineParser parser;
    const QCommandLineOption lang = option();
    parser.addOption(lang);
    parser.parse(arguments);
    return parser.value(lang).trimmed().toLower();
}

} // namespace tenet::app
