#include "handbooksource.h"

#include "storage/organisationstore.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::usecases {

Result<render::HandbookSource> loadHandbookSource(storage::Database &db, const Code &code,
                                                  qint64 versionId)
{
    storage::VersionStore store(db);
    auto version = store.load(versionId);
    if (!version)
        return version.error();
    const VersionInfo info = version->info;

    render::HandbookSource source;
    source.code = code;
    source.version = *version;
    auto organisation = storage::OrganisationStore(db).organisationName();
    if (!organisation)
        return organisation.error();
    source.organisation = *organisation;
    if (!info.approvedBy.isEmpty()) {
        auto approver = storage::StaffStore(db).find(info.approvedBy);
        source.approver = approver ? u"%1 (%2)"_s.arg(approver->fullName, approver->employeeNo)
                                   : info.approvedBy;
    }
    // What changed is told against the last version published before this one.
    auto versions = store.versions(code.id);
    if (!versions)
        return versions.error();
    for (auto it = versions->crbegin(); it != versions->crend(); ++it) {
        if (it->number < info.number && wasPublished(it->state)) {
            auto previous = store.load(it->id);
            if (!previous)
                return previous.error();
            source.previous = *previous;
            break;
        }
    }
    return source;
}

} // namespace tenet::usecases
