#include "versionlookup.h"

#include "storage/versionstore.h"

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::cli {

Result<VersionInfo> findVersion(const storage::VersionStore &store, qint64 codeId,
                                const QString &name)
{
    if (name == u"draft"_s) {
        if (auto open = store.openVersion(codeId))
            return *open;
        return Error::notFound(u"no version is open as a draft"_s);
    }
    if (name == u"current"_s) {
        if (auto inForce = store.inForce(codeId))
            return *inForce;
        return Error::notFound(u"no version is in force yet: none has been published"_s);
    }
    bool ok = false;
    const int number = name.toInt(&ok);
    if (!ok || number < 1)
        return Error::usage(u"\"%1\" does not name a version: give its number, \"draft\" or "
                            "\"current\""_s.arg(name));
    return store.versionByNumber(codeId, number);
}

} // namespace tenet::cli
