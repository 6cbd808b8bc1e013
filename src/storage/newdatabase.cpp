#include "newdatabase.h"

#include "connectionspec.h"
#include "database.h"
#include "schematables.h"

#include <QFileInfo>

#include <numeric>

namespace tenet::storage {

using domain::Error;
using domain::ErrorKind;
using domain::Status;

Status checkNewDatabase(const ConnectionSpec &spec)
{
    const QString where = spec.displayName();
    if (!spec.isServer()) {
        const QFileInfo file(spec.path);
        if (file.exists() || file.isSymLink())
            return Error {ErrorKind::Refused, where,
                          QStringLiteral("the file already exists; a new organisation goes only "
                                         "into a new file (or an empty database on a server); "
                                         "nothing was changed")};
        return {};
    }
    // A read-only look: an empty database is refused with NotFound, one that is not Tenet's
    // (or is from another Tenet) with its own reason.
    auto existing = Database::open(spec, OpenMode::ReadOnly);
    if (!existing)
        return existing.error().kind == ErrorKind::NotFound ? Status() : existing.error();
    auto counts = schemaRowCounts((*existing)->connection());
    if (!counts)
        return counts.error();
    const qint64 rows = std::accumulate(counts->cbegin(), counts->cend(), qint64(0));
    if (rows > 0)
        return Error {ErrorKind::Refused, where,
                      QStringLiteral("the database on the server already holds a Tenet "
                                     "organisation (%1 rows); a new one goes only into an "
                                     "empty database; nothing was changed")
                          .arg(rows)};
    return {};
}

} // namespace tenet::storage
