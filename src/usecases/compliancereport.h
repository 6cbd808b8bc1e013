#pragma once

#include "domain/code.h"
#include "domain/result.h"
#include "render/compliancereportrenderer.h"

#include <QDate>

#include <optional>

namespace tenet::storage {
class Database;
}

namespace tenet::usecases {

// The compliance report's data for a published version of the code (the one in force when
// versionNumber is empty), judged on `today`: the dashboard rules applied to the publications
// and the signatures up to that version, and the ledger's verification. Refused when nothing
// is in force; NotFound when the version was never published.
domain::Result<render::ComplianceReportData>
gatherComplianceReport(storage::Database &db, const domain::Code &code,
                       std::optional<int> versionNumber, const QDate &today);

} // namespace tenet::usecases
