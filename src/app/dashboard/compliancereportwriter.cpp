#include "compliancereportwriter.h"

#include "render/compliancereportrenderer.h"
#include "storage/database.h"
#include "usecases/compliancereport.h"

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::app {

Result<QByteArray> renderComplianceReport(const QString &databasePath, const Code &code,
                                          const ComplianceReportRequest &request)
{
    auto db = storage::Database::open(databasePath, storage::OpenMode::ExistingOnly);
    if (!db)
        return db.error();
    auto data = usecases::gatherComplianceReport(**db, code, request.versionNumber, request.today);
    if (!data)
        return data.error();
    const render::ComplianceReportRenderer renderer(std::move(*data));
    if (request.format == ReportFormat::Csv)
        return renderer.renderCsv(request.delimiter);
    return renderer.renderPdf();
}

} // namespace tenet::app
