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
    // Read-only, as `tenetctl report` opens it: a report never writes, so it works on
    // read-only media and cannot migrate or otherwise change the file under the program.
    auto db = storage::Database::open(databasePath, storage::OpenMode::ReadOnly);
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
