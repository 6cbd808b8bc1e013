#pragma once

#include "domain/result.h"
#include "domain/seal.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

namespace tenet::platform {
class Ed25519Key;
}

namespace tenet::cli {

// Reads an Ed25519 key file (PEM) given to --sign or --key; the error names the file.
domain::Result<platform::Ed25519Key> readKeyFile(const QString &path);

// A seal given to `verify --seal FILE [--key PUB]`, read and, with a key, its signature
// checked; what the database is then compared with.
struct SealFile
{
    QString path;
    QString keyPath; // empty without --key
    domain::Seal seal;
    bool signatureChecked = false;
};

// Reads the seal and, with a key, checks its signature, before the database is compared
// with it. A seal that cannot be read is Invalid (exit 2); a damaged one, one whose
// signature does not verify with the key, or an unsigned one when a key is given, is
// refused as an Integrity failure (exit 4): nothing in it can be trusted.
domain::Result<SealFile> readSealFile(const QString &sealPath, const QString &keyPath);

// verify's line for a database that continues the seal, and what it says about the
// signature.
QString sealConfirmation(const SealFile &file);

// The "seal" member of `verify --json`.
nlohmann::ordered_json sealJson(const SealFile &file, const QStringList &problems);

} // namespace tenet::cli
