#include "publish.h"

#include "handbooksource.h"
#include "render/handbookrenderer.h"
#include "storage/database.h"
#include "storage/versionstore.h"

#include <QDateTime>

using namespace tenet::domain;

namespace tenet::usecases {

namespace {

// The handbook as it will be once published: rendered now, so that the publication stores
// the very document people will sign.
Result<QByteArray> handbookAsPublished(storage::Database &db, const Code &code,
                                       const PublishRequest &request, const Actor &by)
{
    auto source = loadHandbookSource(db, code, request.versionId);
    if (!source)
        return source.error();
    VersionInfo &published = source->version.info;
    published.state = VersionState::Published;
    published.publishedBy = by.id;
    published.publishedAt = db.now();
    published.material = request.material;
    published.summary = request.summary;
    auto handbook = render::HandbookRenderer(*source).renderPdf();
    if (!handbook)
        return handbook.error();
    return handbook->pdf;
}

} // namespace

Result<VersionInfo> publishVersion(storage::Database &db, const Code &code,
                                   const PublishRequest &request, const Actor &by)
{
    storage::VersionStore store(db);
    auto info = store.info(request.versionId);
    if (!info)
        return info.error();
    // Rendering takes a while; a version the store will refuse is refused before it.
    if (Status allowed = checkWorkflowAction(WorkflowAction::Publish, *info, by); !allowed)
        return allowed.error();
    auto handbook = handbookAsPublished(db, code, request, by);
    if (!handbook)
        return handbook.error();
    return store.publish(request.versionId, by, request.material, request.summary, *handbook);
}

} // namespace tenet::usecases
