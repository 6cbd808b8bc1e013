#pragma once

#include "domain/comprehensioncheck.h"
#include "domain/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace tenet::storage {

// The comprehension check of each version, kept beside its sections and frozen with them.
// Used by VersionStore inside its transactions.
class VersionCheckStore
{
public:
    explicit VersionCheckStore(const QSqlDatabase &db);

    // Stores the version's check, replacing the one it had; an empty check removes it.
    domain::Status store(qint64 versionId, const QString &language,
                         const domain::ComprehensionCheck &check) const;
    // The version's check, in the language the version is written in; an empty one when it
    // asks no questions.
    domain::Result<domain::ComprehensionCheck> load(qint64 versionId) const;
    // Gives the draft the same check as the version it starts from.
    domain::Status copy(qint64 fromVersionId, qint64 toVersionId) const;

    // The stored checks whose text no longer matches the SHA-256 kept with them.
    domain::Result<QStringList> verifyHashes() const;

private:
    QSqlDatabase m_db;
};

} // namespace tenet::storage
