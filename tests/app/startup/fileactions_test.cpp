#include "startupfixture.h"

#include "app/session/session.h"
#include "app/startup/codefileactions.h"
#include "app/startup/fileactions.h"
#include "storage/staffstore.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>

using namespace tenet;
using namespace tenet::domain;
using app::FileActions;

namespace {

struct Desk
{
    test::TempDir dir;
    std::unique_ptr<QSettings> settings = test::testSettings(dir);
    app::Session session;
    FileActions actions {session, nullptr, settings.get()};

    QString demoFile(const QString &name)
    {
        const QString path = dir.file(name);
        test::openDemoCopy(path);
        return path;
    }
};

} // namespace

TEST_CASE("opening a file puts it in the session and at the top of the recent list",
          "[startup][fileactions]")
{
    Desk desk;
    const QString first = desk.demoFile(u"first.db"_s);
    const QString second = desk.demoFile(u"second.db"_s);
    QSignalSpy opened(&desk.actions, &FileActions::databaseOpened);
    QSignalSpy aboutToReplace(&desk.actions, &FileActions::aboutToReplaceDatabase);
    CHECK_FALSE(desk.actions.backUpAction()->isEnabled());

    REQUIRE(desk.actions.openFile(first));
    REQUIRE(desk.actions.openFile(second));
    REQUIRE(desk.session.database());
    CHECK(desk.session.database()->path() == second);
    CHECK_FALSE(desk.session.isSignedIn());
    CHECK(desk.session.code().has_value());
    CHECK(aboutToReplace.size() == 2);
    REQUIRE(opened.size() == 2);
    CHECK(opened.last().at(0).toString() == second);
    CHECK(opened.last().at(1).toString().isEmpty());
    CHECK(desk.actions.recentFiles() == QStringList {second, first});
    CHECK(desk.actions.backUpAction()->isEnabled());

    // The menu lists both files, then a separator and Clear List.
    const QList<QAction *> entries = desk.actions.recentMenu()->actions();
    REQUIRE(entries.size() == 4);
    CHECK(entries.at(0)->text().contains(u"second.db"_s));
    CHECK(entries.at(0)->text().startsWith(u"&1"_s));
    CHECK(entries.at(1)->text().contains(u"first.db"_s));
    CHECK(entries.at(3) == desk.actions.clearRecentAction());

    // Choosing an entry opens it.
    entries.at(1)->trigger();
    CHECK(desk.session.database()->path() == first);

    desk.actions.clearRecentAction()->trigger();
    CHECK(desk.actions.recentFiles().isEmpty());
    CHECK(desk.actions.recentMenu()->actions().size() == 1);
}

TEST_CASE("a file that cannot be opened leaves the session's database open",
          "[startup][fileactions]")
{
    Desk desk;
    const QString good = desk.demoFile(u"good.db"_s);
    const QString bad = desk.dir.file(u"bad.db"_s);
    test::writeFile(bad, "not a database at all");
    REQUIRE(desk.actions.openFile(good));
    QSignalSpy opened(&desk.actions, &FileActions::databaseOpened);

    const Status status = desk.actions.openFile(bad);
    REQUIRE_FALSE(status);
    CHECK(status.error().toString().contains(bad));
    CHECK(desk.session.database()->path() == good);
    CHECK(opened.isEmpty());
    CHECK(desk.actions.recentFiles() == QStringList {good});
    CHECK(test::fileBytes(bad) == "not a database at all");
}

TEST_CASE("a recent file that has gone is dropped when it cannot be opened",
          "[startup][fileactions]")
{
    Desk desk;
    const QString path = desk.demoFile(u"moved.db"_s);
    REQUIRE(desk.actions.openFile(path));
    desk.session.setDatabase(nullptr);
    REQUIRE(QFile::remove(path));
    const Status status = desk.actions.openFile(path);
    REQUIRE_FALSE(status);
    CHECK(status.error().kind == ErrorKind::NotFound);
    CHECK(desk.actions.recentFiles().isEmpty());
}

TEST_CASE("a backup is a complete copy that opens, and never overwrites a file",
          "[startup][fileactions]")
{
    Desk desk;
    CHECK_FALSE(desk.actions.backUpTo(desk.dir.file(u"nothing.db"_s)));
    REQUIRE(desk.actions.openFile(desk.demoFile(u"live.db"_s)));
    const QString target = desk.dir.file(u"backup.db"_s);
    REQUIRE(desk.actions.backUpTo(target));
    {
        auto copy = storage::Database::open(target, storage::OpenMode::ExistingOnly);
        REQUIRE(copy);
        CHECK(storage::StaffStore(**copy).list().value()
              == storage::StaffStore(*desk.session.database()).list().value());
    }
    const QByteArray before = test::fileBytes(target);
    const Status again = desk.actions.backUpTo(target);
    REQUIRE_FALSE(again);
    CHECK(again.error().kind == ErrorKind::Refused);
    CHECK(test::fileBytes(target) == before);
}

TEST_CASE("a database opened at start-up is adopted with its welcome message",
          "[startup][fileactions]")
{
    Desk desk;
    const QString path = desk.demoFile(u"start.db"_s);
    auto opened = app::DatabaseOpener::openExisting(path);
    REQUIRE(opened);
    opened->welcome = app::DatabaseOpener::demoWelcome(path);
    QSignalSpy announced(&desk.actions, &FileActions::databaseOpened);
    desk.actions.adopt(std::move(opened).value());
    REQUIRE(announced.size() == 1);
    CHECK(announced.first().at(1).toString().contains(u"Marta Ruiz"_s));
    CHECK(desk.session.database()->path() == path);
    CHECK(desk.actions.recentFiles() == QStringList {path});
}

TEST_CASE("the error dialog names the file and says that nothing was changed",
          "[startup][fileactions]")
{
    test::TempDir dir;
    const QString path = dir.file(u"notes.txt"_s);
    test::writeFile(path, "hello");
    auto opened = app::DatabaseOpener::openExisting(path);
    REQUIRE_FALSE(opened);
    const auto box
        = FileActions::errorBox(nullptr, u"The database was not opened."_s, opened.error());
    CHECK(box->text() == u"The database was not opened."_s);
    CHECK(box->informativeText().contains(path));
    CHECK(box->informativeText().contains(u"nothing was changed"_s));
    CHECK(box->informativeText().startsWith(u"Not a Tenet database"_s));
    CHECK(box->icon() == QMessageBox::Warning);
}

TEST_CASE("the file actions have shortcuts, tips and accessible menus", "[startup][fileactions]")
{
    Desk desk;
    CHECK(desk.actions.newAction()->shortcut() == QKeySequence(QKeySequence::New));
    CHECK(desk.actions.openAction()->shortcut() == QKeySequence(QKeySequence::Open));
    CHECK_FALSE(desk.actions.backUpAction()->shortcut().isEmpty());
    for (QAction *action : {desk.actions.newAction(), desk.actions.openAction(),
                            desk.actions.connectAction(), desk.actions.backUpAction(),
                            desk.actions.clearRecentAction()}) {
        INFO(action->text().toStdString());
        CHECK_FALSE(action->statusTip().isEmpty());
    }
    CHECK_FALSE(desk.actions.recentMenu()->accessibleName().isEmpty());

    QMenu file;
    desk.actions.addTo(&file);
    // New, Open, Connect to Server, Open Recent, Back Up and Import and Export Code, in
    // groups.
    CHECK(file.actions().size() == 9);
    CHECK(file.actions().contains(desk.actions.codeFiles()->importAction()));
    CHECK(file.actions().contains(desk.actions.codeFiles()->exportAction()));
}
