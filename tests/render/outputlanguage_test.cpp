#include "handbookfixture.h"
#include "render/compliancereportrenderer.h"
#include "render/dashboardcsv.h"
#include "render/handbookrenderer.h"
#include "render/htmlexport.h"
#include "render/markdownexport.h"
#include "render/outputlanguage.h"
#include "render/receipt.h"
#include "render/redlinehtml.h"
#include "render/remindermail.h"
#include "support/pdftext.h"

#include "domain/comparison.h"

#include <QRegularExpression>
#include <QTextDocument>

using namespace tenet;
using namespace tenet::test;

namespace {

// The fixed words an English output writes; none of them may show in a Spanish or
// Lithuanian one. Whole words only: "agente" is Spanish, "agent" is not.
const QStringList englishWords = {
    u"MUST"_s,
    u"SHOULD"_s,
    u"DRAFT"_s,
    u"Version"_s,
    u"version"_s,
    u"Signed"_s,
    u"Overdue"_s,
    u"overdue"_s,
    u"added"_s,
    u"removed"_s,
    u"changed"_s,
    u"moved"_s,
    u"at_most"_s,
    u"at_least"_s,
    u"at most"_s,
    u"at least"_s,
    u"agent"_s,
    u"manager"_s,
    u"Published"_s,
    u"Draft"_s,
    u"Contents"_s,
    u"page"_s,
    u"hours"_s,
    u"Target"_s,
    u"Summary"_s,
    u"Redline"_s,
    u"Signature"_s,
    u"Employee"_s,
    u"Name"_s,
    u"Team"_s,
    u"Status"_s,
    u"yes"_s,
    u"none"_s,
    u"every"_s,
    u"Tier"_s,
    u"Who"_s,
    u"Within"_s,
    u"Action"_s,
    u"Step"_s,
    u"Stage"_s,
    u"Hours"_s,
    u"Refresher"_s,
    u"Indicator"_s,
    u"Definition"_s,
    u"Unit"_s,
    u"Strength"_s,
    u"References"_s,
    u"Purpose"_s,
    u"signed"_s,
    u"not signed"_s,
    u"due soon"_s,
    u"stale"_s,
    u"current"_s,
    u"breached"_s,
    u"on target"_s,
    u"the"_s,
    u"of"_s,
    u"Please"_s,
    u"Hello"_s,
    u"Receipt"_s,
    u"Meaning"_s,
    u"ledger"_s,
    u"report"_s,
    u"Compliance"_s,
    u"above"_s,
    u"below"_s,
    u"whole organisation"_s,
    u"signature expired"_s,
    u"Latest value"_s,
};

// The English fixed words found in a text, to fail with.
QStringList englishIn(const QString &text)
{
    QStringList found;
    for (const QString &word : englishWords) {
        const QRegularExpression whole(u"(?<!\\w)"_s + QRegularExpression::escape(word)
                                           + u"(?!\\w)"_s,
                                       QRegularExpression::UseUnicodePropertiesOption);
        if (whole.match(text).hasMatch())
            found << word;
    }
    return found;
}

// A draft version 3 of the fixture after a published version 2 with a clause added, one
// removed, one changed, a KPI's direction and an escalation tier changed: every part of
// the handbook shows, the changes and the DRAFT watermark included.
render::HandbookSource everyPart(const QString &fixture)
{
    render::HandbookSource source = fixtureSource(fixture, false);
    domain::Version previous = source.version;
    previous.info.number = 2;
    previous.info.state = domain::VersionState::Published;
    previous.info.publishedAt = QDateTime(QDate(2025, 9, 1), QTime(8, 0), Qt::UTC);
    domain::Section &ethics = previous.content.sections[0];
    ethics.clauses[0].body += u" ¡Siempre!"_s;
    ethics.clauses[0].strength = ethics.clauses[0].strength == domain::Strength::Must
        ? domain::Strength::Should
        : domain::Strength::Must;
    previous.content.sections[1].clauses.removeFirst(); // added in version 3
    domain::Clause old;
    old.id = u"old-rule"_s;
    old.title = u"Ω"_s;
    old.body = u"Ω Ω."_s;
    ethics.clauses << old;
    ethics.owner = u"Ω"_s;
    domain::Section *metrics = previous.content.section(domain::SectionKey::Metrics);
    metrics->kpis[0].direction = domain::KpiDirection::AtLeast;
    metrics->kpis[0].alert = metrics->kpis[0].target - 5;
    previous.content.section(domain::SectionKey::ServiceProtocols)->escalation[0].withinHours = 2;
    source.previous = previous;
    return source;
}

struct Expected
{
    QString fixture;
    QStringList words; // a few words the outputs must have
};

const QList<Expected> languages = {
    {u"code-es.json"_s,
     {u"DEBE"_s, u"DEBERÍA"_s, u"BORRADOR"_s, u"como máximo"_s, u"Índice"_s,
      u"Constancia de "
      "lectura"_s,
      u"agente"_s}},
    {u"code-lt.json"_s,
     {u"PRIVALOMA"_s, u"REKOMENDUOJAMA"_s, u"JUODRAŠTIS"_s, u"ne mažiau kaip"_s, u"Turinys"_s,
      u"Susipažinimo patvirtinimas"_s, u"konsultantas"_s}},
};

} // namespace

TEST_CASE("a Spanish or Lithuanian handbook PDF has no English word of Tenet's own",
          "[render][pdf][language]")
{
    for (const Expected &expected : languages) {
        INFO(expected.fixture.toStdString());
        TempDir dir;
        const render::HandbookSource source = everyPart(expected.fixture);
        auto handbook = render::HandbookRenderer(source).renderPdf();
        REQUIRE(handbook.ok());
        const QString path = writeInto(dir, u"handbook.pdf"_s, handbook->pdf);
        const QString text = simplified(pdfText(path, 0, TextMode::Raw));
        for (const QString &word : expected.words) {
            INFO(word.toStdString());
            // The watermark's letters are drawn one by one: compare without spaces.
            CHECK(QString(text).remove(u' ').contains(QString(word).remove(u' ')));
        }
        CHECK(text.contains(expected.words.at(3)));
        CHECK(englishIn(text) == QStringList());
        CHECK(englishIn(pdfInfo(path).value(u"Subject"_s)) == QStringList());
    }
}

TEST_CASE("the Spanish and Lithuanian HTML and Markdown exports have no English word of Tenet's",
          "[render][html][markdown][language]")
{
    for (const Expected &expected : languages) {
        INFO(expected.fixture.toStdString());
        const render::HandbookSource source = everyPart(expected.fixture);
        QTextDocument html;
        const QString markup = QString::fromUtf8(render::handbookHtml(source));
        html.setHtml(markup);
        const QString htmlText = html.toPlainText();
        const QString md = QString::fromUtf8(render::handbookMarkdown(source));
        for (const QString &word : expected.words.mid(0, 2) + expected.words.mid(3, 2)) {
            INFO(word.toStdString());
            CHECK(htmlText.contains(word));
        }
        // The watermark is drawn by the stylesheet from this attribute.
        CHECK(markup.contains(u"data-watermark=\"%1\""_s.arg(expected.words.at(2))));
        CHECK(englishIn(htmlText) == QStringList());
        CHECK(md.contains(expected.words.at(0)));
        CHECK(md.contains(expected.words.at(3)));
        CHECK(englishIn(md) == QStringList());
    }
}

TEST_CASE("the redline between two Spanish or Lithuanian versions is in their language",
          "[render][redline][language]")
{
    for (const Expected &expected : languages) {
        INFO(expected.fixture.toStdString());
        const render::HandbookSource source = everyPart(expected.fixture);
        const domain::Comparison comparison
            = domain::compareContent(source.previous->content, source.version.content);
        QTextDocument document;
        document.setHtml(render::redlineHtml(comparison, *source.previous, source.version));
        const QString text = document.toPlainText();
        CHECK(text.contains(expected.words.at(0)));
        CHECK(englishIn(text) == QStringList());
    }
}

TEST_CASE("the compliance report of a Spanish code is in Spanish, its CSV for Spanish "
          "spreadsheets",
          "[render][report][language]")
{
    render::ComplianceReportData data;
    data.organisation = u"Servicios Águila"_s;
    data.codeTitle = u"Código de conducta"_s;
    data.language = u"es"_s;
    data.versionNumber = 2;
    data.publishedOn = QDate(2026, 5, 1);
    data.today = QDate(2026, 6, 1);
    data.generatedAt = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
    render::ComplianceRow signer;
    signer.employeeNo = u"A001"_s;
    signer.name = u"Ana Ruiz"_s;
    signer.role = u"agent"_s;
    signer.team = u"Chat"_s;
    signer.site = u"Madrid"_s;
    signer.signedVersion = 1;
    signer.signedAt = QDateTime(QDate(2026, 5, 3), QTime(9, 12), Qt::UTC);
    signer.paperRecord = u"Firmó en papel"_s;
    render::ComplianceRow late = signer;
    late.employeeNo = u"A002"_s;
    late.name = u"Luis Gil"_s;
    late.role = u"manager"_s;
    late.signedVersion.reset();
    late.signedAt = {};
    late.paperRecord.reset();
    late.overdue = true;
    data.people = {signer, late};
    data.teams = {{u"Chat"_s, 2, 1, 1}};
    data.sections = {{u"ethics"_s, u"Principios éticos"_s, u"M001"_s, QDate(2025, 5, 1),
                      QDate(2026, 5, 1), domain::ReviewState::Stale}};
    data.ledgerRows = 1;
    data.ledgerLastHash = u"ab12"_s.repeated(16);

    const render::ComplianceReportRenderer report(data);
    const QString csv = QString::fromUtf8(report.renderCsv());
    const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts); // BOM dropped
    REQUIRE(lines.size() == 3);
    CHECK(lines[0]
          == u"Número de empleado;Nombre y apellidos;Puesto;Equipo;Centro;Versión;Versión firmada;"
             "Fecha de firma (UTC);Fuera de plazo;Firma en papel"_s);
    CHECK(lines[1]
          == u"A001;Ana Ruiz;agente;Chat;Madrid;2;1;03/05/2026 09:12:00;no;Firmó en papel"_s);
    CHECK(lines[2] == u"A002;Luis Gil;responsable;Chat;Madrid;2;;sin firmar;sí;"_s);
    CHECK(englishIn(csv) == QStringList());
    // Asked for commas, it writes commas.
    CHECK(report.renderCsv(u',').split('\n').first().contains("Puesto,Equipo"));

    TempDir dir;
    auto pdf = report.renderPdf();
    REQUIRE(pdf.ok());
    const QString path = writeInto(dir, u"report.pdf"_s, *pdf);
    const QString text = simplified(pdfText(path)).remove(u"tenetctl verify"_s);
    for (const QString &word : {u"Informe de cumplimiento"_s, u"FUERA DE PLAZO"_s,
                                u"revisión vencida"_s, u"página 1 de 1"_s, u"responsable"_s,
                                u"firma en papel: Firmó en papel"_s, u"03/05/2026 09:12 UTC"_s})
        CHECK(text.contains(word));
    CHECK(englishIn(text) == QStringList());
}

TEST_CASE("the receipt of a signature is in the language of the signed code",
          "[render][receipt][language]")
{
    domain::Acknowledgement ack;
    ack.seq = 7;
    ack.versionNumber = 3;
    ack.employeeNo = u"A001"_s;
    ack.printedName = u"Rūta Jonaitė"_s;
    ack.signedAt = QDateTime(QDate(2026, 5, 3), QTime(9, 12), Qt::UTC);
    ack.meaning = u"read and understood version 3 of Kodeksas"_s;
    ack.quizScore = 90;
    const render::ReceiptSource source {ack, QByteArray(32, '\x1f'), u"Kodeksas"_s};

    const QString lt = render::receiptText(source, render::OutputLanguage(u"lt"_s));
    CHECK(lt.startsWith(u"Jūsų parašo pažyma\n"_s));
    CHECK(lt.contains(u"Parašo reikšmė: Perskaičiau ir supratau „Kodeksas“ 3 versiją."_s));
    CHECK(lt.contains(u"Supratimo patikrinimas: 90\u00a0%"_s));
    CHECK(englishIn(lt) == QStringList());

    QTextDocument html;
    html.setHtml(render::receiptHtml(source, render::OutputLanguage(u"es"_s)));
    const QString es = html.toPlainText();
    CHECK(es.contains(u"Justificante de su firma"_s));
    CHECK(es.contains(u"He leído y comprendido la versión 3 de «Kodeksas»."_s));
    CHECK(englishIn(es) == QStringList());

    const QString en = render::receiptText(source, render::OutputLanguage::english());
    CHECK(en.contains(u"Meaning: I have read and understood version 3 of “Kodeksas”."_s));
}

TEST_CASE("the reminder e-mail is written in the code's language", "[render][language]")
{
    const QDate since(2026, 12, 2);
    const auto es = render::ReminderMail::of(u"Código"_s, 3, since, u"Marta Ruiz"_s,
                                             render::OutputLanguage(u"es"_s));
    CHECK(es.subject == u"Firme la versión 3 de Código, por favor"_s);
    CHECK(
        es.body.startsWith(u"Hola:\n\nLa versión 3 de Código está en vigor desde el 02/12/2026"_s));
    CHECK(es.body.endsWith(u"\nMarta Ruiz"_s));
    CHECK(englishIn(es.subject + es.body) == QStringList());

    const auto lt
        = render::ReminderMail::of(u"Kodeksas"_s, 3, since, {}, render::OutputLanguage(u"lt"_s));
    CHECK(lt.subject == u"Pasirašykite Kodeksas 3 versiją"_s);
    CHECK(lt.body.contains(u"galioja nuo 2026-12-02"_s));
    CHECK(englishIn(lt.subject + lt.body) == QStringList());

    const auto en
        = render::ReminderMail::of(u"Code"_s, 3, since, {}, render::OutputLanguage::english());
    CHECK(en.subject == u"Please sign version 3 of Code"_s);
}

TEST_CASE("the dashboard's CSV lists are in the code's language, with its decimal comma",
          "[render][csv][language]")
{
    domain::StaffDue due;
    due.member.employeeNo = u"B002"_s;
    due.member.fullName = u"Sofía Núñez"_s;
    due.member.team = u"Chat"_s;
    due.member.role = domain::Role::Agent;
    due.due = QDate(2026, 6, 15);
    due.overdue = true;
    due.daysOverdue = 4;
    domain::SectionDue section;
    section.key = domain::SectionKey::Complaints;
    section.title = u"Reclamaciones"_s;
    section.state = domain::ReviewState::DueSoon;
    section.lastReviewed = QDate(2025, 7, 1);
    section.due = QDate(2026, 7, 1);
    section.daysLeft = 10;
    domain::KpiStatus kpi;
    kpi.kpi.key = u"csat"_s;
    kpi.kpi.name = u"Satisfacción"_s;
    kpi.kpi.unit = u"%"_s;
    kpi.kpi.direction = domain::KpiDirection::AtLeast;
    kpi.kpi.target = 85.5;
    kpi.kpi.alert = 80;
    domain::KpiObservation latest;
    latest.kpiKey = u"csat"_s;
    latest.periodStart = QDate(2026, 5, 1);
    latest.periodEnd = QDate(2026, 5, 31);
    latest.value = 79.25;
    kpi.latest = latest;
    kpi.state = domain::KpiState::Breached;

    const render::OutputLanguage es(u"es"_s);
    const QString people = QString::fromUtf8(render::dashboardcsv::unsignedPeople({due}, es));
    CHECK(people.startsWith(u"Número de empleado;Nombre y apellidos;Equipo;"_s));
    CHECK(people.contains(u"\r\nB002;Sofía Núñez;Chat;;agente;15/06/2026;4;fuera de plazo\r\n"_s));
    const QString sections = QString::fromUtf8(render::dashboardcsv::sectionReviews({section}, es));
    CHECK(sections.contains(
        u"\r\n5;Reclamaciones;;01/07/2025;01/07/2026;próxima a vencer;;10\r\n"_s));
    const QString kpis = QString::fromUtf8(render::dashboardcsv::kpiStatus({kpi}, es));
    CHECK(kpis.contains(u"\r\nSatisfacción;toda la organización;79,25;%;01/05/2026;31/05/2026;"
                        "como mínimo;85,5;80;umbral de alerta superado\r\n"_s));
    for (const QString &csv : {people, sections, kpis})
        CHECK(englishIn(csv) == QStringList());

    const render::OutputLanguage lt(u"lt"_s);
    const QString ltKpis = QString::fromUtf8(render::dashboardcsv::kpiStatus({kpi}, lt));
    CHECK(ltKpis.contains(u"Veiklos rodiklis;Komanda;Paskutinė reikšmė;"_s));
    CHECK(ltKpis.contains(u";79,25;%;2026-05-01;2026-05-31;ne mažiau kaip;85,5;80;"_s));
    CHECK(englishIn(ltKpis) == QStringList());
    CHECK(englishIn(QString::fromUtf8(render::dashboardcsv::unsignedPeople({due}, lt)))
          == QStringList());

    // English: commas and decimal points; a comma-separated Spanish file quotes its decimals.
    const QString en = QString::fromUtf8(
        render::dashboardcsv::kpiStatus({kpi}, render::OutputLanguage::english()));
    CHECK(en.contains(u"\r\nSatisfacción,whole organisation,79.25,%,2026-05-01,2026-05-31,"
                      "at least,85.5,80,breached\r\n"_s));
    CHECK(QString::fromUtf8(render::dashboardcsv::kpiStatus({kpi}, es, u','))
              .contains(u",\"79,25\",%,"_s));
}

TEST_CASE("an output language writes numbers and dates as its readers do", "[render][language]")
{
    const render::OutputLanguage es(u"es_ES"_s);
    const render::OutputLanguage lt(u"lt"_s);
    const render::OutputLanguage en(u"en"_s);
    CHECK(es.code() == u"es"_s);
    CHECK(es.number(0.5) == u"0,5"_s);
    CHECK(es.number(24) == u"24"_s);
    CHECK(es.number(12345.25) == u"12345,25"_s);
    CHECK(en.number(0.5) == u"0.5"_s);
    CHECK(es.percent(85.5) == u"85,5\u00a0%"_s);
    CHECK(lt.percent(85.5) == u"85,5\u00a0%"_s);
    CHECK(en.percent(85.5) == u"85.5%"_s);
    CHECK(es.date(QDate(2026, 12, 2)) == u"02/12/2026"_s);
    CHECK(lt.date(QDate(2026, 12, 2)) == u"2026-12-02"_s);
    CHECK(en.date(QDate(2026, 12, 2)) == u"2026-12-02"_s);
    CHECK(es.csvDelimiter() == u';');
    CHECK(lt.csvDelimiter() == u';');
    CHECK(en.csvDelimiter() == u',');
    // A language without a catalogue keeps the English wording, with its own numbers.
    const render::OutputLanguage german(u"de"_s);
    CHECK(german.translate("Words", "MUST") == u"MUST"_s);
    CHECK(german.number(0.5) == u"0,5"_s);
    CHECK(es.translate("Words", "MUST") == u"DEBE"_s);
    CHECK(lt.translate("Words", "SHOULD") == u"REKOMENDUOJAMA"_s);
}
