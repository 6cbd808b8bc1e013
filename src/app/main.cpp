#include "mainwindow.h"

#include "platform/logging.h"
#include "platform/paths.h"
#include "storage/database.h"

#include <spdlog/spdlog.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tenet"));
    QApplication::setApplicationName(QStringLiteral("tenet"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tenet"));
    QApplication::setApplicationVersion(QStringLiteral(TENET_VERSION_STRING));
    tenet::platform::setUpLogging(QStringLiteral("tenet"), tenet::platform::LogConsole::None);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Write, publish and sign your team's Code of Practice."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "The database to open."));
    const QCommandLineOption databaseOption(
        QStringLiteral("db"), QApplication::translate("main", "The database to open."),
        QStringLiteral("FILE"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the main window to a PNG file and exit."),
        QStringLiteral("PNG"));
    parser.addOption(databaseOption);
    parser.addOption(screenshotOption);
    parser.process(app);

    // Without a file, the per-user database is created on first start; a file the user
    // names must already exist, so that a typo does not silently create an empty one.
    QString path = parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                : parser.positionalArguments().value(0);
    auto mode = tenet::storage::OpenMode::ExistingOnly;
    if (path.isEmpty()) {
        path = tenet::platform::defaultDatabasePath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        mode = tenet::storage::OpenMode::CreateIfMissing;
    }
    auto database = tenet::storage::Database::open(path, mode);
    if (!database) {
        spdlog::error("cannot open {}: {}", path.toStdString(),
                      database.error().toString().toStdString());
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the database"),
                              database.error().toString());
        return 2;
    }
    spdlog::info("opened {}", path.toStdString());

    tenet::app::MainWindow window(std::move(database).value());
    if (parser.isSet(screenshotOption)) {
        // Documentation and checks without a display: lay the window out at a fixed size
        // and render it off screen.
        window.resize(1100, 720);
        window.show();
        QApplication::processEvents();
        const QString png = parser.value(screenshotOption);
        if (!window.grab().save(png, "PNG")) {
            spdlog::error("cannot write the screenshot {}", png.toStdString());
            return 2;
        }
        return 0;
    }
    window.show();
    return app.exec();
}
