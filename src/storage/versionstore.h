#pragma once

#include "domain/code.h"
#include "domain/result.h"
#include "domain/version.h"
#include "domain/workflow.h"
#include "searchhit.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace tenet::storage {

class Database;

// Codes and their versions: drafting, the workflow up to publication, and search. Each
// change is one transaction that also writes its audit log entry.
class VersionStore
{
public:
    explicit VersionStore(Database &db);

    domain::Result<domain::Code> createCode(const domain::Code &code, const domain::Actor &by);
    QList<domain::Code> codes() const; // by id
    domain::Result<domain::Code> code(qint64 id) const;

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

    domain::Result<domain::Version> load(qint64 versionId) const;
    domain::Result<domain::VersionInfo> info(qint64 versionId) const;
    domain::Result<domain::VersionInfo> versionByNumber(qint64 codeId, int number) const;
    QList<domain::VersionInfo> versions(qint64 codeId) const; // by number
    std::optional<domain::VersionInfo> inForce(qint64 codeId) const;
    std::optional<domain::VersionInfo> openVersion(qint64 codeId) const;

    // The workflow. Each returns the version in its new state.
    domain::Result<domain::VersionInfo> submit(qint64 versionId, const domain::Actor &by,
                                               const QString &note = {});
    domain::Result<domain::VersionInfo> sendBack(qint64 versionId, const domain::Actor &by,
                                                 const QString &reason);
    domain::Result<domain::VersionInfo> approve(qint64 versionId, const domain::Actor &by);
    // The version in force until now becomes superseded. `handbookPdf`, when given, is the
    // version's handbook as the caller rendered it: it is kept, with its SHA-256, in the
    // same transaction, so that the document people sign can be produced byte for byte.
    domain::Result<domain::VersionInfo> publish(qint64 versionId, const domain::Actor &by,
                                                bool material, const QString &summary,
                                                const QByteArray &handbookPdf = {});
    // The handbook stored when the version was published, exactly as it was; NotFound when
    // none was (a version published without one, or before Tenet kept them).
    domain::Result<QByteArray> publishedHandbook(qint64 versionId) const;
    domain::Result<domain::VersionInfo> withdraw(qint64 versionId, const domain::Actor &by,
                                                 const QString &reason = {});

    // Clauses of the code whose title or body hold every word of the text (accents and case
    // ignored, the last word also as a prefix), in all versions or in one. Any text is
    // safe to pass: it is never read as query syntax.
    QList<SearchHit> search(qint64 codeId, const QString &text,
                            std::optional<qint64> versionId = std::nullopt) const;

private:
    Database &m_db;
};

} // namespace tenet::storage
