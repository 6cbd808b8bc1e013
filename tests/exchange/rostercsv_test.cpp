#include "exchange/rostercsv.h"
#include "support/tempdir.h"

using namespace tenet;
using namespace tenet::exchange;

namespace {

const QByteArray header = "employee_no,full_name,email,role,team,site,language,start_date,active\n";

// The first error for a roster with the header and the given rows.
QString firstError(const QByteArray &rows)
{
    auto roster = parseRosterCsv(header + rows, u"staff.csv"_s);
    REQUIRE_FALSE(roster);
    CHECK(roster.error().kind == domain::ErrorKind::Invalid);
    return roster.error().toString();
}

const QByteArray good
    = "A001,Lina Kazlauskienė,lina@example.lt,agent,Vilnius,LT1,lt,2024-03-01,true\n";

} // namespace

TEST_CASE("a roster file lists people with every field", "[exchange][roster]")
{
    auto roster = parseRosterCsv(header + good + "\"M001\",\"Ruiz, Marta\",,Manager,,,,,FALSE\r\n",
                                 u"staff.csv"_s);
    INFO((roster ? std::string() : roster.error().toString().toStdString()));
    REQUIRE(roster);
    REQUIRE(roster->size() == 2);
    const RosterEntry &lina = roster->at(0);
    CHECK(lina.line == 2);
    CHECK(lina.member.employeeNo == u"A001"_s);
    CHECK(lina.member.fullName == u"Lina Kazlauskienė"_s);
    CHECK(lina.member.email == u"lina@example.lt"_s);
    CHECK(lina.member.role == domain::Role::Agent);
    CHECK(lina.member.team == u"Vilnius"_s);
    CHECK(lina.member.site == u"LT1"_s);
    CHECK(lina.member.language == u"lt"_s);
    CHECK(lina.member.startDate == QDate(2024, 3, 1));
    CHECK(lina.member.active);
    const RosterEntry &marta = roster->at(1);
    CHECK(marta.member.fullName == u"Ruiz, Marta"_s);
    CHECK(marta.member.role == domain::Role::Manager);
    CHECK(marta.member.email.isEmpty());
    CHECK(marta.member.language == u"en"_s);
    CHECK_FALSE(marta.member.startDate.isValid());
    CHECK_FALSE(marta.member.active);
}

TEST_CASE("a roster file may order its columns as it likes and carry a byte order mark",
          "[exchange][roster]")
{
    auto roster = parseRosterCsv("\xEF\xBB\xBF"
                                 "active,role,employee_no,full_name,team,site,"
                                 "language,start_date,email\ntrue,trainer,T001,Rūta,,,,,\n",
                                 u"staff.csv"_s);
    REQUIRE(roster);
    CHECK(roster->at(0).member.employeeNo == u"T001"_s);
    CHECK(roster->at(0).member.role == domain::Role::Trainer);
}

TEST_CASE("a roster row with an unknown role is refused", "[exchange][roster]")
{
    CHECK(firstError(good + "A002,Ana,,chief,,,,,true\n")
          == u"staff.csv:3: column role: \"chief\" is not a role; use one of agent, supervisor, "
             "manager, quality, trainer"_s);
}

TEST_CASE("a roster row with a bad e-mail address is refused", "[exchange][roster]")
{
    CHECK(firstError("A002,Ana,ana@example,agent,,,,,true\n")
          == u"staff.csv:2: column email: \"ana@example\" is not an e-mail address"_s);
}

TEST_CASE("a roster row with an impossible date is refused", "[exchange][roster]")
{
    CHECK(firstError("A002,Ana,,agent,,,,2026-02-30,true\n")
          == u"staff.csv:2: column start_date: \"2026-02-30\" is not a real date: there is no "
             "such day"_s);
    CHECK(firstError("A002,Ana,,agent,,,,01/02/2026,true\n")
          == u"staff.csv:2: column start_date: \"01/02/2026\" is not a date of the form "
             "YYYY-MM-DD"_s);
}

TEST_CASE("a roster listing an employee number twice is refused", "[exchange][roster]")
{
    CHECK(firstError(good + "A002,Ana,,agent,,,,,true\nA001,Lina again,,agent,,,,,true\n")
          == u"staff.csv:4: column employee_no: A001 appears twice; it was first on line 2"_s);
}

TEST_CASE("a roster row with the wrong number of fields is refused", "[exchange][roster]")
{
    CHECK(firstError("A002,Ana,,agent,,,,\n")
          == u"staff.csv:2: column active: missing; the row has 8 fields and the header 9"_s);
    CHECK(firstError("A002,Ana,,agent,,,,,true,extra\n")
          == u"staff.csv:2: column 10: the row has 10 fields and the header only 9"_s);
}

TEST_CASE("a roster with an unknown or missing header column is refused", "[exchange][roster]")
{
    auto unknown = parseRosterCsv("employee_no,full_name,email,role,team,site,language,"
                                  "start_date,active,shoe_size\n",
                                  u"staff.csv"_s);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().toString().startsWith(
        u"staff.csv:1: column 10: \"shoe_size\" is not a column of this file"_s));
    auto missing = parseRosterCsv("employee_no,full_name,email,role,team,site,language,active\n",
                                  u"staff.csv"_s);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().toString().startsWith(
        u"staff.csv:1: column start_date: missing from the header"_s));
}

TEST_CASE("a roster row must say true or false and name the person", "[exchange][roster]")
{
    CHECK(firstError("A002,Ana,,agent,,,,,yes\n")
          == u"staff.csv:2: column active: \"yes\" must be true or false"_s);
    CHECK(firstError(",Ana,,agent,,,,,true\n")
          == u"staff.csv:2: column employee_no: must not be empty"_s);
    CHECK(firstError("A002,  ,,agent,,,,,true\n")
          == u"staff.csv:2: column full_name: must not be empty"_s);
    CHECK(firstError("A002,Ana,,agent,,,español,,true\n")
          == u"staff.csv:2: column language: \"español\" is not a language code such as en, es "
             "or lt"_s);
}

TEST_CASE("every problem of a roster file is reported, in file order", "[exchange][roster]")
{
    QList<domain::Error> all;
    auto roster = parseRosterCsv(header + "A002,Ana,bad,boss,,,,2026-13-01,maybe\n" + good
                                     + "A003,Jonas,,agent,,,\n",
                                 u"staff.csv"_s, &all);
    REQUIRE_FALSE(roster);
    REQUIRE(all.size() == 5);
    CHECK(all[0].message.startsWith(u"column email"_s));
    CHECK(all[1].message.startsWith(u"column role"_s));
    CHECK(all[2].message.startsWith(u"column start_date"_s));
    CHECK(all[3].message.startsWith(u"column active"_s));
    CHECK(all[4].where == u"staff.csv:4"_s);
    CHECK(roster.error() == all[0]);
}

TEST_CASE("a roster file is read from disk and named in errors", "[exchange][roster]")
{
    test::TempDir dir;
    const QString path = dir.file(u"hr.csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(header + "A002,Ana,,agent,,,,,nope\n");
    file.close();
    auto roster = readRosterCsv(path);
    REQUIRE_FALSE(roster);
    CHECK(roster.error().where == path + u":2"_s);
}

TEST_CASE("a roster e-mail address with a control character is refused with its position",
          "[exchange][roster]")
{
    CHECK(firstError(QByteArray("A002,Ana,ana\0@example.com,agent,,,,,true\n", 41))
          == u"staff.csv:2: column email: holds a control character (U+0000) at character 4; "
             "only plain text on one line is allowed"_s);
    CHECK(firstError("A002,Ana,ana@exam\x01ple.com,agent,,,,,true\n")
          == u"staff.csv:2: column email: holds a control character (U+0001) at character 9; "
             "only plain text on one line is allowed"_s);
    CHECK(firstError("A002,Ana,\"ana@example.com\x7f\",agent,,,,,true\n").contains(u"U+007f"_s));
}

TEST_CASE("a roster file's errors quote its fields on one line", "[exchange][roster]")
{
    // The role column holds "age", a line break and "nt": the message shows it escaped.
    CHECK(firstError("A002,Ana,,\"age\nnt\",,,,,true\n")
          == u"staff.csv:2: column role: \"age\\nnt\" is not a role; use one of agent, "
             "supervisor, manager, quality, trainer"_s);
    QList<domain::Error> all;
    REQUIRE_FALSE(parseRosterCsv(header + "A002,Ana,,\"age\r\nnt\",,,,,true\n", u"staff.csv"_s, &all));
    REQUIRE(all.size() == 1);
    CHECK_FALSE(all.first().toString().contains(u'\n'));
    CHECK(all.first().toString().contains(u"age\\r\\nnt"_s));
}
