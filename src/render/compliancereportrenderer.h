#pragma once

#include "domain/dashboard.h"
#include "domain/result.h"
#include "outputlanguage.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tenet::render {

// One person who must sign the reported version, and where they stand.
struct ComplianceRow
{
    QString employeeNo;
    QString name;
    QString role; // the role's name, "agent"
    QString team;
    QString site;
    std::optional<int> signedVersion; // the version their counting signature is of
    QDateTime signedAt; // UTC; invalid when not signed
    // Why a manager entered that signature from paper; none when the person signed it.
    std::optional<QString> paperRecord;
    bool overdue = false;
};

// How one team stands: the people who must sign, and how many did.
struct ComplianceTeamTotal
{
    QString team;
    int required = 0;
    int signedCount = 0;
    int overdue = 0;
};

// Where one section stands with its review.
struct ComplianceSection
{
    QString key;
    QString title;
    QString owner;
    QDate lastReviewed; // invalid when never reviewed
    QDate due; // invalid when not scheduled
    domain::ReviewState state = domain::ReviewState::NotScheduled;
};

// Everything a compliance report shows, gathered by the caller: the report lays it out and
// reads nothing else.
struct ComplianceReportData
{
    QString organisation;
    QString codeTitle;
    QString language = QStringLiteral("en"); // the reported version's: the report's language
    int versionNumber = 0;
    QDate publishedOn;
    bool inForce = true;
    QDate today;
    QDateTime generatedAt; // UTC
    QList<ComplianceRow> people; // in the order the report lists them
    QList<ComplianceTeamTotal> teams;
    QList<ComplianceSection> sections;
    // The acknowledgement ledger's verification, so that an auditor can later check the
    // file they were given against the database.
    bool ledgerOk = true;
    qint64 ledgerRows = 0;
    QString ledgerProblem;
    QString ledgerLastHash; // hex of the last row's hash; empty for an empty ledger
    // The seal of the database as read for this report (domain::sealText), printed as it is
    // so that it can be kept and checked with `tenetctl verify --seal`; empty: none printed.
    QByteArray seal;

    int signedCount() const;
    int overdueCount() const;
};

// The compliance report for auditors: who must sign a version, who signed when, who is
// overdue, the totals per team, the sections' review status and the ledger's verification,
// as a PDF laid out by Qt or as CSV, in the language of the reported version. The PDF needs
// a QGuiApplication (fonts).
class ComplianceReportRenderer
{
public:
    explicit ComplianceReportRenderer(ComplianceReportData data);

    // A4 PDF with real text, "page X of Y" in the footer, and its document information
    // (ComplianceReportPdf).
    domain::Result<QByteArray> renderPdf() const;

    // UTF-8 with a byte order mark, CRLF line ends, one header row (csvColumns()) and one
    // row per person, fields separated by `delimiter` (a null QChar: the one the report's
    // language expects, ';' in Spanish and Lithuanian, ',' in English). The seal follows
    // the table after an empty line, in rows whose first cell begins with '#' (the comment
    // mark of pandas, R and most CSV tools): a heading row, a row saying how to check it,
    // then one row per line of the seal, its text alone in the second cell.
    QByteArray renderCsv(QChar delimiter = {}) const;
    // The header row: in English the stable names scripts read ("employee_no", ...).
    QStringList csvColumns() const;

    // The text the report shows for a signature: "2026-05-03 09:12 UTC" or "not signed".
    QString signedText(const ComplianceRow &row) const;
    // How to check the seal, which both formats print above it.
    QString sealCheckSentence() const;
    // The seal's lines, without line ends.
    QStringList sealLines() const;

    const ComplianceReportData &data() const { return m_data; }
    const OutputLanguage &language() const { return m_language; }

private:
    ComplianceReportData m_data;
    OutputLanguage m_language;
};

} // namespace tenet::render
