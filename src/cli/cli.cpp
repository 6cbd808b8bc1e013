#include "cli.h"

#include "command.h"
#include "exitcodes.h"

#include "domain/messagetext.h"

#include <spdlog/spdlog.h>

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::cli {

namespace {

// Global options that take a value, so that their value is not mistaken for a command.
bool takesValue(const QString &argument)
{
    return argument == u"--db"_s || argument == u"--as"_s || argument == u"--code"_s;
}

struct Located
{
    const Command *command = nullptr;
    QList<int> wordIndexes; // where the command's words stand in the arguments
};

// Finds the command among the arguments: the first word that is not an option or the
// value of a global option, possibly followed by a second word ("staff add").
Located locateCommand(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (takesValue(argument)) {
            ++i;
            continue;
        }
        if (argument.startsWith(u'-'))
            continue;
        if (i + 1 < arguments.size()) {
            const QString twoWords = argument + u' ' + arguments.at(i + 1);
            for (const Command &command : allCommands()) {
                if (command.name == twoWords)
                    return {&command, {i, i + 1}};
            }
        }
        for (const Command &command : allCommands()) {
            if (command.name == argument)
                return {&command, {i}};
        }
        return {nullptr, {i}};
    }
    return {};
}

QString optionSyntax(const QCommandLineOption &option)
{
    QString syntax;
    for (const QString &name : option.names()) {
        if (!syntax.isEmpty())
            syntax += u", "_s;
        syntax += (name.size() == 1 ? u"-"_s : u"--"_s) + name;
    }
    if (!option.valueName().isEmpty())
        syntax += u' ' + option.valueName();
    return syntax;
}

void printOptions(QTextStream &out, const QList<QCommandLineOption> &options)
{
    for (const QCommandLineOption &option : options)
        out << u"  "_s << optionSyntax(option).leftJustified(28) << u' ' << option.description()
            << u'\n';
}

void printGeneralHelp(QTextStream &out)
{
    out << u"Usage: tenetctl --db DATABASE COMMAND [OPTIONS] [ARGUMENTS]\n\n"_s
        << u"Tenet's command-line program: every non-interactive job on a Tenet database.\n\n"_s
        << u"Commands:\n"_s;
    for (const Command &command : allCommands())
        out << u"  "_s << command.name.leftJustified(14) << u' ' << command.summary << u'\n';
    out << u"\nOptions every command accepts:\n"_s;
    printOptions(out, globalOptions());
    out << u"\nRun `tenetctl COMMAND --help` for a command's own options.\n\n"_s
        << u"Exit status: 0 success, 1 usage error, 2 invalid input (nothing was written),\n"_s
        << u"3 refused (role, state or conflict), 4 integrity failure.\n"_s;
}

void printCommandHelp(QTextStream &out, const Command &command)
{
    out << (command.namesItsDatabases ? u"Usage: tenetctl "_s : u"Usage: tenetctl --db DATABASE "_s)
        << command.name;
    if (!command.options.isEmpty())
        out << u" [OPTIONS]"_s;
    if (!command.arguments.isEmpty())
        out << u' ' << command.arguments;
    out << u"\n\n"_s << command.summary << u"\n"_s;
    if (!command.options.isEmpty()) {
        out << u"\nOptions:\n"_s;
        printOptions(out, command.options);
    }
    out << u"\nOptions every command accepts:\n"_s;
    printOptions(out, globalOptions());
}

// The arguments of a command that takes free text, with every word that is not one of its
// options moved after "--", so that a search for "-foo" is a search, not an unknown option.
QStringList textAfterOptions(const QStringList &arguments, const Command &command)
{
    const QList<QCommandLineOption> options = globalOptions() + command.options;
    const auto known = [&](const QString &name) -> const QCommandLineOption * {
        for (const QCommandLineOption &option : options) {
            if (option.names().contains(name))
                return &option;
        }
        return nullptr;
    };
    QStringList kept {arguments.value(0)};
    QStringList text;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--"_s) {
            text += arguments.mid(i + 1);
            break;
        }
        if (argument.size() > 1 && argument.startsWith(u'-')) {
            QString name = argument.mid(argument.startsWith(u"--"_s) ? 2 : 1);
            const bool hasValue = name.contains(u'=');
            name = name.section(u'=', 0, 0);
            if (const QCommandLineOption *option = known(name)) {
                kept << argument;
                if (!option->valueName().isEmpty() && !hasValue && i + 1 < arguments.size())
                    kept << arguments.at(++i);
                continue;
            }
        }
        text << argument;
    }
    return kept + QStringList {u"--"_s} + text;
}

int fail(const Error &error)
{
    // An error quotes user text (a file's key, a CSV field); escaped, it stays on one line
    // for scripts and logs.
    spdlog::error(escapeForMessage(error.toString()).toStdString());
    return exitCodeFor(error.kind);
}

} // namespace

bool needsGuiApplication(const QStringList &arguments)
{
    const Located located = locateCommand(arguments);
    return located.command && located.command->needsGui;
}

int run(const QStringList &arguments, QTextStream &out)
{
    const Located located = locateCommand(arguments);
    if (!located.command) {
        if (!located.wordIndexes.isEmpty()) {
            return fail(Error::usage(u"unknown command \"%1\"; `tenetctl --help` lists them"_s.arg(
                arguments.at(located.wordIndexes.first()))));
        }
        if (arguments.contains(u"--version"_s)) {
            out << u"tenetctl " TENET_VERSION_STRING "\n"_s;
            return ExitOk;
        }
        printGeneralHelp(out);
        out.flush();
        const bool askedForHelp = arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s);
        return askedForHelp ? ExitOk : ExitUsage;
    }

    const Command &command = *located.command;
    QStringList parseable;
    for (int i = 0; i < arguments.size(); ++i) {
        if (!located.wordIndexes.contains(i))
            parseable << arguments.at(i);
    }
    if (command.takesText)
        parseable = textAfterOptions(parseable, command);
    QCommandLineParser parser;
    parser.addOptions(globalOptions());
    parser.addOptions(command.options);
    if (!parser.parse(parseable))
        return fail(Error::usage(parser.errorText() + u"; see `tenetctl "_s + command.name
                                 + u" --help`"_s));
    if (parser.isSet(u"help"_s)) {
        printCommandHelp(out, command);
        return ExitOk;
    }
    if (parser.value(u"db"_s).isEmpty() && !command.namesItsDatabases)
        return fail(Error::usage(u"no database given: use --db DATABASE (a file, "
                                 "postgresql://USER@HOST/NAME or service=NAME)"_s));

    CommandContext context(parser, out, command.readsOnly);
    const Status status = command.run(context);
    out.flush();
    if (!status)
        return fail(status.error());
    spdlog::info("{} {}: done", command.name.toStdString(), context.databasePath().toStdString());
    return ExitOk;
}

} // namespace tenet::cli
