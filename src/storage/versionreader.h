#pragma once

#include "domain/result.h"
#include "domain/version.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace tenet::storage {

class Database;

// Reads of a code's versions. A read that cannot be made is an error, never an empty answer:
// "there is none" is an empty list or optional, "the database could not say" is an Error.
class VersionReader
{
public:
    explicit VersionReader(Database &db);

    domain::Result<domain::Version> load(qint64 versionId) const;
    domain::Result<domain::VersionInfo> info(qint64 versionId) const;
    // The version as info() reads it, kept from changing until the caller's write
    // transaction ends: a publication that would supersede it waits for that end.
    domain::Result<domain::VersionInfo> infoHeld(qint64 versionId) const;
    domain::Result<domain::VersionInfo> versionByNumber(qint64 codeId, int number) const;
    domain::Result<QList<domain::VersionInfo>> versions(qint64 codeId) const; // by number
    domain::Result<std::optional<domain::VersionInfo>> inForce(qint64 codeId) const;
    domain::Result<std::optional<domain::VersionInfo>> openVersion(qint64 codeId) const;

    // The handbook stored when the version was published, exactly as it was; NotFound when
    // none was (a version published without one, or before Tenet kept them).
    domain::Result<QByteArray> publishedHandbook(qint64 versionId) const;

private:
    Database &m_db;
};

} // namespace tenet::storage
