#include "ctlrunner.h"
#include "forger.h"

#include "storage/connectionspec.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace tenet::test;

// What tenetctl does differently when --db names a database on a PostgreSQL server. These
// tests need the server that TENET_TEST_POSTGRES names (ctest's "tenet_cli_tests on
// PostgreSQL"); without one they say so and pass.

namespace {

bool noServer()
{
    if (TestDatabase::onServer())
        return false;
    WARN("no PostgreSQL server (TENET_TEST_POSTGRES is not set): not tested here");
    return true;
}

// The address of a database that the test server does not have.
QString missingDatabase(const QString &where)
{
    auto spec = tenet::storage::ConnectionSpec::parse(where);
    REQUIRE(spec);
    spec->database = u"tenet_missing_%1"_s.arg(QCoreApplication::applicationPid());
    return spec->displayName();
}

// What the server says besides Tenet's own messages (libpq prints its notices as
// "WARNING:  ..." or "NOTICE:  ...").
bool serverNotices(const CtlResult &r)
{
    return r.err.contains(u"WARNING:"_s) || r.err.contains(u"NOTICE:"_s);
}

const QStringList staffList {u"staff"_s, u"list"_s, u"--json"_s};

} // namespace

TEST_CASE("on a server, init makes Tenet's tables in an empty database, and only in an empty one",
          "[cli][postgresql]")
{
    if (noServer())
        return;
    TestDatabase database;
    const QString db = database.where();
    CtlResult r = tenetctl(db,
                           {u"init"_s, u"--org"_s, u"Acme Support"_s, u"--admin"_s, u"M001"_s,
                            u"--admin-name"_s, u"Marta Ruiz"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(u"Made Tenet's tables (schema "_s));
    CHECK(r.out.contains(u") in %1 with manager Marta Ruiz (M001)."_s.arg(db)));
    const QString staff = tenetctl(db, staffList).out;

    r = tenetctl(db, {u"init"_s, u"--admin"_s, u"X1"_s, u"--admin-name"_s, u"Someone Else"_s});
    CHECK(r.exitCode == 3);
    CHECK(r.err.startsWith(u"tenetctl: %1: the database on the server already holds a Tenet "
                           "organisation"_s.arg(db)));
    CHECK(r.err.endsWith(u"nothing was changed\n"_s));
    CHECK(tenetctl(db, staffList).out == staff);
    CHECK(tenetctl(db, {u"verify"_s}).exitCode == 0);
}

TEST_CASE("on a server, commands other than init leave an empty database empty and say to run "
          "init",
          "[cli][postgresql]")
{
    if (noServer())
        return;
    TestDatabase database;
    const QString db = database.where();
    for (const QStringList &command :
         {staffList, QStringList {u"verify"_s},
          QStringList {u"import-code"_s, fixture(u"code-es.json"_s), u"--as"_s, u"S001"_s},
          QStringList {u"staff"_s, u"add"_s, u"--employee"_s, u"M001"_s, u"--name"_s,
                       u"Marta Ruiz"_s, u"--role"_s, u"manager"_s}}) {
        const CtlResult r = tenetctl(db, command);
        INFO(command.join(u' ').toStdString() << r);
        CHECK(r.exitCode == 2);
        CHECK(r.err
              == u"tenetctl: %1: the database on the server is empty; make Tenet's tables in it "
                 "with `tenetctl init`\n"_s.arg(db));
    }
    CHECK(rawColumn(db, u"SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"_s)
          == QStringList {u"0"_s});
}

TEST_CASE("on a server, a database that does not exist is named by its address and not made",
          "[cli][postgresql]")
{
    if (noServer())
        return;
    TestDatabase database;
    const QString missing = missingDatabase(database.where());
    for (const QStringList &command :
         {staffList,
          QStringList {u"init"_s, u"--admin"_s, u"M001"_s, u"--admin-name"_s, u"Marta Ruiz"_s}}) {
        const CtlResult r = tenetctl(missing, command);
        INFO(command.join(u' ').toStdString() << r);
        CHECK(r.exitCode == 2);
        CHECK(r.err.startsWith(u"tenetctl: %1: cannot connect to the server: "_s.arg(missing)));
        CHECK(r.err.contains(u"does not exist"_s));
    }
    // Still not there.
    CHECK(tenetctl(missing, staffList).err.contains(u"does not exist"_s));
}

TEST_CASE("on a server, backup writes nothing and gives the pg_dump command, which copies the "
          "database",
          "[cli][postgresql]")
{
    if (noServer())
        return;
    TestDatabase database;
    const QString db = publishedSpanishCode(database);
    const QString target = database.dir().file(u"centre copy.dump"_s);
    const CtlResult r = tenetctl(db, {u"backup"_s, target});
    INFO(r);
    CHECK(r.exitCode == 3);
    CHECK(r.err.startsWith(u"tenetctl: %1: a database on a PostgreSQL server is backed up with "
                           "the server's own tool, pg_dump: "_s.arg(db)));
    CHECK(r.err.count(u'\n') == 1);
    CHECK_FALSE(QFile::exists(target));

    // The command as printed, up to the note in brackets after it, run by a shell.
    const qsizetype start = r.err.indexOf(u"pg_dump --"_s);
    REQUIRE(start > 0);
    const QString command = r.err.mid(start, r.err.indexOf(u" ("_s, start) - start);
    CHECK(command.contains(u"--file='%1'"_s.arg(target)));
    if (QStandardPaths::findExecutable(u"pg_dump"_s).isEmpty()) {
        WARN("pg_dump is not installed here: the command it prints is not run");
        return;
    }
    QProcess shell;
    shell.start(u"sh"_s, {u"-c"_s, command});
    REQUIRE(shell.waitForFinished(60000));
    INFO(shell.readAllStandardError().toStdString());
    CHECK(shell.exitCode() == 0);
    CHECK(readFile(target).startsWith("PGDMP")); // pg_dump's custom format
}

TEST_CASE("on a server, verify, dashboard, report and seal name the database by its address and "
          "pass on no notice of the server's",
          "[cli][postgresql]")
{
    if (noServer())
        return;
    TestDatabase database;
    const QString db = publishedSpanishCode(database);
    runOk(db,
          {u"staff"_s, u"add"_s, u"--as"_s, u"M001"_s, u"--employee"_s, u"A002"_s, u"--name"_s,
           u"José Núñez"_s, u"--role"_s, u"agent"_s, u"--team"_s, u"Atención telefónica"_s});
    runOk(db,
          {u"ack"_s, u"--as"_s, u"M001"_s, u"--paper-record"_s, u"Signed on paper"_s, u"--staff"_s,
           u"A002"_s, u"--version"_s, u"1"_s, u"--name"_s, u"José Núñez"_s});

    CtlResult r = tenetctl(db, {u"verify"_s});
    INFO(r);
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(u"OK: %1 passed the integrity check"_s.arg(db)));
    CHECK(r.err.isEmpty());

    r = tenetctl(db, {u"dashboard"_s});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"Signed:"_s));
    CHECK_FALSE(serverNotices(r));

    // The report reads everything, seal included, in one snapshot that its stores join.
    for (const QString &format : {u"csv"_s, u"pdf"_s}) {
        const QString file = database.dir().file(u"report."_s + format);
        r = tenetctl(db, {u"report"_s, u"--format"_s, format, u"-o"_s, file});
        INFO(r);
        CHECK(r.exitCode == 0);
        CHECK(r.out.startsWith(u"Wrote the compliance report of version 1 to %1"_s.arg(file)));
        CHECK_FALSE(serverNotices(r));
    }

    const QString seal = database.dir().file(u"seal.txt"_s);
    r = tenetctl(db, {u"seal"_s, u"-o"_s, seal});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(db));
    CHECK_FALSE(serverNotices(r));
    CHECK(tenetctl(db, {u"verify"_s, u"--seal"_s, seal}).exitCode == 0);
}

TEST_CASE("on a server, verify names a guard that was switched off", "[cli][postgresql]")
{
    if (noServer())
        return;
    TestDatabase database;
    const QString db = publishedSpanishCode(database);
    REQUIRE(rawSql(db, {u"ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update"_s}).isEmpty());
    const CtlResult r = tenetctl(db, {u"verify"_s});
    INFO(r);
    CHECK(r.exitCode == 4);
    CHECK(r.out.startsWith(u"FAILED: %1\n"_s.arg(db)));
    CHECK(r.err.contains(u"the guard audit_log_no_update was switched off on the server"_s));
}

TEST_CASE("on a server, a database from a newer Tenet is refused and left untouched",
          "[cli][postgresql]")
{
    if (noServer())
        return;
    TestDatabase database;
    const QString db = database.where();
    createOrganisation(db);
    REQUIRE(
        rawSql(db, {u"UPDATE tenet_meta SET value = 999 WHERE key = 'user_version'"_s}).isEmpty());
    for (const QStringList &command :
         {staffList,
          QStringList {u"staff"_s, u"add"_s, u"--as"_s, u"M001"_s, u"--employee"_s, u"A002"_s,
                       u"--name"_s, u"X"_s, u"--role"_s, u"agent"_s}}) {
        const CtlResult r = tenetctl(db, command);
        INFO(r);
        CHECK(r.exitCode == 3);
        CHECK(r.err.contains(db));
        CHECK(r.err.contains(u"newer"_s));
    }
    CHECK(rawColumn(db, u"SELECT value FROM tenet_meta WHERE key = 'user_version'"_s)
          == QStringList {u"999"_s});
    CHECK(rawColumn(db, u"SELECT count(*) FROM staff"_s) == QStringList {u"4"_s});
}

TEST_CASE("a password written into a server's address is refused and never repeated", "[cli]")
{
    // No server is reached: the address is refused as it is read.
    for (const QString &address :
         {u"postgresql://agent:s3cret@db.invalid/centre"_s,
          u"postgresql://agent@db.invalid/centre?password=s3cret"_s,
          u"postgresql://agent@db.invalid/centre?port=0&password=s3cret"_s}) {
        const CtlResult r = tenetctl(address, {u"verify"_s});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK_FALSE(r.err.contains(u"s3cret"_s));
        CHECK_FALSE(r.out.contains(u"s3cret"_s));
    }
    CHECK(tenetctl(u"postgresql://agent:s3cret@db.invalid/centre"_s, {u"verify"_s})
              .err.contains(u"~/.pgpass"_s));
}
