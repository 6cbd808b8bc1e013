#pragma once

#include "domain/result.h"
#include "domain/version.h"
#include "domain/workflow.h"

#include <QByteArray>
#include <QString>

namespace tenet::storage {

class Database;

// A version's way from draft to publication: each step checks the workflow rule on the
// version as it is now, changes it and writes its audit log entry, in one transaction.
class WorkflowStore
{
public:
    explicit WorkflowStore(Database &db);

    // Each returns the version in its new state.
    domain::Result<domain::VersionInfo> submit(qint64 versionId, const domain::Actor &by,
                                               const QString &note = {});
    domain::Result<domain::VersionInfo> sendBack(qint64 versionId, const domain::Actor &by,
                                                 const QString &reason);
    domain::Result<domain::VersionInfo> approve(qint64 versionId, const domain::Actor &by);
    // The version in force until now becomes superseded. `handbookPdf`, when given, is the
    // version's handbook as the caller rendered it: it is kept, with its SHA-256, in the
    // same transaction, so that the document people sign can be produced byte for byte.
    domain::Result<domain::VersionInfo> publish(qint64 versionId, const domain::Actor &by,
                                                bool material, const QString &summary,
                                                const QByteArray &handbookPdf = {});
    domain::Result<domain::VersionInfo> withdraw(qint64 versionId, const domain::Actor &by,
                                                 const QString &reason = {});

private:
    Database &m_db;
};

} // namespace tenet::storage
