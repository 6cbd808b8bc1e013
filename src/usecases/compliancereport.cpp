#include "compliancereport.h"

#include "domain/acknowledgementrules.h"
#include "domain/dashboard.h"
#include "domain/seal.h"
#include "storage/acknowledgementstore.h"
#include "storage/dashboardstore.h"
#include "storage/database.h"
#include "storage/organisationstore.h"
#include "storage/scopedtransaction.h"
#include "storage/seal.h"
#include "storage/versionstore.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::usecases {

Result<render::ComplianceReportData> gatherComplianceReport(storage::Database &db, const Code &code,
                                                            std::optional<int> number,
                                                            const QDate &today)
{
    // One snapshot for every read below, so that the seal printed is the seal of the very
    // data printed, however many people sign meanwhile.
    storage::ScopedTransaction snapshot(db.connection(), storage::ScopedTransaction::Mode::Read);
    if (!snapshot.status())
        return snapshot.status().error();
    const QDateTime generatedAt = QDateTime::currentDateTimeUtc();
    auto input = storage::DashboardStore(db).load(code.id);
    if (!input)
        return input.error();
    const std::optional<Publication> inForce = versionInForce(input->publications);
    if (!inForce)
        return Error::refused(u"\"%1\" has no version in force yet: there is nothing to "
                              "report on"_s.arg(code.title));
    const int reported = number.value_or(inForce->number);
    const auto publication
        = std::find_if(input->publications.cbegin(), input->publications.cend(),
                       [reported](const Publication &p) { return p.number == reported; });
    if (publication == input->publications.cend())
        return Error::notFound(
            u"version %1 of \"%2\" was never published: only published "
            "versions have signatures to report"_s.arg(QString::number(reported), code.title));

    DashboardInput judged = *input;
    judged.publications.removeIf([reported](const Publication &p) { return p.number > reported; });
    // Each person's latest signature of a version that can count for the reported one: of
    // the signature baseline (the last material version up to it) or later, up to it. For
    // an older version, that is the signature made up to it, not one of a later version.
    const std::optional<Publication> baselineVersion = signatureBaseline(judged.publications);
    judged.signatures.clear();
    auto signatures = storage::AcknowledgementStore(db).latestOfVersions(
        code.id, baselineVersion ? baselineVersion->number : reported, reported);
    if (!signatures)
        return signatures.error();
    judged.signatures.reserve(signatures->size());
    QHash<QString, const storage::LatestSignature *> counting;
    counting.reserve(signatures->size());
    for (const storage::LatestSignature &signature : std::as_const(*signatures)) {
        judged.signatures << Signature {signature.employeeNo, signature.versionNumber,
                                        signature.signedAt};
        counting.insert(signature.employeeNo, &signature);
    }
    // The report speaks the language of the version it reports on.
    QString language = code.language;
    if (reported != inForce->number) {
        storage::VersionStore versions(db);
        auto info = versions.versionByNumber(code.id, reported);
        if (!info)
            return info.error();
        auto version = versions.load(info->id);
        if (!version)
            return version.error();
        judged.sections = version->content.sections;
        language = version->content.language;
        judged.reviews.removeIf(
            [reported](const SectionReview &r) { return r.versionNumber > reported; });
    }
    const Dashboard dashboard = computeDashboard(judged, today);

    render::ComplianceReportData data;
    auto organisation = storage::OrganisationStore(db).organisationName();
    if (!organisation)
        return organisation.error();
    data.organisation = *organisation;
    if (data.organisation.isEmpty())
        data.organisation = code.organisation;
    data.codeTitle = code.title;
    data.language = language;
    data.versionNumber = reported;
    data.publishedOn = publication->publishedOn;
    data.inForce = reported == inForce->number;
    data.today = today;
    data.generatedAt = generatedAt;

    data.people.reserve(judged.staff.size());
    QHash<QString, const StaffDue *> unsigned_;
    for (const StaffDue &due : dashboard.unacknowledged)
        unsigned_.insert(due.member.employeeNo, &due);
    for (const StaffMember &member : judged.staff) {
        if (!mustSign(code, member))
            continue;
        render::ComplianceRow row;
        row.employeeNo = member.employeeNo;
        row.name = member.fullName;
        row.role = roleName(member.role);
        row.team = member.team;
        row.site = member.site;
        if (const StaffDue *due = unsigned_.value(member.employeeNo)) {
            row.overdue = due->overdue;
        } else {
            if (const storage::LatestSignature *s = counting.value(member.employeeNo)) {
                row.signedVersion = s->versionNumber;
                row.signedAt = s->signedAt;
                row.paperRecord = s->paperRecord;
            }
        }
        data.people << row;
    }
    std::sort(data.people.begin(), data.people.end(),
              [](const render::ComplianceRow &a, const render::ComplianceRow &b) {
                  return std::tie(a.team, a.employeeNo) < std::tie(b.team, b.employeeNo);
              });
    for (const render::ComplianceRow &row : std::as_const(data.people)) {
        if (data.teams.isEmpty() || data.teams.constLast().team != row.team)
            data.teams << render::ComplianceTeamTotal {row.team};
        render::ComplianceTeamTotal &total = data.teams.last();
        ++total.required;
        total.signedCount += row.signedAt.isValid() ? 1 : 0;
        total.overdue += row.overdue ? 1 : 0;
    }
    for (const SectionDue &s : dashboard.sections) {
        data.sections << render::ComplianceSection {sectionKeyName(s.key), s.title, s.owner,
                                                    s.lastReviewed,        s.due,   s.state};
    }

    // The ledger's chain, which is all the report states, not the whole file's check:
    // `tenetctl verify` is there for that.
    auto ledger = storage::AcknowledgementStore(db).verify();
    if (!ledger)
        return ledger.error();
    data.ledgerOk = ledger->ok();
    data.ledgerRows = ledger->rows;
    data.ledgerProblem = ledger->problem;
    data.ledgerLastHash = QString::fromLatin1(ledger->lastHash.toHex());

    auto seal = storage::sealDatabase(db, generatedAt);
    if (!seal)
        return seal.error();
    data.seal = domain::sealText(*seal);
    return data;
}

} // namespace tenet::usecases
