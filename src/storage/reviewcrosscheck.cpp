#include "crosschecks.h"

#include "domain/messagetext.h"
#include "sqlquery.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace tenet::storage {

using domain::Result;
using domain::Status;

namespace {

using VersionKey = std::pair<qint64, int>; // code id, version number

// A review the audit log says was recorded.
struct ExpectedReview
{
    qint64 auditRow = 0;
    qint64 codeId = 0;
    QString section;
    int version = 0;
    QString reviewer;
    QString outcome;
    QString note;
    QString reviewedAt; // empty when the entry predates the log recording it
    std::optional<qint64> id;

    QString key() const
    {
        return u"%1|%2|%3|%4|%5|%6"_s.arg(QString::number(codeId), section,
                                          QString::number(version), reviewer, outcome, note);
    }
};

struct ReviewRow
{
    qint64 id = 0;
    ExpectedReview content;
};

// What verify needs of each version to derive the reviews an old publication entry stands
// for: its sections (key -> stored section) and when it was published.
struct PublishedVersion
{
    QHash<QString, qint64> sections;
    QString publishedAt;
};

Result<QHash<VersionKey, PublishedVersion>> versionSections(const QSqlDatabase &db)
{
    SqlQuery q(db,
               u"SELECT v.code_id, v.number, v.published_at, s.section_key, s.section_blob_id "
               "FROM version v LEFT JOIN version_section s ON s.version_id = v.id "
               "AND s.language = v.language"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    QHash<VersionKey, PublishedVersion> versions;
    while (q.next()) {
        PublishedVersion &v = versions[{q.integer(0), int(q.integer(1))}];
        v.publishedAt = q.text(2);
        if (!q.isNull(3))
            v.sections.insert(q.text(3), q.integer(4));
    }
    return versions;
}

// The sections a publication changed from the version it superseded, as
// SectionReviewStore::recordPublication (and schema step 2, for earlier publications) chose
// them; for entries written before the log listed them.
QStringList changedSections(const QHash<VersionKey, PublishedVersion> &versions,
                            const VersionKey &key, std::optional<int> supersedes)
{
    const PublishedVersion now = versions.value(key);
    const QHash<QString, qint64> before
        = supersedes ? versions.value({key.first, *supersedes}).sections : QHash<QString, qint64>();
    QStringList changed;
    for (auto it = now.sections.cbegin(); it != now.sections.cend(); ++it) {
        if (!before.contains(it.key()) || before.value(it.key()) != it.value())
            changed.append(it.key());
    }
    return changed;
}

Result<QList<ExpectedReview>> expectedReviews(const QSqlDatabase &db, const AuditTrail &trail)
{
    auto versions = versionSections(db);
    if (!versions)
        return versions.error();
    static const QRegularExpression versionSubject(u"^code:(\\d+)/version:(\\d+)$"_s);
    static const QRegularExpression sectionSubject(u"^code:(\\d+)/section:"_s);
    QList<ExpectedReview> expected;
    for (const AuditRecord &record : trail.entries()) {
        if (record.action == u"version.publish"_s) {
            const auto match = versionSubject.match(record.subject);
            if (!match.hasMatch())
                continue;
            const VersionKey key {match.captured(1).toLongLong(), match.captured(2).toInt()};
            QStringList sections;
            if (record.detail.contains(u"reviews"_s)) {
                for (const QJsonValue &section : record.detail.value(u"reviews"_s).toArray())
                    sections.append(section.toString());
            } else {
                sections = changedSections(
                    *versions, key,
                    record.detail.contains(u"supersedes"_s)
                        ? std::optional<int>(record.detail.value(u"supersedes"_s).toInt())
                        : std::nullopt);
            }
            QString at = record.detail.value(u"published_at"_s).toString();
            if (at.isEmpty())
                at = versions->value(key).publishedAt; // compared with the version on its own
            for (const QString &section : sections)
                expected.append({record.seq, key.first, section, key.second, record.actor,
                                 u"revised"_s, u"published in version %1"_s.arg(key.second), at,
                                 std::nullopt});
        } else if (record.action == u"section.review"_s) {
            const auto match = sectionSubject.match(record.subject);
            if (!match.hasMatch())
                continue;
            ExpectedReview review {record.seq,
                                   match.captured(1).toLongLong(),
                                   record.detail.value(u"section"_s).toString(),
                                   record.detail.value(u"version"_s).toInt(),
                                   record.actor,
                                   record.detail.value(u"outcome"_s).toString(),
                                   record.detail.value(u"note"_s).toString(),
                                   record.detail.value(u"reviewed_at"_s).toString(),
                                   std::nullopt};
            if (record.detail.contains(u"id"_s))
                review.id = record.detail.value(u"id"_s).toInteger();
            expected.append(review);
        }
    }
    return expected;
}

Result<QList<ReviewRow>> reviewRows(const QSqlDatabase &db)
{
    SqlQuery q(db,
               u"SELECT id, code_id, section_key, version_number, reviewer, reviewed_at, "
               "outcome, note FROM section_review ORDER BY id"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<ReviewRow> rows;
    while (q.next()) {
        rows.append({q.integer(0),
                     {0, q.integer(1), q.text(2), int(q.integer(3)), q.text(4), q.text(6),
                      q.text(7), q.text(5), q.integer(0)}});
    }
    return rows;
}

} // namespace

Result<CrossCheckFindings> crossCheckReviews(const QSqlDatabase &db, const AuditTrail &trail)
{
    auto expected = expectedReviews(db, trail);
    if (!expected)
        return expected.error();
    auto rows = reviewRows(db);
    if (!rows)
        return rows.error();

    QMultiHash<QString, qsizetype> unmatched; // key -> index into rows
    for (qsizetype i = 0; i < rows->size(); ++i)
        unmatched.insert(rows->at(i).content.key(), i);
    const auto take = [&](const ExpectedReview &review) {
        for (auto it = unmatched.find(review.key());
             it != unmatched.end() && it.key() == review.key(); ++it) {
            const ReviewRow &row = rows->at(*it);
            if ((review.reviewedAt.isEmpty() || row.content.reviewedAt == review.reviewedAt)
                && (!review.id || row.id == *review.id)) {
                unmatched.erase(it);
                return true;
            }
        }
        return false;
    };

    CrossCheckFindings found;
    QMultiMap<qint64, QString> missing; // by audit row
    int untimed = 0;
    // Entries that name the time first, so that one without it cannot take their row.
    for (const bool timed : {true, false}) {
        for (const ExpectedReview &review : *expected) {
            if (review.reviewedAt.isEmpty() == timed)
                continue;
            if (!timed)
                ++untimed;
            if (!take(review))
                missing.insert(review.auditRow,
                               u"audit_log row %1: records a review of section %2 of version %3 "
                               "by %4 that section_review no longer holds: reviews were "
                               "deleted"_s.arg(QString::number(review.auditRow),
                                               domain::escapeForMessage(review.section),
                                               QString::number(review.version),
                                               domain::escapeForMessage(review.reviewer)));
        }
    }
    found.problems = missing.values();
    QList<qsizetype> extra = unmatched.values();
    std::sort(extra.begin(), extra.end());
    for (qsizetype i : extra) {
        const ReviewRow &row = rows->at(i);
        found.problems.append(
            u"section_review row %1: no audit log entry records this review "
            "(section %2 of version %3 by %4 at %5): it was added or changed "
            "behind Tenet's back"_s.arg(QString::number(row.id),
                                        domain::escapeForMessage(row.content.section),
                                        QString::number(row.content.version),
                                        domain::escapeForMessage(row.content.reviewer),
                                        domain::escapeForMessage(row.content.reviewedAt)));
    }
    if (untimed > 0)
        found.notes.append(u"%1 could be compared with the audit log only by section, version, "
                           "reviewer, outcome and note, not by time: their entries were written "
                           "before the log recorded review times"_s.arg(
                               counted(untimed, u"section review"_s, u"section reviews"_s)));
    return found;
}

} // namespace tenet::storage
