#include "startupfixture.h"

#include "app/common/databasename.h"
#include "app/editor/editorview.h"
#include "app/integrity/integritycheck.h"
#include "app/mainwindow.h"
#include "app/session/session.h"
#include "app/startup/fileactions.h"
#include "app/startup/recentfiles.h"
#include "app/startup/serverbackupbox.h"
#include "app/startup/serverpassword.h"
#include "storage/organisationstore.h"
#include "support/testdatabase.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>

using namespace tenet;
using namespace tenet::domain;
using app::FileActions;
using storage::ConnectionSpec;

namespace {

// Answers the password prompt from a script, and notes each time it was asked and whether
// it was told that the last password was refused. Nothing in the script left: Cancel.
struct ScriptedPrompt
{
    QStringList answers;
    QList<bool> refusals;

    app::PasswordPrompter prompter()
    {
        return [this](const ConnectionSpec &, bool refused) -> std::optional<QString> {
            refusals.append(refused);
            if (answers.isEmpty())
                return std::nullopt;
            return answers.takeFirst();
        };
    }
};

// A database on the test server holding one organisation with a starter draft, as File > New
// would make it.
void makeOrganisation(const QString &where)
{
    app::NewOrganisation organisation {u"Acme Support"_s, u"M001"_s, u"Marta Ruiz"_s, u"2468"_s};
    auto created = app::DatabaseOpener::createNew(where, organisation);
    INFO((created ? std::string() : created.error().toString().toStdString()));
    REQUIRE(created);
}

// The same database, reached as the user the server asks a password of.
QString asPasswordRole(const QString &where)
{
    auto spec = ConnectionSpec::parse(where);
    REQUIRE(spec);
    spec->user = test::TestDatabase::passwordRole();
    return spec->displayName();
}

} // namespace

TEST_CASE("a database on a server is named by its database and its server", "[startup][connect]")
{
    using app::DatabaseName;
    CHECK(DatabaseName::brief(u"postgresql://alice@db.example.com:5433/tenet"_s)
          == u"tenet on db.example.com:5433"_s);
    CHECK(DatabaseName::brief(u"postgresql://db.example.com/tenet"_s)
          == u"tenet on db.example.com"_s);
    CHECK(DatabaseName::brief(u"postgresql:///tenet?host=/var/run/postgresql"_s)
          == u"tenet on /var/run/postgresql"_s);
    CHECK(DatabaseName::brief(u"postgresql:///tenet"_s) == u"tenet on this computer"_s);
    CHECK(DatabaseName::brief(u"service=office"_s) == u"service office"_s);
    CHECK(DatabaseName::brief(u"/home/ana/Code of Practice.db"_s) == u"Code of Practice.db"_s);
    CHECK(DatabaseName::isOnServer(u"service=office"_s));
    CHECK_FALSE(DatabaseName::isOnServer(u"/home/ana/code.db"_s));
    // A server address is shown as it is; only a file's path takes the platform's spelling.
    CHECK(DatabaseName::full(u"postgresql:///tenet?host=/tmp/x"_s)
          == u"postgresql:///tenet?host=/tmp/x"_s);
}

TEST_CASE("Open Recent keeps a server by its address and never keeps a password",
          "[startup][connect]")
{
    test::TempDir dir;
    auto settings = test::testSettings(dir);
    app::RecentFiles recent(*settings);
    const QString file = dir.file(u"code.db"_s);
    test::writeFile(file, "x");
    const QString server = u"postgresql://alice@db.example.com:5433/tenet"_s;

    recent.add(file);
    recent.add(server);
    // A server cannot be asked whether its database still exists, so it stays in the list.
    CHECK(recent.files() == QStringList {server, file});
    // The same address in another spelling is the same entry.
    recent.add(u"postgres://alice@db.example.com:5433/tenet"_s);
    recent.add(file);
    CHECK(recent.files() == QStringList {file, server});

    // An address with a password is never written down.
    recent.add(u"postgresql://alice:s3cret-word@db.example.com/tenet"_s);
    CHECK(recent.files() == QStringList {file, server});
    settings->sync();
    CHECK_FALSE(test::fileBytes(dir.file(u"settings.ini"_s)).contains("s3cret-word"));

    // The menu shows the address, its ampersands doubled so that none becomes a shortcut.
    app::Session session;
    FileActions actions(session, nullptr, settings.get());
    recent.add(u"postgresql:///tenet?host=/run/pg&port=6000"_s);
    actions.recentMenu()->aboutToShow();
    const QList<QAction *> entries = actions.recentMenu()->actions();
    REQUIRE(entries.size() >= 3);
    CHECK(entries.at(0)->text() == u"&1 postgresql:///tenet?host=/run/pg&&port=6000"_s);
    CHECK(entries.at(1)->text().endsWith(QDir::toNativeSeparators(file)));
    CHECK(entries.at(2)->text() == u"&3 "_s + server);
}

TEST_CASE("Connect to Server sits under Open in the File menu with a shortcut of its own",
          "[startup][connect]")
{
    test::TempDir dir;
    auto settings = test::testSettings(dir);
    app::Session session;
    FileActions actions(session, nullptr, settings.get());
    QAction *connect = actions.connectAction();
    CHECK(connect->shortcut() == QKeySequence(u"Ctrl+Shift+O"_s));
    CHECK_FALSE(connect->statusTip().isEmpty());
    CHECK(connect->text().endsWith(u"…"_s));
    QMenu file;
    actions.addTo(&file);
    const QList<QAction *> items = file.actions();
    REQUIRE(items.size() > 2);
    CHECK(items.at(1) == actions.openAction());
    CHECK(items.at(2) == connect);
    // No other action of the File menu has the same keys.
    for (QAction *item : items) {
        if (item != connect)
            CHECK(item->shortcut() != connect->shortcut());
    }
}

TEST_CASE("the password is asked for again after a refusal, and Cancel gives up",
          "[startup][connect]")
{
    const QString where = u"postgresql://alice@db.example.com/tenet"_s;
    // What storage says when a server wants a password (storage's tests check that it does).
    const Error wanted {ErrorKind::Refused, where,
                        u"the server asks for a password (fe_sendauth: no password supplied)"_s};
    REQUIRE(storage::Database::needsPassword(wanted));
    int attempts = 0;
    int refusalsLeft = 0;
    const std::function<Result<int>()> open = [&]() -> Result<int> {
        ++attempts;
        if (refusalsLeft-- > 0)
            return wanted;
        return 42;
    };

    ScriptedPrompt prompt;
    prompt.answers = {u"wrong"_s, u"right"_s};
    refusalsLeft = 2; // none given, then the wrong one
    auto opened = app::openAskingPassword<int>(where, prompt.prompter(), open);
    REQUIRE(opened);
    CHECK(*opened == 42);
    CHECK(attempts == 3);
    CHECK(prompt.refusals == QList<bool> {false, true});

    // Cancel: the server's refusal comes back, and nothing is tried again.
    ScriptedPrompt cancelling;
    attempts = 0;
    refusalsLeft = 5;
    auto cancelled = app::openAskingPassword<int>(where, cancelling.prompter(), open);
    REQUIRE_FALSE(cancelled);
    CHECK(storage::Database::needsPassword(cancelled.error()));
    CHECK(attempts == 1);
    CHECK(cancelling.refusals == QList<bool> {false});

    // Other failures, and files, are never met with a password prompt.
    ScriptedPrompt unused;
    const Result<int> down
        = app::openAskingPassword<int>(where, unused.prompter(), [&]() -> Result<int> {
              return Error::invalid(where, u"cannot connect"_s);
          });
    CHECK_FALSE(down);
    CHECK(unused.refusals.isEmpty());
}

TEST_CASE("a server that asks for a password opens once the right one is typed, and Cancel "
          "leaves the session as it was",
          "[startup][connect][server]")
{
    if (!test::TestDatabase::onServer() || test::TestDatabase::passwordRole().isEmpty()) {
        SUCCEED("no server with a password role (scripts/with-postgres)");
        return;
    }
    test::TestDatabase db;
    makeOrganisation(db.where());
    const QString where = asPasswordRole(db.where());
    test::TempDir dir;
    auto settings = test::testSettings(dir);
    app::Session session;
    FileActions actions(session, nullptr, settings.get());
    QSignalSpy opened(&actions, &FileActions::databaseOpened);

    // A wrong password is refused and asked for again, saying so; Cancel then gives up.
    ScriptedPrompt cancelled;
    cancelled.answers = {u"not-the-password"_s};
    actions.setPasswordPrompter(cancelled.prompter());
    const Status gaveUp = actions.openFile(where);
    REQUIRE_FALSE(gaveUp);
    CHECK(storage::Database::needsPassword(gaveUp.error()));
    CHECK(cancelled.refusals == QList<bool> {false, true});
    CHECK(session.database() == nullptr);
    CHECK(opened.isEmpty());
    CHECK(actions.recentFiles().isEmpty());

    ScriptedPrompt typed;
    typed.answers = {u"not-the-password"_s, test::TestDatabase::rolePassword()};
    actions.setPasswordPrompter(typed.prompter());
    const Status status = actions.openFile(where);
    INFO((status ? std::string() : status.error().toString().toStdString()));
    REQUIRE(status);
    CHECK(typed.refusals == QList<bool> {false, true});
    REQUIRE(session.database());
    CHECK(session.database()->isOnServer());
    CHECK(session.database()->path() == where);
    CHECK(storage::OrganisationStore(*session.database()).organisationName().value()
          == u"Acme Support"_s);
    CHECK(opened.size() == 1);

    // Open Recent has the address; the settings never saw the password.
    CHECK(actions.recentFiles() == QStringList {where});
    settings->sync();
    CHECK_FALSE(test::fileBytes(dir.file(u"settings.ini"_s))
                    .contains(test::TestDatabase::rolePassword().toUtf8()));

    // A worker reopens the database by its path() with the password kept in memory, asking
    // nobody: the integrity check does.
    const app::IntegrityOutcome checked
        = app::checkDatabaseIntegrity(session.database()->path(), [](app::IntegrityStep) {});
    INFO((checked.error ? checked.error->toString().toStdString() : std::string()));
    CHECK_FALSE(checked.error.has_value());
    CHECK(checked.problems.isEmpty());
}

TEST_CASE("a database on a server opens in the window, which names it and its server",
          "[startup][connect][server]")
{
    if (!test::TestDatabase::onServer()) {
        SUCCEED("no server (TENET_TEST_POSTGRES)");
        return;
    }
    test::TestDatabase db;
    makeOrganisation(db.where());
    const auto spec = ConnectionSpec::parse(db.where());
    REQUIRE(spec);

    test::TempDir dir;
    auto settings = test::testSettings(dir);
    app::Session session;
    app::MainWindow window(session, *settings);
    // Opened as Connect to Server opens it, by the file actions of the session.
    FileActions actions(session, nullptr, settings.get());
    actions.setPasswordPrompter({});
    REQUIRE(actions.openFile(db.where()));

    INFO(window.windowTitle().toStdString());
    CHECK(window.windowTitle() == u"%1 on %2 — Tenet"_s.arg(spec->database, spec->host));
    REQUIRE(session.code().has_value());
    REQUIRE(window.editor()->document());
    CHECK(actions.recentFiles() == QStringList {db.where()});

    // Back Up explains pg_dump and names the command, instead of copying a file.
    CHECK(actions.backUpAction()->isEnabled());
    CHECK(actions.backUpAction()->statusTip().contains(u"pg_dump"_s));
    const Status backedUp = actions.backUpTo(dir.file(u"copy.db"_s));
    REQUIRE_FALSE(backedUp);
    CHECK(backedUp.error().kind == ErrorKind::Refused);
    CHECK(backedUp.error().message.contains(u"pg_dump --format=custom"_s));
    CHECK_FALSE(QFileInfo::exists(dir.file(u"copy.db"_s)));
    const auto box = app::ServerBackUpBox::make(*session.database(), nullptr);
    REQUIRE(box);
    CHECK(box->text().contains(u"pg_dump"_s));
    CHECK(box->informativeText().contains(u"pg_dump --format=custom"_s));
    CHECK(box->informativeText().contains(u"Database: "_s + db.where()));
    CHECK(box->icon() == QMessageBox::Information);
    // The command can be copied whole, to run it where pg_dump is installed.
    auto *copy = box->findChild<QPushButton *>(u"copyCommandButton"_s);
    REQUIRE(copy);
    copy->click();
    const QString copied = QGuiApplication::clipboard()->text();
    CHECK(copied.startsWith(u"pg_dump --format=custom"_s));
    CHECK(copied.contains(u"--dbname="_s + u"'"_s + spec->displayName()));
    CHECK(box->informativeText().contains(copied));
}
