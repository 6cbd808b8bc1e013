#include "command.h"

#include "commands/commands.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace tenet::cli {

const QList<Command> &allCommands()
{
    static const QList<Command> commands = [] {
        QList<Command> all;
        all << commands::setupCommands() << commands::staffCommands() << commands::rosterCommands()
            << commands::codeFileCommands() << commands::exportCommands()
            << commands::versionCommands() << commands::workflowCommands()
            << commands::searchCommands() << commands::acknowledgementCommands()
            << commands::reviewCommands() << commands::kpiCommands()
            << commands::dashboardCommands() << commands::reportCommands()
            << commands::maintenanceCommands() << commands::copyCommands()
            << commands::sealCommands();
        // These only read, so they open the file read-only: they work on read-only media and
        // can never migrate, adopt or otherwise change a file. A backup reads the database
        // too; it writes only the new file.
        static const QStringList readers {
            u"verify"_s,     u"backup"_s,      u"versions"_s,     u"diff"_s,      u"export-code"_s,
            u"export-pdf"_s, u"export-html"_s, u"export-md"_s,    u"dashboard"_s, u"report"_s,
            u"search"_s,     u"ack list"_s,    u"ack attempts"_s, u"staff list"_s,
            u"seal"_s};
        for (Command &command : all) {
            command.readsOnly = readers.contains(command.name);
            command.takesText = command.name == u"search"_s;
        }
        return all;
    }();
    return commands;
}

QList<QCommandLineOption> globalOptions()
{
    return {
        {u"db"_s,
         u"The Tenet database: a file, or a database on a PostgreSQL server "
         "(postgresql://USER@HOST/NAME, or service=NAME from pg_service.conf)."_s,
         u"DATABASE"_s},
        {u"as"_s,
         u"The staff member who acts (recorded in the audit log; without it, the "
         "operating-system user)."_s,
         u"EMPLOYEE_NO"_s},
        {u"code"_s, u"Which code, when the database holds more than one."_s, u"ID"_s},
        {u"json"_s, u"Print the result as JSON (the format is stable; see docs/cli.md)."_s},
        {{u"h"_s, u"help"_s}, u"Show this help."_s},
    };
}

} // namespace tenet::cli
