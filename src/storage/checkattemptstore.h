#pragma once

#include "domain/comprehensioncheck.h"
#include "domain/result.h"
#include "domain/workflow.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace tenet::storage {

class Database;

// One attempt at a version's comprehension check, as recorded.
struct CheckAttempt
{
    qint64 id = 0;
    qint64 versionId = 0;
    int versionNumber = 0;
    QString employeeNo;
    QDateTime attemptedAt; // UTC
    domain::CheckScore score;
    QHash<QString, int> answers; // question id -> index of the chosen choice
};

// Attempts at the comprehension checks: scored here against the stored questions, never
// taken on the caller's word, and kept, failed ones too, as a record.
class CheckAttemptStore
{
public:
    explicit CheckAttemptStore(Database &db);

    // Scores the answers against the version's check and records the attempt, in one
    // transaction with its audit log entry. Refused when the version is not in force or asks
    // no questions, or the person is inactive.
    domain::Result<CheckAttempt> record(const QString &employeeNo, qint64 versionId,
                                        const QHash<QString, int> &answers,
                                        const domain::Actor &by);

    // The attempts at the version's check, oldest first: one person's, or everyone's when
    // no employee number is given.
    domain::Result<QList<CheckAttempt>> attempts(qint64 versionId,
                                                 const QString &employeeNo = {}) const;
    // Their latest passed attempt, which lets them sign.
    domain::Result<std::optional<CheckAttempt>> latestPassed(qint64 versionId,
                                                             const QString &employeeNo) const;

private:
    Database &m_db;
};

} // namespace tenet::storage
