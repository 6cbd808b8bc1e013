#include "crosschecks.h"

#include "domain/messagetext.h"
#include "sqlquery.h"
#include "versionfingerprint.h"

#include <QHash>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace tenet::storage {

using domain::Result;
using domain::Status;

namespace {

using VersionKey = std::pair<qint64, int>; // code id, version number

// A version as its audit entries left it, with the row of the entry that set each field.
struct AuditedVersion
{
    qint64 createdRow = 0;
    QString state;
    qint64 stateRow = 0;
    QString author, submittedBy, approvedBy, publishedBy;
    qint64 submittedRow = 0, approvedRow = 0, publishedRow = 0;
    QString summary;
    std::optional<bool> material;
    QString publishedAt; // empty in entries written before the log recorded it
    QString contentSha; // hex, of the latest entry that recorded one
    qint64 contentRow = 0;
    std::optional<QString> handbookSha; // hex; set when the publication kept a handbook
};

std::optional<VersionKey> versionKey(const QString &subject)
{
    static const QRegularExpression pattern(u"^code:(\\d+)/version:(\\d+)$"_s);
    const auto match = pattern.match(subject);
    if (!match.hasMatch())
        return std::nullopt;
    return VersionKey {match.captured(1).toLongLong(), match.captured(2).toInt()};
}

QMap<VersionKey, AuditedVersion> replay(const AuditTrail &trail)
{
    QMap<VersionKey, AuditedVersion> versions;
    for (const AuditRecord &record : trail.entries()) {
        if (!record.action.startsWith(u"version."_s))
            continue;
        const auto key = versionKey(record.subject);
        if (!key)
            continue;
        AuditedVersion &v = versions[*key];
        const QString step = record.action.mid(8);
        const auto moveTo = [&](const QString &state) {
            v.state = state;
            v.stateRow = record.seq;
        };
        if (step == u"create"_s) {
            v.createdRow = record.seq;
            v.author = record.actor;
            moveTo(u"draft"_s);
        } else if (step == u"submit"_s) {
            moveTo(u"in_review"_s);
            v.submittedBy = record.actor;
            v.submittedRow = record.seq;
        } else if (step == u"send_back"_s) {
            moveTo(u"draft"_s);
            v.submittedBy.clear();
            v.submittedRow = record.seq;
        } else if (step == u"approve"_s) {
            moveTo(u"approved"_s);
            v.approvedBy = record.actor;
            v.approvedRow = record.seq;
        } else if (step == u"publish"_s) {
            moveTo(u"published"_s);
            v.publishedBy = record.actor;
            v.publishedRow = record.seq;
            v.summary = record.detail.value(u"summary"_s).toString();
            v.material = record.detail.value(u"material"_s).toBool();
            v.publishedAt = record.detail.value(u"published_at"_s).toString();
            if (record.detail.contains(u"handbook_sha256"_s))
                v.handbookSha = record.detail.value(u"handbook_sha256"_s).toString();
            if (record.detail.contains(u"supersedes"_s)) {
                AuditedVersion &previous
                    = versions[{key->first, record.detail.value(u"supersedes"_s).toInt()}];
                previous.state = u"superseded"_s;
                previous.stateRow = record.seq;
            }
        } else if (step == u"withdraw"_s) {
            moveTo(u"withdrawn"_s);
        } else {
            continue; // a save changes no field compared here
        }
        if (record.detail.contains(u"content_sha256"_s)) {
            v.contentSha = record.detail.value(u"content_sha256"_s).toString();
            v.contentRow = record.seq;
        }
    }
    return versions;
}

QString orNobody(const QString &who)
{
    return who.isEmpty() ? u"nobody"_s : who;
}

} // namespace

Result<CrossCheckFindings> crossCheckVersions(const QSqlDatabase &db, const AuditTrail &trail)
{
    QMap<VersionKey, AuditedVersion> audited = replay(trail);
    SqlQuery q(db,
               u"SELECT v.id, v.code_id, v.number, v.state, v.author, v.submitted_by, "
               "v.approved_by, v.published_by, v.summary, v.material, v.published_at, "
               "c.title, h.sha256 FROM version v JOIN code c ON c.id = v.code_id "
               "LEFT JOIN published_handbook h ON h.version_id = v.id "
               "ORDER BY v.code_id, v.number"_s);
    if (Status status = q.exec(); !status)
        return status.error();

    CrossCheckFindings found;
    int contentUnrecorded = 0;
    int withoutHandbook = 0;
    while (q.next()) {
        const VersionKey key {q.integer(1), int(q.integer(2))};
        const QString name = u"version %1 of \"%2\""_s.arg(QString::number(key.second),
                                                           domain::escapeForMessage(q.text(11)));
        const auto it = audited.constFind(key);
        if (it == audited.cend() || it->createdRow == 0) {
            found.problems.append(u"%1: no audit log entry records its creation: it was added "
                                  "behind Tenet's back"_s.arg(name));
            continue;
        }
        const AuditedVersion &v = *it;
        const QString state = q.text(3);
        const auto differs = [&](const QString &what, const QString &now, const QString &logged,
                                 qint64 row) {
            if (now != logged)
                found.problems.append(u"%1: its %2 is %3, but the audit log (row %4) recorded "
                                      "%5"_s.arg(name, what, now, QString::number(row), logged));
        };
        if (state != v.state)
            found.problems.append(
                u"%1: its state is %2, but the audit log (row %3) last "
                "recorded %4"_s.arg(name, state, QString::number(v.stateRow), v.state));
        differs(u"author"_s, orNobody(q.text(4)), orNobody(v.author), v.createdRow);
        differs(u"submitter"_s, orNobody(q.text(5)), orNobody(v.submittedBy), v.submittedRow);
        differs(u"approver"_s, orNobody(q.text(6)), orNobody(v.approvedBy), v.approvedRow);
        differs(u"publisher"_s, orNobody(q.text(7)), orNobody(v.publishedBy), v.publishedRow);
        differs(u"summary"_s, u"\"%1\""_s.arg(domain::escapeForMessage(q.text(8))),
                u"\"%1\""_s.arg(domain::escapeForMessage(v.summary)), v.publishedRow);
        const std::optional<bool> material
            = q.isNull(9) ? std::nullopt : std::optional<bool>(q.integer(9) != 0);
        if (material != v.material)
            found.problems.append(
                u"%1: its kind of publication was changed: the audit log (row "
                "%2) recorded it as %3"_s.arg(name, QString::number(v.publishedRow),
                                              !v.material       ? u"unpublished"_s
                                                  : *v.material ? u"material"_s
                                                                : u"editorial"_s));
        if (!v.publishedAt.isEmpty())
            differs(u"publication time"_s, q.text(10), v.publishedAt, v.publishedRow);

        if (v.state != u"draft"_s) {
            if (v.contentSha.isEmpty()) {
                ++contentUnrecorded;
            } else {
                auto content = versionContentHash(db, q.integer(0));
                if (!content)
                    return content.error();
                if (QString::fromLatin1(content->toHex()) != v.contentSha)
                    found.problems.append(
                        u"%1: its content is not what the audit log recorded "
                        "when it left the draft state (row %2): its sections "
                        "were changed or repointed"_s.arg(name, QString::number(v.contentRow)));
            }
        }

        const bool stored = !q.isNull(12);
        const QString storedSha = QString::fromLatin1(q.value(12).toByteArray().toHex());
        if (v.handbookSha && !stored)
            found.problems.append(
                u"%1: its handbook is missing: the audit log (row %2) "
                "recorded one at its publication"_s.arg(name, QString::number(v.publishedRow)));
        else if (v.handbookSha && storedSha != *v.handbookSha)
            found.problems.append(
                u"the handbook stored at the publication of %1 is not the one "
                "the audit log recorded (row %2)"_s.arg(name, QString::number(v.publishedRow)));
        else if (!v.handbookSha && stored)
            found.problems.append(u"%1: a handbook is stored for it, but the audit log recorded "
                                  "none at its publication"_s.arg(name));
        else if (!v.handbookSha && v.publishedRow > 0)
            ++withoutHandbook;
        audited.remove(key);
    }
    for (auto it = audited.cbegin(); it != audited.cend(); ++it) {
        if (it->createdRow == 0)
            continue; // named only as superseded by a version whose own entries went missing
        found.problems.append(u"audit_log row %1: records version %2 of code %3, which the "
                              "database no longer holds: it was deleted"_s.arg(
                                  QString::number(it->createdRow), QString::number(it.key().second),
                                  QString::number(it.key().first)));
    }
    if (contentUnrecorded > 0)
        found.notes.append(u"the content of %1 could not be compared with the audit log: they "
                           "left the draft state before the log recorded content hashes"_s.arg(
                               counted(contentUnrecorded, u"version"_s, u"versions"_s)));
    if (withoutHandbook > 0)
        found.notes.append(u"%1 published without a stored handbook (before Tenet kept them, "
                           "or by a program that gave none): the document people signed cannot "
                           "be produced byte for byte"_s.arg(
                               counted(withoutHandbook, u"version was"_s, u"versions were"_s)));
    return found;
}

} // namespace tenet::storage
