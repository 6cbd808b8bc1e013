#include "versionrows.h"

#include "contentstore.h"
#include "database.h"
#include "sqlquery.h"
#include "timestamps.h"
#include "versioncheckstore.h"

#include <algorithm>

namespace tenet::storage {

using domain::CodeContent;
using domain::Error;
using domain::Result;
using domain::Section;
using domain::Status;
using domain::Version;
using domain::VersionInfo;

namespace {

const QString versionColumns = QStringLiteral(
    "id, code_id, number, state, author, submitted_by, approved_by, published_by, created_at, "
    "submitted_at, approved_at, published_at, material, summary, revision");

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

} // namespace

QString openVersionCondition()
{
    return QStringLiteral("state IN ('draft', 'in_review', 'approved')");
}

Result<QList<VersionInfo>> queryVersions(Database &db, const QString &condition,
                                         const QString &placeholder, const QVariant &value,
                                         const QString &lock)
{
    SqlQuery q(db.connection(),
               QStringLiteral("SELECT %1 FROM version WHERE %2 ORDER BY number%3")
                   .arg(versionColumns, condition, lock));
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

Result<std::optional<VersionInfo>> firstVersion(const Result<QList<VersionInfo>> &infos)
{
    if (!infos)
        return infos.error();
    if (infos->isEmpty())
        return std::optional<VersionInfo>();
    return std::optional<VersionInfo>(infos->first());
}

Result<VersionInfo> versionInfo(Database &db, qint64 versionId, const QString &lock)
{
    auto infos
        = queryVersions(db, QStringLiteral("id = :id"), QStringLiteral(":id"), versionId, lock);
    if (!infos)
        return infos.error();
    if (infos->isEmpty())
        return Error::notFound(QStringLiteral("there is no version with id %1").arg(versionId));
    return infos->first();
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

Result<Version> readVersion(Database &db, qint64 versionId)
{
    const QSqlDatabase connection = db.connection();
    auto found = versionInfo(db, versionId);
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

QString versionSubject(const VersionInfo &info)
{
    return QStringLiteral("code:%1/version:%2").arg(info.codeId).arg(info.number);
}

QString describeVersion(const VersionInfo &info)
{
    return QStringLiteral("version %1 (%2)").arg(info.number).arg(versionStateName(info.state));
}

} // namespace tenet::storage
