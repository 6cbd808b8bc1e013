#include "versionstore.h"

namespace tenet::storage {

using domain::Actor;
using domain::Code;
using domain::CodeContent;
using domain::Result;
using domain::Version;
using domain::VersionInfo;

VersionStore::VersionStore(Database &db) : m_db(db) { }

Result<Code> VersionStore::createCode(const Code &code, const Actor &by)
{
    return CodeStore(m_db).createCode(code, by);
}

Result<QList<Code>> VersionStore::codes() const
{
    return CodeStore(m_db).codes();
}

Result<Code> VersionStore::code(qint64 id) const
{
    return CodeStore(m_db).code(id);
}

Result<VersionInfo> VersionStore::createDraft(qint64 codeId, const CodeContent &content,
                                              const Actor &by)
{
    return DraftStore(m_db).createDraft(codeId, content, by);
}

Result<VersionInfo> VersionStore::startDraftFromInForce(qint64 codeId, const Actor &by)
{
    return DraftStore(m_db).startDraftFromInForce(codeId, by);
}

Result<VersionInfo> VersionStore::saveDraft(qint64 versionId, const CodeContent &content,
                                            int expectedRevision, const Actor &by)
{
    return DraftStore(m_db).saveDraft(versionId, content, expectedRevision, by);
}

Result<Version> VersionStore::load(qint64 versionId) const
{
    return VersionReader(m_db).load(versionId);
}

Result<VersionInfo> VersionStore::info(qint64 versionId) const
{
    return VersionReader(m_db).info(versionId);
}

Result<VersionInfo> VersionStore::versionByNumber(qint64 codeId, int number) const
{
    return VersionReader(m_db).versionByNumber(codeId, number);
}

Result<QList<VersionInfo>> VersionStore::versions(qint64 codeId) const
{
    return VersionReader(m_db).versions(codeId);
}

Result<std::optional<VersionInfo>> VersionStore::inForce(qint64 codeId) const
{
    return VersionReader(m_db).inForce(codeId);
}

Result<std::optional<VersionInfo>> VersionStore::openVersion(qint64 codeId) const
{
    return VersionReader(m_db).openVersion(codeId);
}

Result<QByteArray> VersionStore::publishedHandbook(qint64 versionId) const
{
    return VersionReader(m_db).publishedHandbook(versionId);
}

Result<VersionInfo> VersionStore::submit(qint64 versionId, const Actor &by, const QString &note)
{
    return WorkflowStore(m_db).submit(versionId, by, note);
}

Result<VersionInfo> VersionStore::sendBack(qint64 versionId, const Actor &by, const QString &reason)
{
    return WorkflowStore(m_db).sendBack(versionId, by, reason);
}

Result<VersionInfo> VersionStore::approve(qint64 versionId, const Actor &by)
{
    return WorkflowStore(m_db).approve(versionId, by);
}

Result<VersionInfo> VersionStore::publish(qint64 versionId, const Actor &by, bool material,
                                          const QString &summary, const QByteArray &handbookPdf)
{
    return WorkflowStore(m_db).publish(versionId, by, material, summary, handbookPdf);
}

Result<VersionInfo> VersionStore::withdraw(qint64 versionId, const Actor &by, const QString &reason)
{
    return WorkflowStore(m_db).withdraw(versionId, by, reason);
}

Result<QList<SearchHit>> VersionStore::search(qint64 codeId, const QString &text,
                                              std::optional<qint64> versionId) const
{
    return ClauseSearch(m_db).search(codeId, text, versionId);
}

} // namespace tenet::storage
