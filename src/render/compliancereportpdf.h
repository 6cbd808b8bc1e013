#pragma once

#include "domain/result.h"

#include <QByteArray>

namespace tenet::render {

class ComplianceReportRenderer;
class PageFlow;
struct ComplianceReportData;
class OutputLanguage;

// The compliance report as an A4 PDF, painted with QPainter straight onto the PDF writer,
// page by page: the summary, the tables of teams, people and sections (headings repeated on
// every page a table runs onto), the ledger's verification and, on a page of its own at
// the end, the seal. The pages are counted in a first pass over the same content, so that
// each can say "page X of Y"; rows are made, measured and painted one at a time, so that
// memory does not grow with the number of pages. Needs a QGuiApplication (fonts).
class ComplianceReportPdf
{
public:
    explicit ComplianceReportPdf(const ComplianceReportRenderer &report);

    domain::Result<QByteArray> render() const;

private:
    struct Tables;
    void paintContent(PageFlow &flow, const Tables &tables) const;
    void paintLedger(PageFlow &flow) const;
    void paintSeal(PageFlow &flow) const;
    // A section heading, kept on the page with the `keep` points that follow it.
    void heading(PageFlow &flow, const QString &text, qreal keep = 0) const;

    const ComplianceReportRenderer &m_report;
    const ComplianceReportData &m_data;
    const OutputLanguage &m_language;
};

} // namespace tenet::render
