#include "compliancereportpdf.h"

#include "compliancereportrenderer.h"
#include "handbookfonts.h"
#include "outputwords.h"
#include "pagedtable.h"
#include "pageflow.h"
#include "pdfdocumentinfo.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::render {

namespace {

constexpr qreal pointsPerInch = 72;
constexpr int resolution = 1200; // dots per inch: the PDF writer's grid
constexpr qreal margin = 48; // points, all round
constexpr qreal headerHeight = 22;
constexpr qreal footerHeight = 22;
constexpr qreal sealPointSize = 8;

const QColor ink(Qt::black);
const QColor muted(0x55, 0x55, 0x55);

// The point size at which the seal's longest line fits the width of the page: a line that
// wrapped would no longer be a line of the seal when its text is copied out of the PDF.
qreal sealFontSize(const QStringList &lines, const QString &family)
{
    qsizetype longest = 1;
    for (const QString &line : lines)
        longest = std::max(longest, line.size());
    QFont font(family);
    font.setPixelSize(100);
    const qreal advancePerPoint = QFontMetricsF(font).horizontalAdvance(u'0') / 100;
    const qreal width = QPageSize(QPageSize::A4).size(QPageSize::Point).width() - 2 * margin;
    // A little to spare for rounding.
    return std::min(sealPointSize, 0.97 * width / (qreal(longest) * advancePerPoint));
}

// The part of the text from `from` on, set in `font`.
QTextLayout::FormatRange rangeFrom(const QString &text, qsizetype from, const QFont &font)
{
    QTextLayout::FormatRange range;
    range.start = int(from);
    range.length = int(text.size() - from);
    range.format.setFont(font);
    return range;
}

TableCell cell(const QString &text, const QString &note = {})
{
    return TableCell {text, note, false};
}

TableCell boldCell(const QString &text)
{
    return TableCell {text, {}, true};
}

} // namespace

// The three tables, with their columns fitted to their rows before the pages are counted.
struct ComplianceReportPdf::Tables
{
    PagedTable teams;
    TableRows teamRows;
    int teamCount = 0;
    PagedTable people;
    TableRows peopleRows;
    PagedTable sections;
    TableRows sectionRows;
};

ComplianceReportPdf::ComplianceReportPdf(const ComplianceReportRenderer &report)
    : m_report(report), m_data(report.data()), m_language(report.language())
{
}

void ComplianceReportPdf::heading(PageFlow &flow, const QString &text, qreal keep) const
{
    const QFont font = PageFlow::font(flow.device(), handbookFontFamily(), 13, true);
    constexpr qreal before = 12;
    constexpr qreal after = 6;
    flow.keep(before + flow.paragraphHeight(text, font) + after + keep);
    flow.paragraph(text, font, ink, before, after);
}

void ComplianceReportPdf::paintContent(PageFlow &flow, const Tables &tables) const
{
    const ComplianceReportData &d = m_data;
    const OutputLanguage &l = m_language;
    const QString family = handbookFontFamily();
    const auto font = [&flow, &family](qreal points, bool bold = false) {
        return PageFlow::font(flow.device(), family, points, bold);
    };
    const auto date = [&l](const QDate &day) {
        return day.isValid() ? l.date(day) : u"—"_s;
    };

    if (!d.organisation.isEmpty())
        flow.paragraph(d.organisation, font(9), muted, 0, 8);
    flow.paragraph(l.translate("ComplianceReport", "Compliance report"), font(18, true), ink, 0, 8);
    const QString version = d.inForce
        //: The report's subject: "Code of Practice, version 3 (in force), published 01/05/2026."
        ? l.translate("ComplianceReport", "%1, version %2 (in force), published %3.")
        : l.translate("ComplianceReport", "%1, version %2 (no longer in force), published %3.");
    flow.paragraph(version.arg(d.codeTitle, QString::number(d.versionNumber), date(d.publishedOn)),
                   font(11), ink, 0, 6);
    flow.paragraph(l.translate("ComplianceReport", "Status on %1; report made %2.")
                       .arg(date(d.today), l.dateTimeUtc(d.generatedAt)),
                   font(9), ink, 0, 4);

    const int required = int(d.people.size());
    heading(flow, l.translate("ComplianceReport", "Summary"));
    //: %n people must sign; %1 of them signed, %2 did not, %3 of those are overdue.
    flow.paragraph(
        l.translate("ComplianceReport",
                    "%1 of %n people signed; %2 not signed, of whom %3 overdue.", nullptr, required)
            .arg(QString::number(d.signedCount()), QString::number(required - d.signedCount()),
                 QString::number(d.overdueCount())),
        font(10), ink, 0, 4);

    heading(flow, l.translate("ComplianceReport", "Totals per team"),
            tables.teams.startHeight(tables.teamCount, tables.teamRows));
    tables.teams.run(flow, tables.teamCount, tables.teamRows);
    heading(flow, l.translate("ComplianceReport", "People"),
            tables.people.startHeight(required, tables.peopleRows));
    tables.people.run(flow, required, tables.peopleRows);
    const int sectionCount = int(d.sections.size());
    heading(flow, l.translate("ComplianceReport", "Sections' review status"),
            tables.sections.startHeight(sectionCount, tables.sectionRows));
    tables.sections.run(flow, sectionCount, tables.sectionRows);
    paintLedger(flow);
    paintSeal(flow);
}

void ComplianceReportPdf::paintLedger(PageFlow &flow) const
{
    const ComplianceReportData &d = m_data;
    const OutputLanguage &l = m_language;
    const QString family = handbookFontFamily();
    const QFont text = PageFlow::font(flow.device(), family, 10);
    heading(flow, l.translate("ComplianceReport", "Acknowledgement ledger"),
            flow.paragraphHeight(u"X"_s, text));
    if (d.ledgerOk) {
        flow.paragraph(l.translate("ComplianceReport",
                                   "Verified: all %n signatures in the ledger are sound.", nullptr,
                                   int(d.ledgerRows)),
                       text, ink, 0, 6);
    } else {
        const QString failed = l.translate("ComplianceReport", "The ledger FAILED verification:");
        QTextLayout::FormatRange bold;
        bold.start = 0;
        bold.length = int(failed.size());
        bold.format.setFont(PageFlow::font(flow.device(), family, 10, true));
        flow.paragraph(failed + u' ' + d.ledgerProblem, text, ink, 0, 6, {bold});
    }
    const QString label = l.translate("ComplianceReport", "Hash of its last row (SHA-256):") + u' ';
    const QString hash = d.ledgerLastHash.isEmpty()
        ? l.translate("ComplianceReport", "(the ledger is empty)")
        : d.ledgerLastHash;
    flow.paragraph(label + hash, text, ink, 0, 6,
                   {rangeFrom(label + hash, label.size(),
                              PageFlow::font(flow.device(), monospaceFontFamily(), 8))});
    flow.paragraph(l.translate("ComplianceReport",
                               "Compare it with `tenetctl verify` on the database: a ledger that "
                               "still starts with the same rows ends in the same hash."),
                   PageFlow::font(flow.device(), family, 8), ink, 0, 0);
}

void ComplianceReportPdf::paintSeal(PageFlow &flow) const
{
    if (m_data.seal.isEmpty())
        return;
    // A page of its own, to be kept apart from the report: in a binder, a mailbox.
    flow.newPage();
    const QString family = handbookFontFamily();
    flow.paragraph(m_language.translate("ComplianceReport", "Seal of the database"),
                   PageFlow::font(flow.device(), family, 13, true), ink, 0, 8);
    flow.paragraph(m_report.sealCheckSentence(), PageFlow::font(flow.device(), family, 10), ink, 0,
                   10);
    const QStringList lines = m_report.sealLines();
    const QString mono = monospaceFontFamily();
    flow.verbatim(lines, PageFlow::font(flow.device(), mono, sealFontSize(lines, mono)), ink);
}

Result<QByteArray> ComplianceReportPdf::render() const
{
    const ComplianceReportData &d = m_data;
    const OutputLanguage &l = m_language;
    const QPageSize pageSize(QPageSize::A4);
    const QSizeF page = pageSize.size(QPageSize::Point);
    const QRectF body(margin, margin + headerHeight, page.width() - 2 * margin,
                      page.height() - 2 * margin - headerHeight - footerHeight);
    const QString family = handbookFontFamily();
    const QString title = l.translate("ComplianceReport", "Compliance report: %1").arg(d.codeTitle);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(resolution);
        writer.setTitle(title);
        writer.setCreator(u"Tenet " TENET_VERSION_STRING ""_s);
        if (!writer.setPageLayout(
                QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(), QPageLayout::Point)))
            return Error::invalid(u"report"_s, u"the PDF writer does not take A4 paper"_s);

        PagedTable::Style style;
        style.regular = PageFlow::font(writer, family, 8.5);
        style.bold = PageFlow::font(writer, family, 8.5, true);
        style.italic = PageFlow::font(writer, family, 8.5, false, true);

        const QString noTeam = l.translate("ComplianceReport", "(no team)");
        const auto number = [](int n) {
            return QString::number(n);
        };
        const int required = int(d.people.size());
        Tables tables {
            PagedTable(writer,
                       {l.translate("ComplianceReport", "Team"),
                        //: Column: how many people of the team must sign.
                        l.translate("ComplianceReport", "Must sign"),
                        l.translate("ComplianceReport", "Signed"),
                        l.translate("ComplianceReport", "Not signed"),
                        l.translate("ComplianceReport", "Overdue")},
                       style),
            [&](int row, QList<TableCell> &cells) {
                if (row < d.teams.size()) {
                    const ComplianceTeamTotal &t = d.teams[row];
                    cells = {cell(t.team.isEmpty() ? noTeam : t.team), cell(number(t.required)),
                             cell(number(t.signedCount)), cell(number(t.required - t.signedCount)),
                             cell(number(t.overdue))};
                    return;
                }
                //: The totals row of all teams.
                cells = {boldCell(l.translate("ComplianceReport", "All")),
                         boldCell(number(required)), boldCell(number(d.signedCount())),
                         boldCell(number(required - d.signedCount())),
                         boldCell(number(d.overdueCount()))};
            },
            int(d.teams.size()) + 1,
            PagedTable(
                writer,
                {l.translate("ComplianceReport", "Employee no."),
                 l.translate("ComplianceReport", "Name"), l.translate("ComplianceReport", "Role"),
                 l.translate("ComplianceReport", "Team"), l.translate("ComplianceReport", "Site"),
                 l.translate("ComplianceReport", "Signed"),
                 l.translate("ComplianceReport", "Overdue")},
                style),
            {},
            PagedTable(writer,
                       {l.translate("ComplianceReport", "Section"),
                        l.translate("ComplianceReport", "Owner"),
                        l.translate("ComplianceReport", "Last reviewed"),
                        //: Column: the day the section's next review falls due.
                        l.translate("ComplianceReport", "Due"),
                        l.translate("ComplianceReport", "Status")},
                       style),
            [&](int row, QList<TableCell> &cells) {
                const ComplianceSection &s = d.sections[row];
                cells = {cell(s.title), cell(s.owner),
                         cell(s.lastReviewed.isValid() ? l.date(s.lastReviewed) : u"—"_s),
                         cell(s.due.isValid() ? l.date(s.due) : u"—"_s),
                         cell(words::reviewState(s.state, l))};
            },
        };

        // Words every row repeats, translated once.
        const QString otherVersion = l.translate("ComplianceReport", "(version %1)");
        const QString paperRecord = l.translate("ComplianceReport", "paper record: %1");
        //: In the Overdue column of a person who is overdue.
        const QString overdue = l.translate("ComplianceReport", "OVERDUE");
        QHash<QString, QString> roleNames;
        tables.peopleRows = [&](int index, QList<TableCell> &cells) {
            const ComplianceRow &row = d.people[index];
            auto role = roleNames.constFind(row.role);
            if (role == roleNames.cend())
                role = roleNames.insert(row.role, words::roleNamed(row.role, l));
            QString signedText = m_report.signedText(row);
            if (row.signedVersion && *row.signedVersion != d.versionNumber)
                signedText += u' ' + otherVersion.arg(*row.signedVersion);
            // An auditor must see which signatures a manager entered from paper, and why.
            const QString paper = row.paperRecord ? paperRecord.arg(*row.paperRecord) : QString();
            cells.resize(7);
            cells[0] = cell(row.employeeNo);
            cells[1] = cell(row.name);
            cells[2] = cell(*role);
            cells[3] = cell(row.team);
            cells[4] = cell(row.site);
            cells[5] = cell(signedText, paper);
            cells[6] = row.overdue ? boldCell(overdue) : cell(u"—"_s);
        };
        // A signature's day and time on one line, whichever names must wrap for it; the
        // digits of the font are all as wide, so any day and time will do.
        tables.people.keepWhole(
            5, l.dateTimeUtc(QDateTime(QDate(2000, 12, 28), QTime(23, 59), Qt::UTC)));
        tables.teams.fitColumns(body.width(), tables.teamCount, tables.teamRows);
        tables.people.fitColumns(body.width(), required, tables.peopleRows);
        tables.sections.fitColumns(body.width(), int(d.sections.size()), tables.sectionRows);

        // First count the pages, then paint them.
        PageFlow counting(writer, body);
        paintContent(counting, tables);
        const int pageCount = counting.pageNumber();

        QPainter painter;
        if (!painter.begin(&writer))
            return Error::invalid(u"report"_s, u"cannot paint the PDF"_s);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(writer.logicalDpiX() / pointsPerInch, writer.logicalDpiY() / pointsPerInch);
        const QFont small = PageFlow::font(writer, family, 8);
        //: The running header: "Code of Practice · version 3 · compliance report on 01/06/2026".
        const QString header
            = l.translate("ComplianceReport", "%1 · version %2 · compliance report on %3")
                  .arg(d.codeTitle, QString::number(d.versionNumber), l.date(d.today));
        const auto decorate = [&](QPainter &p, int number, int count) {
            p.setFont(small);
            p.setPen(Qt::darkGray);
            p.drawText(
                QRectF(margin, margin, body.width(), headerHeight), Qt::AlignLeft | Qt::AlignTop,
                QFontMetricsF(small, &writer).elidedText(header, Qt::ElideRight, body.width()));
            p.drawText(QRectF(margin, page.height() - margin - footerHeight / 2, body.width(),
                              footerHeight),
                       Qt::AlignRight | Qt::AlignTop,
                       l.translate("ComplianceReport", "page %1 of %2")
                           .arg(QString::number(number), QString::number(count)));
        };
        PageFlow painting(writer, body, &painter, pageCount, decorate);
        paintContent(painting, tables);
        painter.end();
    }

    PdfDocumentInfo info;
    info.title = title;
    info.author = d.organisation;
    info.subject = l.translate("ComplianceReport", "Acknowledgements of version %1 on %2")
                       .arg(QString::number(d.versionNumber), l.date(d.today));
    info.creator = u"Tenet " TENET_VERSION_STRING ""_s;
    info.producer = u"Qt " QT_VERSION_STR ""_s;
    info.created = d.generatedAt.isValid() ? d.generatedAt : QDateTime::currentDateTimeUtc();
    return withDocumentInfo(buffer.data(), info);
}

} // namespace tenet::render
