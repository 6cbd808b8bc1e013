#include "checkattemptstore.h"

#include "auditlog.h"
#include "database.h"
#include "scopedtransaction.h"
#include "sqlquery.h"
#include "staffstore.h"
#include "timestamps.h"
#include "versioncheckstore.h"
#include "versionreader.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tenet::storage {

using domain::Error;
using domain::Result;
using domain::Status;

namespace {

const QString selectColumns = u"id, version_id, version_number, employee_no, attempted_at, "
                              "correct, total, score, passed, answers"_s;

CheckAttempt attemptFromRow(const SqlQuery &q)
{
    CheckAttempt attempt;
    attempt.id = q.integer(0);
    attempt.versionId = q.integer(1);
    attempt.versionNumber = int(q.integer(2));
    attempt.employeeNo = q.text(3);
    attempt.attemptedAt = timeFromStored(q.text(4));
    attempt.score.correct = int(q.integer(5));
    attempt.score.total = int(q.integer(6));
    attempt.score.percent = q.value(7).toDouble();
    attempt.score.passed = q.integer(8) != 0;
    const QJsonObject answers = QJsonDocument::fromJson(q.text(9).toUtf8()).object();
    for (auto it = answers.begin(); it != answers.end(); ++it)
        attempt.answers.insert(it.key(), it.value().toInt());
    return attempt;
}

QString answersJson(const QHash<QString, int> &answers)
{
    QJsonObject object;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

CheckAttemptStore::CheckAttemptStore(Database &db) : m_db(db) { }

Result<CheckAttempt> CheckAttemptStore::record(const QString &employeeNo, qint64 versionId,
                                               const QHash<QString, int> &answers,
                                               const domain::Actor &by)
{
    const QSqlDatabase db = m_db.connection();
    ScopedTransaction transaction(db);
    if (!transaction.status())
        return transaction.status().error();

    auto member = StaffStore(m_db).find(employeeNo);
    if (!member)
        return member.error();
    if (!member->active)
        return Error::refused(
            u"%1 (%2) is no longer active"_s.arg(member->employeeNo, member->fullName));
    auto version = VersionReader(m_db).info(versionId);
    if (!version)
        return version.error();
    const domain::VersionInfo &info = *version;
    if (info.state != domain::VersionState::Published)
        return Error::refused(u"version %1 is %2, not in force: only the version in force is "
                              "signed, so only its questions are answered"_s.arg(
                                  QString::number(info.number),
                                  domain::versionStateName(info.state)));
    auto loaded = VersionCheckStore(db).load(versionId);
    if (!loaded)
        return loaded.error();
    const domain::ComprehensionCheck &check = *loaded;
    if (check.isEmpty())
        return Error::refused(
            u"version %1 asks no comprehension questions"_s.arg(info.number));

    CheckAttempt attempt;
    attempt.versionId = versionId;
    attempt.versionNumber = info.number;
    attempt.employeeNo = member->employeeNo;
    attempt.attemptedAt = m_db.now();
    attempt.score = domain::scoreCheck(check, answers);
    attempt.answers = answers;
    SqlQuery insert(db, u"INSERT INTO check_attempt (code_id, version_id, version_number, "
                        "employee_no, attempted_at, correct, total, score, passed, answers) "
                        "VALUES (:code, :version, :number, :no, :at, :correct, :total, :score, "
                        ":passed, :answers) RETURNING id"_s);
    insert.bind(u":code"_s, info.codeId)
        .bind(u":version"_s, versionId)
        .bind(u":number"_s, info.number)
        .bind(u":no"_s, attempt.employeeNo)
        .bind(u":at"_s, storedTime(attempt.attemptedAt))
        .bind(u":correct"_s, attempt.score.correct)
        .bind(u":total"_s, attempt.score.total)
        .bind(u":score"_s, attempt.score.percent)
        .bind(u":passed"_s, attempt.score.passed ? 1 : 0)
        .bind(u":answers"_s, answersJson(answers));
    auto id = insert.execReturningId();
    if (!id)
        return id.error();
    attempt.id = *id;

    if (Status status = AuditLog(m_db).append(
            by, u"check.attempt"_s, u"staff:%1"_s.arg(attempt.employeeNo),
            {{u"version"_s, attempt.versionNumber},
             {u"score"_s, attempt.score.percent},
             {u"passed"_s, attempt.score.passed}});
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return attempt;
}

Result<QList<CheckAttempt>> CheckAttemptStore::attempts(qint64 versionId,
                                                        const QString &employeeNo) const
{
    SqlQuery q(m_db.connection(),
               u"SELECT %1 FROM check_attempt WHERE version_id = :version %2 ORDER BY id"_s.arg(
                   selectColumns, employeeNo.isEmpty() ? QString() : u"AND employee_no = :no"_s));
    q.bind(u":version"_s, versionId);
    if (!employeeNo.isEmpty())
        q.bind(u":no"_s, employeeNo);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<CheckAttempt> found;
    while (q.next())
        found << attemptFromRow(q);
    return found;
}

Result<std::optional<CheckAttempt>> CheckAttemptStore::latestPassed(qint64 versionId,
                                                                    const QString &employeeNo) const
{
    SqlQuery q(m_db.connection(),
               u"SELECT %1 FROM check_attempt WHERE version_id = :version AND employee_no = :no "
               "AND passed = 1 ORDER BY id DESC LIMIT 1"_s.arg(selectColumns));
    q.bind(u":version"_s, versionId).bind(u":no"_s, employeeNo);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return std::optional<CheckAttempt>();
    return std::optional<CheckAttempt>(attemptFromRow(q));
}

} // namespace tenet::storage
