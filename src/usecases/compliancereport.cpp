#include "compliancereport.h"

#include "domain/acknowledgementrules.h"
#include "domain/dashboard.h"
#include "domain/seal.h"
#include "storage/acknowledgementstore.h"
#include "storage/dashboardstore.h"
#include "storage/database.h"
#include "storage/integrity.h"
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

    // Every signature, not just each person's latest, so that an older version is judged
    // by the signatures that were made up to it.
    DashboardInput judged = *input;
    judged.publications.removeIf([reported](const Publication &p) { return p.number > reported; });
    judged.signatures.clear();
    // Side by side with judged.signatures: why a manager entered each one from paper, if so.
    QList<std::optional<QString>> paperRecords;
    auto signatures = storage::AcknowledgementStore(db).list(code.id);
    if (!signatures)
        return signatures.error();
    for (const Acknowledgement &ack : *signatures) {
        if (ack.versionNumber <= reported) {
            judged.signatures << Signature {ack.employeeNo, ack.versionNumber, ack.signedAt};
            paperRecords << ack.paperRecord;
        }
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
    const int baseline = dashboard.baseline ? dashboard.baseline->number : reported;

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

    QHash<QString, const StaffDue *> unsigned_;
    for (const StaffDue &due : dashboard.unacknowledged)
        unsigned_.insert(due.member.employeeNo, &due);
    // Each person's latest signature that counts for the version, found in one pass over
    // the ledger: a ledger holds many signatures per person.
    QHash<QString, const Signature *> latestCounting;
    for (const Signature &s : std::as_const(judged.signatures)) {
        if (s.versionNumber < baseline)
            continue;
        const Signature *&latest = latestCounting[s.employeeNo];
        if (!latest || s.signedAt > latest->signedAt)
            latest = &s;
    }
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
            if (const Signature *s = latestCounting.value(member.employeeNo)) {
                row.signedVersion = s->versionNumber;
                row.signedAt = s->signedAt;
                row.paperRecord = paperRecords.at(s - judged.signatures.constData());
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

    auto integrity = storage::verifyDatabase(db);
    if (!integrity)
        return integrity.error();
    const storage::ChainReport &ledger = integrity->acknowledgementChain;
    data.ledgerOk = ledger.ok();
    data.ledgerRows = ledger.rows;
    data.ledgerProblem = ledger.problem;
    data.ledgerLastHash = QString::fromLatin1(ledger.lastHash.toHex());

    auto seal = storage::sealDatabase(db, generatedAt);
    if (!seal)
        return seal.error();
    data.seal = domain::sealText(*seal);
    return data;
}

} // namespace tenet::usecases
