#include "ctlrunner.h"

#include <QProcess>
#include <QStandardPaths>

using namespace tenet::test;

namespace {

const QByteArray header = "employee_no,full_name,email,role,team,site,language,start_date,active\n";

QJsonArray staffJson(const QString &db)
{
    const CtlResult r = tenetctl(db, {u"staff"_s, u"list"_s, u"--json"_s});
    REQUIRE(r.exitCode == 0);
    return r.json()[u"staff"_s].toArray();
}

QJsonObject person(const QString &db, const QString &employeeNo)
{
    for (const QJsonValue &member : staffJson(db)) {
        if (member[u"employee_no"_s].toString() == employeeNo)
            return member.toObject();
    }
    return {};
}

// Runs tenetctl with text on its standard input, as a script piping a PIN would.
CtlResult tenetctlWithInput(const QString &db, const QStringList &arguments,
                            const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s,
                       QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TENETCTL_PATH), QStringList {u"--db"_s, db} + arguments);
    REQUIRE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Imports a roster file holding `bytes`; expects it refused with exit 2, the message
// (after "FILE:"), and the roster untouched.
void expectRejected(const QByteArray &bytes, const QString &message,
                    const QStringList &options = {})
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = database.where();
    createOrganisation(db);
    const QByteArray before = QJsonDocument(staffJson(db)).toJson();
    const QString file = dir.file(u"staff.csv"_s);
    writeFile(file, bytes);
    const CtlResult r
        = tenetctl(db, QStringList {u"staff"_s, u"import"_s, u"--as"_s, u"M001"_s, file} + options);
    INFO(r);
    CHECK(r.exitCode == 2);
    CHECK(r.err.trimmed() == u"tenetctl: "_s + file + u':' + message);
    CHECK(r.out.isEmpty());
    CHECK(QJsonDocument(staffJson(db)).toJson() == before);
}

} // namespace

TEST_CASE("staff import adds and updates people by employee number", "[cli][roster]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = database.where();
    createOrganisation(db);
    const QString file = dir.file(u"staff.csv"_s);
    writeFile(file,
              "\xEF\xBB\xBF" + header
                  + "A001,Lina Kazlauskienė,lina@example.lt,agent,Kaunas,LT2,lt,2024-03-01,"
                    "true\r\n"
                    "A002,\"Rūta Jonaitė\",ruta@example.lt,agent,Vilnius,LT1,lt,2026-01-05,"
                    "true\r\n");
    const CtlResult r = tenetctl(db, {u"staff"_s, u"import"_s, u"--as"_s, u"M001"_s, file});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(u"Imported "_s + file
                           + u": 1 added, 1 updated, 0 deactivated, "
                             "0 unchanged."_s));
    CHECK(r.out.contains(u"~ A001  Lina Kazlauskienė: email: \"\" -> \"lina@example.lt\"; "
                         "team: \"Vilnius\" -> \"Kaunas\""_s));
    const QJsonObject lina = person(db, u"A001"_s);
    CHECK(lina[u"team"_s].toString() == u"Kaunas"_s);
    CHECK(lina[u"site"_s].toString() == u"LT2"_s);
    CHECK(lina[u"start_date"_s].toString() == u"2024-03-01"_s);
    const QJsonObject ruta = person(db, u"A002"_s);
    CHECK(ruta[u"full_name"_s].toString() == u"Rūta Jonaitė"_s);
    CHECK(ruta[u"active"_s].toBool());
    // Those the file does not list are left alone without --deactivate-missing.
    CHECK(person(db, u"M002"_s)[u"active"_s].toBool());
}

TEST_CASE("staff import --deactivate-missing deactivates those the file leaves out",
          "[cli][roster]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = database.where();
    createOrganisation(db);
    const QString file = dir.file(u"staff.csv"_s);
    writeFile(file,
              header
                  + "M001,Marta Ruiz,,manager,,,en,,true\n"
                    "A001,Lina Kazlauskienė,,agent,Vilnius,,en,,true\n");
    const CtlResult preview = tenetctl(db,
                                       {u"staff"_s, u"import"_s, u"--as"_s, u"M001"_s, file,
                                        u"--deactivate-missing"_s, u"--dry-run"_s, u"--json"_s});
    INFO(preview);
    REQUIRE(preview.exitCode == 0);
    const QJsonObject plan = preview.json().object();
    CHECK(plan[u"dry_run"_s].toBool());
    CHECK(plan[u"added"_s].toArray().isEmpty());
    REQUIRE(plan[u"deactivated"_s].toArray().size() == 2);
    CHECK(plan[u"deactivated"_s][0][u"employee_no"_s].toString() == u"M002"_s);
    CHECK(plan[u"deactivated"_s][1][u"employee_no"_s].toString() == u"S001"_s);
    // The file leaves the start dates empty, and Lina's team stays.
    REQUIRE(plan[u"updated"_s].toArray().size() == 2);
    CHECK(plan[u"updated"_s][0][u"employee_no"_s].toString() == u"A001"_s);
    CHECK(plan[u"updated"_s][0][u"changed_fields"_s].toArray() == QJsonArray {u"start_date"_s});
    CHECK(plan[u"updated"_s][0][u"after"_s][u"start_date"_s].isNull());
    CHECK(person(db, u"M002"_s)[u"active"_s].toBool()); // nothing written yet

    const CtlResult r = tenetctl(
        db, {u"staff"_s, u"import"_s, u"--as"_s, u"M001"_s, file, u"--deactivate-missing"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"2 deactivated"_s));
    CHECK_FALSE(person(db, u"M002"_s)[u"active"_s].toBool());
    CHECK_FALSE(person(db, u"S001"_s)[u"active"_s].toBool());
    CHECK(person(db, u"A001"_s)[u"active"_s].toBool());
}

TEST_CASE("staff import rejects a whole file for an unknown role", "[cli][roster]")
{
    expectRejected(header + "A009,Nuevo,,agent,,,,,true\nA010,Otro,,chief,,,,,true\n",
                   u"3: column role: \"chief\" is not a role; use one of agent, supervisor, "
                   "manager, quality, trainer"_s);
}

TEST_CASE("staff import rejects a whole file for a bad e-mail address", "[cli][roster]")
{
    expectRejected(header + "A009,Nuevo,nuevo@@example.com,agent,,,,,true\n",
                   u"2: column email: \"nuevo@@example.com\" is not an e-mail address"_s);
}

TEST_CASE("staff import rejects a whole file for an impossible date", "[cli][roster]")
{
    expectRejected(header + "A009,Nuevo,,agent,,,,2026-02-30,true\n",
                   u"2: column start_date: \"2026-02-30\" is not a real date: there is no such "
                   "day"_s);
}

TEST_CASE("staff import rejects a whole file for a duplicate employee number", "[cli][roster]")
{
    expectRejected(
        header
            + "A009,Nuevo,,agent,,,,,true\nA010,Otro,,agent,,,,,true\nA009,Again,,agent,,,,,"
              "false\n",
        u"4: column employee_no: A009 appears twice; it was first on line 2"_s);
}

TEST_CASE("staff import rejects a whole file for a wrong column count", "[cli][roster]")
{
    expectRejected(header + "A009,Nuevo,,agent,,,,,true\nA010,Otro,,agent,,,,true\n",
                   u"3: column active: missing; the row has 8 fields and the header 9"_s);
    expectRejected(header + "A009,\"Nuevo, Juan\",,agent,,,,,true,\n",
                   u"2: column 10: the row has 10 fields and the header only 9"_s);
}

TEST_CASE("staff import rejects a whole file for an unknown header", "[cli][roster]")
{
    expectRejected("employee_no,full_name,email,role,team,site,language,start,active\n",
                   u"1: column 8: \"start\" is not a column of this file; the header names "
                   "employee_no,full_name,email,role,team,site,language,start_date,active"_s);
}

TEST_CASE("staff import rejects a file that is not CSV text", "[cli][roster]")
{
    expectRejected(header + "A009,\"Nuevo,,agent,,,,,true\n",
                   u"2: column full_name: the quoted field that begins here is never closed"_s);
    expectRejected(header + "A009,J\xfcrgen,,agent,,,,,true\n",
                   u"2: the line is not valid UTF-8 text; save the file with the UTF-8 "
                   "encoding"_s);
    expectRejected("", u"1: the file is empty; it needs a header row"_s);
}

TEST_CASE("staff import of a file that lists nobody cannot deactivate everyone", "[cli][roster]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = database.where();
    createOrganisation(db);
    const QString file = dir.file(u"empty.csv"_s);
    writeFile(file, header);
    const CtlResult r = tenetctl(
        db, {u"staff"_s, u"import"_s, u"--as"_s, u"M001"_s, file, u"--deactivate-missing"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"would deactivate the whole staff"_s));
    CHECK(person(db, u"M001"_s)[u"active"_s].toBool());
    CHECK(tenetctl(db, {u"staff"_s, u"import"_s, u"--as"_s, u"M001"_s, dir.file(u"none.csv"_s)})
              .exitCode
          == 2);
}

TEST_CASE("staff set-pin takes the PIN from an option or from standard input", "[cli][roster]")
{
    TestDatabase database;
    const QString db = database.where();
    createOrganisation(db);
    CtlResult r = tenetctl(db,
                           {u"staff"_s, u"set-pin"_s, u"--as"_s, u"M001"_s, u"--employee"_s,
                            u"A001"_s, u"--pin"_s, u"2468"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == u"Set the PIN of A001 (Lina Kazlauskienė).\n"_s);

    r = tenetctlWithInput(db,
                          {u"staff"_s, u"set-pin"_s, u"--as"_s, u"M001"_s, u"--employee"_s,
                           u"S001"_s, u"--pin-stdin"_s},
                          "9753\r\nignored\n");
    INFO(r);
    REQUIRE(r.exitCode == 0);
    r = tenetctlWithInput(db,
                          {u"staff"_s, u"set-pin"_s, u"--as"_s, u"M001"_s, u"--employee"_s,
                           u"S001"_s, u"--pin-stdin"_s},
                          "");
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"--pin-stdin"_s));

    CHECK(tenetctl(db, {u"staff"_s, u"set-pin"_s, u"--as"_s, u"M001"_s, u"--employee"_s, u"A001"_s})
              .exitCode
          == 1);
    CHECK(tenetctl(db,
                   {u"staff"_s, u"set-pin"_s, u"--as"_s, u"M001"_s, u"--employee"_s, u"A001"_s,
                    u"--pin"_s, u"1"_s, u"--pin-stdin"_s})
              .exitCode
          == 1);
    r = tenetctl(db,
                 {u"staff"_s, u"set-pin"_s, u"--as"_s, u"M001"_s, u"--employee"_s, u"X404"_s,
                  u"--pin"_s, u"1"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"no staff member has the employee number X404"_s));
}

TEST_CASE("only a manager imports staff or adds them, and nobody deactivates themselves",
          "[cli][roster][rules]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = database.where();
    createOrganisation(db);
    const QString file = dir.file(u"staff.csv"_s);
    writeFile(file,
              header
                  + "A001,Lina Kazlauskienė,,agent,Kaunas,,en,,true\n"
                    "S001,Jonas Petraitis,,supervisor,Vilnius,,en,,true\n");
    for (const QStringList &who : {QStringList {u"--as"_s, u"S001"_s}, QStringList {}}) {
        const CtlResult r = tenetctl(db, QStringList {u"staff"_s, u"import"_s, file} + who);
        INFO(r);
        CHECK(r.exitCode == 3);
        CHECK(r.err.contains(u"only a manager can change the roster"_s));
    }
    CHECK(person(db, u"A001"_s)[u"team"_s].toString() == u"Vilnius"_s); // nothing written
    CHECK(tenetctl(db,
                   {u"staff"_s, u"add"_s, u"--as"_s, u"A001"_s, u"--employee"_s, u"A009"_s,
                    u"--name"_s, u"Nobody"_s, u"--role"_s, u"agent"_s})
              .exitCode
          == 3);
    CHECK(tenetctl(db,
                   {u"staff"_s, u"set-pin"_s, u"--as"_s, u"S001"_s, u"--employee"_s, u"A001"_s,
                    u"--pin"_s, u"2468"_s})
              .exitCode
          == 3);
    CHECK(tenetctl(db,
                   {u"staff"_s, u"set-pin"_s, u"--as"_s, u"A001"_s, u"--employee"_s, u"A001"_s,
                    u"--pin"_s, u"2468"_s})
              .exitCode
          == 0); // their own

    // The file leaves M001 out: applying it with --deactivate-missing would lock them out.
    const CtlResult self = tenetctl(
        db, {u"staff"_s, u"import"_s, u"--as"_s, u"M001"_s, file, u"--deactivate-missing"_s});
    CHECK(self.exitCode == 3);
    CHECK(person(db, u"M001"_s)[u"active"_s].toBool());
}
