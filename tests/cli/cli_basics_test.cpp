#include "ctlrunner.h"

using namespace tenet::test;

TEST_CASE("tenetctl --help lists every command and exits 0", "[cli]")
{
    const CtlResult r = tenetctl({}, {u"--help"_s});
    REQUIRE(r.exitCode == 0);
    for (const QString &command : {u"init"_s, u"staff add"_s, u"staff list"_s, u"import-code"_s,
                                   u"export-code"_s, u"versions"_s, u"diff"_s, u"submit"_s,
                                   u"approve"_s, u"withdraw"_s, u"publish"_s, u"search"_s,
                                   u"verify"_s, u"backup"_s})
        CHECK(r.out.contains(command));
}

TEST_CASE("every command has its own help", "[cli]")
{
    const CtlResult r = tenetctl({}, {u"publish"_s, u"--help"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"--material"_s));
    CHECK(r.out.contains(u"--summary TEXT"_s));
}

TEST_CASE("an unknown command or option is a usage error with exit 1", "[cli]")
{
    TestDatabase database;
    const QString db = database.where();
    createOrganisation(db);
    CtlResult r = tenetctl(db, {u"publsh"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"unknown command \"publsh\""_s));
    r = tenetctl(db, {u"versions"_s, u"--colour"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"colour"_s));
    r = tenetctl({}, {u"versions"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"--db DATABASE"_s));
}

TEST_CASE("init creates a database once and refuses to overwrite it", "[cli]")
{
    TestDatabase database;
    const QString db = database.where();
    createOrganisation(db);
    const QStringList list {u"staff"_s, u"list"_s, u"--json"_s};
    const QString staff = tenetctl(db, list).out;
    // A file is compared byte for byte; a server's database by what it holds.
    const QByteArray before = TestDatabase::onServer() ? QByteArray() : readFile(db);
    const CtlResult again = tenetctl(db, {u"init"_s, u"--admin"_s, u"X1"_s, u"--admin-name"_s,
                                          u"Someone Else"_s});
    INFO(again);
    CHECK(again.exitCode == 3);
    CHECK(again.err.contains(u"already"_s));
    CHECK(tenetctl(db, list).out == staff);
    if (!TestDatabase::onServer())
        CHECK(readFile(db) == before);
}

TEST_CASE("a file that is not a Tenet database is refused and left untouched", "[cli][sqlite]")
{
    TempDir dir;
    const QString notes = dir.file(u"notes.txt"_s);
    const QByteArray text = "These are my notes, not a database.\n";
    writeFile(notes, text);
    const CtlResult r = tenetctl(notes, {u"versions"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(notes));
    CHECK(r.err.count(u'\n') == 1);
    CHECK(readFile(notes) == text);
}

TEST_CASE("a database file that does not exist is not created by a command that reads it",
          "[cli][sqlite]")
{
    TempDir dir;
    const QString db = dir.file(u"missing.db"_s);
    const CtlResult r = tenetctl(db, {u"staff"_s, u"list"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"init"_s));
    CHECK_FALSE(QFile::exists(db));
}

TEST_CASE("staff are added, listed as JSON, and a duplicate or bad role is refused", "[cli]")
{
    TestDatabase database;
    const QString db = database.where();
    createOrganisation(db);

    const CtlResult list = tenetctl(db, {u"staff"_s, u"list"_s, u"--json"_s});
    REQUIRE(list.exitCode == 0);
    const QJsonArray staff = list.json()[u"staff"_s].toArray();
    REQUIRE(staff.size() == 4);
    CHECK(staff.at(0)[u"employee_no"_s].toString() == u"A001"_s);
    CHECK(staff.at(0)[u"full_name"_s].toString() == u"Lina Kazlauskienė"_s);
    CHECK(staff.at(0)[u"role"_s].toString() == u"agent"_s);
    CHECK(staff.at(0)[u"active"_s].toBool());

    CtlResult r = tenetctl(db,
                           {u"staff"_s, u"add"_s, u"--as"_s, u"M001"_s, u"--employee"_s, u"A001"_s,
                            u"--name"_s, u"Someone"_s, u"--role"_s, u"agent"_s});
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(u"A001"_s));
    r = tenetctl(db,
                 {u"staff"_s, u"add"_s, u"--as"_s, u"M001"_s, u"--employee"_s, u"A002"_s,
                  u"--name"_s, u"Someone"_s, u"--role"_s, u"boss"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"--role: \"boss\" is not a role"_s));

    const CtlResult text = tenetctl(db, {u"staff"_s, u"list"_s});
    CHECK(text.out.contains(u"Ana Gómez"_s));
}
