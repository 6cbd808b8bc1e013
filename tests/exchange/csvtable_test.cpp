#include "exchange/csvtable.h"
#include "support/tempdir.h"

using namespace tenet;
using namespace tenet::exchange;

namespace {

CsvTable parsed(const QByteArray &bytes)
{
    auto table = parseCsv(bytes, u"f.csv"_s);
    INFO((table ? std::string() : table.error().toString().toStdString()));
    REQUIRE(table);
    return *table;
}

QString failure(const QByteArray &bytes)
{
    auto table = parseCsv(bytes, u"f.csv"_s);
    REQUIRE_FALSE(table);
    CHECK(table.error().kind == domain::ErrorKind::Invalid);
    return table.error().toString();
}

} // namespace

TEST_CASE("a CSV file is read as its header and records with their line numbers", "[exchange][csv]")
{
    const CsvTable table = parsed("a,b,c\n1,2,3\nx,,z\n");
    CHECK(table.header == QStringList {u"a"_s, u"b"_s, u"c"_s});
    REQUIRE(table.records.size() == 2);
    CHECK(table.records[0] == CsvRecord {2, {u"1"_s, u"2"_s, u"3"_s}});
    CHECK(table.records[1] == CsvRecord {3, {u"x"_s, u""_s, u"z"_s}});
}

TEST_CASE("quoted fields may hold commas, doubled quotes and line breaks", "[exchange][csv]")
{
    const CsvTable table = parsed("name,note\r\n\"Ruiz, Marta\",\"says \"\"hola\"\"\"\r\n"
                                  "\"two\r\nlines\",x\r\nlast,\"\"\r\n");
    REQUIRE(table.records.size() == 3);
    CHECK(table.records[0].fields == QStringList {u"Ruiz, Marta"_s, u"says \"hola\""_s});
    CHECK(table.records[1].line == 3);
    CHECK(table.records[1].fields == QStringList {u"two\r\nlines"_s, u"x"_s});
    CHECK(table.records[2].line == 5);
    CHECK(table.records[2].fields == QStringList {u"last"_s, u""_s});
}

TEST_CASE("a byte order mark, a missing final line break and blank lines are accepted",
          "[exchange][csv]")
{
    const CsvTable table = parsed("\xEF\xBB\xBFid,name\n\n1,Jūratė\n\r\n2,Ana");
    CHECK(table.header.first() == u"id"_s);
    REQUIRE(table.records.size() == 2);
    CHECK(table.records[0] == CsvRecord {3, {u"1"_s, u"Jūratė"_s}});
    CHECK(table.records[1] == CsvRecord {5, {u"2"_s, u"Ana"_s}});
}

TEST_CASE("records keep whatever number of fields they have", "[exchange][csv]")
{
    const CsvTable table = parsed("a,b\n1\n1,2,3\n");
    CHECK(table.records[0].fields.size() == 1);
    CHECK(table.records[1].fields.size() == 3);
    CHECK(fieldCountProblem(table.records[0], table.header, u"f.csv"_s)->toString()
          == u"f.csv:2: column b: missing; the row has 1 fields and the header 2"_s);
    CHECK(fieldCountProblem(table.records[1], table.header, u"f.csv"_s)->toString()
          == u"f.csv:3: column 3: the row has 3 fields and the header only 2"_s);
}

TEST_CASE("an unclosed quote names the line where it opened", "[exchange][csv]")
{
    CHECK(failure("a,b\n1,\"open\nstill open\n")
          == u"f.csv:2: column b: the quoted field that "
             "begins here is never closed"_s);
}

TEST_CASE("text after a closing quote and a quote in an unquoted field are refused",
          "[exchange][csv]")
{
    CHECK(failure("a,b\n\"x\"y,2\n")
              .startsWith(u"f.csv:2: column a: text follows the closing "
                          "quote"_s));
    CHECK(failure("a,b\n1,2\"3\n")
              .startsWith(u"f.csv:2: column b: a quote inside a field that "
                          "is not quoted"_s));
}

TEST_CASE("text that is not UTF-8 is refused with its line", "[exchange][csv]")
{
    CHECK(failure("a,b\n1,2\nJ\xfcrat\xe9,3\n")
          == u"f.csv:3: the line is not valid UTF-8 text; save the file with the UTF-8 "
             "encoding"_s);
}

TEST_CASE("an empty file has no header", "[exchange][csv]")
{
    CHECK(failure("") == u"f.csv:1: the file is empty; it needs a header row"_s);
    CHECK(failure("\xEF\xBB\xBF\n\n").startsWith(u"f.csv:1: the file is empty"_s));
}

TEST_CASE("the header must name every expected column once, in any order", "[exchange][csv]")
{
    const QStringList expected = {u"kpi"_s, u"team"_s, u"value"_s};
    auto indexes = parsed("value, kpi ,team\n").columnIndexes(expected, u"f.csv"_s);
    REQUIRE(indexes);
    CHECK(*indexes == QList<int> {1, 2, 0});

    auto unknown = parsed("kpi,team,value,colour\n").columnIndexes(expected, u"f.csv"_s);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().toString()
          == u"f.csv:1: column 4: \"colour\" is not a column of this file; the header names "
             "kpi,team,value"_s);
    auto twice = parsed("kpi,team,value,kpi\n").columnIndexes(expected, u"f.csv"_s);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(u"named twice"_s));
    auto missing = parsed("kpi,value\n").columnIndexes(expected, u"f.csv"_s);
    REQUIRE_FALSE(missing);
    CHECK(
        missing.error().toString().startsWith(u"f.csv:1: column team: missing from the header"_s));
}

TEST_CASE("dates must be ISO 8601 and real", "[exchange][csv]")
{
    CHECK(*parseIsoDate(u"2028-02-29"_s) == QDate(2028, 2, 29));
    CHECK(parseIsoDate(u"2026-02-30"_s).error().message
          == u"\"2026-02-30\" is not a real date: there is no such day"_s);
    CHECK(parseIsoDate(u"30/01/2026"_s).error().message
          == u"\"30/01/2026\" is not a date of the form YYYY-MM-DD"_s);
    CHECK_FALSE(parseIsoDate(u"2026-1-5"_s));
}

TEST_CASE("reading a CSV file that does not exist names it", "[exchange][csv]")
{
    test::TempDir dir;
    auto bytes = readCsvFile(dir.file(u"nope.csv"_s));
    REQUIRE_FALSE(bytes);
    CHECK(bytes.error().kind == domain::ErrorKind::NotFound);
    CHECK(bytes.error().where == dir.file(u"nope.csv"_s));
}

TEST_CASE("a CSV file whose header is separated by semicolons is read by semicolons",
          "[exchange][csv]")
{
    auto table = parseCsv("name;note\r\n\"Núñez; José\";a,b\r\n", u"f.csv"_s);
    REQUIRE(table);
    CHECK(table->delimiter == u';');
    CHECK(table->header == QStringList({u"name"_s, u"note"_s}));
    CHECK(table->records.first().fields == QStringList({u"Núñez; José"_s, u"a,b"_s}));
    // One comma more than semicolons: commas.
    auto commas = parseCsv("a,b;c,d\n1,2;3,4\n", u"f.csv"_s);
    REQUIRE(commas);
    CHECK(commas->delimiter == u',');
    CHECK(commas->header.size() == 3);
}
