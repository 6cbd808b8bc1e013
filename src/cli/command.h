#pragma once

#include "domain/code.h"
#include "domain/result.h"
#include "domain/workflow.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <memory>

class QCommandLineParser;
class QTextStream;

namespace tenet::storage {
class Database;
}

namespace tenet::cli {

// What a command gets to work with: its parsed arguments, where to print, and the
// database named by --db, opened on first use.
class CommandContext
{
public:
    // A read-only context opens the database so that nothing can write to it.
    CommandContext(const QCommandLineParser &args, QTextStream &out, bool readOnly = false);
    ~CommandContext();

    const QCommandLineParser &args() const { return m_args; }
    QTextStream &out() { return m_out; }
    bool json() const;
    QString value(const QString &option) const;
    bool isSet(const QString &option) const;
    QStringList positional() const;

    // The database of --db; it must exist unless the command creates it.
    domain::Result<storage::Database *> database();
    QString databasePath() const;

    // The acting person: --as EMPLOYEE_NO, or the operating-system user when --as is
    // absent and `required` is false.
    domain::Result<domain::Actor> actor(bool required);

    // The code the command is about: --code ID, or the only code in the file.
    domain::Result<domain::Code> code();

    // An integer option or positional, with a usage error naming it when it is not one.
    domain::Result<int> integer(const QString &text, const QString &name) const;

private:
    const QCommandLineParser &m_args;
    QTextStream &m_out;
    bool m_readOnly = false;
    std::unique_ptr<storage::Database> m_database;
};

using CommandHandler = domain::Status (*)(CommandContext &context);

// One tenetctl command: its words ("staff add"), what it does, what it takes, and its code.
struct Command
{
    QString name;
    QString summary;
    QString arguments; // positional syntax for the help text, e.g. "FILE"
    QList<QCommandLineOption> options;
    CommandHandler run = nullptr;
    bool createsDatabase = false;
    // It lays out text or paints (a PDF handbook): it needs Qt's GUI module, so main()
    // starts a QGuiApplication for it.
    bool needsGui = false;
    // It only reads: the database is opened read-only, never migrated, never written.
    bool readsOnly = false;
    // It names its databases as arguments (copy FROM TO) and takes no --db.
    bool namesItsDatabases = false;
    // Its positional arguments are free text (a search): a word that begins with '-' and
    // is not one of its options is text, not an unknown option.
    bool takesText = false;
};

// Every command, in the order `tenetctl --help` lists them.
const QList<Command> &allCommands();

// Options every command accepts.
QList<QCommandLineOption> globalOptions();

} // namespace tenet::cli
