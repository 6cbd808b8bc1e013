#include "acknowledgementrules.h"

#include "role.h"

using namespace Qt::StringLiterals;

namespace tenet::domain {

bool isInAudience(const Code &code, const StaffMember &member)
{
    if (!code.audienceTeams.isEmpty() && !code.audienceTeams.contains(member.team))
        return false;
    if (!code.audienceRoles.isEmpty() && !code.audienceRoles.contains(roleName(member.role)))
        return false;
    return true;
}

bool mustSign(const Code &code, const StaffMember &member)
{
    return member.active && isInAudience(code, member);
}

std::optional<Publication> versionInForce(const QList<Publication> &publications)
{
    std::optional<Publication> latest;
    for (const Publication &publication : publications) {
        if (!latest || publication.number > latest->number)
            latest = publication;
    }
    return latest;
}

std::optional<Publication> signatureBaseline(const QList<Publication> &publications)
{
    std::optional<Publication> baseline;
    std::optional<Publication> first;
    for (const Publication &publication : publications) {
        if (publication.material && (!baseline || publication.number > baseline->number))
            baseline = publication;
        if (!first || publication.number < first->number)
            first = publication;
    }
    // A first publication is always material; should the record say otherwise, the first
    // version is where the obligation to sign began.
    return baseline ? baseline : first;
}

QDate signatureExpiry(const Code &code, const QDate &signedOn)
{
    if (!code.attestationMonths || !signedOn.isValid())
        return {};
    return signedOn.addMonths(*code.attestationMonths);
}

bool signatureCounts(const Code &code, int baselineNumber, int signedVersion, const QDate &signedOn,
                     const QDate &today)
{
    if (signedVersion < baselineNumber)
        return false;
    const QDate expiry = signatureExpiry(code, signedOn);
    return !expiry.isValid() || today < expiry;
}

QString normalizedName(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString kept;
    kept.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        if (c.isSpace()) {
            pendingSpace = !kept.isEmpty();
            continue;
        }
        if (pendingSpace)
            kept += u' ';
        pendingSpace = false;
        kept += c;
    }
    return kept.toCaseFolded();
}

bool namesMatch(const QString &typed, const QString &onRoster)
{
    const QString a = normalizedName(typed);
    return !a.isEmpty() && a == normalizedName(onRoster);
}

QString acknowledgementMeaning(int versionNumber, const QString &codeTitle)
{
    return u"read and understood version %1 of %2"_s.arg(versionNumber).arg(codeTitle);
}

} // namespace tenet::domain
