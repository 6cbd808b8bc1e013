#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QSqlDatabase>

namespace tenet::storage {

// The SHA-256 that stands for everything a version holds: which stored section it holds
// under each language and key (by the section's own hash) and the hash of its
// comprehension check. Recorded in the audit log when a version leaves the draft state, so
// that verify notices sections repointed to other stored content. docs/integrity.md gives
// the exact text hashed, so that anyone can recompute it.
domain::Result<QByteArray> versionContentHash(const QSqlDatabase &db, qint64 versionId);

} // namespace tenet::storage
