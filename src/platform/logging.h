#pragma once

#include <QString>

namespace tenet::platform {

enum class LogConsole {
    None,          // the desktop program: the log file only
    WarningsToStderr, // the command-line program: warnings and errors on stderr too
};

// Sets up spdlog's default logger: a rotating file in the per-user data folder
// (QStandardPaths::AppDataLocation/logs/PROGRAM.log, 1 MiB x 3) and, for the CLI,
// stderr. A log file that cannot be opened is not fatal: the program runs without it.
void setUpLogging(const QString &program, LogConsole console);

// Where the log file goes; empty when there is no writable data folder.
QString logFilePath(const QString &program);

} // namespace tenet::platform
