#include "mainwindow.h"
#include "screenshot.h"

#include "i18n/interfacelanguage.h"
#include "i18n/languageoption.h"
#include "platform/logging.h"
#include "session/session.h"
#include "startup/accountactions.h"
#include "startup/databaseopener.h"
#include "startup/fileactions.h"
#include "startup/passworddialog.h"
#include "startup/serverpassword.h"
#include "storage/database.h"

#include <spdlog/spdlog.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tenet"));
    QApplication::setApplicationName(QStringLiteral("tenet"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tenet"));
    QApplication::setApplicationVersion(QStringLiteral(TENET_VERSION_STRING));
    // The desktop pairs the window with tenet.desktop (its icon and name) through this.
    QGuiApplication::setDesktopFileName(QStringLiteral("tenet"));
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(QStringLiteral(":/icons/tenet-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    tenet::platform::setUpLogging(QStringLiteral("tenet"), tenet::platform::LogConsole::None);

    // The language comes first: every text, --help's included, and every window is in it.
    QSettings settings;
    tenet::app::InterfaceLanguage language(settings);
    const QString requestedLanguage = tenet::app::LanguageOption::peek(QApplication::arguments());
    language.start(requestedLanguage);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Write, publish and sign your team's Code of Practice."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("DATABASE"),
        QApplication::translate("main", "The database to open: a file, a postgresql:// address "
                                        "or service=NAME."));
    parser.addOption(tenet::app::LanguageOption::option());
    const tenet::app::ScreenshotOptions screenshot(parser);
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Create a new demonstration database in LANGUAGE (en or "
                                        "es; en when omitted) beside the default one, and open "
                                        "it."),
        QStringLiteral("LANGUAGE"));
    parser.addOption(demo);
    parser.process(tenet::app::DatabaseOpener::withDemoLanguage(QApplication::arguments()));
    if (!requestedLanguage.isEmpty() && language.current() != requestedLanguage) {
        const QString message = QApplication::translate(
            "main", "Tenet does not speak \u201c%1\u201d: use en, es or lt.");
        std::fprintf(stderr, "%s\n", qPrintable(message.arg(requestedLanguage)));
        return 1;
    }
    // A picture for the documentation shows the language asked for, whoever is signed in.
    if (screenshot.requested(parser))
        language.holdForThisRun();

    const QString fileArgument = screenshot.database(parser).isEmpty()
        ? parser.positionalArguments().value(0)
        : screenshot.database(parser);
    // A picture is taken without anyone at the keyboard, so nobody is asked for a password.
    tenet::app::PasswordPrompter askPassword;
    if (!screenshot.requested(parser))
        askPassword = [](const tenet::storage::ConnectionSpec &spec, bool refused) {
            return tenet::app::PasswordDialog::ask(nullptr, spec, refused);
        };
    auto opened = parser.isSet(demo)
        ? tenet::app::DatabaseOpener().createDemo(parser.value(demo))
        : tenet::app::openAskingPassword<tenet::app::OpenedDatabase>(
              fileArgument, askPassword,
              [&fileArgument] { return tenet::app::DatabaseOpener().openAtStart(fileArgument); });
    if (!opened && askPassword && tenet::storage::Database::needsPassword(opened.error())) {
        // The user cancelled the password prompt: nothing more to say.
        spdlog::info("no password was given for {}", fileArgument.toStdString());
        return 1;
    }
    if (!opened) {
        spdlog::error("cannot open the database: {}", opened.error().toString().toStdString());
        if (screenshot.requested(parser))
            return 2;
        tenet::app::FileActions::showError(
            nullptr, QApplication::translate("main", "Tenet cannot open the database"),
            opened.error());
        return 2;
    }
    tenet::app::Session session;
    // On a shared computer each person who signs in meets their own roster language.
    language.followSignIns(session);
    tenet::app::MainWindow window(session, settings, &language);
    if (screenshot.requested(parser)) {
        session.setDatabase(std::move(opened->database));
        return screenshot.take(parser, window, session);
    }

    window.show();
    // Opening goes the way File > Open goes, once the window is on screen: the file joins
    // the recent list, a newly made demonstration is explained, and Tenet asks who is there.
    QTimer::singleShot(0, &window, [&window, &opened] {
        window.files()->adopt(std::move(opened).value());
    });
    return app.exec();
}
