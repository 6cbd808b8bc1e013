// Renders the PDF handbook of a 300-clause code with its tables, five times, and prints the
// median; writes the same content as the HTML export, so that scripts/bench-handbook can
// time LibreOffice and Chromium printing it. Run through scripts/bench-handbook; not part
// of ctest.

#include "domain/codecontent.h"
#include "exchange/codefile.h"
#include "render/handbookrenderer.h"
#include "render/htmlexport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace tenet;
using namespace Qt::StringLiterals;

namespace {

const QStringList words = {
    u"cliente"_s,         u"agente"_s,     u"llamada"_s,      u"atención"_s,  u"respuesta"_s,
    u"información"_s,     u"debe"_s,       u"siempre"_s,      u"registrar"_s, u"queja"_s,
    u"supervisor"_s,      u"plazo"_s,      u"confidencial"_s, u"respeto"_s,   u"claridad"_s,
    u"seguimiento"_s,     u"escalar"_s,    u"caso"_s,         u"klientas"_s,  u"skambutis"_s,
    u"įsipareigojimas"_s, u"sąžiningai"_s, u"the"_s,          u"customer"_s,  u"within"_s,
    u"hours"_s,           u"and"_s,        u"de"_s,           u"la"_s,        u"el"_s,
};

QString prose(QRandomGenerator &random, int minimum, int spread)
{
    const int length = minimum + int(random.bounded(spread + 1));
    QString text;
    while (text.size() < length) {
        if (!text.isEmpty())
            text += random.bounded(12) == 0 ? u". "_s : u" "_s;
        text += words[random.bounded(int(words.size()))];
    }
    return text + u'.';
}

// Clause bodies as people write them: a paragraph or two, some emphasis, now and then a
// list and a link.
QString markdownBody(QRandomGenerator &random)
{
    QString body = prose(random, 200, 300);
    const int at = int(body.indexOf(u' ', 20));
    if (at > 0)
        body.insert(at, u" **importante**"_s);
    if (random.bounded(3) == 0)
        body += u"\n\n"_s + prose(random, 100, 150);
    if (random.bounded(4) == 0)
        body += u"\n\n- "_s + prose(random, 30, 30) + u"\n- "_s + prose(random, 30, 30) + u"\n- *"_s
            + prose(random, 20, 20) + u'*';
    if (random.bounded(8) == 0)
        body += u"\n\nVéase [la guía](https://example.org/guia)."_s;
    return body;
}

domain::CodeContent bigCode(int clauseCount, QRandomGenerator &random)
{
    using namespace tenet::domain;
    CodeContent content = CodeContent::withEmptySections(u"es"_s);
    for (int i = 0; i < clauseCount; ++i) {
        Section &section = content.sections[i % content.sections.size()];
        Clause clause;
        clause.id = u"%1-%2"_s.arg(sectionKeyName(section.key)).arg(i);
        clause.title = u"Cláusula %1: %2"_s.arg(i).arg(prose(random, 10, 20));
        clause.body = markdownBody(random);
        clause.strength = i % 3 ? Strength::Must : Strength::Should;
        if (i % 5 == 0)
            clause.references << u"ISO 10002:2018, apartado %1"_s.arg(i % 9 + 1);
        section.clauses.append(clause);
    }
    for (Section &section : content.sections)
        section.purpose = prose(random, 80, 80);
    Section &protocols = *content.section(SectionKey::ServiceProtocols);
    for (int tier = 1; tier <= 4; ++tier)
        protocols.escalation << EscalationTier {tier, u"nivel %1"_s.arg(tier), 4.0 * tier,
                                                prose(random, 40, 40)};
    for (int step = 0; step < 6; ++step)
        protocols.followUp << prose(random, 30, 50);
    Section &complaints = *content.section(SectionKey::Complaints);
    for (const QString &key : {u"logged"_s, u"assessed"_s, u"resolved"_s, u"closed"_s})
        complaints.stages << ComplaintStage {key, key, 24.0 * (complaints.stages.size() + 1)};
    Section &training = *content.section(SectionKey::Training);
    for (int p = 0; p < 6; ++p) {
        TrainingProgramme programme;
        programme.id = u"prog-%1"_s.arg(p);
        programme.title = prose(random, 10, 15);
        programme.hours = 4 + p;
        programme.objectives
            = {prose(random, 20, 20), prose(random, 20, 20), prose(random, 20, 20)};
        programme.finalTest = p % 2 == 0;
        if (programme.finalTest)
            programme.passMark = 80;
        programme.roles = {u"agent"_s, u"supervisor"_s};
        programme.refresherMonths = 12;
        training.programmes << programme;
    }
    Section &metrics = *content.section(SectionKey::Metrics);
    for (int k = 0; k < 10; ++k)
        metrics.kpis << Kpi {u"kpi_%1"_s.arg(k),
                             prose(random, 10, 10),
                             prose(random, 50, 50),
                             u"s"_s,
                             k % 2 ? KpiDirection::AtMost : KpiDirection::AtLeast,
                             20.0 + k,
                             30.0 + k,
                             prose(random, 40, 40)};
    return content;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char *argv[])
{
    // PDF writing needs fonts, hence a GUI application, but never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Handbook benchmark: Qt's PDF of a 300-clause code"_s);
    parser.addHelpOption();
    const QCommandLineOption clausesOption(u"clauses"_s, u"Clauses in the code (300)."_s, u"N"_s,
                                           u"300"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Renderings to time (5)."_s, u"N"_s, u"5"_s);
    const QCommandLineOption outOption(
        u"out"_s, u"Write handbook.pdf and handbook.html into DIR."_s, u"DIR"_s);
    const QCommandLineOption codeOption(u"code-file"_s, u"Render this tenet.code/1 file instead."_s,
                                        u"FILE"_s);
    const QCommandLineOption paperOption(u"letter"_s, u"Letter paper instead of A4."_s);
    const QCommandLineOption changesOption(
        u"changes"_s, u"Compare with an earlier version that differs in a few clauses."_s);
    const QCommandLineOption draftOption(u"draft"_s, u"Render the version as a draft."_s);
    parser.addOptions({clausesOption, runsOption, outOption, codeOption, paperOption, changesOption,
                       draftOption});
    parser.process(app);

    render::HandbookSource source;
    if (parser.isSet(codeOption)) {
        auto document = exchange::readCodeFile(parser.value(codeOption));
        if (!document) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(document.error().toString()));
            return 1;
        }
        source.code = document->code;
        source.version.content = document->content;
        if (document->version)
            source.version.info = *document->version;
    } else {
        QRandomGenerator random(20260501);
        source.code.title = u"Código de buenas prácticas de atención al cliente"_s;
        source.organisation = u"Servicios Águila, S.A."_s;
        source.version.content = bigCode(std::max(7, parser.value(clausesOption).toInt()), random);
        source.version.info.number = 4;
        source.version.info.state = domain::VersionState::Published;
        source.version.info.publishedAt = QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
        source.version.info.approvedBy = u"M001"_s;
        source.approver = u"Marta Ruiz (M001)"_s;
    }
    if (parser.isSet(changesOption)) {
        // The earlier version: some clauses worded differently, one not yet written, one
        // since removed, one moved, and a table row that changed.
        domain::Version previous;
        previous.info.number = source.version.info.number - 1;
        previous.info.state = domain::VersionState::Superseded;
        previous.info.publishedAt = QDateTime(QDate(2025, 11, 3), QTime(8, 0), Qt::UTC);
        previous.content = source.version.content;
        QList<domain::Section> &sections = previous.content.sections;
        for (int s = 0; s < sections.size(); ++s) {
            QList<domain::Clause> &clauses = sections[s].clauses;
            if (clauses.size() < 4)
                continue;
            clauses[0].body.replace(u"importante"_s, u"muy importante"_s);
            clauses[1].title += u" (antes)"_s;
            clauses[1].strength = clauses[1].strength == domain::Strength::Must
                ? domain::Strength::Should
                : domain::Strength::Must;
            clauses.removeAt(2);
            domain::Clause gone;
            gone.id = u"gone-%1"_s.arg(s);
            gone.title = u"Una cláusula que ya no está"_s;
            gone.body = u"Este texto se eliminó en la nueva versión."_s;
            clauses.append(gone);
        }
        if (!sections[3].escalation.isEmpty())
            sections[3].escalation[0].withinHours = 2;
        sections[0].purpose = u"Un propósito anterior."_s;
        source.previous = previous;
    }
    if (parser.isSet(draftOption)) {
        source.version.info.state = domain::VersionState::Draft;
        source.version.info.publishedAt = {};
        source.version.info.approvedBy.clear();
        source.approver.clear();
    }
    const render::PaperSize paper
        = parser.isSet(paperOption) ? render::PaperSize::Letter : render::PaperSize::A4;
    const render::HandbookRenderer renderer(source, paper);

    const int runs = std::max(1, parser.value(runsOption).toInt());
    QList<double> seconds;
    QByteArray pdf;
    int pages = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto rendered = renderer.renderPdf();
        seconds << double(timer.nsecsElapsed()) / 1e9;
        if (!rendered) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(rendered.error().toString()));
            return 1;
        }
        pdf = rendered->pdf;
        pages = rendered->pageCount;
    }
    std::printf("clauses %d\npages %d\npdf_bytes %lld\nqt_runs %d\nqt_median_s %.3f\n"
                "qt_min_s %.3f\nqt_max_s %.3f\n",
                source.version.content.clauseCount(), pages, static_cast<long long>(pdf.size()),
                runs, median(seconds), *std::min_element(seconds.begin(), seconds.end()),
                *std::max_element(seconds.begin(), seconds.end()));

    if (parser.isSet(outOption)) {
        const QDir out(parser.value(outOption));
        if (!writeFile(out.filePath(u"handbook.pdf"_s), pdf)
            || !writeFile(out.filePath(u"handbook.html"_s), render::handbookHtml(source))) {
            std::fprintf(stderr, "bench: cannot write into %s\n", qPrintable(out.path()));
            return 1;
        }
    }
    return 0;
}
