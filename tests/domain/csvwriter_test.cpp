#include "domain/csvwriter.h"

#include <catch2/catch.hpp>

using namespace tenet::domain;
using namespace Qt::StringLiterals;

TEST_CASE("a CSV cell that a spreadsheet would run as a formula is written inert", "[domain][csv]")
{
    CHECK(CsvWriter::field(u"=HYPERLINK(\"http://x.test\",\"a\")"_s)
          == QByteArray("\"'=HYPERLINK(\"\"http://x.test\"\",\"\"a\"\")\""));
    CHECK(CsvWriter::field(u"+cmd|' /C calc'!A0"_s) == QByteArray("'+cmd|' /C calc'!A0"));
    CHECK(CsvWriter::field(u"-2+3"_s) == QByteArray("'-2+3"));
    CHECK(CsvWriter::field(u"@SUM(1+1)"_s) == QByteArray("'@SUM(1+1)"));
    CHECK(CsvWriter::field(u"\tTeam"_s) == QByteArray("\"'\tTeam\""));
    CHECK(CsvWriter::field(u"\rTeam"_s) == QByteArray("\"'\rTeam\""));
}

TEST_CASE("a CSV cell that is a plain number or plain text is written as it is", "[domain][csv]")
{
    CHECK(CsvWriter::field(u"-3"_s) == QByteArray("-3"));
    CHECK(CsvWriter::field(u"12.5"_s) == QByteArray("12.5"));
    CHECK(CsvWriter::field(u"-12,5"_s, u';') == QByteArray("-12,5"));
    CHECK(CsvWriter::field(u"Lina Kazlauskienė"_s) == QString(u"Lina Kazlauskienė"_s).toUtf8());
    CHECK(CsvWriter::field(u"a-b=c"_s) == QByteArray("a-b=c"));
}

TEST_CASE("a CSV row quotes fields with commas, quotes and line breaks and ends in CRLF",
          "[domain][csv]")
{
    CsvWriter csv;
    csv.addRow({u"a,b"_s, u"say \"hi\""_s, u"two\nlines"_s});
    CHECK(csv.bytes() == QByteArray("\xEF\xBB\xBF\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"));
}

TEST_CASE("a CSV for a spreadsheet with a decimal comma separates fields with semicolons",
          "[domain][csv]")
{
    CsvWriter csv(u';');
    csv.addRow({u"85,5"_s, u"a;b"_s, u"Núñez, José"_s});
    CHECK(csv.bytes() == QString(u"\uFEFF85,5;\"a;b\";Núñez, José\r\n"_s).toUtf8());
}
