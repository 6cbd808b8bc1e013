#pragma once

#include "domain/code.h"
#include "domain/result.h"
#include "domain/version.h"
#include "domain/workflow.h"
#include "exchange/codejson.h"

#include <QString>

namespace tenet::storage {
class Database;
}

namespace tenet::usecases {

// What an import of a tenet.code/1 file made.
struct ImportedDraft
{
    domain::VersionInfo draft;
    int clauses = 0;
};

// Imports a tenet.code/1 file as a new draft of the code: the file is read and checked whole
// (schema and content rules, errors naming the file and the line or JSON pointer) before
// anything is written, and the draft is written in one transaction, so a bad file or a
// refusal leaves the database as it was. The store decides who may (people who author drafts)
// and when (no other version open). The one path for `tenetctl import-code` and the desktop's
// File > Import Code.
domain::Result<ImportedDraft> importCodeFile(storage::Database &db, qint64 codeId,
                                             const QString &path, const domain::Actor &by);
// The same for a file already read and checked (exchange::readCodeFile).
domain::Result<ImportedDraft> importCodeDocument(storage::Database &db, qint64 codeId,
                                                 const exchange::CodeDocument &document,
                                                 const domain::Actor &by);

// The version the desktop exports when it is not told which: the version in force, or the
// open draft when nothing is in force yet.
domain::Result<domain::VersionInfo> versionToExport(storage::Database &db, qint64 codeId);

// Writes one version of the code as a tenet.code/1 file, whole or not at all (an earlier
// file of that name is left untouched when writing fails).
domain::Status exportCodeFile(storage::Database &db, const domain::Code &code, qint64 versionId,
                              const QString &path);

} // namespace tenet::usecases
