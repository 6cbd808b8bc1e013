#include "workflowstore.h"

#include "auditlog.h"
#include "database.h"
#include "domain/contentrules.h"
#include "scopedtransaction.h"
#include "sectionreviewstore.h"
#include "sqlquery.h"
#include "timestamps.h"
#include "versionfingerprint.h"
#include "versionreader.h"
#include "versionrows.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace tenet::storage {

using domain::Actor;
using domain::Error;
using domain::Result;
using domain::Status;
using domain::VersionInfo;
using domain::WorkflowAction;

namespace {

QString listOfProblems(const QList<Error> &errors)
{
    QStringList lines;
    for (const Error &error : errors)
        lines.append(error.toString());
    return lines.join(QStringLiteral("; "));
}

// One workflow step as one transaction: check the rules on the version as it is now, change
// it, record it in the audit log.
Result<VersionInfo> runStep(Database &db, qint64 versionId, WorkflowAction action, const Actor &by,
                            const QString &auditAction, QJsonObject detail,
                            const std::function<Status(const VersionInfo &, QJsonObject &)> &change)
{
    ScopedTransaction transaction(db.connection());
    if (!transaction.status())
        return transaction.status().error();
    auto current = versionInfo(db, versionId);
    if (!current)
        return current.error();
    if (Status status = domain::checkWorkflowAction(action, *current, by); !status)
        return status.error();
    if (Status status = change(*current, detail); !status)
        return status.error();
    detail.insert(QStringLiteral("number"), current->number);
    // Every step but sending back leaves the content frozen: the log keeps what it was, so
    // that verify notices sections repointed later.
    if (action != WorkflowAction::SendBack) {
        auto content = versionContentHash(db.connection(), versionId);
        if (!content)
            return content.error();
        detail.insert(QStringLiteral("content_sha256"), QString::fromLatin1(content->toHex()));
    }
    if (Status status = AuditLog(db).append(by, auditAction, versionSubject(*current), detail);
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return versionInfo(db, versionId);
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

WorkflowStore::WorkflowStore(Database &db) : m_db(db) { }

Result<VersionInfo> WorkflowStore::submit(qint64 versionId, const Actor &by, const QString &note)
{
    QJsonObject detail;
    if (!note.isEmpty())
        detail.insert(QStringLiteral("note"), note);
    return runStep(m_db, versionId, WorkflowAction::Submit, by, QStringLiteral("version.submit"),
                   detail, [&](const VersionInfo &current, QJsonObject &) -> Status {
                       // What goes to review must be a complete, well-formed code.
                       auto version = readVersion(m_db, versionId);
                       if (!version)
                           return version.error();
                       const QList<Error> problems = domain::checkContentRules(version->content);
                       if (!problems.isEmpty())
                           return Error::refused(
                               QStringLiteral("cannot submit %1: its content breaks %2 rule(s): %3")
                                   .arg(describeVersion(current))
                                   .arg(problems.size())
                                   .arg(listOfProblems(problems)));
                       return updateVersion(
                           m_db, versionId,
                           QStringLiteral("state = 'in_review', submitted_by = "
                                          ":by, submitted_at = :at"),
                           {{QStringLiteral(":by"), by.id}, {QStringLiteral(":at"), storedTime(m_db.now())}});
                   });
}

Result<VersionInfo> WorkflowStore::sendBack(qint64 versionId, const Actor &by,
                                            const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error::invalid(
            QStringLiteral("reason"),
            QStringLiteral("sending a version back needs a reason for its author"));
    return runStep(m_db, versionId, WorkflowAction::SendBack, by,
                   QStringLiteral("version.send_back"), {{QStringLiteral("reason"), reason}},
                   [&](const VersionInfo &, QJsonObject &) {
                       return updateVersion(m_db, versionId,
                                            QStringLiteral("state = 'draft', submitted_by = NULL, "
                                                           "submitted_at = NULL"),
                                            {});
                   });
}

Result<VersionInfo> WorkflowStore::approve(qint64 versionId, const Actor &by)
{
    return runStep(m_db, versionId, WorkflowAction::Approve, by, QStringLiteral("version.approve"),
                   {}, [&](const VersionInfo &, QJsonObject &) {
                       return updateVersion(
                           m_db, versionId,
                           QStringLiteral("state = 'approved', approved_by = :by, "
                                          "approved_at = :at"),
                           {{QStringLiteral(":by"), by.id}, {QStringLiteral(":at"), storedTime(m_db.now())}});
                   });
}

Result<VersionInfo> WorkflowStore::publish(qint64 versionId, const Actor &by, bool material,
                                           const QString &summary, const QByteArray &handbookPdf)
{
    if (summary.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("summary"),
                              QStringLiteral("a publication needs a summary of what changed"));
    return runStep(
        m_db, versionId, WorkflowAction::Publish, by, QStringLiteral("version.publish"),
        {{QStringLiteral("material"), material}, {QStringLiteral("summary"), summary}},
        [&](const VersionInfo &current, QJsonObject &detail) -> Status {
            auto inForce = VersionReader(m_db).inForce(current.codeId);
            if (!inForce)
                return inForce.error();
            const std::optional<VersionInfo> &previous = *inForce;
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
            const QDateTime publishedAt = m_db.now();
            if (Status status
                = updateVersion(m_db, versionId,
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
            detail.insert(QStringLiteral("published_at"), storedTime(publishedAt));
            // Publishing a changed section counts as its review.
            auto reviewed = SectionReviewStore(m_db).recordPublication(
                current.codeId, versionId, current.number,
                previous ? std::optional<qint64>(previous->id) : std::nullopt, publishedAt, by);
            if (!reviewed)
                return reviewed.error();
            QJsonArray reviews;
            for (domain::SectionKey key : *reviewed)
                reviews.append(domain::sectionKeyName(key));
            detail.insert(QStringLiteral("reviews"), reviews);
            return {};
        });
}

Result<VersionInfo> WorkflowStore::withdraw(qint64 versionId, const Actor &by,
                                            const QString &reason)
{
    QJsonObject detail;
    if (!reason.isEmpty())
        detail.insert(QStringLiteral("reason"), reason);
    return runStep(
        m_db, versionId, WorkflowAction::Withdraw, by, QStringLiteral("version.withdraw"), detail,
        [&](const VersionInfo &, QJsonObject &) {
            return updateVersion(m_db, versionId, QStringLiteral("state = 'withdrawn'"), {});
        });
}

} // namespace tenet::storage
