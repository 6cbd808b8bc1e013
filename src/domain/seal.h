#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace tenet::domain {

// The head of one hash chain when it was sealed: its last row's seq and hash. An empty
// chain has seq 0 and the 32 zero bytes every chain starts from.
struct SealedChain
{
    QString table; // "audit_log", "acknowledgement"
    qint64 seq = 0;
    QByteArray hash;

    friend bool operator==(const SealedChain &, const SealedChain &) = default;
};

// A version that had been published (in force or since superseded) when the seal was made.
struct SealedVersion
{
    qint64 codeId = 0;
    int number = 0;
    QByteArray contentHash; // what the version holds (storage::versionContentHash)
    QByteArray handbookHash; // SHA-256 of its stored handbook; empty when it has none

    friend bool operator==(const SealedVersion &, const SealedVersion &) = default;
};

// How many rows of a kind of record the database held; none of them is ever removed.
struct SealedCount
{
    QString name; // "signatures", "audit_entries", ...
    qint64 value = 0;

    friend bool operator==(const SealedCount &, const SealedCount &) = default;
};

// A small statement of what a database held at one moment, to be kept outside it: the
// heads of its hash chains, the hashes of its published versions and its counts. A later
// database is a continuation of the sealed one when all of these are still there as sealed
// (counts may only grow). docs/integrity.md describes the text, line by line.
struct Seal
{
    QDateTime madeAt; // UTC, whole seconds
    QList<SealedChain> chains;
    QList<SealedVersion> versions;
    QList<SealedCount> counts;
    QByteArray signedBy; // SHA-256 of the signer's raw Ed25519 public key; empty: unsigned

    friend bool operator==(const Seal &, const Seal &) = default;
};

// The lines the seal's SHA-256 (and its signature) cover, each ending in a line feed.
QByteArray sealBody(const Seal &seal);

// The whole statement in UTF-8: the body, the line with its SHA-256 and, when a signature
// is given, the signature line.
QByteArray sealText(const Seal &seal, const QByteArray &signature = {});

// "2026-12-02T08:00:00Z": how a seal names its moment, in its text and in messages.
QString sealTime(const QDateTime &when);

// A seal read back from its text, with the exact bytes its SHA-256 and signature cover.
struct SealStatement
{
    Seal seal;
    QByteArray body;
    QByteArray signature; // the raw Ed25519 signature; empty when unsigned
};

// Reads a seal. Text that is not a seal, or not one this Tenet reads, is Invalid and names
// the line. A seal cut short, one whose SHA-256 does not match its text, or one that names
// a signing key but carries no signature is refused as damaged (Integrity). Carriage
// returns before line feeds are ignored, so that a seal that went through Windows or a
// mail program still reads.
Result<SealStatement> readSeal(const QByteArray &text, const QString &where);

// What a continuation of the sealed database cannot explain, one sentence each: a sealed
// published version that is no longer published, or whose content or handbook changed,
// and a count that went down. The chains are compared by the storage layer, which can look
// up the sealed rows (storage::checkSeal).
QStringList sealedContentProblems(const Seal &sealed, const Seal &now);

} // namespace tenet::domain
