#include "ctlrunner.h"

#include <QFile>
#include <QJsonArray>

#include <sys/stat.h>

using namespace tenet::test;

TEST_CASE("numbers out of range in a code file are refused, never wrapped round", "[cli][inputs]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = database.where();
    createOrganisation(db);
    const QByteArray original = readFile(fixture(u"code-es.json"_s));
    const QList<QPair<QByteArray, QByteArray>> edits {
        {"\"review_interval_days\": 365", "\"review_interval_days\": 2147483648"},
        {"\"attestation_months\": 12", "\"attestation_months\": 4294967297"}};
    for (const auto &[from, to] : edits) {
        REQUIRE(original.contains(from));
        const QString file = dir.file(u"code.json"_s);
        writeFile(file, QByteArray(original).replace(from, to));
        const CtlResult r = tenetctl(db, {u"import-code"_s, file, u"--as"_s, u"S001"_s});
        INFO(to.toStdString() << r);
        CHECK(r.exitCode == 2);
    }
    const CtlResult versions = tenetctl(db, {u"versions"_s});
    CHECK_FALSE(versions.out.contains(u"draft"_s));
}

TEST_CASE("imports refuse devices and pipes instead of reading them for ever", "[cli][inputs]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = publishedSpanishCode(database); // kpi import needs a code in force
    const QString fifo = dir.file(u"pipe"_s);
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QList<QStringList> imports {{u"import-code"_s, u"/dev/zero"_s, u"--as"_s, u"M001"_s},
                                      {u"staff"_s, u"import"_s, u"/dev/zero"_s},
                                      {u"kpi"_s, u"import"_s, u"/dev/urandom"_s},
                                      {u"import-code"_s, fifo, u"--as"_s, u"M001"_s},
                                      {u"staff"_s, u"import"_s, fifo}};
    for (const QStringList &command : imports) {
        const CtlResult r = tenetctl(db, command);
        INFO(command.join(u' ').toStdString() << r);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"not a regular file"_s));
    }
}

TEST_CASE("a search is capped in words and length, and may begin with a dash", "[cli][search]")
{
    TestDatabase database;
    const QString db = publishedSpanishCode(database);
    QStringList manyWords;
    for (int i = 0; i < 4000; ++i)
        manyWords << u"palabra"_s;
    const CtlResult tooMany = tenetctl(db, {u"search"_s, manyWords.join(u' ')});
    INFO(tooMany);
    CHECK(tooMany.exitCode == 2);
    CHECK(tooMany.err.contains(u"at most"_s));

    const CtlResult dashed = tenetctl(db, {u"search"_s, u"-reclamacion"_s, u"--json"_s});
    INFO(dashed);
    CHECK(dashed.exitCode == 0);
    CHECK_FALSE(dashed.json()[u"results"_s].toArray().isEmpty());
}

TEST_CASE("an error that quotes user text stays on one line", "[cli][inputs]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = database.where();
    createOrganisation(db);
    const QString roster = dir.file(u"roster.csv"_s);
    writeFile(roster,
              "employee_no,full_name,email,role,team,site,language,start_date,active\n"
              "A009,Ana Paz,,\"age\nnt\",Vilnius,Vilnius,lt,2024-01-08,true\n");
    const QString code = dir.file(u"code.json"_s);
    writeFile(
        code,
        QByteArray(readFile(fixture(u"code-es.json"_s)))
            .replace("\"attestation_months\": 12", "\"a\\nb\": 1, \"attestation_months\": 12"));
    for (const QStringList &command :
         {QStringList {u"staff"_s, u"import"_s, roster},
          QStringList {u"import-code"_s, code, u"--as"_s, u"M001"_s}}) {
        const CtlResult r = tenetctl(db, command);
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.err.trimmed().count(u'\n') == 0);
        CHECK_FALSE(r.err.trimmed().isEmpty());
    }
}

TEST_CASE("staff names, teams and sites with control characters are refused", "[cli][inputs]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = database.where();
    createOrganisation(db);
    const CtlResult added
        = tenetctl(db,
                   {u"staff"_s, u"add"_s, u"--as"_s, u"M001"_s, u"--employee"_s, u"X1"_s,
                    u"--name"_s, u"Ana\tPaz"_s, u"--role"_s, u"agent"_s});
    INFO(added);
    CHECK(added.exitCode == 2);
    CHECK(added.err.contains(u"--name"_s));
    CHECK(added.err.contains(u"control character"_s));

    const QString roster = dir.file(u"roster.csv"_s);
    writeFile(roster,
              "employee_no,full_name,email,role,team,site,language,start_date,active\n"
              "A009,Ana Paz,,agent,Vil\x01nius,Vilnius,lt,2024-01-08,true\n");
    const CtlResult imported
        = tenetctl(db, {u"staff"_s, u"import"_s, u"--as"_s, u"M001"_s, roster});
    INFO(imported);
    CHECK(imported.exitCode == 2);
    CHECK(imported.err.contains(u":2"_s));
    CHECK(imported.err.contains(u"column team"_s));
    CHECK(imported.err.contains(u"control character"_s));
}
