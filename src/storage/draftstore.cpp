#include "draftstore.h"

#include "auditlog.h"
#include "codestore.h"
#include "contentstore.h"
#include "database.h"
#include "scopedtransaction.h"
#include "sqlquery.h"
#include "timestamps.h"
#include "versioncheckstore.h"
#include "versionreader.h"
#include "versionrows.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace tenet::storage {

using domain::Actor;
using domain::CodeContent;
using domain::Error;
using domain::Result;
using domain::Section;
using domain::Status;
using domain::VersionInfo;
using domain::WorkflowAction;

namespace {

Status checkShape(const CodeContent &content)
{
    if (content.language.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("/language"), QStringLiteral("must not be empty"));
    QSet<domain::SectionKey> seen;
    for (qsizetype i = 0; i < content.sections.size(); ++i) {
        const domain::SectionKey key = content.sections[i].key;
        if (seen.contains(key))
            return Error::invalid(QStringLiteral("/sections/%1/key").arg(i),
                                  QStringLiteral("the section %1 appears more than once")
                                      .arg(domain::sectionKeyName(key)));
        seen.insert(key);
    }
    return {};
}

Result<int> nextNumber(const QSqlDatabase &db, qint64 codeId)
{
    SqlQuery q(db,
               QStringLiteral("SELECT number FROM version WHERE code_id = :code "
                              "ORDER BY number DESC LIMIT 1"));
    q.bind(QStringLiteral(":code"), codeId);
    if (Status status = q.exec(); !status)
        return status.error();
    return q.next() ? int(q.integer(0)) + 1 : 1;
}

Result<qint64> insertVersion(const QSqlDatabase &db, qint64 codeId, int number,
                             const QString &language, const QString &now, const Actor &by)
{
    SqlQuery q(db,
               QStringLiteral("INSERT INTO version (code_id, number, language, state, author, "
                              "created_at, revision, saved_by, saved_at) VALUES (:code, "
                              ":number, :language, 'draft', :author, :now, 0, :saver, :then) "
                              "RETURNING id"));
    q.bind(QStringLiteral(":code"), codeId)
        .bind(QStringLiteral(":number"), number)
        .bind(QStringLiteral(":language"), language)
        .bind(QStringLiteral(":author"), by.id)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":saver"), by.id)
        .bind(QStringLiteral(":then"), now);
    return q.execReturningId();
}

Status linkSection(const QSqlDatabase &db, qint64 versionId, const QString &language,
                   const QString &key, qint64 sectionBlobId)
{
    SqlQuery q(db,
               QStringLiteral("INSERT INTO version_section (version_id, language, section_key, "
                              "section_blob_id) VALUES (:version, :language, :key, :blob) "
                              "ON CONFLICT (version_id, language, section_key) "
                              "DO UPDATE SET section_blob_id = excluded.section_blob_id"));
    q.bind(QStringLiteral(":version"), versionId)
        .bind(QStringLiteral(":language"), language)
        .bind(QStringLiteral(":key"), key)
        .bind(QStringLiteral(":blob"), sectionBlobId);
    return q.exec();
}

Status openVersionRefusal(const Result<std::optional<VersionInfo>> &open)
{
    if (!open)
        return open.error();
    if (!*open)
        return {};
    return Error::refused(QStringLiteral("version %1 is already open (%2); withdraw or publish it "
                                         "first")
                              .arg((*open)->number)
                              .arg(versionStateName((*open)->state)));
}

// The code exists and has no open version, so a new draft may be started.
Status checkMayOpenVersion(Database &database, qint64 codeId)
{
    if (auto found = CodeStore(database).code(codeId); !found)
        return found.error();
    return openVersionRefusal(VersionReader(database).openVersion(codeId));
}

// The next draft of the code, numbered after the last version, if its author may edit it.
Result<VersionInfo> nextDraft(const QSqlDatabase &db, qint64 codeId, const Actor &by)
{
    auto number = nextNumber(db, codeId);
    if (!number)
        return number.error();
    VersionInfo draft;
    draft.codeId = codeId;
    draft.number = *number;
    draft.author = by.id;
    if (Status status = domain::checkWorkflowAction(WorkflowAction::Edit, draft, by); !status)
        return status.error();
    return draft;
}

} // namespace

DraftStore::DraftStore(Database &db) : m_db(db) { }

Result<VersionInfo> DraftStore::createDraft(qint64 codeId, const CodeContent &content,
                                            const Actor &by)
{
    if (Status status = checkShape(content); !status)
        return status.error();
    const QSqlDatabase db = m_db.connection();
    ScopedTransaction transaction(db);
    if (!transaction.status())
        return transaction.status().error();
    if (Status status = checkMayOpenVersion(m_db, codeId); !status)
        return status.error();
    auto next = nextDraft(db, codeId, by);
    if (!next)
        return next.error();
    VersionInfo draft = *next;

    auto versionId = insertVersion(db, codeId, draft.number, content.language, storedTime(m_db.now()), by);
    if (!versionId)
        return versionId.error();
    const ContentStore store(db);
    for (const Section &section : content.sections) {
        auto blob = store.storeSection(section);
        if (!blob)
            return blob.error();
        if (Status status = linkSection(db, *versionId, content.language,
                                        domain::sectionKeyName(section.key), *blob);
            !status)
            return status.error();
    }
    if (Status status = VersionCheckStore(db).store(*versionId, content.language, content.check);
        !status)
        return status.error();
    draft.id = *versionId;
    if (Status status
        = AuditLog(m_db).append(by, QStringLiteral("version.create"), versionSubject(draft),
                                {{QStringLiteral("number"), draft.number},
                                 {QStringLiteral("language"), content.language}});
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return versionInfo(m_db, *versionId);
}

Result<VersionInfo> DraftStore::startDraftFromInForce(qint64 codeId, const Actor &by)
{
    const QSqlDatabase db = m_db.connection();
    ScopedTransaction transaction(db);
    if (!transaction.status())
        return transaction.status().error();
    if (Status status = checkMayOpenVersion(m_db, codeId); !status)
        return status.error();
    auto inForce = VersionReader(m_db).inForce(codeId);
    if (!inForce)
        return inForce.error();
    const std::optional<VersionInfo> &base = *inForce;
    if (!base)
        return Error::notFound(QStringLiteral("code %1 has no version in force to start a draft "
                                              "from; create a draft from content instead")
                                   .arg(codeId));
    auto next = nextDraft(db, codeId, by);
    if (!next)
        return next.error();
    VersionInfo draft = *next;
    auto language = versionLanguage(db, base->id);
    if (!language)
        return language.error();
    auto versionId = insertVersion(db, codeId, draft.number, *language, storedTime(m_db.now()), by);
    if (!versionId)
        return versionId.error();

    SqlQuery copy(db,
                  QStringLiteral("INSERT INTO version_section (version_id, language, "
                                 "section_key, section_blob_id) SELECT :draft, language, "
                                 "section_key, section_blob_id FROM version_section "
                                 "WHERE version_id = :base"));
    copy.bind(QStringLiteral(":draft"), *versionId).bind(QStringLiteral(":base"), base->id);
    if (Status status = copy.exec(); !status)
        return status.error();
    if (Status status = VersionCheckStore(db).copy(base->id, *versionId); !status)
        return status.error();

    draft.id = *versionId;
    if (Status status = AuditLog(m_db).append(
            by, QStringLiteral("version.create"), versionSubject(draft),
            {{QStringLiteral("number"), draft.number}, {QStringLiteral("from"), base->number}});
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return versionInfo(m_db, *versionId);
}

Result<VersionInfo> DraftStore::saveDraft(qint64 versionId, const CodeContent &content,
                                          int expectedRevision, const Actor &by)
{
    if (Status status = checkShape(content); !status)
        return status.error();
    const QSqlDatabase db = m_db.connection();
    ScopedTransaction transaction(db);
    if (!transaction.status())
        return transaction.status().error();
    auto current = versionInfo(m_db, versionId);
    if (!current)
        return current.error();
    if (Status status = domain::checkWorkflowAction(WorkflowAction::Edit, *current, by); !status)
        return status.error();

    if (current->revision != expectedRevision) {
        SqlQuery saved(db, QStringLiteral("SELECT saved_by, saved_at FROM version WHERE id = :id"));
        saved.bind(QStringLiteral(":id"), versionId);
        if (Status status
            = saved.execSingle(QStringLiteral("no version with id %1").arg(versionId));
            !status)
            return status.error();
        return Error::refused(QStringLiteral("version %1 was saved by %2 at %3 (revision %4) after "
                                             "the revision you edited (%5); reload it and make "
                                             "your changes again")
                                  .arg(current->number)
                                  .arg(saved.text(0), saved.text(1))
                                  .arg(current->revision)
                                  .arg(expectedRevision));
    }
    auto language = versionLanguage(db, versionId);
    if (!language)
        return language.error();
    if (content.language != *language)
        return Error::invalid(QStringLiteral("/language"),
                              QStringLiteral("version %1 is written in \"%2\", not \"%3\"; "
                                             "translations are not supported yet")
                                  .arg(current->number)
                                  .arg(*language, content.language));

    // What the draft holds now, so that only the sections that changed are written.
    struct Held
    {
        qint64 blobId;
        QByteArray hash;
    };
    QHash<QString, Held> held;
    SqlQuery rows(db,
                  QStringLiteral("SELECT v.section_key, v.section_blob_id, s.hash "
                                 "FROM version_section v JOIN section_blob s "
                                 "ON s.id = v.section_blob_id "
                                 "WHERE v.version_id = :id AND v.language = :language"));
    rows.bind(QStringLiteral(":id"), versionId).bind(QStringLiteral(":language"), *language);
    if (Status status = rows.exec(); !status)
        return status.error();
    while (rows.next())
        held.insert(rows.text(0), {rows.integer(1), rows.value(2).toByteArray()});

    const ContentStore store(db);
    QStringList changed;
    QList<qint64> released;
    for (const Section &section : content.sections) {
        const QString key = domain::sectionKeyName(section.key);
        const auto it = held.constFind(key);
        if (it != held.constEnd() && it->hash == ContentStore::sectionHash(section)) {
            held.erase(it);
            continue;
        }
        auto blob = store.storeSection(section);
        if (!blob)
            return blob.error();
        if (Status status = linkSection(db, versionId, *language, key, *blob); !status)
            return status.error();
        changed.append(key);
        if (it != held.constEnd()) {
            released.append(it->blobId);
            held.erase(it);
        }
    }
    // Sections the new content no longer has.
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        SqlQuery remove(db,
                        QStringLiteral("DELETE FROM version_section WHERE version_id = :id "
                                       "AND language = :language AND section_key = :key"));
        remove.bind(QStringLiteral(":id"), versionId)
            .bind(QStringLiteral(":language"), *language)
            .bind(QStringLiteral(":key"), it.key());
        if (Status status = remove.exec(); !status)
            return status.error();
        changed.append(it.key());
        released.append(it->blobId);
    }
    const VersionCheckStore checks(db);
    auto heldCheck = checks.load(versionId);
    if (!heldCheck)
        return heldCheck.error();
    if (*heldCheck != content.check) {
        if (Status status = checks.store(versionId, *language, content.check); !status)
            return status.error();
        changed.append(QStringLiteral("comprehension_check"));
    }
    // Content only this draft held (an earlier save of it) is not worth keeping.
    for (qint64 blobId : released) {
        if (Status status = store.collect(blobId); !status)
            return status.error();
    }

    SqlQuery bump(db,
                  QStringLiteral("UPDATE version SET revision = revision + 1, saved_by = :by, "
                                 "saved_at = :at WHERE id = :id"));
    bump.bind(QStringLiteral(":by"), by.id)
        .bind(QStringLiteral(":at"), storedTime(m_db.now()))
        .bind(QStringLiteral(":id"), versionId);
    if (Status status = bump.exec(); !status)
        return status.error();

    if (Status status = AuditLog(m_db).append(
            by, QStringLiteral("version.save"), versionSubject(*current),
            {{QStringLiteral("number"), current->number},
             {QStringLiteral("revision"), current->revision + 1},
             {QStringLiteral("sections"), QJsonArray::fromStringList(changed)}});
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return versionInfo(m_db, versionId);
}

} // namespace tenet::storage
