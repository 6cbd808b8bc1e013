#pragma once

#include "domain/acknowledgement.h"
#include "domain/result.h"
#include "domain/workflow.h"
#include "hashchain.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tenet::storage {

class Database;

// What a person asks for when they sign: the version, the name they typed, and, when the
// signing place asks for them, their PIN and their score in the comprehension check.
struct SignRequest
{
    QString employeeNo;
    qint64 versionId = 0;
    QString typedName;
    std::optional<QString> pin; // checked against the roster when given
    std::optional<double> quizScore; // percent
    // Why a manager enters a signature the person made on paper (domain/signingrules.h):
    // then no PIN and no opened sections are asked for, and the ledger records the reason.
    std::optional<QString> paperRecord;
};

// A person's latest signature as a report lists it: the version, when, and whether a manager
// entered it from paper.
struct LatestSignature
{
    QString employeeNo;
    int versionNumber = 0;
    QDateTime signedAt; // UTC
    std::optional<QString> paperRecord;
};

// The acknowledgement ledger: signatures of the versions in force, append-only and
// hash-chained, with the checks a signature must pass.
class AcknowledgementStore
{
public:
    explicit AcknowledgementStore(Database &db);

    // Signs the version for the person, in one transaction with its audit log entry. Refused
    // when the version is not the one in force, the person is inactive or not in the code's
    // audience, the typed name is not theirs (case and accents aside), the PIN is wrong, or
    // they already hold a signature of this version that has not expired; and unless a
    // manager enters it as a paper record, when no PIN is given or the person has not opened
    // every section of the version (domain::checkSignatureEvidence).
    domain::Result<domain::Acknowledgement> sign(const SignRequest &request,
                                                 const domain::Actor &by);

    // Signatures of the code in ledger order, optionally only one person's or one version's.
    domain::Result<QList<domain::Acknowledgement>>
    list(qint64 codeId, const QString &employeeNo = {},
         std::optional<int> versionNumber = std::nullopt) const;
    // The person's latest signature of any version of the code.
    domain::Result<std::optional<domain::Acknowledgement>> latest(qint64 codeId,
                                                                  const QString &employeeNo) const;

    // Each person's latest signature (in ledger order) among those of versions `from` to
    // `to` of the code, in employee-number order; people with none are left out. Reads one
    // row per person however long the ledger: the summary of latest signatures, and for
    // those whose latest is of a version after `to`, the ledger's index by version. As
    // people sign versions in the order they come into force, a latest signature of a
    // version before `from` means that they have none in the range.
    domain::Result<QList<LatestSignature>> latestOfVersions(qint64 codeId, int from, int to) const;

    // Whether the person's signatures satisfy the version in force on `today` (the last
    // material version or a later one, within the attestation period). False when nothing
    // is in force.
    domain::Result<bool> hasSignedInForce(qint64 codeId, const QString &employeeNo,
                                          const QDate &today) const;

    // The active people in the code's audience: how many a material publication asks to
    // sign again.
    domain::Result<int> audienceSize(qint64 codeId) const;

    // Recomputes the chain; the report names the first row edited, deleted or reordered.
    domain::Result<ChainReport> verify() const;
    // Compares the summary of each person's latest signature, which the dashboard reads,
    // with the ledger; the sentences name the people for whom it differs.
    domain::Result<QStringList> verifyLatest() const;

    // The ledger's table and the columns its hash covers, for tools that fill it in bulk.
    static QString table();
    static QStringList contentColumns();
    // Columns added later, hashed only when they hold a value (HashChain).
    static QStringList optionalColumns();

private:
    Database &m_db;
};

} // namespace tenet::storage
