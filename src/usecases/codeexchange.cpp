#include "codeexchange.h"

#include "exchange/codefile.h"
#include "storage/versionstore.h"

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::usecases {

Result<ImportedDraft> importCodeFile(storage::Database &db, qint64 codeId, const QString &path,
                                     const Actor &by)
{
    auto document = exchange::readCodeFile(path);
    if (!document)
        return document.error();
    return importCodeDocument(db, codeId, *document, by);
}

Result<ImportedDraft> importCodeDocument(storage::Database &db, qint64 codeId,
                                         const exchange::CodeDocument &document, const Actor &by)
{
    auto draft = storage::VersionStore(db).createDraft(codeId, document.content, by);
    if (!draft)
        return draft.error();
    return ImportedDraft {*draft, int(document.content.clauseCount())};
}

Result<VersionInfo> versionToExport(storage::Database &db, qint64 codeId)
{
    const storage::VersionStore store(db);
    auto inForce = store.inForce(codeId);
    if (!inForce)
        return inForce.error();
    if (*inForce)
        return **inForce;
    auto open = store.openVersion(codeId);
    if (!open)
        return open.error();
    if (*open)
        return **open;
    return Error::notFound(u"the code has no version yet, so there is nothing to export"_s);
}

Status exportCodeFile(storage::Database &db, const Code &code, qint64 versionId,
                      const QString &path)
{
    auto version = storage::VersionStore(db).load(versionId);
    if (!version)
        return version.error();
    return exchange::writeCodeFile(path, {code, version->info, version->content});
}

} // namespace tenet::usecases
