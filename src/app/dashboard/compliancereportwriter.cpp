#include "compliancereportwriter.h"

#include "dashboardexport.h"
#include "render/compliancereportrenderer.h"
#include "usecases/compliancereport.h"

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::app {

Status writeComplianceReport(storage::Database &db, const Code &code,
                             const ComplianceReportRequest &request)
{
    auto data = usecases::gatherComplianceReport(db, code, request.versionNumber, request.today);
    if (!data)
        return data.error();
    const render::ComplianceReportRenderer renderer(std::move(*data));
    QByteArray bytes;
    if (request.format == ReportFormat::Csv) {
        bytes = renderer.renderCsv();
    } else {
        auto pdf = renderer.renderPdf();
        if (!pdf)
            return pdf.error();
        bytes = std::move(pdf).value();
    }
    return saveFile(request.path, bytes);
}

} // namespace tenet::app
