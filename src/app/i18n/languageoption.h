#pragma once

#include <QCommandLineOption>
#include <QStringList>

namespace tenet::app {

// `tenet --lang es|lt|en`: the interface language for this run, ahead of the remembered
// choice and of the roster, for screenshots, tests and a quick look.
class LanguageOption
{
public:
    // The option, for QCommandLineParser (its help text in the interface language).
    static QCommandLineOption option();
    // The --lang value in the program's arguments, or empty. It is read before the parser
    // is built so that the parser's own help text comes out in that language.
    static QString peek(const QStringList &arguments);
};

} // namespace tenet::app
