// The one Catch2 main every test executable shares. It makes the run independent of the
// machine: no display needed, no user files touched.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef TENET_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#elif defined(TENET_TEST_GUI_APP)
// Fonts and painting without widgets: the render layer's tests.
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <QStandardPaths>

int main(int argc, char *argv[])
{
    // Test discovery runs this binary at build time, where there may be no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
