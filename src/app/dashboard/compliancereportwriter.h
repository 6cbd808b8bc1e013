#pragma once

#include "domain/code.h"
#include "domain/result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tenet::storage {
class Database;
}

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
    std::optional<int> versionNumber; // empty: the version in force
    QDate today; // the day the report judges on
    QString path;
    bool openWhenDone = false;
};

// Gathers the compliance report as `tenetctl report` does and writes it to the request's path
// through QSaveFile, so that a failure leaves no file (and never a half-written one). No
// dialog; the error names the file or what is missing.
domain::Status writeComplianceReport(storage::Database &db, const domain::Code &code,
                                     const ComplianceReportRequest &request);

} // namespace tenet::app
