#include "exchange/csvtable.h"
#include "render/compliancereportrenderer.h"
#include "support/pdftext.h"
#include "support/tempdir.h"

#include <QFile>

using namespace tenet;
using namespace tenet::test;

namespace {

// Two teams; one person signed, one is overdue, one's name and team need CSV quoting.
render::ComplianceReportData sampleReport(int people = 3)
{
    render::ComplianceReportData data;
    data.organisation = u"Servicios Águila"_s;
    data.codeTitle = u"Código de conducta"_s;
    data.versionNumber = 2;
    data.publishedOn = QDate(2026, 5, 1);
    data.today = QDate(2026, 6, 1);
    data.generatedAt = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < people; ++i) {
        render::ComplianceRow row;
        row.employeeNo = u"A%1"_s.arg(i, 3, 10, QChar(u'0'));
        row.name = i == 2 ? u"Núñez, \"Pepe\" José"_s : u"Rūta Jonaitė %1"_s.arg(i);
        row.role = u"agent"_s;
        row.team = i % 2 ? u"Chat, redes"_s : u"Teléfono"_s;
        row.site = u"Vilnius"_s;
        if (i == 0) {
            row.signedVersion = 1;
            row.signedAt = QDateTime(QDate(2026, 5, 3), QTime(9, 12, 44, 120), Qt::UTC);
            row.paperRecord = u"Signed the printed handbook"_s;
        } else {
            row.overdue = i == 1;
        }
        data.people << row;
    }
    data.teams = {{u"Chat, redes"_s, 1, 0, 1}, {u"Teléfono"_s, 2, 1, 0}};
    data.sections = {{u"ethics"_s, u"Principios éticos"_s, u"M001"_s, QDate(2026, 5, 1),
                      QDate(2027, 5, 1), domain::ReviewState::Current}};
    data.ledgerRows = 1;
    data.ledgerLastHash = u"ab12"_s.repeated(16);
    return data;
}

} // namespace

TEST_CASE("the compliance CSV has a byte order mark, one header row and one quoted row per "
          "person",
          "[render][report]")
{
    const QByteArray csv = render::ComplianceReportRenderer(sampleReport()).renderCsv();
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.contains("\r\n"));
    auto table = exchange::parseCsv(csv, u"report.csv"_s);
    REQUIRE(table.ok());
    CHECK(
        table->header
        == QStringList({u"employee_no"_s, u"name"_s, u"role"_s, u"team"_s, u"site"_s, u"version"_s,
                        u"signed_version"_s, u"signed_at"_s, u"overdue"_s, u"paper_record"_s}));
    REQUIRE(table->records.size() == 3);
    CHECK(table->records[0].fields
          == QStringList {u"A000"_s, u"Rūta Jonaitė 0"_s, u"agent"_s, u"Teléfono"_s,
                          u"Vilnius"_s, u"2"_s, u"1"_s, u"2026-05-03T09:12:44.120Z"_s, u"no"_s,
                          u"Signed the printed handbook"_s});
    CHECK(table->records[1].fields.at(9).isEmpty()); // signed in person, or not at all
    CHECK(table->records[1].fields.at(7) == u"not signed"_s);
    CHECK(table->records[1].fields.at(8) == u"yes"_s);
    CHECK(table->records[2].fields.at(1) == u"Núñez, \"Pepe\" José"_s);
    CHECK(table->records[1].fields.at(3) == u"Chat, redes"_s);
}

TEST_CASE("the compliance PDF numbers its pages and carries the ledger's last hash",
          "[render][report]")
{
    TempDir dir;
    // Enough people to need more than one page.
    auto pdf = render::ComplianceReportRenderer(sampleReport(120)).renderPdf();
    REQUIRE(pdf.ok());
    const QString path = dir.file(u"report.pdf"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(*pdf);
    file.close();

    const auto info = pdfInfo(path);
    const int pages = info.value(u"Pages"_s).toInt();
    REQUIRE(pages >= 2);
    CHECK(info.value(u"Author"_s) == u"Servicios Águila"_s);
    CHECK(info.value(u"Title"_s) == u"Compliance report: Código de conducta"_s);
    for (int page = 1; page <= pages; ++page)
        CHECK(simplified(pdfText(path, page)).contains(u"page %1 of %2"_s.arg(page).arg(pages)));
    const QString text = simplified(pdfText(path));
    CHECK(text.contains(u"ab12"_s.repeated(16)));
    CHECK(text.contains(u"Rūta Jonaitė 119"_s));
    CHECK(text.contains(u"2026-05-03 09:12 UTC"_s));
    CHECK(text.contains(u"(version"_s));
    CHECK(text.contains(u"paper record: Signed the printed handbook"_s));
    CHECK(text.contains(u"OVERDUE"_s));
}

TEST_CASE("the compliance PDF repeats the people's headings on every page and wraps a long name "
          "in its cell",
          "[render][report]")
{
    TempDir dir;
    render::ComplianceReportData data = sampleReport(150);
    const QStringList longName
        = {u"Maximiliana"_s, u"Gertrudis"_s, u"Alejandra"_s, u"Fernández"_s, u"de"_s,
           u"Córdoba"_s,     u"y"_s,         u"Sotomayor"_s, u"Villalobos"_s};
    data.people[40].name = longName.join(u' ');
    auto pdf = render::ComplianceReportRenderer(data).renderPdf();
    REQUIRE(pdf.ok());
    const QString path = dir.file(u"report.pdf"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(*pdf);
    file.close();

    const int pages = pdfInfo(path).value(u"Pages"_s).toInt();
    REQUIRE(pages >= 3);
    int peoplePages = 0;
    for (int page = 1; page <= pages; ++page) {
        // In the order painted: a heading that wraps is read whole.
        const QString text = simplified(pdfText(path, page, TextMode::Raw));
        if (!text.contains(u"Rūta Jonaitė"_s))
            continue;
        ++peoplePages;
        INFO(page);
        CHECK(text.contains(u"Employee no. Name Role Team Site Signed Overdue"_s));
    }
    CHECK(peoplePages >= 2);
    // Every word of the name is printed, in order, however many lines it takes.
    const QString raw = simplified(pdfText(path, 0, TextMode::Raw));
    CHECK(raw.contains(longName.join(u' ')));
}
