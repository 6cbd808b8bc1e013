#include "compliancereportrenderer.h"

#include "compliancereportpdf.h"
#include "domain/csvwriter.h"
#include "handbookfonts.h"
#include "outputwords.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::render {

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
        for (const QString &sealLine : sealLines())
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

QStringList ComplianceReportRenderer::sealLines() const
{
    QStringList lines = QString::fromUtf8(m_data.seal).split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

Result<QByteArray> ComplianceReportRenderer::renderPdf() const
{
    return ComplianceReportPdf(*this).render();
}

} // namespace tenet::render
