#include "versionlookup.h"

#include "storage/versionstore.h"

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::cli {

Result<VersionInfo> findVersion(const storage::VersionStore &store, qint64 codeId,
                                const QString &name)
{
    if (name == u"draft"_s) {
        auto open = store.openVersion(codeId);
        if (!open)
            return open.error();
        if (*open)
            return **open;
        return Error::notFound(u"no version is open as a draft"_s);
    }
    if (name == u"current"_s) {
        auto inForce = store.inForce(codeId);
        if (!inForce)
            return inForce.error();
        if (*inForce)
            return **inForce;
        return Error::notFound(u"no version is in force yet: none has been published"_s);
    }
    bool ok = false;
    const int number = name.toInt(&ok);
    if (!ok || number < 1)
        return Error::usage(u"\"%1\" does not name a version: give its number, \"draft\" or "
                            "\"current\""_s.arg(name));
    return store.versionByNumber(codeId, number);
}

Result<VersionInfo> findExportedVersion(const storage::VersionStore &store, qint64 codeId,
                                        bool draft, const QString &number)
{
    if (draft && !number.isEmpty())
        return Error::usage(u"give --version N or --draft, not both"_s);
    if (draft)
        return findVersion(store, codeId, u"draft"_s);
    if (!number.isEmpty())
        return findVersion(store, codeId, number);
    auto inForce = findVersion(store, codeId, u"current"_s);
    if (!inForce)
        return Error::notFound(inForce.error().message + u"; export the draft with --draft"_s);
    return inForce;
}

} // namespace tenet::cli
