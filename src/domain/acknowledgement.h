#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace tenet::domain {

// One signature in the acknowledgement ledger: who read which version, when, and what the
// signature means, as 21 CFR Part 11 §11.50 asks a signature to show.
struct Acknowledgement
{
    qint64 seq = 0; // position in the ledger, 1, 2, 3 ...
    qint64 codeId = 0;
    qint64 versionId = 0;
    int versionNumber = 0;
    QString employeeNo;
    QString printedName; // the roster's full name when the person signed
    QString typedName; // what the person typed, which matched the printed name
    QDateTime signedAt; // UTC
    QString meaning; // "read and understood version 3 of CODE"
    std::optional<double> quizScore; // percent, when the version asked questions
    // Why a manager entered this signature from paper; none when the person signed with
    // their PIN.
    std::optional<QString> paperRecord;
    // The row's SHA-256 as the ledger stores it, chained to every row before it: what a
    // receipt quotes so that the signature can later be found and checked.
    QByteArray ledgerHash;

    friend bool operator==(const Acknowledgement &, const Acknowledgement &) = default;
};

} // namespace tenet::domain
