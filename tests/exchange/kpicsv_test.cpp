#include "exchange/kpicsv.h"
#include "support/tempdir.h"

using namespace tenet;
using namespace tenet::exchange;

namespace {

const QStringList known = {u"asa"_s, u"csat"_s};
const QByteArray header = "kpi,team,period_start,period_end,value\n";

QString firstError(const QByteArray &rows)
{
    auto observations = parseKpiCsv(header + rows, u"kpi.csv"_s, known);
    REQUIRE_FALSE(observations);
    CHECK(observations.error().kind == domain::ErrorKind::Invalid);
    return observations.error().toString();
}

} // namespace

TEST_CASE("a KPI file lists measured values for the organisation and for teams", "[exchange][kpi]")
{
    auto observations = parseKpiCsv(header
                                        + "asa,,2026-05-01,2026-05-31,18.5\n"
                                          "csat,\"Chat y redes\",2026-05-01,2026-05-31, 91 \n",
                                    u"kpi.csv"_s, known);
    INFO((observations ? std::string() : observations.error().toString().toStdString()));
    REQUIRE(observations);
    REQUIRE(observations->size() == 2);
    const domain::KpiObservation &asa = observations->at(0).observation;
    CHECK(asa.kpiKey == u"asa"_s);
    CHECK(asa.team.isEmpty());
    CHECK(asa.periodStart == QDate(2026, 5, 1));
    CHECK(asa.periodEnd == QDate(2026, 5, 31));
    CHECK(asa.value == 18.5);
    CHECK(observations->at(1).line == 3);
    CHECK(observations->at(1).observation.team == u"Chat y redes"_s);
    CHECK(observations->at(1).observation.value == 91);
}

TEST_CASE("a KPI the metrics section does not define is refused", "[exchange][kpi]")
{
    CHECK(firstError("aht,,2026-05-01,2026-05-31,300\n")
          == u"kpi.csv:2: column kpi: \"aht\" is not a KPI of the metrics section of the version "
             "in force (it has: asa, csat)"_s);
}

TEST_CASE("KPI values must be numbers and periods real dates in order", "[exchange][kpi]")
{
    CHECK(firstError("asa,,2026-05-01,2026-05-31,18,5\n")
          == u"kpi.csv:2: column 6: the row has 6 fields and the header only 5"_s);
    CHECK(firstError("asa,,2026-05-01,2026-05-31,\"18,5\"\n")
          == u"kpi.csv:2: column value: \"18,5\" is not a number: in a file separated by "
             "commas, write decimals with a point (92.5), or separate the fields with semicolons "
             "to write 92,5"_s);
    CHECK(firstError("asa,,2026-05-01,2026-05-31,nan\n").contains(u"is not a number"_s));
    CHECK(firstError("asa,,2026-04-31,2026-05-31,1\n")
          == u"kpi.csv:2: column period_start: \"2026-04-31\" is not a real date: there is no "
             "such day"_s);
    CHECK(firstError("asa,,2026-05-31,2026-05-01,1\n")
          == u"kpi.csv:2: column period_end: 2026-05-01 is before the period's start, "
             "2026-05-31"_s);
    CHECK(firstError("asa,,,2026-05-01,1\n")
          == u"kpi.csv:2: column period_start: must not be empty"_s);
}

TEST_CASE("a KPI file listing the same period twice is refused", "[exchange][kpi]")
{
    CHECK(firstError("asa,Chat,2026-05-01,2026-05-31,18\nasa,,2026-05-01,2026-05-31,18\n"
                     "asa,Chat,2026-05-01,2026-05-31,19\n")
          == u"kpi.csv:4: column kpi: asa for team Chat, 2026-05-01 to 2026-05-31 appears twice; "
             "it was first on line 2"_s);
}

TEST_CASE("a KPI file with a foreign header is refused", "[exchange][kpi]")
{
    auto observations = parseKpiCsv("kpi,team,start,end,value\n", u"kpi.csv"_s, known);
    REQUIRE_FALSE(observations);
    CHECK(observations.error().toString().startsWith(
        u"kpi.csv:1: column 3: \"start\" is not a column of this file"_s));
}

TEST_CASE("a KPI file separated by semicolons may write decimals with a comma or a point",
          "[exchange][kpi]")
{
    // As a Spanish or Lithuanian spreadsheet saves it.
    auto observations = parseKpiCsv("\xEF\xBB\xBFkpi;team;period_start;period_end;value\r\n"
                                    "asa;;2026-05-01;2026-05-31;85,5\r\n"
                                    "csat;\"Chat; redes\";2026-05-01;2026-05-31;85.5\r\n",
                                    u"kpi.csv"_s, known);
    INFO((observations ? std::string() : observations.error().toString().toStdString()));
    REQUIRE(observations);
    REQUIRE(observations->size() == 2);
    CHECK(observations->at(0).observation.value == 85.5);
    CHECK(observations->at(1).observation.value == 85.5);
    CHECK(observations->at(1).observation.team == u"Chat; redes"_s);

    auto thousands = parseKpiCsv("kpi;team;period_start;period_end;value\n"
                                 "asa;;2026-05-01;2026-05-31;1.234,5\n",
                                 u"kpi.csv"_s, known);
    REQUIRE_FALSE(thousands);
    CHECK(thousands.error().toString()
          == u"kpi.csv:2: column value: \"1.234,5\" is not a number (write decimals with a comma "
             "or a point, 92,5 or 92.5, and no thousands separator)"_s);
}

TEST_CASE("a KPI team with a NUL or a line break is refused with its line and column",
          "[exchange][kpi]")
{
    CHECK(firstError(QByteArray("asa,Ch\0at,2026-05-01,2026-05-31,18\n", 35))
          == u"kpi.csv:2: column team: holds a control character (U+0000) at character 3; only "
             "plain text on one line is allowed"_s);
    CHECK(firstError("asa,Chat,2026-05-01,2026-05-31,18\nasa,\"Chat\nVentas\",2026-05-01,"
                     "2026-05-31,18\n")
          == u"kpi.csv:3: column team: holds a control character (U+000a) at character 5; only "
             "plain text on one line is allowed"_s);
    CHECK(firstError(QByteArray("asa,") + QByteArray(101, 'a') + ",2026-05-01,2026-05-31,18\n")
          == u"kpi.csv:2: column team: is 101 characters long; at most 100 are allowed"_s);
}

TEST_CASE("a KPI file's errors quote its fields on one line", "[exchange][kpi]")
{
    QList<domain::Error> all;
    REQUIRE_FALSE(parseKpiCsv(header + "\"a\nht\",,2026-05-01,2026-05-31,1\n", u"kpi.csv"_s, known,
                              &all));
    REQUIRE(all.size() == 1);
    CHECK(all.first().toString()
          == u"kpi.csv:2: column kpi: \"a\\nht\" is not a KPI of the metrics section of the "
             "version in force (it has: asa, csat)"_s);
}
