#include "command.h"

#include "commands/commands.h"

using namespace Qt::StringLiterals;

namespace tenet::cli {

const QList<Command> &allCommands()
{
    static const QList<Command> commands = [] {
        QList<Command> all;
        all << commands::setupCommands() << commands::staffCommands()
            << commands::rosterCommands() << commands::codeFileCommands()
            << commands::exportCommands()
            << commands::versionCommands() << commands::workflowCommands()
            << commands::searchCommands() << commands::acknowledgementCommands()
            << commands::reviewCommands() << commands::kpiCommands()
            << commands::dashboardCommands() << commands::reportCommands()
            << commands::maintenanceCommands();
        return all;
    }();
    return commands;
}

QList<QCommandLineOption> globalOptions()
{
    return {
        {u"db"_s, u"The Tenet database file."_s, u"FILE"_s},
        {u"as"_s, u"The staff member who acts (recorded in the audit log; without it, the "
                  "operating-system user)."_s, u"EMPLOYEE_NO"_s},
        {u"code"_s, u"Which code, when the file holds more than one."_s, u"ID"_s},
        {u"json"_s, u"Print the result as JSON (the format is stable; see docs/cli.md)."_s},
        {{u"h"_s, u"help"_s}, u"Show this help."_s},
    };
}

} // namespace tenet::cli
