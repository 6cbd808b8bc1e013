#pragma once

#include "domain/result.h"
#include "domain/version.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace tenet::storage {

class Database;

// What the version stores share: reading rows of the version table, and naming a version in
// messages and audit subjects. Internal to src/storage.

// The condition, on the version table, of a version that is still open (not yet published,
// superseded or withdrawn).
QString openVersionCondition();

// The versions matching a condition on the version table, with one bound value, by number;
// LOCK (Dialect::rowLockClause) ends the query.
domain::Result<QList<domain::VersionInfo>> queryVersions(Database &db, const QString &condition,
                                                         const QString &placeholder,
                                                         const QVariant &value,
                                                         const QString &lock = {});
// The first of them: none is an empty optional, a failed read an error.
domain::Result<std::optional<domain::VersionInfo>>
firstVersion(const domain::Result<QList<domain::VersionInfo>> &infos);

// One version's row; NotFound when there is none.
domain::Result<domain::VersionInfo> versionInfo(Database &db, qint64 versionId,
                                                const QString &lock = {});
domain::Result<QString> versionLanguage(const QSqlDatabase &db, qint64 versionId);
// The version with its content, read inside the caller's transaction.
domain::Result<domain::Version> readVersion(Database &db, qint64 versionId);

QString versionSubject(const domain::VersionInfo &info); // "code:1/version:2"
QString describeVersion(const domain::VersionInfo &info); // "version 2 (draft)"

} // namespace tenet::storage
