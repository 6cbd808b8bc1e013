#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace tenet::storage {

// One audit log entry as verify reads it: its detail parsed.
struct AuditRecord
{
    qint64 seq = 0;
    QString actor;
    QString action;
    QString subject;
    QJsonObject detail;
};

// The audit log, read once for verify's cross-checks, which compare the tables with what
// the log recorded as each change happened.
class AuditTrail
{
public:
    static domain::Result<AuditTrail> load(const QSqlDatabase &db);

    const QList<AuditRecord> &entries() const { return m_entries; }

private:
    QList<AuditRecord> m_entries;
};

// What a cross-check found: problems (forgeries or damage) and notes (checks that entries
// written before the audit log recorded what they compare could not make).
struct CrossCheckFindings
{
    QStringList problems;
    QStringList notes;
};

// "A001", "A001 and M001", "A001, M001 and S001": people named in one sentence.
QString listInWords(const QStringList &items);
// "1 signature", "3 signatures".
QString counted(qsizetype n, const QString &one, const QString &many);

} // namespace tenet::storage
