#include "versionstore.h"

#include "auditlog.h"
#include "contentstore.h"
#include "database.h"
#include "domain/contentrules.h"
#include "scopedtransaction.h"
#include "sectionreviewstore.h"
#include "sqlitedialect.h"
#include "sqlquery.h"
#include "timestamps.h"
#include "versioncheckstore.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <functional>

namespace tenet::storage {

using domain::Actor;
using domain::Code;
using domain::CodeContent;
using domain::Error;
using domain::ErrorKind;
using domain::Result;
using domain::Section;
using domain::Status;
using domain::Version;
using domain::VersionInfo;
using domain::VersionState;
using domain::WorkflowAction;

namespace {

const QString versionColumns = QStringLiteral(
    "id, code_id, number, state, author, submitted_by, approved_by, published_by, created_at, "
    "submitted_at, approved_at, published_at, material, summary, revision");
const QString openStates = QStringLiteral("state IN ('draft', 'in_review', 'approved')");

Result<VersionInfo> infoFromRow(const SqlQuery &q, const QString &where)
{
    VersionInfo info;
    info.id = q.integer(0);
    info.codeId = q.integer(1);
    info.number = int(q.integer(2));
    const auto state = domain::versionStateFromName(q.text(3));
    if (!state)
        return Error::integrity(where,
                                QStringLiteral("version %1 has an unknown state \"%2\"")
                                    .arg(info.number)
                                    .arg(q.text(3)));
    info.state = *state;
    info.author = q.text(4);
    info.submittedBy = q.text(5);
    info.approvedBy = q.text(6);
    info.publishedBy = q.text(7);
    info.createdAt = timeFromStored(q.text(8));
    info.submittedAt = timeFromStored(q.text(9));
    info.approvedAt = timeFromStored(q.text(10));
    info.publishedAt = timeFromStored(q.text(11));
    if (!q.isNull(12))
        info.material = q.integer(12) != 0;
    info.summary = q.text(13);
    info.revision = int(q.integer(14));
    return info;
}

// The versions matching a condition on the version table, with one bound value.
Result<QList<VersionInfo>> queryVersions(Database &db, const QString &condition,
                                         const QString &placeholder, const QVariant &value)
{
    SqlQuery q(db.connection(),
               QStringLiteral("SELECT %1 FROM version WHERE %2 ORDER BY number")
                   .arg(versionColumns, condition));
    q.bind(placeholder, value);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<VersionInfo> infos;
    while (q.next()) {
        auto info = infoFromRow(q, db.path());
        if (!info)
            return info.error();
        infos.append(std::move(info).value());
    }
    return infos;
}

std::optional<VersionInfo> firstOf(const Result<QList<VersionInfo>> &infos)
{
    if (!infos || infos->isEmpty())
        return std::nullopt;
    return infos->first();
}

QString subjectOf(const VersionInfo &info)
{
    return QStringLiteral("code:%1/version:%2").arg(info.codeId).arg(info.number);
}

QString describe(const VersionInfo &info)
{
    return QStringLiteral("version %1 (%2)").arg(info.number).arg(versionStateName(info.state));
}

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
                             const QString &language, const Actor &by)
{
    const QString now = storedNow();
    SqlQuery q(db,
               QStringLiteral("INSERT INTO version (code_id, number, language, state, author, "
                              "created_at, revision, saved_by, saved_at) VALUES (:code, "
                              ":number, :language, 'draft', :author, :now, 0, :saver, :then)"));
    q.bind(QStringLiteral(":code"), codeId)
        .bind(QStringLiteral(":number"), number)
        .bind(QStringLiteral(":language"), language)
        .bind(QStringLiteral(":author"), by.id)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":saver"), by.id)
        .bind(QStringLiteral(":then"), now);
    if (Status status = q.exec(); !status)
        return status.error();
    return q.lastInsertId().toLongLong();
}

Result<QString> versionLanguage(const QSqlDatabase &db, qint64 versionId)
{
    SqlQuery q(db, QStringLiteral("SELECT language FROM version WHERE id = :id"));
    q.bind(QStringLiteral(":id"), versionId);
    if (Status status = q.execSingle(QStringLiteral("no version with id %1").arg(versionId));
        !status)
        return status.error();
    return q.text(0);
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

Status openVersionRefusal(const std::optional<VersionInfo> &open)
{
    if (!open)
        return {};
    return Error::refused(QStringLiteral("version %1 is already open (%2); withdraw or publish it "
                                         "first")
                              .arg(open->number)
                              .arg(versionStateName(open->state)));
}

QString listOfProblems(const QList<Error> &errors)
{
    QStringList lines;
    for (const Error &error : errors)
        lines.append(error.toString());
    return lines.join(QStringLiteral("; "));
}

} // namespace

VersionStore::VersionStore(Database &db) : m_db(db) { }

// ---------------------------------------------------------------- codes

Result<Code> VersionStore::createCode(const Code &code, const Actor &by)
{
    if (code.title.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("/code/title"), QStringLiteral("must not be empty"));
    if (code.language.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("/code/language"),
                              QStringLiteral("must not be empty"));
    if (code.graceDays < 0)
        return Error::invalid(QStringLiteral("/code/grace_days"),
                              QStringLiteral("must not be negative"));
    if (code.attestationMonths && *code.attestationMonths <= 0)
        return Error::invalid(QStringLiteral("/code/attestation_months"),
                              QStringLiteral("must be at least 1"));

    const QSqlDatabase db = m_db.connection();
    ScopedTransaction transaction(db);
    if (!transaction.status())
        return transaction.status().error();

    const QJsonObject audience {
        {QStringLiteral("teams"), QJsonArray::fromStringList(code.audienceTeams)},
        {QStringLiteral("roles"), QJsonArray::fromStringList(code.audienceRoles)}};
    SqlQuery q(db,
               QStringLiteral("INSERT INTO code (title, organisation, language, audience, "
                              "attestation_months, grace_days, created_at) VALUES (:title, "
                              ":organisation, :language, :audience, :months, :grace, :now)"));
    q.bind(QStringLiteral(":title"), code.title)
        .bind(QStringLiteral(":organisation"), code.organisation)
        .bind(QStringLiteral(":language"), code.language)
        .bind(QStringLiteral(":audience"),
              QString::fromUtf8(QJsonDocument(audience).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":months"),
              code.attestationMonths ? QVariant(*code.attestationMonths)
                                     : QVariant(QMetaType::fromType<int>()))
        .bind(QStringLiteral(":grace"), code.graceDays)
        .bind(QStringLiteral(":now"), storedNow());
    if (Status status = q.exec(); !status)
        return status.error();
    Code created = code;
    created.id = q.lastInsertId().toLongLong();

    if (Status status = AuditLog(m_db).append(
            by, QStringLiteral("code.create"), QStringLiteral("code:%1").arg(created.id),
            {{QStringLiteral("title"), code.title}, {QStringLiteral("language"), code.language}});
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return created;
}

QList<Code> VersionStore::codes() const
{
    QList<Code> list;
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id FROM code ORDER BY id"));
    if (!q.exec())
        return list;
    while (q.next()) {
        if (auto found = code(q.integer(0)))
            list.append(std::move(found).value());
    }
    return list;
}

Result<Code> VersionStore::code(qint64 id) const
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT id, title, organisation, language, audience, "
                              "attestation_months, grace_days FROM code WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status status = q.execSingle(QStringLiteral("there is no code with id %1").arg(id));
        !status)
        return status.error();
    Code code;
    code.id = q.integer(0);
    code.title = q.text(1);
    code.organisation = q.text(2);
    code.language = q.text(3);
    const QJsonObject audience = QJsonDocument::fromJson(q.text(4).toUtf8()).object();
    for (const auto &team : audience.value(QStringLiteral("teams")).toArray())
        code.audienceTeams.append(team.toString());
    for (const auto &role : audience.value(QStringLiteral("roles")).toArray())
        code.audienceRoles.append(role.toString());
    if (!q.isNull(5))
        code.attestationMonths = int(q.integer(5));
    code.graceDays = int(q.integer(6));
    return code;
}

// ---------------------------------------------------------------- drafts

Result<VersionInfo> VersionStore::createDraft(qint64 codeId, const CodeContent &content,
                                              const Actor &by)
{
    if (Status status = checkShape(content); !status)
        return status.error();
    const QSqlDatabase db = m_db.connection();
    ScopedTransaction transaction(db);
    if (!transaction.status())
        return transaction.status().error();
    if (auto found = code(codeId); !found)
        return found.error();
    if (Status status = openVersionRefusal(openVersion(codeId)); !status)
        return status.error();
    auto number = nextNumber(db, codeId);
    if (!number)
        return number.error();
    VersionInfo draft;
    draft.codeId = codeId;
    draft.number = *number;
    draft.author = by.id;
    if (Status status = domain::checkWorkflowAction(WorkflowAction::Edit, draft, by); !status)
        return status.error();

    auto versionId = insertVersion(db, codeId, *number, content.language, by);
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
        = AuditLog(m_db).append(by, QStringLiteral("version.create"), subjectOf(draft),
                                {{QStringLiteral("number"), draft.number},
                                 {QStringLiteral("language"), content.language}});
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return info(*versionId);
}

Result<VersionInfo> VersionStore::startDraftFromInForce(qint64 codeId, const Actor &by)
{
    const QSqlDatabase db = m_db.connection();
    ScopedTransaction transaction(db);
    if (!transaction.status())
        return transaction.status().error();
    if (auto found = code(codeId); !found)
        return found.error();
    if (Status status = openVersionRefusal(openVersion(codeId)); !status)
        return status.error();
    const std::optional<VersionInfo> base = inForce(codeId);
    if (!base)
        return Error::notFound(QStringLiteral("code %1 has no version in force to start a draft "
                                              "from; create a draft from content instead")
                                   .arg(codeId));
    auto number = nextNumber(db, codeId);
    if (!number)
        return number.error();
    VersionInfo draft;
    draft.codeId = codeId;
    draft.number = *number;
    draft.author = by.id;
    if (Status status = domain::checkWorkflowAction(WorkflowAction::Edit, draft, by); !status)
        return status.error();
    auto language = versionLanguage(db, base->id);
    if (!language)
        return language.error();
    auto versionId = insertVersion(db, codeId, *number, *language, by);
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
            by, QStringLiteral("version.create"), subjectOf(draft),
            {{QStringLiteral("number"), draft.number}, {QStringLiteral("from"), base->number}});
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return info(*versionId);
}

Result<VersionInfo> VersionStore::saveDraft(qint64 versionId, const CodeContent &content,
                                            int expectedRevision, const Actor &by)
{
    if (Status status = checkShape(content); !status)
        return status.error();
    const QSqlDatabase db = m_db.connection();
    ScopedTransaction transaction(db);
    if (!transaction.status())
        return transaction.status().error();
    auto current = info(versionId);
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
        .bind(QStringLiteral(":at"), storedNow())
        .bind(QStringLiteral(":id"), versionId);
    if (Status status = bump.exec(); !status)
        return status.error();

    if (Status status = AuditLog(m_db).append(
            by, QStringLiteral("version.save"), subjectOf(*current),
            {{QStringLiteral("number"), current->number},
             {QStringLiteral("revision"), current->revision + 1},
             {QStringLiteral("sections"), QJsonArray::fromStringList(changed)}});
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return info(versionId);
}

// ---------------------------------------------------------------- reading

namespace {

// The version with its content, read inside the caller's transaction.
Result<Version> readVersion(Database &db, const VersionStore &store, qint64 versionId)
{
    const QSqlDatabase connection = db.connection();
    auto found = store.info(versionId);
    if (!found)
        return found.error();
    auto language = versionLanguage(connection, versionId);
    if (!language)
        return language.error();

    Version version {*found, CodeContent {*language, {}, {}}};
    SqlQuery rows(connection,
                  QStringLiteral("SELECT section_blob_id FROM version_section "
                                 "WHERE version_id = :id AND language = :language"));
    rows.bind(QStringLiteral(":id"), versionId).bind(QStringLiteral(":language"), *language);
    if (Status status = rows.exec(); !status)
        return status.error();
    const ContentStore content(connection);
    while (rows.next()) {
        auto section = content.loadSection(rows.integer(0));
        if (!section)
            return section.error();
        version.content.sections.append(std::move(section).value());
    }
    std::sort(version.content.sections.begin(), version.content.sections.end(),
              [](const Section &a, const Section &b) {
                  return domain::sectionNumber(a.key) < domain::sectionNumber(b.key);
              });
    auto check = VersionCheckStore(connection).load(versionId);
    if (!check)
        return check.error();
    version.content.check = std::move(check).value();
    return version;
}

} // namespace

Result<Version> VersionStore::load(qint64 versionId) const
{
    // One snapshot, so that a writer in another process cannot slip in between the reads.
    ScopedTransaction snapshot(m_db.connection(), ScopedTransaction::Mode::Read);
    if (!snapshot.status())
        return snapshot.status().error();
    return readVersion(m_db, *this, versionId);
}

Result<VersionInfo> VersionStore::info(qint64 versionId) const
{
    auto infos = queryVersions(m_db, QStringLiteral("id = :id"), QStringLiteral(":id"), versionId);
    if (!infos)
        return infos.error();
    if (infos->isEmpty())
        return Error::notFound(QStringLiteral("there is no version with id %1").arg(versionId));
    return infos->first();
}

Result<VersionInfo> VersionStore::versionByNumber(qint64 codeId, int number) const
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT id FROM version WHERE code_id = :code "
                              "AND number = :number"));
    q.bind(QStringLiteral(":code"), codeId).bind(QStringLiteral(":number"), number);
    if (Status status
        = q.execSingle(QStringLiteral("code %1 has no version %2").arg(codeId).arg(number));
        !status)
        return status.error();
    return info(q.integer(0));
}

QList<VersionInfo> VersionStore::versions(qint64 codeId) const
{
    auto infos
        = queryVersions(m_db, QStringLiteral("code_id = :code"), QStringLiteral(":code"), codeId);
    return infos ? *infos : QList<VersionInfo>();
}

std::optional<VersionInfo> VersionStore::inForce(qint64 codeId) const
{
    return firstOf(queryVersions(m_db, QStringLiteral("code_id = :code AND state = 'published'"),
                                 QStringLiteral(":code"), codeId));
}

std::optional<VersionInfo> VersionStore::openVersion(qint64 codeId) const
{
    return firstOf(queryVersions(m_db, QStringLiteral("code_id = :code AND ") + openStates,
                                 QStringLiteral(":code"), codeId));
}

// ---------------------------------------------------------------- workflow

namespace {

// One workflow step as one transaction: check the rules on the version as it is now, change
// it, record it in the audit log.
Result<VersionInfo> runStep(Database &db, const VersionStore &store, qint64 versionId,
                            WorkflowAction action, const Actor &by, const QString &auditAction,
                            QJsonObject detail,
                            const std::function<Status(const VersionInfo &, QJsonObject &)> &change)
{
    ScopedTransaction transaction(db.connection());
    if (!transaction.status())
        return transaction.status().error();
    auto current = store.info(versionId);
    if (!current)
        return current.error();
    if (Status status = domain::checkWorkflowAction(action, *current, by); !status)
        return status.error();
    if (Status status = change(*current, detail); !status)
        return status.error();
    detail.insert(QStringLiteral("number"), current->number);
    if (Status status = AuditLog(db).append(by, auditAction, subjectOf(*current), detail); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return store.info(versionId);
}

Status updateVersion(Database &db, qint64 versionId, const QString &assignments,
                     const QList<std::pair<QString, QVariant>> &values)
{
    SqlQuery q(db.connection(),
               QStringLiteral("UPDATE version SET %1 WHERE id = :id").arg(assignments));
    for (const auto &[placeholder, value] : values)
        q.bind(placeholder, value);
    q.bind(QStringLiteral(":id"), versionId);
    return q.exec();
}

} // namespace

Result<VersionInfo> VersionStore::submit(qint64 versionId, const Actor &by, const QString &note)
{
    QJsonObject detail;
    if (!note.isEmpty())
        detail.insert(QStringLiteral("note"), note);
    return runStep(m_db, *this, versionId, WorkflowAction::Submit, by,
                   QStringLiteral("version.submit"), detail,
                   [&](const VersionInfo &current, QJsonObject &) -> Status {
                       // What goes to review must be a complete, well-formed code.
                       auto version = readVersion(m_db, *this, versionId);
                       if (!version)
                           return version.error();
                       const QList<Error> problems = domain::checkContentRules(version->content);
                       if (!problems.isEmpty())
                           return Error::refused(
                               QStringLiteral("cannot submit %1: its content breaks %2 rule(s): %3")
                                   .arg(describe(current))
                                   .arg(problems.size())
                                   .arg(listOfProblems(problems)));
                       return updateVersion(
                           m_db, versionId,
                           QStringLiteral("state = 'in_review', submitted_by = "
                                          ":by, submitted_at = :at"),
                           {{QStringLiteral(":by"), by.id}, {QStringLiteral(":at"), storedNow()}});
                   });
}

Result<VersionInfo> VersionStore::sendBack(qint64 versionId, const Actor &by, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error::invalid(
            QStringLiteral("reason"),
            QStringLiteral("sending a version back needs a reason for its author"));
    return runStep(m_db, *this, versionId, WorkflowAction::SendBack, by,
                   QStringLiteral("version.send_back"), {{QStringLiteral("reason"), reason}},
                   [&](const VersionInfo &, QJsonObject &) {
                       return updateVersion(m_db, versionId,
                                            QStringLiteral("state = 'draft', submitted_by = NULL, "
                                                           "submitted_at = NULL"),
                                            {});
                   });
}

Result<VersionInfo> VersionStore::approve(qint64 versionId, const Actor &by)
{
    return runStep(m_db, *this, versionId, WorkflowAction::Approve, by,
                   QStringLiteral("version.approve"), {}, [&](const VersionInfo &, QJsonObject &) {
                       return updateVersion(
                           m_db, versionId,
                           QStringLiteral("state = 'approved', approved_by = :by, "
                                          "approved_at = :at"),
                           {{QStringLiteral(":by"), by.id}, {QStringLiteral(":at"), storedNow()}});
                   });
}

Result<VersionInfo> VersionStore::publish(qint64 versionId, const Actor &by, bool material,
                                          const QString &summary, const QByteArray &handbookPdf)
{
    if (summary.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("summary"),
                              QStringLiteral("a publication needs a summary of what changed"));
    return runStep(
        m_db, *this, versionId, WorkflowAction::Publish, by, QStringLiteral("version.publish"),
        {{QStringLiteral("material"), material}, {QStringLiteral("summary"), summary}},
        [&](const VersionInfo &current, QJsonObject &detail) -> Status {
            const std::optional<VersionInfo> previous = inForce(current.codeId);
            if (Status status = domain::checkPublicationKind(material, previous.has_value());
                !status)
                return status;
            // The old version steps down first: only one version of a code is in force.
            if (previous) {
                if (Status status
                    = updateVersion(m_db, previous->id, QStringLiteral("state = 'superseded'"), {});
                    !status)
                    return status;
                detail.insert(QStringLiteral("supersedes"), previous->number);
            }
            const QDateTime publishedAt = QDateTime::currentDateTimeUtc();
            if (Status status = updateVersion(
                    m_db, versionId,
                    QStringLiteral("state = 'published', published_by = :by, "
                                   "published_at = :at, material = :material, "
                                   "summary = :summary"),
                    {{QStringLiteral(":by"), by.id},
                     {QStringLiteral(":at"), storedTime(publishedAt)},
                     {QStringLiteral(":material"), material ? 1 : 0},
                     {QStringLiteral(":summary"), summary}});
                !status)
                return status;
            if (!handbookPdf.isEmpty()) {
                const QByteArray sha256
                    = QCryptographicHash::hash(handbookPdf, QCryptographicHash::Sha256);
                SqlQuery q(m_db.connection(),
                           QStringLiteral("INSERT INTO published_handbook (version_id, pdf, "
                                          "sha256, rendered_at) VALUES (:id, :pdf, :sha, :at)"));
                q.bind(QStringLiteral(":id"), versionId)
                    .bind(QStringLiteral(":pdf"), handbookPdf)
                    .bind(QStringLiteral(":sha"), sha256)
                    .bind(QStringLiteral(":at"), storedTime(publishedAt));
                if (Status status = q.exec(); !status)
                    return status;
                detail.insert(QStringLiteral("handbook_sha256"),
                              QString::fromLatin1(sha256.toHex()));
            }
            // Publishing a changed section counts as its review.
            return SectionReviewStore(m_db).recordPublication(
                current.codeId, versionId, current.number,
                previous ? std::optional<qint64>(previous->id) : std::nullopt, publishedAt, by);
        });
}

Result<QByteArray> VersionStore::publishedHandbook(qint64 versionId) const
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT pdf FROM published_handbook WHERE version_id = :id"));
    q.bind(QStringLiteral(":id"), versionId);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return Error::notFound(
            QStringLiteral("no handbook was stored when this version was published"));
    return q.value(0).toByteArray();
}

Result<VersionInfo> VersionStore::withdraw(qint64 versionId, const Actor &by, const QString &reason)
{
    QJsonObject detail;
    if (!reason.isEmpty())
        detail.insert(QStringLiteral("reason"), reason);
    return runStep(
        m_db, *this, versionId, WorkflowAction::Withdraw, by, QStringLiteral("version.withdraw"),
        detail, [&](const VersionInfo &, QJsonObject &) {
            return updateVersion(m_db, versionId, QStringLiteral("state = 'withdrawn'"), {});
        });
}

// ---------------------------------------------------------------- search

QList<SearchHit> VersionStore::search(qint64 codeId, const QString &text,
                                      std::optional<qint64> versionId) const
{
    QList<SearchHit> hits;
    const QString match = SqliteDialect::matchExpression(text);
    if (match.isEmpty())
        return hits;

    // MATERIALIZED keeps the full-text query apart from the joins, where snippet() would not
    // be allowed.
    SqlQuery q(m_db.connection(),
               QStringLiteral("WITH m (blob, snippet, rank) AS MATERIALIZED (%1) "
                              "SELECT m.blob, m.snippet, c.clause_id, c.title, v.section_key, "
                              "s.position, r.number "
                              "FROM m JOIN clause_blob c ON c.id = m.blob "
                              "JOIN section_clause s ON s.clause_blob_id = c.id "
                              "JOIN version_section v ON v.section_blob_id = s.section_blob_id "
                              "JOIN version r ON r.id = v.version_id "
                              "WHERE r.code_id = :code %2 "
                              "ORDER BY m.rank, m.blob, v.section_key, s.position, r.number")
                   .arg(SqliteDialect::clauseSearchSql(),
                        versionId ? QStringLiteral("AND r.id = :version") : QString()));
    q.bind(QStringLiteral(":match"), match).bind(QStringLiteral(":code"), codeId);
    if (versionId)
        q.bind(QStringLiteral(":version"), *versionId);
    if (!q.exec())
        return hits;

    QHash<QString, qsizetype> indexOf; // one hit per clause text at one place
    while (q.next()) {
        const auto section = domain::sectionKeyFromName(q.text(4));
        if (!section)
            continue;
        const int position = int(q.integer(5));
        const QString key
            = QStringLiteral("%1/%2/%3").arg(q.integer(0)).arg(q.text(4)).arg(position);
        auto it = indexOf.constFind(key);
        if (it == indexOf.constEnd()) {
            SearchHit hit;
            hit.clauseId = q.text(2);
            hit.title = q.text(3);
            hit.section = *section;
            hit.clauseNumber = domain::clauseNumber(*section, position);
            hit.snippet = q.text(1);
            it = indexOf.insert(key, hits.size());
            hits.append(hit);
        }
        QList<int> &numbers = hits[*it].versionNumbers;
        const int number = int(q.integer(6));
        if (numbers.isEmpty() || numbers.last() != number)
            numbers.append(number);
    }
    return hits;
}

} // namespace tenet::storage
