#pragma once

#include "cli/command.h"

#include <QList>

// Each group of tenetctl's commands, listed by commandregistry.cpp.
namespace tenet::cli::commands {

QList<Command> setupCommands();      // init
QList<Command> staffCommands();      // staff add, staff list
QList<Command> codeFileCommands();   // import-code, export-code
QList<Command> versionCommands();    // versions, diff
QList<Command> workflowCommands();   // submit, send-back, approve, publish, withdraw
QList<Command> searchCommands();     // search
QList<Command> maintenanceCommands(); // verify, backup

} // namespace tenet::cli::commands
