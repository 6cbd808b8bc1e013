#include "compliancereportrenderer.h"

#include "domain/csvwriter.h"
#include "handbookfonts.h"
#include "pdfdocumentinfo.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
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

QString dateText(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : u"—"_s;
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
    : m_data(std::move(data))
{
    // Application fonts are best added from the GUI thread: here.
    handbookFontFamily();
}

QString ComplianceReportRenderer::signedText(const ComplianceRow &row)
{
    if (!row.signedAt.isValid())
        return u"not signed"_s;
    return row.signedAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s;
}

QStringList ComplianceReportRenderer::csvColumns()
{
    return {u"employee_no"_s, u"name"_s,           u"role"_s,      u"team"_s,    u"site"_s,
            u"version"_s,     u"signed_version"_s, u"signed_at"_s, u"overdue"_s, u"paper_record"_s};
}

QByteArray ComplianceReportRenderer::renderCsv() const
{
    domain::CsvWriter csv;
    const auto line = [&csv](const QStringList &fields) { csv.addRow(fields); };
    line(csvColumns());
    for (const ComplianceRow &row : m_data.people) {
        line({row.employeeNo, row.name, row.role, row.team, row.site,
              QString::number(m_data.versionNumber),
              row.signedVersion ? QString::number(*row.signedVersion) : QString(),
              row.signedAt.isValid() ? row.signedAt.toUTC().toString(Qt::ISODateWithMs)
                                     : u"not signed"_s,
              row.overdue ? u"yes"_s : u"no"_s, row.paperRecord.value_or(QString())});
    }
    return csv.bytes();
}

QString ComplianceReportRenderer::html() const
{
    const ComplianceReportData &d = m_data;
    QString h;
    h += u"<html><body>"_s;
    h += u"<p style=\"font-size:9pt; color:#555555\">%1</p>"_s.arg(esc(d.organisation));
    h += u"<h1 style=\"font-size:18pt\">Compliance report</h1>"_s;
    h += u"<p style=\"font-size:11pt\"><b>%1</b>, version %2%3, published %4.</p>"_s.arg(
        esc(d.codeTitle), QString::number(d.versionNumber),
        d.inForce ? u" (in force)"_s : u" (no longer in force)"_s, dateText(d.publishedOn));
    h += u"<p style=\"font-size:9pt\">Status on %1; report made %2 UTC.</p>"_s.arg(
        dateText(d.today), d.generatedAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s));

    const int required = int(d.people.size());
    h += u"<h2 style=\"font-size:13pt\">Summary</h2>"_s;
    h += u"<p>%1 of %2 people signed; %3 not signed, of whom %4 overdue.</p>"_s.arg(
        QString::number(d.signedCount()), QString::number(required),
        QString::number(required - d.signedCount()), QString::number(d.overdueCount()));

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

    h += u"<h2 style=\"font-size:13pt\">Totals per team</h2>"_s + table;
    h += headRow({u"Team"_s, u"Must sign"_s, u"Signed"_s, u"Not signed"_s, u"Overdue"_s});
    for (const ComplianceTeamTotal &t : d.teams) {
        h += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>"_s.arg(
            esc(t.team.isEmpty() ? u"(no team)"_s : t.team), QString::number(t.required),
            QString::number(t.signedCount), QString::number(t.required - t.signedCount),
            QString::number(t.overdue));
    }
    h += u"<tr><td><b>All</b></td><td><b>%1</b></td><td><b>%2</b></td><td><b>%3</b></td>"
         "<td><b>%4</b></td></tr></table>"_s.arg(
             QString::number(required), QString::number(d.signedCount()),
             QString::number(required - d.signedCount()), QString::number(d.overdueCount()));

    h += u"<h2 style=\"font-size:13pt\">People</h2>"_s + table;
    h += headRow({u"Employee no."_s, u"Name"_s, u"Team"_s, u"Site"_s, u"Signed"_s,
                  u"Overdue"_s});
    for (const ComplianceRow &row : d.people) {
        QString signedCell = esc(signedText(row));
        if (row.signedVersion && *row.signedVersion != d.versionNumber)
            signedCell += u" (version %1)"_s.arg(*row.signedVersion);
        // An auditor must see which signatures a manager entered from paper, and why.
        if (row.paperRecord)
            signedCell += u"<br/><i>paper record: %1</i>"_s.arg(esc(*row.paperRecord));
        h += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>"_s
                 .arg(esc(row.employeeNo), esc(row.name), esc(row.team), esc(row.site),
                      signedCell, row.overdue ? u"<b>OVERDUE</b>"_s : u"—"_s);
    }
    h += u"</table>"_s;

    h += u"<h2 style=\"font-size:13pt\">Sections' review status</h2>"_s + table;
    h += headRow({u"Section"_s, u"Owner"_s, u"Last reviewed"_s, u"Due"_s, u"Status"_s});
    for (const ComplianceSection &s : d.sections) {
        h += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>"_s.arg(
            esc(s.title), esc(s.owner), dateText(s.lastReviewed), dateText(s.due), esc(s.state));
    }
    h += u"</table>"_s;

    h += u"<h2 style=\"font-size:13pt\">Acknowledgement ledger</h2>"_s;
    if (d.ledgerOk)
        h += u"<p>Verified: all %1 signatures in the ledger are sound.</p>"_s.arg(d.ledgerRows);
    else
        h += u"<p><b>The ledger FAILED verification:</b> %1</p>"_s.arg(esc(d.ledgerProblem));
    h += u"<p>Hash of its last row (SHA-256): <span style=\"font-family:monospace; "
         "font-size:8pt\">%1</span></p>"_s.arg(d.ledgerLastHash.isEmpty() ? u"(the ledger is empty)"_s
                                                                           : d.ledgerLastHash);
    h += u"<p style=\"font-size:8pt\">Compare it with `tenetctl verify` on the database: a "
         "ledger that still starts with the same rows ends in the same hash.</p>"_s;
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

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        writer.setTitle(u"Compliance report: "_s + m_data.codeTitle);
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
        const QString header = u"%1 · version %2 · compliance report on %3"_s.arg(
            m_data.codeTitle, QString::number(m_data.versionNumber), dateText(m_data.today));
        for (int i = 0; i < pageCount; ++i) {
            if (i > 0)
                writer.newPage();
            painter.setFont(small);
            painter.setPen(Qt::darkGray);
            painter.drawText(QRectF(margin, margin, body.width(), headerHeight),
                             Qt::AlignLeft | Qt::AlignTop, header);
            painter.drawText(QRectF(margin, page.height() - margin - footerHeight / 2,
                                    body.width(), footerHeight),
                             Qt::AlignRight | Qt::AlignTop,
                             u"page %1 of %2"_s.arg(QString::number(i + 1),
                                                    QString::number(pageCount)));
            painter.save();
            painter.translate(margin, margin + headerHeight - i * body.height());
            document.drawContents(&painter,
                                  QRectF(0, i * body.height(), body.width(), body.height()));
            painter.restore();
        }
        painter.end();
    }

    PdfDocumentInfo info;
    info.title = u"Compliance report: "_s + m_data.codeTitle;
    info.author = m_data.organisation;
    info.subject = u"Acknowledgements of version %1 on %2"_s.arg(
        QString::number(m_data.versionNumber), dateText(m_data.today));
    info.creator = u"Tenet " TENET_VERSION_STRING ""_s;
    info.producer = u"Qt " QT_VERSION_STR ""_s;
    info.created = m_data.generatedAt.isValid() ? m_data.generatedAt
                                                : QDateTime::currentDateTimeUtc();
    return withDocumentInfo(buffer.data(), info);
}

} // namespace tenet::render
