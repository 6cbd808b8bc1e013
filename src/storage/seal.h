#pragma once

#include "domain/result.h"
#include "domain/seal.h"

#include <QDateTime>
#include <QStringList>

namespace tenet::storage {

class Database;

// The hash-chained tables whose heads a seal records. A schema step that chains another
// table adds it here (a storage test fails until it does).
QStringList sealedChainTables();

// The database as it is now, sealed at `madeAt` (to the second): the head of every chain,
// the content and handbook hashes of every version ever published, and the counts of the
// records that are never removed. Read in one snapshot; nothing is written.
domain::Result<domain::Seal>
sealDatabase(Database &db, const QDateTime &madeAt = QDateTime::currentDateTimeUtc());

// What makes the database not a continuation of the sealed one, one sentence each; empty
// when it is one. Each sealed chain must still hold, at the sealed seq, a row with the
// sealed hash, and every later row must link to the one before it; then
// domain::sealedContentProblems compares the versions and the counts. Whether each row's
// content matches its hash is verifyDatabase's check, which `verify --seal` runs too.
domain::Result<QStringList> checkSeal(Database &db, const domain::Seal &sealed);

} // namespace tenet::storage
