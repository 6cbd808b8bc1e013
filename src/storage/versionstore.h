#pragma once

#include "clausesearch.h"
#include "codestore.h"
#include "draftstore.h"
#include "versionreader.h"
#include "workflowstore.h"

namespace tenet::storage {

class Database;

// Codes and their versions behind one name, for the callers that use several of the stores
// it forwards to: CodeStore, DraftStore, VersionReader, WorkflowStore and ClauseSearch. It
// holds no logic of its own; see those classes for what each call does.
class VersionStore
{
public:
    explicit VersionStore(Database &db);

    domain::Result<domain::Code> createCode(const domain::Code &code, const domain::Actor &by);
    domain::Result<QList<domain::Code>> codes() const;
    domain::Result<domain::Code> code(qint64 id) const;

    domain::Result<domain::VersionInfo>
    createDraft(qint64 codeId, const domain::CodeContent &content, const domain::Actor &by);
    domain::Result<domain::VersionInfo> startDraftFromInForce(qint64 codeId,
                                                              const domain::Actor &by);
    domain::Result<domain::VersionInfo> saveDraft(qint64 versionId,
                                                  const domain::CodeContent &content,
                                                  int expectedRevision, const domain::Actor &by);

    domain::Result<domain::Version> load(qint64 versionId) const;
    domain::Result<domain::VersionInfo> info(qint64 versionId) const;
    domain::Result<domain::VersionInfo> versionByNumber(qint64 codeId, int number) const;
    domain::Result<QList<domain::VersionInfo>> versions(qint64 codeId) const;
    domain::Result<std::optional<domain::VersionInfo>> inForce(qint64 codeId) const;
    domain::Result<std::optional<domain::VersionInfo>> openVersion(qint64 codeId) const;
    domain::Result<QByteArray> publishedHandbook(qint64 versionId) const;

    domain::Result<domain::VersionInfo> submit(qint64 versionId, const domain::Actor &by,
                                               const QString &note = {});
    domain::Result<domain::VersionInfo> sendBack(qint64 versionId, const domain::Actor &by,
                                                 const QString &reason);
    domain::Result<domain::VersionInfo> approve(qint64 versionId, const domain::Actor &by);
    domain::Result<domain::VersionInfo> publish(qint64 versionId, const domain::Actor &by,
                                                bool material, const QString &summary,
                                                const QByteArray &handbookPdf = {});
    domain::Result<domain::VersionInfo> withdraw(qint64 versionId, const domain::Actor &by,
                                                 const QString &reason = {});

    domain::Result<QList<SearchHit>> search(qint64 codeId, const QString &text,
                                            std::optional<qint64> versionId = std::nullopt) const;

private:
    Database &m_db;
};

} // namespace tenet::storage
