#pragma once

#include "domain/code.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace tenet::app {

enum class ReportFormat
{
    Pdf,
    Csv,
};

// What the dashboard's Report button asks for: the same choices as `tenetctl report`.
struct ComplianceReportRequest
{
    ReportFormat format = ReportFormat::Pdf;
    // The CSV's field separator, ',' or ';'; a null QChar: the one the code's language expects.
    QChar delimiter;
    std::optional<int> versionNumber; // empty: the version in force
    QDate today; // the day the report judges on
    QString path;
    bool openWhenDone = false;
};

// Gathers the compliance report as `tenetctl report` does and renders it, through a
// connection of its own to the database file, so that it can run on a worker thread: on a
// large organisation gathering takes seconds, most of them verifying the ledger. The error
// names what is missing.
domain::Result<QByteArray> renderComplianceReport(const QString &databasePath,
                                                  const domain::Code &code,
                                                  const ComplianceReportRequest &request);

} // namespace tenet::app
