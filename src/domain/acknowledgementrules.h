#pragma once

#include "code.h"
#include "staffmember.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tenet::domain {

// When a version of a code was published, and whether everyone had to sign it again.
struct Publication
{
    int number = 0;
    QDate publishedOn; // UTC date
    bool material = true;

    friend bool operator==(const Publication &, const Publication &) = default;
};

// The rules of acknowledgement: who must sign a code, which signatures satisfy the version
// in force, and how the name someone types is matched against the roster.

// Whether the person belongs to the code's audience: their team is among the code's teams
// and their role among its roles, an empty list admitting everyone. Activity is not looked at.
bool isInAudience(const Code &code, const StaffMember &member);

// Active and in the audience: the people whose signature the version in force needs.
bool mustSign(const Code &code, const StaffMember &member);

// The version in force: the published version with the highest number.
std::optional<Publication> versionInForce(const QList<Publication> &publications);

// The last material publication up to the version in force: a signature of it, or of any
// later version, satisfies the version in force. An editorial publication does not ask
// anyone to sign again.
std::optional<Publication> signatureBaseline(const QList<Publication> &publications);

// The first day on which a signature made on `signedOn` no longer counts, when the code sets
// an attestation period; an invalid date when signatures never expire.
QDate signatureExpiry(const Code &code, const QDate &signedOn);

// Whether a signature of version `signedVersion`, made on `signedOn`, satisfies the version
// in force on `today`, given the baseline's number.
bool signatureCounts(const Code &code, int baselineNumber, int signedVersion, const QDate &signedOn,
                     const QDate &today);

// A name reduced to what matching ignores: accents (compatibility decomposition with the
// combining marks dropped), case (full case folding), and runs of white space.
QString normalizedName(const QString &name);

// Whether a typed name is the roster's name, ignoring case, accents and spacing.
bool namesMatch(const QString &typed, const QString &onRoster);

// What a signature means, in the words the ledger records: "read and understood version 3
// of Code of conduct".
QString acknowledgementMeaning(int versionNumber, const QString &codeTitle);

} // namespace tenet::domain
