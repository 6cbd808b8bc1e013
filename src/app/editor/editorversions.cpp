#include "editorversions.h"

#include "domain/organisationdate.h"
#include "storage/sectionreviewstore.h"
#include "storage/versionstore.h"

namespace tenet::app {

domain::Result<std::optional<qint64>> defaultVersionId(storage::Database &db, qint64 codeId)
{
    const storage::VersionStore store(db);
    auto version = store.openVersion(codeId);
    if (version && !*version)
        version = store.inForce(codeId);
    if (!version)
        return version.error();
    if (*version)
        return std::optional<qint64>((*version)->id);
    const auto all = store.versions(codeId);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<qint64>();
    return std::optional<qint64>(all->last().id);
}

domain::Result<domain::ReviewBasis> reviewBasisOf(storage::Database &db, qint64 codeId)
{
    const auto inForce = storage::VersionStore(db).inForce(codeId);
    if (!inForce)
        return inForce.error();
    if (!*inForce)
        return domain::ReviewBasis();
    const auto reviews = storage::SectionReviewStore(db).latestPerSection(codeId);
    if (!reviews)
        return reviews.error();
    return domain::ReviewBasis::of(domain::organisationDate((*inForce)->publishedAt), *reviews);
}

} // namespace tenet::app
