#include "cli/cli.h"
#include "platform/logging.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tenet"));
    QCoreApplication::setApplicationName(QStringLiteral("tenet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TENET_VERSION_STRING));
    tenet::platform::setUpLogging(QStringLiteral("tenetctl"),
                                  tenet::platform::LogConsole::WarningsToStderr);
    QTextStream out(stdout);
    return tenet::cli::run(QCoreApplication::arguments(), out);
}
