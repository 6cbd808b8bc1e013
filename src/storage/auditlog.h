#pragma once

#include "domain/result.h"
#include "domain/workflow.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tenet::storage {

class Database;
struct ChainReport;

// One change of state: who did what to which thing, and when.
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at; // UTC
    QString actor; // employee number, or "os:NAME"
    QString action; // "version.publish", "staff.add", "code.create", ...
    QString subject; // "code:1/version:3", "staff:M001", ...
    QString detail; // JSON object text
    QByteArray prevHash;
    QByteArray hash;
};

// The append-only, hash-chained record of every change of state in the database.
class AuditLog
{
public:
    explicit AuditLog(Database &db);

    domain::Result<QList<AuditEntry>> entries() const;

    // Recomputes the chain; the report names the first row that was edited, deleted or
    // moved.
    domain::Result<ChainReport> verify() const;

    // For the stores of this library: appends one entry inside the caller's transaction.
    domain::Status append(const domain::Actor &actor, const QString &action, const QString &subject,
                          const QJsonObject &detail = {}) const;

private:
    Database &m_db;
};

} // namespace tenet::storage
