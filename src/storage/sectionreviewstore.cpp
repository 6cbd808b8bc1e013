#include "sectionreviewstore.h"

#include "auditlog.h"
#include "codestore.h"
#include "database.h"
#include "scopedtransaction.h"
#include "sqlquery.h"
#include "timestamps.h"
#include "versionreader.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tenet::storage {

using domain::Error;
using domain::Result;
using domain::SectionReview;
using domain::Status;

namespace {

const QString selectColumns = u"id, code_id, section_key, version_number, reviewer, reviewed_at, "
                              "outcome, note"_s;

std::optional<SectionReview> fromRow(const SqlQuery &q)
{
    const auto key = domain::sectionKeyFromName(q.text(2));
    const auto outcome = domain::reviewOutcomeFromName(q.text(6));
    if (!key || !outcome)
        return std::nullopt;
    SectionReview review;
    review.id = q.integer(0);
    review.codeId = q.integer(1);
    review.section = *key;
    review.versionNumber = int(q.integer(3));
    review.reviewer = q.text(4);
    review.reviewedAt = timeFromStored(q.text(5));
    review.outcome = *outcome;
    review.note = q.text(7);
    return review;
}

Status insertReview(const QSqlDatabase &db, const SectionReview &review, qint64 *id = nullptr)
{
    SqlQuery q(db,
               u"INSERT INTO section_review (code_id, section_key, version_number, reviewer, "
               "reviewed_at, outcome, note) VALUES (:code, :key, :number, :reviewer, :at, "
               ":outcome, :note) RETURNING id"_s);
    q.bind(u":code"_s, review.codeId)
        .bind(u":key"_s, domain::sectionKeyName(review.section))
        .bind(u":number"_s, review.versionNumber)
        .bind(u":reviewer"_s, review.reviewer)
        .bind(u":at"_s, storedTime(review.reviewedAt))
        .bind(u":outcome"_s, domain::reviewOutcomeName(review.outcome))
        .bind(u":note"_s, review.note);
    auto inserted = q.execReturningId();
    if (!inserted)
        return inserted.error();
    if (id)
        *id = *inserted;
    return {};
}

// Section key -> stored section id of a version.
Result<QHash<QString, qint64>> sectionBlobs(const QSqlDatabase &db, qint64 versionId)
{
    SqlQuery q(db,
               u"SELECT s.section_key, s.section_blob_id FROM version_section s "
               "JOIN version v ON v.id = s.version_id AND s.language = v.language "
               "WHERE s.version_id = :id"_s);
    q.bind(u":id"_s, versionId);
    if (Status status = q.exec(); !status)
        return status.error();
    QHash<QString, qint64> blobs;
    while (q.next())
        blobs.insert(q.text(0), q.integer(1));
    return blobs;
}

} // namespace

SectionReviewStore::SectionReviewStore(Database &db) : m_db(db) { }

Result<SectionReview> SectionReviewStore::record(qint64 codeId, domain::SectionKey section,
                                                 domain::ReviewOutcome outcome, const QString &note,
                                                 const domain::Actor &by)
{
    if (!by.isStaff())
        return Error::refused(
            u"a section review is recorded by a named staff member, not by %1"_s.arg(by.id));
    if (!domain::canAuthor(*by.role))
        return Error::refused(u"%1 is an agent; section reviews are recorded by supervisors, "
                              "managers, quality staff and trainers"_s.arg(by.id));

    const QSqlDatabase db = m_db.connection();
    ScopedTransaction transaction(db);
    if (!transaction.status())
        return transaction.status().error();
    auto code = CodeStore(m_db).code(codeId);
    if (!code)
        return code.error();
    auto found = VersionReader(m_db).inForce(codeId);
    if (!found)
        return found.error();
    const std::optional<domain::VersionInfo> &inForce = *found;
    if (!inForce)
        return Error::refused(u"\"%1\" has no version in force yet; only published sections are "
                              "reviewed"_s.arg(code->title));

    SectionReview review;
    review.codeId = codeId;
    review.section = section;
    review.versionNumber = inForce->number;
    review.reviewer = by.id;
    review.reviewedAt = m_db.now();
    review.outcome = outcome;
    review.note = note.trimmed();
    if (Status status = insertReview(db, review, &review.id); !status)
        return status.error();
    // The row's id and time too, so that verify can tell a deleted or edited review.
    QJsonObject detail {{u"section"_s, domain::sectionKeyName(section)},
                        {u"outcome"_s, domain::reviewOutcomeName(outcome)},
                        {u"version"_s, inForce->number},
                        {u"id"_s, review.id},
                        {u"reviewed_at"_s, storedTime(review.reviewedAt)}};
    if (!review.note.isEmpty())
        detail.insert(u"note"_s, review.note);
    if (Status status = AuditLog(m_db).append(
            by, u"section.review"_s,
            u"code:%1/section:%2"_s.arg(codeId).arg(domain::sectionKeyName(section)), detail);
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return review;
}

Result<QList<SectionReview>>
SectionReviewStore::list(qint64 codeId, std::optional<domain::SectionKey> section) const
{
    QString sql = u"SELECT %1 FROM section_review WHERE code_id = :code"_s.arg(selectColumns);
    if (section)
        sql += u" AND section_key = :key"_s;
    SqlQuery q(m_db.connection(), sql + u" ORDER BY reviewed_at, id"_s);
    q.bind(u":code"_s, codeId);
    if (section)
        q.bind(u":key"_s, domain::sectionKeyName(*section));
    if (Status status = q.exec(); !status)
        return status.error();
    QList<SectionReview> reviews;
    while (q.next()) {
        if (auto review = fromRow(q))
            reviews.append(*review);
    }
    return reviews;
}

Result<QList<SectionReview>> SectionReviewStore::latestPerSection(qint64 codeId) const
{
    // The latest by time; of two at the same moment, the one recorded last.
    SqlQuery q(m_db.connection(),
               u"SELECT %1 FROM (SELECT *, row_number() OVER (PARTITION BY section_key "
               "ORDER BY reviewed_at DESC, id DESC) AS rank FROM section_review "
               "WHERE code_id = :code) AS ranked WHERE rank = 1"_s.arg(selectColumns));
    q.bind(u":code"_s, codeId);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<SectionReview> reviews;
    while (q.next()) {
        if (auto review = fromRow(q))
            reviews.append(*review);
    }
    std::sort(reviews.begin(), reviews.end(), [](const SectionReview &a, const SectionReview &b) {
        return domain::sectionNumber(a.section) < domain::sectionNumber(b.section);
    });
    return reviews;
}

Result<QList<domain::SectionKey>>
SectionReviewStore::recordPublication(qint64 codeId, qint64 versionId, int versionNumber,
                                      std::optional<qint64> previousVersionId,
                                      const QDateTime &publishedAt, const domain::Actor &by) const
{
    const QSqlDatabase db = m_db.connection();
    auto now = sectionBlobs(db, versionId);
    if (!now)
        return now.error();
    QHash<QString, qint64> before;
    if (previousVersionId) {
        auto blobs = sectionBlobs(db, *previousVersionId);
        if (!blobs)
            return blobs.error();
        before = std::move(blobs).value();
    }
    QList<domain::SectionKey> changed;
    for (auto it = now->cbegin(); it != now->cend(); ++it) {
        const auto key = domain::sectionKeyFromName(it.key());
        if (!key)
            continue;
        const auto held = before.constFind(it.key());
        if (held == before.cend() || *held != it.value())
            changed.append(*key);
    }
    std::sort(changed.begin(), changed.end(), [](domain::SectionKey a, domain::SectionKey b) {
        return domain::sectionNumber(a) < domain::sectionNumber(b);
    });
    for (domain::SectionKey key : changed) {
        SectionReview review;
        review.codeId = codeId;
        review.section = key;
        review.versionNumber = versionNumber;
        review.reviewer = by.id;
        review.reviewedAt = publishedAt;
        review.outcome = domain::ReviewOutcome::Revised;
        review.note = u"published in version %1"_s.arg(versionNumber);
        if (Status status = insertReview(db, review); !status)
            return status.error();
    }
    return changed;
}

} // namespace tenet::storage
