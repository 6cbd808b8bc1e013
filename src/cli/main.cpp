#include "cli/cli.h"
#include "platform/logging.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

// Most commands need only Qt Core. Those that lay out a handbook need Qt GUI's fonts and
// PDF writer, hence a QGuiApplication, but never a display: they run on the offscreen
// platform unless the user chose another with QT_QPA_PLATFORM.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!tenet::cli::needsGuiApplication(arguments))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tenet"));
    QCoreApplication::setApplicationName(QStringLiteral("tenet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TENET_VERSION_STRING));
    tenet::platform::setUpLogging(QStringLiteral("tenetctl"),
                                  tenet::platform::LogConsole::WarningsToStderr);
    QTextStream out(stdout);
    return tenet::cli::run(QCoreApplication::arguments(), out);
}
