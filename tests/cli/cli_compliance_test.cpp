#include "ctlrunner.h"
#include "forger.h"

#include <QDate>
#include <QFile>

using namespace tenet::test;

namespace {

void ok(const QString &db, const QStringList &arguments)
{
    const CtlResult r = tenetctl(db, arguments);
    INFO(r);
    REQUIRE(r.exitCode == 0);
}

// The organisation of createOrganisation() with the people the fixture code is for: its
// audience is agents and supervisors of two teams. A001, A002 and S001 answer the phone;
// A003 chats; A004 has left. Version 1 of code-es.json is in force.
QString publishedDatabase(const TestDatabase &database)
{
    const TempDir &dir = database.dir();
    const QString db = database.where();
    createOrganisation(db);
    const QString roster = dir.file(u"roster.csv"_s);
    writeFile(
        roster,
        "employee_no,full_name,email,role,team,site,language,start_date,active\n"
        "A001,Lina Kazlauskienė,lina@example.lt,agent,Atención telefónica,,lt,2024-01-08,true\n"
        "A002,José Núñez,jose@example.es,agent,Atención telefónica,,es,2024-01-08,true\n"
        "A003,Rūta Jonaitė,ruta@example.lt,agent,Chat y redes sociales,,lt,2024-01-08,true\n"
        "A004,Pablo Ortiz,,agent,Chat y redes sociales,,es,2024-01-08,false\n"
        "S001,Jonas Petraitis,,supervisor,Atención telefónica,,lt,2020-01-01,true\n");
    ok(db, {u"staff"_s, u"import"_s, u"--as"_s, u"M001"_s, roster});
    ok(db, {u"import-code"_s, fixture(u"code-es.json"_s), u"--as"_s, u"S001"_s});
    ok(db, {u"submit"_s, u"--as"_s, u"S001"_s});
    ok(db, {u"approve"_s, u"--as"_s, u"M001"_s});
    ok(db, {u"publish"_s, u"--as"_s, u"M002"_s, u"--material"_s, u"--summary"_s, u"v1"_s});
    return db;
}

// Takes a new version of the code through to publication, unchanged.
void publishAgain(const QString &db, bool material)
{
    const TempDir dir;
    const QString file = dir.file(u"current.json"_s);
    ok(db, {u"export-code"_s, u"-o"_s, file});
    ok(db, {u"import-code"_s, file, u"--as"_s, u"S001"_s});
    ok(db, {u"submit"_s, u"--as"_s, u"S001"_s});
    ok(db, {u"approve"_s, u"--as"_s, u"M001"_s});
    ok(db,
       {u"publish"_s, u"--as"_s, u"M002"_s, material ? u"--material"_s : u"--editorial"_s,
        u"--summary"_s, u"again"_s});
}

QJsonObject dashboard(const QString &db, const QDate &today)
{
    const CtlResult r
        = tenetctl(db, {u"dashboard"_s, u"--json"_s, u"--today"_s, today.toString(Qt::ISODate)});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    return r.json().object();
}

QDate publishedOn(const QString &db)
{
    const QJsonObject d = dashboard(db, QDate(2000, 1, 1));
    return QDate::fromString(d[u"version_in_force"_s][u"published_on"_s].toString(), Qt::ISODate);
}

QStringList employeeNumbers(const QJsonArray &people)
{
    QStringList numbers;
    for (const QJsonValue &person : people)
        numbers << person[u"employee_no"_s].toString();
    return numbers;
}

QString signedDatabase(const TestDatabase &database)
{
    const QString db = publishedDatabase(database);
    ok(db,
       {u"ack"_s, u"--as"_s, u"M001"_s, u"--paper-record"_s, u"Signed on paper"_s, u"--staff"_s,
        u"A001"_s, u"--version"_s, u"1"_s, u"--name"_s, u"Lina Kazlauskienė"_s});
    ok(db,
       {u"ack"_s, u"--as"_s, u"M001"_s, u"--paper-record"_s, u"Signed on paper"_s, u"--staff"_s,
        u"A002"_s, u"--version"_s, u"1"_s, u"--name"_s, u"Jose Nunez"_s});
    ok(db,
       {u"ack"_s, u"--as"_s, u"M001"_s, u"--paper-record"_s, u"Signed on paper"_s, u"--staff"_s,
        u"A003"_s, u"--version"_s, u"1"_s, u"--name"_s, u"RŪTA JONAITĖ"_s});
    ok(db,
       {u"ack"_s, u"--as"_s, u"M001"_s, u"--paper-record"_s, u"Signed on paper"_s, u"--staff"_s,
        u"S001"_s, u"--version"_s, u"current"_s, u"--name"_s, u"jonas petraitis"_s});
    return db;
}

} // namespace

TEST_CASE("ack signs the version in force with the name as the roster has it",
          "[cli][acknowledgement]")
{
    TestDatabase database;
    const QString db = publishedDatabase(database);
    CtlResult r = tenetctl(db,
                           {u"ack"_s, u"--as"_s, u"M001"_s, u"--paper-record"_s,
                            u"Signed on paper"_s, u"--staff"_s, u"A002"_s, u"--version"_s, u"1"_s,
                            u"--name"_s, u"jose nunez"_s, u"--quiz-score"_s, u"90"_s, u"--json"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    const QJsonObject ack = r.json().object();
    CHECK(ack[u"seq"_s].toInt() == 1);
    CHECK(ack[u"employee_no"_s].toString() == u"A002"_s);
    CHECK(ack[u"printed_name"_s].toString() == u"José Núñez"_s);
    CHECK(ack[u"typed_name"_s].toString() == u"jose nunez"_s);
    CHECK(ack[u"version"_s].toInt() == 1);
    CHECK(ack[u"meaning"_s].toString()
          == u"read and understood version 1 of Código de buenas prácticas de atención al "
             "cliente"_s);
    CHECK(ack[u"quiz_score"_s].toDouble() == 90);
    CHECK(ack[u"signed_at"_s].toString().endsWith(u'Z'));

    r = tenetctl(db, {u"ack"_s, u"list"_s, u"--json"_s});
    REQUIRE(r.exitCode == 0);
    const QJsonArray list = r.json()[u"acknowledgements"_s].toArray();
    REQUIRE(list.size() == 1);
    CHECK(list.first().toObject() == ack);
    r = tenetctl(db, {u"ack"_s, u"list"_s});
    CHECK(r.out.contains(u"José Núñez"_s));
    CHECK(tenetctl(db, {u"ack"_s, u"list"_s, u"--staff"_s, u"A001"_s, u"--json"_s})
              .json()[u"acknowledgements"_s]
              .toArray()
              .isEmpty());
}

TEST_CASE("ack refuses a second signature, a wrong name and a version not in force",
          "[cli][acknowledgement]")
{
    TestDatabase database;
    const QString db = publishedDatabase(database);
    ok(db,
       {u"ack"_s, u"--as"_s, u"M001"_s, u"--paper-record"_s, u"Signed on paper"_s, u"--staff"_s,
        u"A001"_s, u"--version"_s, u"1"_s, u"--name"_s, u"Lina Kazlauskiene"_s});
    CtlResult r = tenetctl(db,
                           {u"ack"_s, u"--as"_s, u"M001"_s, u"--paper-record"_s,
                            u"Signed on paper"_s, u"--staff"_s, u"A001"_s, u"--version"_s, u"1"_s,
                            u"--name"_s, u"Lina Kazlauskienė"_s});
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(u"A001 already signed version 1"_s));

    r = tenetctl(db,
                 {u"ack"_s, u"--as"_s, u"M001"_s, u"--paper-record"_s, u"Signed on paper"_s,
                  u"--staff"_s, u"A002"_s, u"--version"_s, u"1"_s, u"--name"_s,
                  u"Lina Kazlauskienė"_s});
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(u"is not the name on the roster for A002"_s));

    publishAgain(db, true);
    r = tenetctl(db,
                 {u"ack"_s, u"--as"_s, u"M001"_s, u"--paper-record"_s, u"Signed on paper"_s,
                  u"--staff"_s, u"A002"_s, u"--version"_s, u"1"_s, u"--name"_s, u"José Núñez"_s});
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(u"is superseded, not in force; sign version 2"_s));
    // The agent who left, a manager outside the audience, and a stranger.
    CHECK(tenetctl(db,
                   {u"ack"_s, u"--as"_s, u"M001"_s, u"--paper-record"_s, u"Signed on paper"_s,
                    u"--staff"_s, u"A004"_s, u"--version"_s, u"2"_s, u"--name"_s, u"Pablo Ortiz"_s})
              .exitCode
          == 3);
    r = tenetctl(db,
                 {u"ack"_s, u"--as"_s, u"M001"_s, u"--paper-record"_s, u"Signed on paper"_s,
                  u"--staff"_s, u"M001"_s, u"--version"_s, u"2"_s, u"--name"_s, u"Marta Ruiz"_s});
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(u"not in the audience"_s));
    CHECK(tenetctl(db,
                   {u"ack"_s, u"--as"_s, u"M001"_s, u"--paper-record"_s, u"Signed on paper"_s,
                    u"--staff"_s, u"X404"_s, u"--version"_s, u"2"_s, u"--name"_s, u"Nobody"_s})
              .exitCode
          == 2);
    CHECK(tenetctl(db,
                   {u"ack"_s, u"--as"_s, u"M001"_s, u"--paper-record"_s, u"Signed on paper"_s,
                    u"--staff"_s, u"A002"_s, u"--version"_s, u"9"_s, u"--name"_s, u"José Núñez"_s})
              .exitCode
          == 2);
    CHECK(tenetctl(db,
                   {u"ack"_s, u"--as"_s, u"M001"_s, u"--paper-record"_s, u"Signed on paper"_s,
                    u"--staff"_s, u"A002"_s, u"--version"_s, u"2"_s})
              .exitCode
          == 1);
    CHECK(tenetctl(db, {u"ack"_s, u"list"_s, u"--json"_s})
              .json()[u"acknowledgements"_s]
              .toArray()
              .size()
          == 1);
}

TEST_CASE("ack with the person's PIN checks the PIN and that every section was opened",
          "[cli][acknowledgement][paper]")
{
    TestDatabase database;
    const QString db = publishedDatabase(database);
    ok(db,
       {u"staff"_s, u"set-pin"_s, u"--as"_s, u"M001"_s, u"--employee"_s, u"A003"_s, u"--pin"_s,
        u"4321"_s});
    const QStringList sign = {u"ack"_s, u"--staff"_s, u"A003"_s,         u"--version"_s,
                              u"1"_s,   u"--name"_s,  u"Rūta Jonaitė"_s, u"--pin"_s};
    const CtlResult wrong = tenetctl(db, sign + QStringList {u"1234"_s});
    CHECK(wrong.exitCode == 3);
    CHECK(wrong.err.contains(u"the PIN is not A003's"_s));
    const CtlResult unread = tenetctl(db, sign + QStringList {u"4321"_s});
    CHECK(unread.exitCode == 3);
    CHECK(unread.err.contains(u"A003 has opened 0 of the 7 sections of version 1"_s));

    // The desktop's reading view records each section as A003 opens it.
    REQUIRE(rawSql(db,
                   {u"INSERT INTO section_opened (version_id, employee_no, section_key, "
                    "opened_at) SELECT version_id, 'A003', section_key, "
                    "'2026-05-01T09:00:00.000Z' FROM version_section"_s})
                .isEmpty());
    const CtlResult signedIn = tenetctl(db, sign + QStringList {u"4321"_s, u"--json"_s});
    INFO(signedIn);
    CHECK(signedIn.exitCode == 0);
    CHECK(signedIn.json()[u"paper_record"_s].isNull());
}

TEST_CASE("ack without a PIN needs a manager's paper record, kept in the ledger and the report",
          "[cli][acknowledgement][paper]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = publishedDatabase(database);
    const QStringList sign = {u"ack"_s, u"--staff"_s, u"A003"_s,        u"--version"_s,
                              u"1"_s,   u"--name"_s,  u"Rūta Jonaitė"_s};
    CtlResult r = tenetctl(db, sign);
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(u"A003 must give their PIN to sign"_s));
    r = tenetctl(db, sign + QStringList {u"--paper-record"_s, u"Signed the printed copy"_s});
    CHECK(r.exitCode == 3); // no --as: nobody on the roster vouches for it
    CHECK(r.err.contains(u"only a manager enters a signature made on paper"_s));
    r = tenetctl(db, sign + QStringList {u"--as"_s, u"S001"_s, u"--paper-record"_s, u"Paper"_s});
    CHECK(r.exitCode == 3);
    CHECK(tenetctl(db, sign + QStringList {u"--as"_s, u"M001"_s, u"--paper-record"_s, u" "_s})
              .exitCode
          == 2);
    CHECK(tenetctl(db,
                   sign
                       + QStringList {u"--as"_s, u"M001"_s, u"--paper-record"_s, u"Paper"_s,
                                      u"--pin"_s, u"1234"_s})
              .exitCode
          == 1);
    r = tenetctl(db, sign + QStringList {u"--quiz-score"_s, u"100"_s});
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(u"--paper-record"_s));
    CHECK(tenetctl(db, {u"ack"_s, u"list"_s, u"--json"_s})
              .json()[u"acknowledgements"_s]
              .toArray()
              .isEmpty());

    r = tenetctl(db,
                 sign
                     + QStringList {u"--as"_s, u"M001"_s, u"--paper-record"_s,
                                    u"Signed the printed copy on 2 May"_s, u"--json"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[u"paper_record"_s].toString() == u"Signed the printed copy on 2 May"_s);
    r = tenetctl(db, {u"ack"_s, u"list"_s, u"--json"_s});
    const QJsonArray list = r.json()[u"acknowledgements"_s].toArray();
    REQUIRE(list.size() == 1);
    CHECK(list.first()[u"paper_record"_s].toString() == u"Signed the printed copy on 2 May"_s);
    CHECK(tenetctl(db, {u"ack"_s, u"list"_s}).out.contains(u"PAPER"_s));
    CHECK(tenetctl(db, {u"verify"_s}).exitCode == 0); // the chain holds with the new column

    // The compliance report marks that person's row.
    const QString csv = dir.file(u"report.csv"_s);
    REQUIRE(tenetctl(db, {u"report"_s, u"--format"_s, u"csv"_s, u"-o"_s, csv}).exitCode == 0);
    const QString text = QString::fromUtf8(readFile(csv));
    for (const QString &line : text.split(u"\r\n"_s)) {
        if (line.startsWith(u"A003,"_s))
            CHECK(line.endsWith(u",Signed the printed copy on 2 May"_s));
        else if (line.startsWith(u"A001,"_s))
            CHECK(line.endsWith(u",no,"_s));
    }
}

TEST_CASE("review records a section review by a named reviewer", "[cli][review]")
{
    TestDatabase database;
    const QString db = publishedDatabase(database);
    CtlResult r = tenetctl(db,
                           {u"review"_s, u"--section"_s, u"complaints"_s, u"--as"_s, u"S001"_s,
                            u"--outcome"_s, u"unchanged"_s, u"--note"_s, u"Sigue vigente"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"Recorded S001's review of the section complaints"_s));

    r = tenetctl(db,
                 {u"review"_s, u"--section"_s, u"ethics"_s, u"--as"_s, u"A001"_s, u"--outcome"_s,
                  u"unchanged"_s});
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(u"A001 is an agent"_s));
    r = tenetctl(db,
                 {u"review"_s, u"--section"_s, u"ethics"_s, u"--as"_s, u"S001"_s, u"--outcome"_s,
                  u"fine"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"--outcome: \"fine\" is not an outcome"_s));
    r = tenetctl(
        db,
        {u"review"_s, u"--section"_s, u"hr"_s, u"--as"_s, u"S001"_s, u"--outcome"_s, u"revised"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"--section: \"hr\" is not a section"_s));
    CHECK(tenetctl(db, {u"review"_s, u"--section"_s, u"ethics"_s, u"--outcome"_s, u"revised"_s})
              .exitCode
          == 1);
}

TEST_CASE("kpi import stores values for the KPIs of the metrics section", "[cli][kpi]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = publishedDatabase(database);
    const QString file = dir.file(u"kpi.csv"_s);
    writeFile(file,
              "kpi,team,period_start,period_end,value\n"
              "asa,,2026-05-01,2026-05-31,18\n"
              "csat,Chat y redes sociales,2026-05-01,2026-05-31,72.5\n");
    CtlResult r = tenetctl(db, {u"kpi"_s, u"import"_s, file});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"2 new, 0 replacing"_s));
    r = tenetctl(db, {u"kpi"_s, u"import"_s, file});
    CHECK(r.out.contains(u"0 new, 2 replacing"_s));

    const QString bad = dir.file(u"bad.csv"_s);
    writeFile(bad,
              "kpi,team,period_start,period_end,value\n"
              "asa,,2026-06-01,2026-06-30,19\n"
              "aht,,2026-06-01,2026-06-30,300\n");
    r = tenetctl(db, {u"kpi"_s, u"import"_s, bad});
    CHECK(r.exitCode == 2);
    CHECK(r.err.trimmed()
          == u"tenetctl: "_s + bad
              + u":3: column kpi: \"aht\" is not a KPI of the metrics section of the version in "
                "force (it has: asa, csat)"_s);
    // Nothing of the bad file was written: June never arrived.
    const QJsonArray kpis = dashboard(db, QDate(2026, 7, 1))[u"kpis"_s].toArray();
    REQUIRE(kpis.size() == 2);
    CHECK(kpis[0][u"key"_s].toString() == u"asa"_s);
    CHECK(kpis[0][u"latest"_s][u"period_end"_s].toString() == u"2026-05-31"_s);
    CHECK(kpis[1][u"team"_s].toString() == u"Chat y redes sociales"_s);
}

TEST_CASE("dashboard reports signatures, overdue people, sections and KPIs as stable JSON",
          "[cli][dashboard]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = publishedDatabase(database);
    ok(db,
       {u"ack"_s, u"--as"_s, u"M001"_s, u"--paper-record"_s, u"Signed on paper"_s, u"--staff"_s,
        u"A001"_s, u"--version"_s, u"1"_s, u"--name"_s, u"Lina Kazlauskienė"_s});
    const QString file = dir.file(u"kpi.csv"_s);
    writeFile(file,
              "kpi,team,period_start,period_end,value\n"
              "asa,,2026-05-01,2026-05-31,31\n"
              "csat,,2026-05-01,2026-05-31,80\n");
    ok(db, {u"kpi"_s, u"import"_s, file});
    const QDate published = publishedOn(db);
    REQUIRE(published.isValid());

    const QJsonObject d = dashboard(db, published.addDays(20));
    CHECK(d[u"format"_s].toString() == u"tenet.dashboard/1"_s);
    CHECK(d[u"today"_s].toString() == published.addDays(20).toString(Qt::ISODate));
    CHECK(d[u"code"_s][u"attestation_months"_s].toInt() == 12);
    CHECK(d[u"version_in_force"_s][u"number"_s].toInt() == 1);
    CHECK(d[u"signatures_from"_s][u"number"_s].toInt() == 1);
    const QJsonObject headline = d[u"headline"_s].toObject();
    CHECK(headline[u"required"_s].toInt() == 4); // A004 has left; managers are not the audience
    CHECK(headline[u"signed"_s].toInt() == 1);
    CHECK(headline[u"signed_share"_s].toDouble() == 0.25);
    CHECK(headline[u"unacknowledged"_s].toInt() == 3);
    CHECK(headline[u"overdue"_s].toInt() == 3);
    CHECK(headline[u"stale_sections"_s].toInt() == 0);
    CHECK(headline[u"kpis_off_target"_s].toInt() == 2);
    CHECK(headline[u"kpis_breached"_s].toInt() == 1);

    const QJsonArray people = d[u"unacknowledged"_s].toArray();
    CHECK(employeeNumbers(people) == QStringList {u"A002"_s, u"A003"_s, u"S001"_s});
    CHECK(people[0][u"days_overdue"_s].toInt() == 6);
    CHECK(people[0][u"email"_s].toString() == u"jose@example.es"_s);
    CHECK(people[0][u"due"_s].toString() == published.addDays(14).toString(Qt::ISODate));
    CHECK(people[0][u"last_signed_version"_s].isNull());

    const QJsonArray sections = d[u"sections"_s].toArray();
    REQUIRE(sections.size() == 7);
    CHECK(sections[6][u"key"_s].toString() == u"metrics"_s);
    CHECK(sections[6][u"review_interval_days"_s].toInt() == 30);
    CHECK(sections[6][u"state"_s].toString() == u"due_soon"_s);
    CHECK(sections[6][u"days_left"_s].toInt() == 10);
    CHECK(sections[1][u"state"_s].toString() == u"not_scheduled"_s);

    const QJsonArray kpis = d[u"kpis"_s].toArray();
    REQUIRE(kpis.size() == 2);
    CHECK(kpis[0][u"key"_s].toString() == u"asa"_s);
    CHECK(kpis[0][u"team"_s].isNull());
    CHECK(kpis[0][u"state"_s].toString() == u"breached"_s);
    CHECK(kpis[0][u"latest"_s][u"value"_s].toDouble() == 31);
    CHECK(kpis[1][u"state"_s].toString() == u"off_target"_s);
    CHECK(kpis[1][u"direction"_s].toString() == u"at_least"_s);

    // A month later the metrics section (every 30 days) has gone stale.
    const QJsonObject later = dashboard(db, published.addDays(31));
    CHECK(later[u"headline"_s][u"stale_sections"_s].toInt() == 1);
    CHECK(later[u"sections"_s][6][u"days_overdue"_s].toInt() == 1);

    const CtlResult text
        = tenetctl(db, {u"dashboard"_s, u"--today"_s, published.addDays(20).toString(Qt::ISODate)});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(u"Signed:           25.0% (1 of 4 people)"_s));
    CHECK(text.out.contains(u"overdue 6 days"_s));
    CHECK(tenetctl(db, {u"dashboard"_s, u"--today"_s, u"2026-02-30"_s}).exitCode == 2);
}

TEST_CASE("dashboard after an editorial version still counts the material signatures",
          "[cli][dashboard]")
{
    TestDatabase database;
    const QString db = signedDatabase(database);
    publishAgain(db, false);
    const QDate published = publishedOn(db);
    QJsonObject d = dashboard(db, published.addDays(30));
    CHECK(d[u"version_in_force"_s][u"number"_s].toInt() == 2);
    CHECK_FALSE(d[u"version_in_force"_s][u"material"_s].toBool());
    CHECK(d[u"signatures_from"_s][u"number"_s].toInt() == 1);
    CHECK(d[u"headline"_s][u"signed"_s].toInt() == 4);
    CHECK(d[u"headline"_s][u"signed_share"_s].toDouble() == 1.0);

    // The code's attestation period is 12 months: a year on, everyone must sign again.
    d = dashboard(db, published.addMonths(12).addDays(20));
    CHECK(d[u"headline"_s][u"signed"_s].toInt() == 0);
    const QJsonArray people = d[u"unacknowledged"_s].toArray();
    REQUIRE(people.size() == 4);
    CHECK(people[0][u"expired"_s].toBool());
    CHECK(people[0][u"last_signed_version"_s].toInt() == 1);

    publishAgain(db, true);
    d = dashboard(db, publishedOn(db));
    CHECK(d[u"signatures_from"_s][u"number"_s].toInt() == 3);
    CHECK(d[u"headline"_s][u"signed"_s].toInt() == 0);
}

TEST_CASE("verify names the acknowledgement that was edited", "[cli][acknowledgement][integrity]")
{
    TestDatabase database;
    const QString db = signedDatabase(database);
    REQUIRE(tenetctl(db, {u"verify"_s}).exitCode == 0);
    forge(db, {u"UPDATE acknowledgement SET typed_name = 'Someone Else' WHERE seq = 2"_s});
    const CtlResult r = tenetctl(db, {u"verify"_s});
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(u"acknowledgement row 2: was changed after it was written"_s));
    const CtlResult json = tenetctl(db, {u"verify"_s, u"--json"_s});
    CHECK(json.exitCode == 4);
    CHECK(json.json()[u"acknowledgements"_s][u"first_bad_row"_s].toInt() == 2);
    CHECK(json.json()[u"acknowledgements"_s][u"rows"_s].toInt() == 4);
}

TEST_CASE("verify names the acknowledgement that was deleted", "[cli][acknowledgement][integrity]")
{
    TestDatabase database;
    const QString db = signedDatabase(database);
    forge(db, {u"DELETE FROM acknowledgement WHERE seq = 3"_s});
    CtlResult r = tenetctl(db, {u"verify"_s});
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(u"acknowledgement row 3: is missing"_s));

    TestDatabase other;
    const QString last = signedDatabase(other);
    forge(last, {u"DELETE FROM acknowledgement WHERE seq = 4"_s});
    r = tenetctl(last, {u"verify"_s});
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(u"acknowledgement row 4: is missing"_s));
}

TEST_CASE("verify names the first acknowledgement out of order",
          "[cli][acknowledgement][integrity]")
{
    TestDatabase database;
    const QString db = signedDatabase(database);
    forge(db,
          {u"UPDATE acknowledgement SET seq = 0 WHERE seq = 1"_s,
           u"UPDATE acknowledgement SET seq = 1 WHERE seq = 2"_s,
           u"UPDATE acknowledgement SET seq = 2 WHERE seq = 0"_s});
    const CtlResult r = tenetctl(db, {u"verify"_s});
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(u"acknowledgement row 1: does not follow row 0"_s));
    CHECK(r.out.contains(u"FAILED"_s));
}

TEST_CASE("raw SQL cannot change or delete an acknowledgement", "[cli][acknowledgement][integrity]")
{
    TestDatabase database;
    const QString db = signedDatabase(database);
    CHECK(
        rawSql(db, {u"UPDATE acknowledgement SET typed_name = 'x'"_s}).contains(u"append-only"_s));
    CHECK_FALSE(rawSql(db, {u"DELETE FROM acknowledgement"_s}).isEmpty());
    CHECK(tenetctl(db, {u"verify"_s}).exitCode == 0);
}

TEST_CASE("ack of a version with questions needs a passing score, and export keeps the questions",
          "[cli][compliance][comprehension]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = publishedDatabase(database);
    // Version 2: version 1 with a question, through the file format.
    const QString file = dir.file(u"with-check.json"_s);
    ok(db, {u"export-code"_s, u"-o"_s, file});
    QFile exported(file);
    REQUIRE(exported.open(QIODevice::ReadOnly));
    QJsonObject document = QJsonDocument::fromJson(exported.readAll()).object();
    exported.close();
    document[u"comprehension_check"_s] = QJsonObject {
        {u"pass_mark"_s, 100},
        {u"questions"_s,
         QJsonArray {QJsonObject {
             {u"id"_s, u"q-datos"_s},
             {u"question"_s, u"¿Se verifican los datos antes de darlos?"_s},
             {u"choices"_s, QJsonArray {QJsonObject {{u"text"_s, u"Sí"_s}, {u"correct"_s, true}},
                                         QJsonObject {{u"text"_s, u"No"_s}}}}}}}};
    writeFile(file, QJsonDocument(document).toJson());
    ok(db, {u"import-code"_s, file, u"--as"_s, u"S001"_s});
    ok(db, {u"submit"_s, u"--as"_s, u"S001"_s});
    ok(db, {u"approve"_s, u"--as"_s, u"M001"_s});
    ok(db, {u"publish"_s, u"--as"_s, u"M002"_s, u"--material"_s, u"--summary"_s, u"quiz"_s});

    const CtlResult none
        = tenetctl(db,
                   {u"ack"_s, u"--as"_s, u"M001"_s, u"--paper-record"_s, u"Signed on paper"_s,
                    u"--staff"_s, u"A002"_s, u"--version"_s, u"2"_s, u"--name"_s, u"José Núñez"_s});
    INFO(none);
    CHECK(none.exitCode == 3);
    CHECK(none.err.contains(u"version 2 must be preceded by its comprehension check (1 question, pass mark 100%)"_s));
    const CtlResult low
        = tenetctl(db,
                   {u"ack"_s, u"--as"_s, u"M001"_s, u"--paper-record"_s, u"Signed on paper"_s,
                    u"--staff"_s, u"A002"_s, u"--version"_s, u"2"_s, u"--name"_s, u"José Núñez"_s,
                    u"--quiz-score"_s, u"50"_s});
    CHECK(low.exitCode == 3);
    ok(db,
       {u"ack"_s, u"--as"_s, u"M001"_s, u"--paper-record"_s, u"Signed on paper"_s, u"--staff"_s,
        u"A002"_s, u"--version"_s, u"2"_s, u"--name"_s, u"José Núñez"_s, u"--quiz-score"_s,
        u"100"_s});

    // A failed try in the desktop program, as its store records it, is listed for managers.
    REQUIRE(rawSql(db,
                   {u"INSERT INTO check_attempt (code_id, version_id, version_number, employee_no, "
                    "attempted_at, correct, total, score, passed, answers) SELECT code_id, id, "
                    "number, 'A001', '2026-11-20T10:00:00.000Z', 0, 1, 0, 0, '{\"q-datos\":1}' "
                    "FROM version WHERE number = 2"_s})
                .isEmpty());
    const CtlResult attempts = tenetctl(db, {u"ack"_s, u"attempts"_s, u"--json"_s});
    INFO(attempts);
    REQUIRE(attempts.exitCode == 0);
    const QJsonArray listed = attempts.json().object()[u"attempts"_s].toArray();
    REQUIRE(listed.size() == 1);
    CHECK(listed[0][u"employee_no"_s].toString() == u"A001"_s);
    CHECK_FALSE(listed[0][u"passed"_s].toBool());
    const CtlResult table = tenetctl(db, {u"ack"_s, u"attempts"_s, u"--staff"_s, u"A001"_s});
    CHECK(table.out.contains(u"not passed"_s));

    // The questions come back out with the version.
    const QString again = dir.file(u"again.json"_s);
    ok(db, {u"export-code"_s, u"--version"_s, u"2"_s, u"-o"_s, again});
    QFile reread(again);
    REQUIRE(reread.open(QIODevice::ReadOnly));
    const QJsonObject check
        = QJsonDocument::fromJson(reread.readAll()).object()[u"comprehension_check"_s].toObject();
    CHECK(check[u"pass_mark"_s].toInt() == 100);
    CHECK(check[u"questions"_s].toArray().first()[u"id"_s].toString() == u"q-datos"_s);
}
