#pragma once

#include "cli/command.h"

#include <QList>

// Each group of tenetctl's commands, listed by commandregistry.cpp.
namespace tenet::cli::commands {

QList<Command> setupCommands();      // init
QList<Command> staffCommands();      // staff add, staff list
QList<Command> rosterCommands();     // staff import, staff set-pin
QList<Command> codeFileCommands();   // import-code, export-code
QList<Command> exportCommands();     // export-pdf, export-html, export-md
QList<Command> versionCommands();    // versions, diff
QList<Command> workflowCommands();   // submit, send-back, approve, publish, withdraw
QList<Command> searchCommands();     // search
QList<Command> acknowledgementCommands(); // ack, ack list, ack attempts
QList<Command> reviewCommands();     // review
QList<Command> kpiCommands();        // kpi import
QList<Command> dashboardCommands();  // dashboard
QList<Command> reportCommands();     // report
QList<Command> maintenanceCommands(); // verify, backup
QList<Command> copyCommands();       // copy
QList<Command> sealCommands();       // seal

} // namespace tenet::cli::commands
