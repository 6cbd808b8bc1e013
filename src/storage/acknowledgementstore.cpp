#include "acknowledgementstore.h"

#include "auditlog.h"
#include "checkattemptstore.h"
#include "codestore.h"
#include "database.h"
#include "domain/acknowledgementrules.h"
#include "domain/organisationdate.h"
#include "domain/passwordhash.h"
#include "domain/signingrules.h"
#include "readingprogressstore.h"
#include "scopedtransaction.h"
#include "sqlquery.h"
#include "staffstore.h"
#include "timestamps.h"
#include "versioncheckstore.h"
#include "versionreader.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tenet::storage {

using domain::Acknowledgement;
using domain::Error;
using domain::Result;
using domain::Status;

namespace {

const QString selectColumns
    = u"seq, code_id, version_id, version_number, employee_no, "
      "printed_name, typed_name, signed_at, meaning, quiz_score, hash, paper_record"_s;

Acknowledgement fromRow(const SqlQuery &q)
{
    Acknowledgement a;
    a.seq = q.integer(0);
    a.codeId = q.integer(1);
    a.versionId = q.integer(2);
    a.versionNumber = int(q.integer(3));
    a.employeeNo = q.text(4);
    a.printedName = q.text(5);
    a.typedName = q.text(6);
    a.signedAt = timeFromStored(q.text(7));
    a.meaning = q.text(8);
    if (!q.isNull(9))
        a.quizScore = q.value(9).toDouble();
    a.ledgerHash = q.value(10).toByteArray();
    if (!q.isNull(11))
        a.paperRecord = q.text(11);
    return a;
}

QString describeAudience(const domain::Code &code)
{
    QStringList parts;
    if (!code.audienceTeams.isEmpty())
        parts << u"the teams %1"_s.arg(code.audienceTeams.join(u", "_s));
    if (!code.audienceRoles.isEmpty())
        parts << u"the roles %1"_s.arg(code.audienceRoles.join(u", "_s));
    return parts.join(u" and "_s);
}

// The published versions of a code as the acknowledgement rules see them.
Result<QList<domain::Publication>> publications(const QSqlDatabase &db, qint64 codeId)
{
    SqlQuery q(db,
               u"SELECT number, published_at, material FROM version WHERE code_id = :code "
               "AND state IN ('published', 'superseded') ORDER BY number"_s);
    q.bind(u":code"_s, codeId);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<domain::Publication> list;
    while (q.next())
        list.append({int(q.integer(0)), domain::organisationDate(timeFromStored(q.text(1))),
                     q.isNull(2) || q.integer(2) != 0});
    return list;
}

// The comprehension score the signature records. When the version asks questions, the
// person must have passed them: by an attempt recorded here, or, for records moved from
// paper, a score given with the signature that reaches the pass mark. Without questions, a
// score given is recorded as it is.
Result<std::optional<double>> checkOutcome(Database &db, const SignRequest &request,
                                           const domain::VersionInfo &version)
{
    auto check = VersionCheckStore(db.connection()).load(version.id);
    if (!check)
        return check.error();
    if (check->isEmpty())
        return request.quizScore;
    if (request.quizScore) {
        if (*request.quizScore + 1e-9 < check->passMark)
            return Error::refused(u"a comprehension score of %1% does not reach version %2's "
                                  "pass mark of %3%; nothing was signed"_s.arg(
                                      QString::number(*request.quizScore),
                                      QString::number(version.number),
                                      QString::number(check->passMark)));
        return request.quizScore;
    }
    auto found = CheckAttemptStore(db).latestPassed(version.id, request.employeeNo);
    if (!found)
        return found.error();
    const std::optional<CheckAttempt> &passed = *found;
    if (!passed)
        return Error::refused(u"version %1 must be preceded by its comprehension check (%2, "
                              "pass mark %3%), and %4 has not passed it yet"_s.arg(
                                  QString::number(version.number),
                                  check->questions.size() == 1
                                      ? u"1 question"_s
                                      : u"%1 questions"_s.arg(check->questions.size()),
                                  QString::number(check->passMark), request.employeeNo));
    return std::optional<double>(passed->score.percent);
}

} // namespace

AcknowledgementStore::AcknowledgementStore(Database &db) : m_db(db) { }

Result<QStringList> AcknowledgementStore::verifyLatest() const
{
    // Both directions: a summary row that is not the person's latest signature, and a
    // person with signatures but no summary row.
    // IS DISTINCT FROM, the null-safe comparison SQLite (3.39 on) and PostgreSQL both read.
    SqlQuery q(m_db.connection(),
               u"SELECT l.employee_no FROM acknowledgement_latest l "
               "LEFT JOIN acknowledgement a ON a.seq = l.seq "
               "WHERE a.seq IS NULL OR a.code_id IS DISTINCT FROM l.code_id "
               "OR a.employee_no IS DISTINCT FROM l.employee_no "
               "OR a.version_number IS DISTINCT FROM l.version_number "
               "OR a.signed_at IS DISTINCT FROM l.signed_at "
               "OR l.seq IS DISTINCT FROM (SELECT max(seq) FROM "
               "acknowledgement WHERE code_id = l.code_id AND employee_no = l.employee_no) "
               "UNION SELECT DISTINCT a.employee_no FROM acknowledgement a "
               "WHERE NOT EXISTS (SELECT 1 FROM acknowledgement_latest l "
               "WHERE l.code_id = a.code_id AND l.employee_no = a.employee_no) "
               "ORDER BY 1"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    QStringList people;
    while (q.next())
        people << q.text(0);
    if (people.isEmpty())
        return QStringList();
    const qsizetype shown = std::min<qsizetype>(people.size(), 10);
    return QStringList {u"the summary of latest signatures disagrees with the acknowledgement "
                        "ledger for %1 (%2%3); it is derived data and was changed by hand"_s.arg(
                            people.size() == 1 ? u"1 person"_s : u"%1 people"_s.arg(people.size()),
                            people.mid(0, shown).join(u", "_s),
                            people.size() > shown ? u", ..."_s : QString())};
}

QString AcknowledgementStore::table()
{
    return u"acknowledgement"_s;
}

QStringList AcknowledgementStore::optionalColumns()
{
    return {u"paper_record"_s};
}

QStringList AcknowledgementStore::contentColumns()
{
    return {u"code_id"_s,     u"version_id"_s,   u"version_number"_s,
            u"employee_no"_s, u"printed_name"_s, u"typed_name"_s,
            u"signed_at"_s,   u"meaning"_s,      u"quiz_score"_s};
}

Result<Acknowledgement> AcknowledgementStore::sign(const SignRequest &request,
                                                   const domain::Actor &by)
{
    if (request.typedName.trimmed().isEmpty())
        return Error::invalid(u"name"_s, u"type your full name to sign"_s);
    if (request.quizScore && !(*request.quizScore >= 0 && *request.quizScore <= 100))
        return Error::invalid(
            u"quiz score"_s, u"%1 is not a percentage between 0 and 100"_s.arg(*request.quizScore));

    StaffStore staff(m_db);
    auto member = staff.find(request.employeeNo);
    if (!member)
        return member.error();
    if (!member->active)
        return Error::refused(u"%1 (%2) is no longer active and cannot sign"_s.arg(
            member->employeeNo, member->fullName));
    // The PIN is checked before the write lock is taken: its hash is slow on purpose.
    if (request.pin) {
        SqlQuery secret(m_db.connection(),
                        u"SELECT secret_hash FROM staff WHERE employee_no = :no"_s);
        secret.bind(u":no"_s, request.employeeNo);
        if (Status status = secret.execSingle(
                u"no staff member has the employee number %1"_s.arg(request.employeeNo));
            !status)
            return status.error();
        if (secret.text(0).isEmpty())
            return Error::refused(
                u"%1 has no PIN yet; a manager can set one"_s.arg(request.employeeNo));
        if (!domain::verifySecret(*request.pin, secret.text(0)))
            return Error::refused(
                u"the PIN is not %1's; nothing was signed"_s.arg(request.employeeNo));
    }

    const QSqlDatabase db = m_db.connection();
    ScopedTransaction transaction(db);
    if (!transaction.status())
        return transaction.status().error();

    // Held until the signature commits: on a server, writers run side by side (SQLite's take
    // turns), and a publication committed between this check and that commit would leave a
    // signature of a version already superseded. The publication waits instead, and one
    // that came first is seen here.
    const VersionReader versions(m_db);
    auto version = versions.infoHeld(request.versionId);
    if (!version)
        return version.error();
    auto code = CodeStore(m_db).code(version->codeId);
    if (!code)
        return code.error();
    if (version->state != domain::VersionState::Published) {
        auto found = versions.inForce(version->codeId);
        if (!found)
            return found.error();
        const std::optional<domain::VersionInfo> &inForce = *found;
        return Error::refused(u"version %1 of \"%2\" is %3, not in force; %4"_s.arg(
            QString::number(version->number), code->title, domain::versionStateName(version->state),
            inForce ? u"sign version %1"_s.arg(inForce->number)
                    : u"nothing has been published yet"_s));
    }
    // As it is inside the transaction, and held: a second signature of the same person
    // waits here until this one commits, then finds it below and is refused as on SQLite.
    member = staff.findHeld(request.employeeNo);
    if (!member)
        return member.error();
    if (!member->active)
        return Error::refused(u"%1 (%2) is no longer active and cannot sign"_s.arg(
            member->employeeNo, member->fullName));
    if (!domain::isInAudience(*code, *member))
        return Error::refused(u"%1 (%2) is not in the audience of \"%3\", which is for %4"_s.arg(
            member->employeeNo, member->fullName, code->title, describeAudience(*code)));
    auto progress = ReadingProgressStore(m_db).progress(version->id, member->employeeNo);
    if (!progress)
        return progress.error();
    if (Status vouched = domain::checkSignatureEvidence(
            {member->employeeNo, version->number, request.pin.has_value(), request.paperRecord,
             by.role, request.quizScore.has_value(), progress->opened, progress->sections});
        !vouched)
        return vouched.error();
    auto quizScore = checkOutcome(m_db, request, *version);
    if (!quizScore)
        return quizScore.error();
    if (!domain::namesMatch(request.typedName, member->fullName))
        return Error::refused(u"the name typed, \"%1\", is not the name on the roster for %2; "
                              "type the full name as the roster has it"_s.arg(
                                  request.typedName.trimmed(), member->employeeNo));

    const QDateTime now = m_db.now();
    SqlQuery signedBefore(db,
                          u"SELECT signed_at FROM acknowledgement WHERE version_id = :version "
                          "AND employee_no = :no ORDER BY seq DESC LIMIT 1"_s);
    signedBefore.bind(u":version"_s, version->id).bind(u":no"_s, member->employeeNo);
    if (Status status = signedBefore.exec(); !status)
        return status.error();
    if (signedBefore.next()) {
        const QDateTime at = timeFromStored(signedBefore.text(0));
        const QDate expiry = domain::signatureExpiry(*code, domain::organisationDate(at));
        if (!expiry.isValid() || domain::organisationToday(now) < expiry)
            return Error::refused(u"%1 already signed version %2 of \"%3\" on %4; %5"_s.arg(
                member->employeeNo, QString::number(version->number), code->title,
                at.toString(Qt::ISODate),
                expiry.isValid()
                    ? u"that signature expires on %1"_s.arg(expiry.toString(Qt::ISODate))
                    : u"one signature of a version is enough"_s));
    }

    Acknowledgement ack;
    ack.codeId = code->id;
    ack.versionId = version->id;
    ack.versionNumber = version->number;
    ack.employeeNo = member->employeeNo;
    ack.printedName = member->fullName;
    ack.typedName = request.typedName.trimmed();
    ack.signedAt = now;
    ack.meaning = domain::acknowledgementMeaning(version->number, code->title);
    ack.quizScore = *quizScore;
    if (request.paperRecord)
        ack.paperRecord = request.paperRecord->trimmed();
    const HashChain chain(db, table(), contentColumns(), optionalColumns());
    auto seq = chain.append(
        {ack.codeId, ack.versionId, ack.versionNumber, ack.employeeNo, ack.printedName,
         ack.typedName, storedTime(ack.signedAt), ack.meaning,
         ack.quizScore ? QVariant(*ack.quizScore) : QVariant(QMetaType::fromType<double>()),
         ack.paperRecord ? QVariant(*ack.paperRecord) : QVariant(QMetaType::fromType<QString>())});
    if (!seq)
        return seq.error();
    ack.seq = *seq;
    SqlQuery stored(db, u"SELECT hash FROM acknowledgement WHERE seq = :seq"_s);
    stored.bind(u":seq"_s, ack.seq);
    if (Status status = stored.execSingle(u"the new signature was not stored"_s); !status)
        return status.error();
    ack.ledgerHash = stored.value(0).toByteArray();

    // The row's hash binds the entry to exactly this row: verify tells a row forged in its
    // place from the one written, whatever hashes the ledger was rechained with.
    QJsonObject detail {{u"seq"_s, ack.seq},
                        {u"version"_s, ack.versionNumber},
                        {u"pin_checked"_s, request.pin.has_value()},
                        {u"ledger_hash"_s, QString::fromLatin1(ack.ledgerHash.toHex())}};
    if (ack.paperRecord)
        detail.insert(u"paper_record"_s, *ack.paperRecord);
    if (ack.quizScore)
        detail.insert(u"quiz_score"_s, *ack.quizScore);
    if (Status status = AuditLog(m_db).append(by, u"acknowledgement.sign"_s,
                                              u"staff:%1"_s.arg(ack.employeeNo), detail);
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return ack;
}

Result<QList<Acknowledgement>> AcknowledgementStore::list(qint64 codeId, const QString &employeeNo,
                                                          std::optional<int> versionNumber) const
{
    QString sql = u"SELECT %1 FROM acknowledgement WHERE code_id = :code"_s.arg(selectColumns);
    if (!employeeNo.isEmpty())
        sql += u" AND employee_no = :no"_s;
    if (versionNumber)
        sql += u" AND version_number = :number"_s;
    SqlQuery q(m_db.connection(), sql + u" ORDER BY seq"_s);
    q.bind(u":code"_s, codeId);
    if (!employeeNo.isEmpty())
        q.bind(u":no"_s, employeeNo);
    if (versionNumber)
        q.bind(u":number"_s, *versionNumber);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<Acknowledgement> list;
    while (q.next())
        list.append(fromRow(q));
    return list;
}

Result<std::optional<Acknowledgement>> AcknowledgementStore::latest(qint64 codeId,
                                                                    const QString &employeeNo) const
{
    SqlQuery q(m_db.connection(),
               u"SELECT %1 FROM acknowledgement WHERE code_id = :code AND employee_no = :no "
               "ORDER BY seq DESC LIMIT 1"_s.arg(selectColumns));
    q.bind(u":code"_s, codeId).bind(u":no"_s, employeeNo);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return std::optional<Acknowledgement>();
    return std::optional<Acknowledgement>(fromRow(q));
}

Result<QList<LatestSignature>> AcknowledgementStore::latestOfVersions(qint64 codeId, int from,
                                                                      int to) const
{
    // The summary row is the latest signature; only when it is of a version after `to`
    // (a report on a version no longer in force) is the ledger asked, one index step per
    // version in the range: its signatures of later versions are never read.
    SqlQuery q(m_db.connection(),
               u"SELECT a.employee_no, a.version_number, a.signed_at, a.paper_record "
               "FROM acknowledgement_latest l JOIN acknowledgement a ON a.seq = "
               "CASE WHEN l.version_number <= :to_latest THEN l.seq ELSE "
               "(SELECT max(b.seq) FROM acknowledgement b WHERE b.employee_no = l.employee_no "
               "AND b.version_id IN (SELECT v.id FROM version v WHERE v.code_id = :code_range "
               "AND v.number BETWEEN :from_range AND :to_range)) END "
               "WHERE l.code_id = :code AND a.version_number >= :from "
               "ORDER BY l.employee_no"_s);
    q.bind(u":to_latest"_s, to)
        .bind(u":code_range"_s, codeId)
        .bind(u":from_range"_s, from)
        .bind(u":to_range"_s, to)
        .bind(u":code"_s, codeId)
        .bind(u":from"_s, from);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<LatestSignature> list;
    while (q.next()) {
        LatestSignature signature {q.text(0), int(q.integer(1)), timeFromStored(q.text(2)), {}};
        if (!q.isNull(3))
            signature.paperRecord = q.text(3);
        list.append(std::move(signature));
    }
    return list;
}

Result<bool> AcknowledgementStore::hasSignedInForce(qint64 codeId, const QString &employeeNo,
                                                    const QDate &today) const
{
    ScopedTransaction snapshot(m_db.connection(), ScopedTransaction::Mode::Read);
    if (!snapshot.status())
        return snapshot.status().error();
    auto code = CodeStore(m_db).code(codeId);
    if (!code)
        return code.error();
    auto published = publications(m_db.connection(), codeId);
    if (!published)
        return published.error();
    const std::optional<domain::Publication> baseline = domain::signatureBaseline(*published);
    if (!baseline)
        return false;
    SqlQuery q(m_db.connection(),
               u"SELECT signed_at FROM acknowledgement WHERE code_id = :code AND employee_no = :no "
               "AND version_number >= :baseline ORDER BY signed_at DESC LIMIT 1"_s);
    q.bind(u":code"_s, codeId).bind(u":no"_s, employeeNo).bind(u":baseline"_s, baseline->number);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return false;
    return domain::signatureCounts(*code, baseline->number, baseline->number,
                                   domain::organisationDate(timeFromStored(q.text(0))), today);
}

Result<int> AcknowledgementStore::audienceSize(qint64 codeId) const
{
    auto code = CodeStore(m_db).code(codeId);
    if (!code)
        return code.error();
    auto staff = StaffStore(m_db).list();
    if (!staff)
        return staff.error();
    int count = 0;
    for (const domain::StaffMember &member : *staff) {
        if (domain::mustSign(*code, member))
            ++count;
    }
    return count;
}

Result<ChainReport> AcknowledgementStore::verify() const
{
    auto report
        = HashChain(m_db.connection(), table(), contentColumns(), optionalColumns()).verify();
    if (!report || !report->ok())
        return report;
    // A chain cannot tell that rows were cut off its end; the audit log, chained on its own,
    // names the last signature it saw written.
    SqlQuery last(m_db.connection(),
                  u"SELECT seq, detail FROM audit_log WHERE action = 'acknowledgement.sign' "
                  "ORDER BY seq DESC LIMIT 1"_s);
    if (Status status = last.exec(); !status)
        return status.error();
    if (last.next()) {
        const qint64 signedSeq
            = QJsonDocument::fromJson(last.text(1).toUtf8()).object().value(u"seq"_s).toInteger();
        qint64 present = 0;
        SqlQuery row(m_db.connection(), u"SELECT count(*) FROM acknowledgement WHERE seq = :seq"_s);
        row.bind(u":seq"_s, signedSeq);
        if (Status status = row.execSingle(u"no count"_s); !status)
            return status.error();
        present = row.integer(0);
        if (signedSeq > 0 && present == 0) {
            report->firstBadRow = report->rows + 1;
            report->problem = u"%1 row %2: is missing: audit log row %3 records signature %4, "
                              "which the ledger no longer holds: rows were deleted"_s.arg(
                                  table(), QString::number(report->rows + 1),
                                  QString::number(last.integer(0)), QString::number(signedSeq));
        }
    }
    return report;
}

} // namespace tenet::storage
