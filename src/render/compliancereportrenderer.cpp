#include "compliancereportrenderer.h"

#include "domain/csvwriter.h"
#include "handbookfonts.h"
#include "outputwords.h"
#include "pdfdocumentinfo.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::render {

namespace {

constexpr qreal pointsPerInch = 72;
constexpr qreal margin = 48; // points, all round
constexpr qreal headerHeight = 22;
constexpr qreal footerHeight = 22;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

constexpr qreal sealPointSize = 8;

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
    // A little to spare for rounding in the layout.
    return std::min(sealPointSize, 0.97 * width / (qreal(longest) * advancePerPoint));
}

QStringList sealLines(const QByteArray &seal)
{
    QStringList lines = QString::fromUtf8(seal).split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

int ComplianceReportData::signedCount() const
{
    return int(std::count_if(people.cbegin(), people.cend(),
                             [](const ComplianceRow &r) { return r.signedAt.isValid(); }));
}

int ComplianceReportData::overdueCount() const
{
    return int(std::count_if(people.cbegin(), people.cend(),
                             [](const ComplianceRow &r) { return r.overdue; }));
}

ComplianceReportRenderer::ComplianceReportRenderer(ComplianceReportData data)
    : m_data(std::move(data)), m_language(m_data.language)
{
    // Application fonts are best added from the GUI thread: here.
    handbookFontFamily();
}

QString ComplianceReportRenderer::signedText(const ComplianceRow &row) const
{
    if (!row.signedAt.isValid())
        return m_language.translate("ComplianceReport", "not signed");
    return m_language.dateTimeUtc(row.signedAt);
}

QStringList ComplianceReportRenderer::csvColumns() const
{
    // The English names are those scripts have always read; the other languages have
    // headings a person reads in a spreadsheet.
    //: CSV heading. The English stays a name for scripts; write a heading for people.
    return {m_language.translate("ComplianceReport", "employee_no"),
            m_language.translate("ComplianceReport", "name"),
            m_language.translate("ComplianceReport", "role"),
            m_language.translate("ComplianceReport", "team"),
            m_language.translate("ComplianceReport", "site"),
            m_language.translate("ComplianceReport", "version"),
            //: CSV heading: the version the person's counting signature is of.
            m_language.translate("ComplianceReport", "signed_version"),
            //: CSV heading: when the person signed, in UTC.
            m_language.translate("ComplianceReport", "signed_at"),
            m_language.translate("ComplianceReport", "overdue"),
            //: CSV heading: why a manager entered the signature from paper.
            m_language.translate("ComplianceReport", "paper_record")};
}

QByteArray ComplianceReportRenderer::renderCsv(QChar delimiter) const
{
    domain::CsvWriter csv(delimiter.isNull() ? m_language.csvDelimiter() : delimiter);
    const auto line = [&csv](const QStringList &fields) { csv.addRow(fields); };
    line(csvColumns());
    // English keeps the ISO 8601 time scripts parse; the others a day and time as their
    // spreadsheets read them, in UTC as the heading says.
    const bool iso = m_language.code() == u"en"_s;
    for (const ComplianceRow &row : m_data.people) {
        QString signedAt = m_language.translate("ComplianceReport", "not signed");
        if (row.signedAt.isValid())
            signedAt = iso ? row.signedAt.toUTC().toString(Qt::ISODateWithMs)
                           : m_language.date(row.signedAt.toUTC().date()) + u' '
                    + row.signedAt.toUTC().time().toString(u"HH:mm:ss"_s);
        line({row.employeeNo, row.name, words::roleNamed(row.role, m_language), row.team, row.site,
              QString::number(m_data.versionNumber),
              row.signedVersion ? QString::number(*row.signedVersion) : QString(), signedAt,
              words::yesNo(row.overdue, m_language), row.paperRecord.value_or(QString())});
    }
    if (!m_data.seal.isEmpty()) {
        // After the table, in rows that CSV tools can skip as comments; the seal's own lines
        // alone in the second column, so that copying that column gives the seal back.
        line({});
        line({u"# "_s + m_language.translate("ComplianceReport", "Seal of the database")});
        line({u"# "_s + sealCheckSentence()});
        for (const QString &sealLine : sealLines(m_data.seal))
            line({u"#"_s, sealLine});
    }
    return csv.bytes();
}

QString ComplianceReportRenderer::sealCheckSentence() const
{
    //: How to check a seal; keep the command as it is.
    return m_language.translate("ComplianceReport",
                                "To check that the database still continues the one this "
                                "report was made from, save the seal as a text file and run "
                                "tenetctl verify --seal FILE on the database.");
}

QString ComplianceReportRenderer::sealHtml() const
{
    if (m_data.seal.isEmpty())
        return {};
    const QStringList lines = sealLines(m_data.seal);
    const QString family = monospaceFontFamily();
    QString h;
    // A page of its own, to be kept apart from the report: in a binder, a mailbox.
    h += u"<h2 style=\"font-size:13pt; page-break-before:always\">%1</h2>"_s.arg(
        esc(m_language.translate("ComplianceReport", "Seal of the database")));
    h += u"<p>%1</p>"_s.arg(esc(sealCheckSentence()));
    h += u"<pre style=\"font-family:'%1'; font-size:%2pt\">%3</pre>"_s.arg(
        family, QString::number(sealFontSize(lines, family), 'f', 2), esc(lines.join(u'\n')));
    return h;
}

QString ComplianceReportRenderer::html() const
{
    const ComplianceReportData &d = m_data;
    const OutputLanguage &l = m_language;
    const auto date = [&l](const QDate &day) {
        return day.isValid() ? l.date(day) : u"—"_s;
    };
    QString h;
    h += u"<html><body>"_s;
    h += u"<p style=\"font-size:9pt; color:#555555\">%1</p>"_s.arg(esc(d.organisation));
    h += u"<h1 style=\"font-size:18pt\">%1</h1>"_s.arg(
        esc(l.translate("ComplianceReport", "Compliance report")));
    const QString version = d.inForce
        //: The report's subject: "Code of Practice, version 3 (in force), published 01/05/2026."
        ? l.translate("ComplianceReport", "%1, version %2 (in force), published %3.")
        : l.translate("ComplianceReport", "%1, version %2 (no longer in force), published %3.");
    h += u"<p style=\"font-size:11pt\">%1</p>"_s.arg(
        esc(version.arg(d.codeTitle, QString::number(d.versionNumber), date(d.publishedOn))));
    h += u"<p style=\"font-size:9pt\">%1</p>"_s.arg(
        esc(l.translate("ComplianceReport", "Status on %1; report made %2.")
                .arg(date(d.today), l.dateTimeUtc(d.generatedAt))));

    const int required = int(d.people.size());
    h += u"<h2 style=\"font-size:13pt\">%1</h2>"_s.arg(
        esc(l.translate("ComplianceReport", "Summary")));
    //: %n people must sign; %1 of them signed, %2 did not, %3 of those are overdue.
    h += u"<p>%1</p>"_s.arg(esc(
        l.translate("ComplianceReport",
                    "%1 of %n people signed; %2 not signed, of whom %3 overdue.", nullptr, required)
            .arg(QString::number(d.signedCount()), QString::number(required - d.signedCount()),
                 QString::number(d.overdueCount()))));

    const QString table
        = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
          "style=\"border-color:#999999; border-style:solid; font-size:8.5pt\">"_s;
    auto headRow = [](const QStringList &cells) {
        // A table head repeats at the top of every page the table runs onto.
        QString r = u"<thead><tr style=\"background-color:#e8e8e8\">"_s;
        for (const QString &c : cells)
            r += u"<th align=\"left\">%1</th>"_s.arg(esc(c));
        return r + u"</tr></thead>"_s;
    };
    const auto heading = [](const QString &text) {
        return u"<h2 style=\"font-size:13pt\">%1</h2>"_s.arg(esc(text));
    };

    h += heading(l.translate("ComplianceReport", "Totals per team")) + table;
    h += headRow({l.translate("ComplianceReport", "Team"),
                  //: Column: how many people of the team must sign.
                  l.translate("ComplianceReport", "Must sign"),
                  l.translate("ComplianceReport", "Signed"),
                  l.translate("ComplianceReport", "Not signed"),
                  l.translate("ComplianceReport", "Overdue")});
    for (const ComplianceTeamTotal &t : d.teams) {
        h += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>"_s.arg(
            esc(t.team.isEmpty() ? l.translate("ComplianceReport", "(no team)") : t.team),
            QString::number(t.required), QString::number(t.signedCount),
            QString::number(t.required - t.signedCount), QString::number(t.overdue));
    }
    h += u"<tr><td><b>%1</b></td><td><b>%2</b></td><td><b>%3</b></td><td><b>%4</b></td>"
         "<td><b>%5</b></td></tr></table>"_s.arg(
             //: The totals row of all teams.
             esc(l.translate("ComplianceReport", "All")), QString::number(required),
             QString::number(d.signedCount()), QString::number(required - d.signedCount()),
             QString::number(d.overdueCount()));

    h += heading(l.translate("ComplianceReport", "People")) + table;
    h += headRow({l.translate("ComplianceReport", "Employee no."),
                  l.translate("ComplianceReport", "Name"), l.translate("ComplianceReport", "Role"),
                  l.translate("ComplianceReport", "Team"), l.translate("ComplianceReport", "Site"),
                  l.translate("ComplianceReport", "Signed"),
                  l.translate("ComplianceReport", "Overdue")});
    for (const ComplianceRow &row : d.people) {
        QString signedCell = esc(signedText(row));
        if (row.signedVersion && *row.signedVersion != d.versionNumber)
            signedCell += u" "_s
                + esc(l.translate("ComplianceReport", "(version %1)").arg(*row.signedVersion));
        // An auditor must see which signatures a manager entered from paper, and why.
        if (row.paperRecord)
            signedCell += u"<br/><i>%1</i>"_s.arg(
                esc(l.translate("ComplianceReport", "paper record: %1").arg(*row.paperRecord)));
        h += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td>"
             "</tr>"_s.arg(esc(row.employeeNo), esc(row.name), esc(words::roleNamed(row.role, l)),
                           esc(row.team), esc(row.site), signedCell,
                           row.overdue
                               //: In the Overdue column of a person who is overdue.
                               ? u"<b>%1</b>"_s.arg(esc(l.translate("ComplianceReport", "OVERDUE")))
                               : u"—"_s);
    }
    h += u"</table>"_s;

    h += heading(l.translate("ComplianceReport", "Sections' review status")) + table;
    h += headRow(
        {l.translate("ComplianceReport", "Section"), l.translate("ComplianceReport", "Owner"),
         l.translate("ComplianceReport", "Last reviewed"),
         //: Column: the day the section's next review falls due.
         l.translate("ComplianceReport", "Due"), l.translate("ComplianceReport", "Status")});
    for (const ComplianceSection &s : d.sections) {
        h += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>"_s.arg(
            esc(s.title), esc(s.owner), date(s.lastReviewed), date(s.due),
            esc(words::reviewState(s.state, l)));
    }
    h += u"</table>"_s;

    h += heading(l.translate("ComplianceReport", "Acknowledgement ledger"));
    if (d.ledgerOk)
        h += u"<p>%1</p>"_s.arg(esc(l.translate("ComplianceReport",
                                                "Verified: all %n signatures in the ledger are "
                                                "sound.",
                                                nullptr, int(d.ledgerRows))));
    else
        h += u"<p><b>%1</b> %2</p>"_s.arg(
            esc(l.translate("ComplianceReport", "The ledger FAILED verification:")),
            esc(d.ledgerProblem));
    h += u"<p>%1 <span style=\"font-family:monospace; font-size:8pt\">%2</span></p>"_s.arg(
        esc(l.translate("ComplianceReport", "Hash of its last row (SHA-256):")),
        d.ledgerLastHash.isEmpty() ? esc(l.translate("ComplianceReport", "(the ledger is empty)"))
                                   : d.ledgerLastHash);
    h += u"<p style=\"font-size:8pt\">%1</p>"_s.arg(
        esc(l.translate("ComplianceReport",
                        "Compare it with `tenetctl verify` on the database: a ledger that still "
                        "starts with the same rows ends in the same hash.")));
    h += sealHtml();
    h += u"</body></html>"_s;
    return h;
}

Result<QByteArray> ComplianceReportRenderer::renderPdf() const
{
    const QPageSize pageSize(QPageSize::A4);
    const QSizeF page = pageSize.size(QPageSize::Point);
    const QSizeF body(page.width() - 2 * margin,
                      page.height() - 2 * margin - headerHeight - footerHeight);
    const QString family = handbookFontFamily();

    // Laid out on a 72 dpi device, so that one unit is one point.
    QImage layoutDevice(1, 1, QImage::Format_ARGB32_Premultiplied);
    layoutDevice.setDotsPerMeterX(qRound(pointsPerInch / 0.0254));
    layoutDevice.setDotsPerMeterY(qRound(pointsPerInch / 0.0254));
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&layoutDevice);
    QFont font(family);
    font.setPointSizeF(10);
    // As in the handbook: "fi" stays two letters a search finds, not a ligature glyph.
    font.setStyleStrategy(QFont::PreferNoShaping);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(html());
    document.setPageSize(body);
    const int pageCount = document.pageCount();
    const QString title
        = m_language.translate("ComplianceReport", "Compliance report: %1").arg(m_data.codeTitle);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        writer.setTitle(title);
        writer.setCreator(u"Tenet " TENET_VERSION_STRING ""_s);
        if (!writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(),
                                              QPageLayout::Point)))
            return Error::invalid(u"report"_s, u"the PDF writer does not take A4 paper"_s);
        QPainter painter;
        if (!painter.begin(&writer))
            return Error::invalid(u"report"_s, u"cannot paint the PDF"_s);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(writer.logicalDpiX() / pointsPerInch, writer.logicalDpiY() / pointsPerInch);
        // The painter counts in points: a size in pixels is a size in points here.
        QFont small(family);
        small.setPixelSize(8);
        small.setStyleStrategy(QFont::PreferNoShaping);
        //: The running header: "Code of Practice · version 3 · compliance report on 01/06/2026".
        const QString header
            = m_language.translate("ComplianceReport", "%1 · version %2 · compliance report on %3")
                  .arg(m_data.codeTitle, QString::number(m_data.versionNumber),
                       m_language.date(m_data.today));
        for (int i = 0; i < pageCount; ++i) {
            if (i > 0)
                writer.newPage();
            painter.setFont(small);
            painter.setPen(Qt::darkGray);
            painter.drawText(QRectF(margin, margin, body.width(), headerHeight),
                             Qt::AlignLeft | Qt::AlignTop, header);
            painter.drawText(QRectF(margin, page.height() - margin - footerHeight / 2, body.width(),
                                    footerHeight),
                             Qt::AlignRight | Qt::AlignTop,
                             m_language.translate("ComplianceReport", "page %1 of %2")
                                 .arg(QString::number(i + 1), QString::number(pageCount)));
            painter.save();
            painter.translate(margin, margin + headerHeight - i * body.height());
            document.drawContents(&painter,
                                  QRectF(0, i * body.height(), body.width(), body.height()));
            painter.restore();
        }
        painter.end();
    }

    PdfDocumentInfo info;
    info.title = title;
    info.author = m_data.organisation;
    info.subject = m_language.translate("ComplianceReport", "Acknowledgements of version %1 on %2")
                       .arg(QString::number(m_data.versionNumber), m_language.date(m_data.today));
    info.creator = u"Tenet " TENET_VERSION_STRING ""_s;
    info.producer = u"Qt " QT_VERSION_STR ""_s;
    info.created = m_data.generatedAt.isValid() ? m_data.generatedAt
                                                : QDateTime::currentDateTimeUtc();
    return withDocumentInfo(buffer.data(), info);
}

} // namespace tenet::render
