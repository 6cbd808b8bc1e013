#include "commands.h"

#include "cli/jsonoutput.h"
#include "domain/acknowledgementrules.h"
#include "domain/dashboard.h"
#include "render/compliancereportrenderer.h"
#include "storage/acknowledgementstore.h"
#include "storage/dashboardstore.h"
#include "storage/integrity.h"
#include "storage/organisationstore.h"
#include "storage/versionstore.h"

#include <nlohmann/json.hpp>

#include <QMap>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::cli::commands {

namespace {

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Error::invalid(path, u"cannot be written: %1"_s.arg(file.errorString()));
    }
    if (!file.commit())
        return Error::invalid(path, u"cannot be written: %1"_s.arg(file.errorString()));
    return {};
}

// The report's data for version `number` (the one in force when none), judged on `today`:
// the dashboard rules applied to the publications and signatures up to that version.
Result<render::ComplianceReportData> gatherReport(storage::Database &db, const Code &code,
                                                  std::optional<int> number, const QDate &today)
{
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
        return Error::notFound(u"version %1 of \"%2\" was never published: only published "
                               "versions have signatures to report"_s
                                   .arg(QString::number(reported), code.title));

    // Every signature, not just each person's latest, so that an older version is judged
    // by the signatures that were made up to it.
    DashboardInput judged = *input;
    judged.publications.removeIf([reported](const Publication &p) { return p.number > reported; });
    judged.signatures.clear();
    for (const Acknowledgement &ack : storage::AcknowledgementStore(db).list(code.id)) {
        if (ack.versionNumber <= reported)
            judged.signatures << Signature {ack.employeeNo, ack.versionNumber, ack.signedAt};
    }
    if (reported != inForce->number) {
        storage::VersionStore versions(db);
        auto info = versions.versionByNumber(code.id, reported);
        if (!info)
            return info.error();
        auto version = versions.load(info->id);
        if (!version)
            return version.error();
        judged.sections = version->content.sections;
        judged.reviews.removeIf(
            [reported](const SectionReview &r) { return r.versionNumber > reported; });
    }
    const Dashboard dashboard = computeDashboard(judged, today);
    const int baseline = dashboard.baseline ? dashboard.baseline->number : reported;

    render::ComplianceReportData data;
    data.organisation = storage::OrganisationStore(db).organisationName();
    if (data.organisation.isEmpty())
        data.organisation = code.organisation;
    data.codeTitle = code.title;
    data.versionNumber = reported;
    data.publishedOn = publication->publishedOn;
    data.inForce = reported == inForce->number;
    data.today = today;
    data.generatedAt = QDateTime::currentDateTimeUtc();

    QMap<QString, const StaffDue *> unsigned_;
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
            // The latest of their signatures that counts for the version.
            for (const Signature &s : judged.signatures) {
                if (s.employeeNo == member.employeeNo && s.versionNumber >= baseline
                    && (!row.signedAt.isValid() || s.signedAt > row.signedAt)) {
                    row.signedVersion = s.versionNumber;
                    row.signedAt = s.signedAt;
                }
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
        data.sections << render::ComplianceSection {
            sectionKeyName(s.key), s.title, s.owner, s.lastReviewed, s.due,
            reviewStateName(s.state).replace(u'_', u' ')};
    }

    auto integrity = storage::verifyDatabase(db);
    if (!integrity)
        return integrity.error();
    const storage::ChainReport &ledger = integrity->acknowledgementChain;
    data.ledgerOk = ledger.ok();
    data.ledgerRows = ledger.rows;
    data.ledgerProblem = ledger.problem;
    data.ledgerLastHash = QString::fromLatin1(ledger.lastHash.toHex());
    return data;
}

Status report(CommandContext &context)
{
    const QString format = context.value(u"format"_s).toLower();
    if (format != u"pdf"_s && format != u"csv"_s)
        return Error::usage(u"report needs --format pdf or --format csv, not \"%1\""_s.arg(
            context.value(u"format"_s)));
    const QString output = context.value(u"output"_s);
    if (output.isEmpty() || output == u"-"_s)
        return Error::usage(u"report needs -o FILE: the report is written to a file"_s);
    QDate today = QDateTime::currentDateTimeUtc().date();
    if (context.isSet(u"today"_s)) {
        today = QDate::fromString(context.value(u"today"_s), Qt::ISODate);
        if (!today.isValid())
            return Error::usage(u"--today: \"%1\" is not a date of the form YYYY-MM-DD"_s.arg(
                context.value(u"today"_s)));
    }
    std::optional<int> number;
    if (context.isSet(u"version"_s)) {
        auto n = context.integer(context.value(u"version"_s), u"--version"_s);
        if (!n)
            return n.error();
        number = *n;
    }
    auto db = context.database();
    if (!db)
        return db.error();
    auto code = context.code();
    if (!code)
        return code.error();
    auto data = gatherReport(**db, *code, number, today);
    if (!data)
        return data.error();

    const render::ComplianceReportRenderer renderer(*data);
    QByteArray bytes;
    if (format == u"csv"_s) {
        bytes = renderer.renderCsv();
    } else {
        auto pdf = renderer.renderPdf();
        if (!pdf)
            return pdf.error();
        bytes = std::move(pdf).value();
    }
    if (Status s = writeFile(output, bytes); !s)
        return s;

    const int required = int(data->people.size());
    if (context.json()) {
        printJson(context.out(), {{"file", output.toStdString()},
                                  {"format", format.toStdString()},
                                  {"version", data->versionNumber},
                                  {"today", data->today.toString(Qt::ISODate).toStdString()},
                                  {"required", required},
                                  {"signed", data->signedCount()},
                                  {"overdue", data->overdueCount()},
                                  {"ledger_ok", data->ledgerOk},
                                  {"ledger_last_hash", data->ledgerLastHash.toStdString()}});
    } else {
        context.out() << u"Wrote the compliance report of version %1 to %2: %3 of %4 people "
                         "signed, %5 overdue; the ledger %6.\n"_s.arg(
                             QString::number(data->versionNumber), output,
                             QString::number(data->signedCount()), QString::number(required),
                             QString::number(data->overdueCount()),
                             data->ledgerOk ? u"verifies"_s : u"FAILS verification"_s);
    }
    return {};
}

} // namespace

QList<Command> reportCommands()
{
    Command command {
        u"report"_s,
        u"Write the compliance report of the version in force (or --version N) for auditors: "
        "every person who must sign, signed when or not, overdue, totals per team, the "
        "sections' review status and the ledger's verification."_s,
        {},
        {{u"format"_s, u"pdf or csv."_s, u"FORMAT"_s},
         {{u"o"_s, u"output"_s}, u"The file to write."_s, u"FILE"_s},
         {u"version"_s, u"A published version's number (default: the version in force)."_s,
          u"N"_s},
         {u"today"_s, u"Judge as on this day, YYYY-MM-DD (default: today, UTC)."_s, u"DATE"_s}},
        report};
    // The PDF is laid out with Qt's GUI module's fonts.
    command.needsGui = true;
    return {command};
}

} // namespace tenet::cli::commands
