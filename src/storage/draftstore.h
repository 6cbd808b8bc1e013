#pragma once

#include "domain/codecontent.h"
#include "domain/result.h"
#include "domain/version.h"
#include "domain/workflow.h"

namespace tenet::storage {

class Database;

// Drafts of a code: creating one and saving its content. Each change is one transaction that
// also writes its audit log entry.
class DraftStore
{
public:
    explicit DraftStore(Database &db);

    // A new draft holding the content; Refused while another version of the code is open.
    domain::Result<domain::VersionInfo>
    createDraft(qint64 codeId, const domain::CodeContent &content, const domain::Actor &by);
    // A new draft holding the same content as the version in force, which costs a few
    // rows: the sections are shared, not copied.
    domain::Result<domain::VersionInfo> startDraftFromInForce(qint64 codeId,
                                                              const domain::Actor &by);
    // Replaces the draft's content. Refused when someone else saved since the revision the
    // caller loaded (expectedRevision), naming who and when.
    domain::Result<domain::VersionInfo> saveDraft(qint64 versionId,
                                                  const domain::CodeContent &content,
                                                  int expectedRevision, const domain::Actor &by);

private:
    Database &m_db;
};

} // namespace tenet::storage
