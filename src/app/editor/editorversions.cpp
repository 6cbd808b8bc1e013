#include "editorversions.h"

#include "storage/sectionreviewstore.h"
#include "storage/versionstore.h"

namespace tenet::app {

std::optional<qint64> defaultVersionId(storage::Database &db, qint64 codeId)
{
    const storage::VersionStore store(db);
    std::optional<domain::VersionInfo> version = store.openVersion(codeId);
    if (!version)
        version = store.inForce(codeId);
    if (!version) {
        const QList<domain::VersionInfo> all = store.versions(codeId);
        if (!all.isEmpty())
            version = all.last();
    }
    if (!version)
        return std::nullopt;
    return version->id;
}

domain::ReviewBasis reviewBasisOf(storage::Database &db, qint64 codeId)
{
    const auto inForce = storage::VersionStore(db).inForce(codeId);
    if (!inForce)
        return {};
    return domain::ReviewBasis::of(inForce->publishedAt.toUTC().date(),
                                   storage::SectionReviewStore(db).latestPerSection(codeId));
}

} // namespace tenet::app
