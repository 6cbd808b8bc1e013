#include "ctlrunner.h"

#include "storage/database.h"
#include "support/testdatabase.h"

#include <QDate>
#include <QSqlQuery>

using namespace tenet;
using namespace tenet::test;

namespace {

void ok(const QString &db, const QStringList &arguments)
{
    runOk(db, arguments);
}

// An organisation made by tenetctl in `db`: the roster with a PIN, code-es.json published as
// version 1 (with its handbook) and again as version 2, signatures from paper, one with a
// comprehension score of 66.66666666666667% (a double that must read back identically on
// both engines for the ledger to verify), a section review and KPI values.
void buildOrganisation(const QString &db)
{
    createOrganisation(db);
    const TempDir dir;
    const QString roster = dir.file(u"roster.csv"_s);
    writeFile(roster,
              "employee_no,full_name,email,role,team,site,language,start_date,active\n"
              "A001,Lina Kazlauskienė,lina@example.lt,agent,Atención telefónica,,lt,2024-01-08,"
              "true\n"
              "A002,José Núñez,,agent,Atención telefónica,,es,,true\n"
              "S001,Jonas Petraitis,,supervisor,Atención telefónica,,lt,2020-01-01,true\n");
    ok(db, {u"staff"_s, u"import"_s, u"--as"_s, u"M001"_s, roster});
    ok(db,
       {u"staff"_s, u"set-pin"_s, u"--as"_s, u"A001"_s, u"--employee"_s, u"A001"_s, u"--pin"_s,
        u"2468"_s});
    ok(db, {u"import-code"_s, fixture(u"code-es.json"_s), u"--as"_s, u"S001"_s});
    ok(db, {u"submit"_s, u"--as"_s, u"S001"_s});
    ok(db, {u"approve"_s, u"--as"_s, u"M001"_s});
    ok(db, {u"publish"_s, u"--as"_s, u"M002"_s, u"--material"_s, u"--summary"_s, u"v1"_s});
    ok(db,
       {u"ack"_s, u"--as"_s, u"M001"_s, u"--paper-record"_s, u"Firmado en papel"_s, u"--staff"_s,
        u"A001"_s, u"--version"_s, u"current"_s, u"--name"_s, u"Lina Kazlauskienė"_s,
        u"--quiz-score"_s, u"66.66666666666667"_s});

    const QString current = dir.file(u"current.json"_s);
    ok(db, {u"export-code"_s, u"-o"_s, current});
    ok(db, {u"import-code"_s, current, u"--as"_s, u"S001"_s});
    ok(db, {u"submit"_s, u"--as"_s, u"S001"_s});
    ok(db, {u"approve"_s, u"--as"_s, u"M001"_s});
    ok(db, {u"publish"_s, u"--as"_s, u"M002"_s, u"--editorial"_s, u"--summary"_s, u"v2"_s});
    ok(db,
       {u"ack"_s, u"--as"_s, u"M001"_s, u"--paper-record"_s, u"Firmado en papel"_s, u"--staff"_s,
        u"S001"_s, u"--version"_s, u"current"_s, u"--name"_s, u"Jonas Petraitis"_s});
    ok(db,
       {u"review"_s, u"--section"_s, u"ethics"_s, u"--as"_s, u"S001"_s, u"--outcome"_s,
        u"unchanged"_s, u"--note"_s, u"Sigue vigente"_s});
    const QString kpis = dir.file(u"kpi.csv"_s);
    writeFile(kpis,
              "kpi,team,period_start,period_end,value\n"
              "asa,,2026-05-01,2026-05-31,18.25\n"
              "csat,Chat y redes sociales,2026-05-01,2026-05-31,72.5\n");
    ok(db, {u"kpi"_s, u"import"_s, kpis});
}

QString output(const QString &db, const QStringList &arguments)
{
    const CtlResult r = tenetctl(db, arguments);
    INFO(r);
    REQUIRE(r.exitCode == 0);
    return r.out;
}

// seq, previous hash and hash of every row of a hash-chained table.
QStringList chain(const QString &db, const QString &table)
{
    auto opened = storage::Database::open(db, storage::OpenMode::ReadOnly);
    REQUIRE(opened);
    QSqlQuery rows((*opened)->connection());
    REQUIRE(rows.exec(u"SELECT seq, prev_hash, hash FROM %1 ORDER BY seq"_s.arg(table)));
    QStringList links;
    while (rows.next())
        links << u"%1 %2 %3"_s.arg(rows.value(0).toString(),
                                   QString::fromLatin1(rows.value(1).toByteArray().toHex()),
                                   QString::fromLatin1(rows.value(2).toByteArray().toHex()));
    return links;
}

// What a user and an auditor see of the organisation: the same in the copy as in the original.
void requireSameOrganisation(const QString &original, const QString &copy)
{
    const QStringList dashboard {u"dashboard"_s, u"--json"_s, u"--today"_s,
                                 QDate::currentDate().addDays(30).toString(Qt::ISODate)};
    for (const QStringList &arguments : {dashboard,
                                         {u"ack"_s, u"list"_s, u"--json"_s},
                                         {u"versions"_s, u"--json"_s},
                                         {u"staff"_s, u"list"_s, u"--json"_s},
                                         {u"export-code"_s}}) {
        INFO(arguments.join(u' ').toStdString());
        CHECK(output(copy, arguments) == output(original, arguments));
    }
    const CtlResult verified = tenetctl(copy, {u"verify"_s, u"--json"_s});
    INFO(verified);
    REQUIRE(verified.exitCode == 0);
    const QJsonObject copied = verified.json().object();
    const QJsonObject was = tenetctl(original, {u"verify"_s, u"--json"_s}).json().object();
    CHECK(copied[u"ok"_s].toBool());
    CHECK(copied[u"audit_log"_s] == was[u"audit_log"_s]);
    CHECK(copied[u"acknowledgements"_s] == was[u"acknowledgements"_s]);
    const QStringList ledger = chain(original, u"acknowledgement"_s);
    CHECK(ledger.size() == 2);
    CHECK(chain(copy, u"acknowledgement"_s) == ledger);
    CHECK(chain(copy, u"audit_log"_s) == chain(original, u"audit_log"_s));
}

CtlResult copy(const QString &from, const QString &to, const QStringList &more = {})
{
    return tenetctl({}, QStringList {u"copy"_s, from, to} + more);
}

} // namespace

TEST_CASE("copy moves an organisation into a new file and back onto a server, and each copy "
          "shows and verifies as the original",
          "[cli][copy]")
{
    TestDatabase database;
    const QString original = database.where();
    buildOrganisation(original);

    // From a server, this is the archive copy; on SQLite, a copy of a file.
    const QString archive = database.dir().file(u"archive.db"_s);
    CtlResult r = copy(original, archive);
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"Copied %1 to %2 (schema"_s.arg(original, archive)));
    CHECK(r.out.contains(u"the copy passed verify"_s));
    CHECK(r.out.contains(u"acknowledgement "_s));
    CHECK(r.err.isEmpty());
    requireSameOrganisation(original, archive);

    // From the file onto a server (or into another file).
    const QString back = database.another(u"back.db"_s);
    r = copy(archive, back, {u"--json"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    const QJsonObject summary = r.json().object();
    CHECK(summary[u"from"_s].toString() == archive);
    CHECK(summary[u"to"_s].toString() == back);
    CHECK(summary[u"tables"_s][u"acknowledgement"_s].toInt() == 2);
    CHECK(summary[u"tables"_s][u"version"_s].toInt() == 2);
    CHECK(summary[u"tables"_s][u"published_handbook"_s].toInt() == 2);
    qint64 rows = 0;
    for (const QJsonValue &count : summary[u"tables"_s].toObject())
        rows += count.toInteger();
    CHECK(summary[u"rows"_s].toInteger() == rows);
    requireSameOrganisation(original, back);

    // The copy is a working organisation.
    ok(back,
       {u"ack"_s, u"--as"_s, u"M001"_s, u"--paper-record"_s, u"Firmado en papel"_s, u"--staff"_s,
        u"A002"_s, u"--version"_s, u"current"_s, u"--name"_s, u"José Núñez"_s});
    ok(back, {u"verify"_s});
}

TEST_CASE("copy refuses a target that is not new, and changes nothing", "[cli][copy]")
{
    TestDatabase database;
    const QString original = database.where();
    createOrganisation(original);
    const QString staff = output(original, {u"staff"_s, u"list"_s, u"--json"_s});

    const QString file = database.dir().file(u"exists.db"_s);
    writeFile(file, "someone's file");
    CtlResult r = copy(original, file);
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(file + u": the file already exists"_s));
    CHECK(readFile(file) == "someone's file");

    r = copy(original, original);
    CHECK(r.exitCode == 3);
    CHECK(output(original, {u"staff"_s, u"list"_s, u"--json"_s}) == staff);

    const QString missing = database.dir().file(u"missing.db"_s);
    const QString target = database.dir().file(u"new.db"_s);
    r = copy(missing, target);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(missing));
    CHECK_FALSE(QFileInfo::exists(target));

    CHECK(tenetctl(original, {u"copy"_s, target}).exitCode == 1);
    CHECK(tenetctl({}, {u"copy"_s, original}).exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(target));

    if (TestDatabase::onServer()) {
        const QString other = database.another(u"other"_s);
        createOrganisation(other);
        const QString theirs = output(other, {u"staff"_s, u"list"_s, u"--json"_s});
        r = copy(original, other);
        CHECK(r.exitCode == 3);
        CHECK(r.err.contains(u"already holds a Tenet organisation"_s));
        CHECK(output(other, {u"staff"_s, u"list"_s, u"--json"_s}) == theirs);
    }
}

TEST_CASE("copy has its own help and needs no --db", "[cli][copy]")
{
    const CtlResult r = tenetctl({}, {u"copy"_s, u"--help"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(u"Usage: tenetctl copy FROM TO"_s));
    CHECK(tenetctl({}, {u"--help"_s}).out.contains(u"copy "_s));
}

TEST_CASE("init makes Tenet's tables in an empty database on a server, only once, and backup "
          "there gives the pg_dump command",
          "[cli][copy][postgresql]")
{
    if (!TestDatabase::onServer()) {
        WARN("no PostgreSQL server: TENET_TEST_POSTGRES is not set");
        return;
    }
    TestDatabase database;
    const QString db = database.where();
    CtlResult r = tenetctl(db,
                           {u"init"_s, u"--admin"_s, u"M001"_s, u"--admin-name"_s, u"Marta Ruiz"_s,
                            u"--org"_s, u"Acme Support"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"Made Tenet's tables (schema"_s));
    CHECK(r.out.contains(u" in %1 with manager Marta Ruiz (M001)."_s.arg(db)));
    ok(db, {u"verify"_s});

    r = tenetctl(db, {u"init"_s, u"--admin"_s, u"M009"_s, u"--admin-name"_s, u"Otra"_s});
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(u"already holds a Tenet organisation"_s));
    CHECK_FALSE(output(db, {u"staff"_s, u"list"_s}).contains(u"M009"_s));

    const QString dump = database.dir().file(u"tenet.dump"_s);
    r = tenetctl(db, {u"backup"_s, dump});
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(u"pg_dump --format=custom"_s));
    CHECK(r.err.contains(u"--file=%1"_s.arg(dump)));
    CHECK_FALSE(QFileInfo::exists(dump));
}
