#include "commands.h"

#include "cli/jsonoutput.h"
#include "domain/rosterplan.h"
#include "exchange/rostercsv.h"
#include "storage/rosterstore.h"
#include "storage/staffstore.h"

#include <nlohmann/json.hpp>

#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::cli::commands {

namespace {

QString describe(const StaffMember &member)
{
    QStringList parts {roleName(member.role)};
    if (!member.team.isEmpty())
        parts << member.team;
    if (!member.site.isEmpty())
        parts << member.site;
    return u"%1  %2 (%3)"_s.arg(member.employeeNo, member.fullName, parts.join(u", "_s));
}

QString fieldValue(const StaffMember &member, const QString &field)
{
    if (field == u"full_name"_s)
        return member.fullName;
    if (field == u"email"_s)
        return member.email;
    if (field == u"role"_s)
        return roleName(member.role);
    if (field == u"team"_s)
        return member.team;
    if (field == u"site"_s)
        return member.site;
    if (field == u"language"_s)
        return member.language;
    if (field == u"start_date"_s)
        return member.startDate.toString(Qt::ISODate);
    if (field == u"active"_s)
        return member.active ? u"true"_s : u"false"_s;
    return {};
}

void printPlan(QTextStream &out, const RosterPlan &plan)
{
    for (const StaffMember &member : plan.added)
        out << u"  + "_s << describe(member) << u'\n';
    for (const StaffChange &change : plan.updated) {
        QStringList what;
        for (const QString &field : change.changedFields)
            what << u"%1: \"%2\" -> \"%3\""_s.arg(field, fieldValue(change.before, field),
                                                  fieldValue(change.after, field));
        out << u"  ~ "_s << change.after.employeeNo << u"  "_s << change.after.fullName << u": "_s
            << what.join(u"; "_s) << u'\n';
    }
    for (const StaffMember &member : plan.deactivated)
        out << u"  - "_s << describe(member) << u" is deactivated\n"_s;
}

nlohmann::ordered_json planToJson(const QString &file, bool dryRun, const RosterPlan &plan)
{
    nlohmann::ordered_json added = nlohmann::ordered_json::array();
    for (const StaffMember &member : plan.added)
        added.push_back(staffToJson(member));
    nlohmann::ordered_json updated = nlohmann::ordered_json::array();
    for (const StaffChange &change : plan.updated) {
        nlohmann::ordered_json fields = nlohmann::ordered_json::array();
        for (const QString &field : change.changedFields)
            fields.push_back(field.toStdString());
        updated.push_back({{"employee_no", change.after.employeeNo.toStdString()},
                           {"changed_fields", fields},
                           {"before", staffToJson(change.before)},
                           {"after", staffToJson(change.after)}});
    }
    nlohmann::ordered_json deactivated = nlohmann::ordered_json::array();
    for (const StaffMember &member : plan.deactivated)
        deactivated.push_back(staffToJson(member));
    return {
        {"file", file.toStdString()}, {"dry_run", dryRun},          {"added", added},
        {"updated", updated},         {"deactivated", deactivated}, {"unchanged", plan.unchanged}};
}

Status importStaff(CommandContext &context)
{
    const QStringList files = context.positional();
    if (files.size() != 1)
        return Error::usage(u"staff import takes one FILE.csv"_s);
    auto roster = exchange::readRosterCsv(files.first());
    if (!roster)
        return roster.error();
    QList<StaffMember> people;
    people.reserve(roster->size());
    for (const exchange::RosterEntry &entry : *roster)
        people.append(entry.member);

    auto db = context.database();
    if (!db)
        return db.error();
    auto actor = context.actor(false);
    if (!actor)
        return actor.error();
    const bool dryRun = context.isSet(u"dry-run"_s);
    const bool deactivateMissing = context.isSet(u"deactivate-missing"_s);
    storage::RosterStore store(**db);
    auto plan = dryRun ? store.preview(people, deactivateMissing)
                       : store.apply(people, deactivateMissing, *actor);
    if (!plan) {
        Error error = plan.error();
        if (error.kind == ErrorKind::Invalid)
            error.where = files.first();
        return error;
    }
    if (context.json()) {
        printJson(context.out(), planToJson(files.first(), dryRun, *plan));
        return {};
    }
    const QString counts = u"%1 added, %2 updated, %3 deactivated, %4 unchanged"_s.arg(
        QString::number(plan->added.size()), QString::number(plan->updated.size()),
        QString::number(plan->deactivated.size()), QString::number(plan->unchanged));
    if (dryRun)
        context.out() << u"%1 would change the roster: %2. Nothing was written (--dry-run).\n"_s
                             .arg(files.first(), counts);
    else
        context.out() << u"Imported %1: %2.\n"_s.arg(files.first(), counts);
    printPlan(context.out(), *plan);
    return {};
}

Result<QString> pinFromStdin()
{
    QTextStream in(stdin);
    QString pin = in.readLine();
    while (pin.endsWith(u'\r') || pin.endsWith(u'\n'))
        pin.chop(1);
    if (pin.isEmpty())
        return Error::invalid(u"--pin-stdin"_s, u"standard input holds no PIN on its first line"_s);
    return pin;
}

Status setPin(CommandContext &context)
{
    const QString employeeNo = context.value(u"employee"_s).trimmed();
    if (employeeNo.isEmpty())
        return Error::usage(u"staff set-pin needs --employee NO"_s);
    if (context.isSet(u"pin"_s) == context.isSet(u"pin-stdin"_s))
        return Error::usage(u"staff set-pin needs exactly one of --pin PIN or --pin-stdin (the "
                            "PIN on the first line of standard input, which keeps it out of "
                            "the process list)"_s);
    QString pin = context.value(u"pin"_s);
    if (context.isSet(u"pin-stdin"_s)) {
        auto read = pinFromStdin();
        if (!read)
            return read.error();
        pin = *read;
    }
    if (pin.isEmpty())
        return Error::invalid(u"--pin"_s, u"a PIN must not be empty"_s);
    auto db = context.database();
    if (!db)
        return db.error();
    auto actor = context.actor(false);
    if (!actor)
        return actor.error();
    storage::StaffStore staff(**db);
    auto member = staff.find(employeeNo);
    if (!member)
        return member.error();
    if (Status s = staff.setSecret(employeeNo, pin, *actor); !s)
        return s;
    context.out() << u"Set the PIN of %1 (%2).\n"_s.arg(member->employeeNo, member->fullName);
    return {};
}

} // namespace

QList<Command> rosterCommands()
{
    return {{u"staff import"_s,
             u"Add and update the roster from a CSV file (employee_no,full_name,email,role,team,"
             "site,language,start_date,active); any bad row rejects the whole file."_s,
             u"FILE.csv"_s,
             {{u"deactivate-missing"_s, u"Deactivate the active people the file leaves out."_s},
              {u"dry-run"_s, u"Show what would change; write nothing."_s}},
             importStaff},
            {u"staff set-pin"_s,
             u"Set the PIN or password a person signs with."_s,
             {},
             {{u"employee"_s, u"Employee number."_s, u"NO"_s},
              {u"pin"_s, u"The new PIN."_s, u"PIN"_s},
              {u"pin-stdin"_s, u"Read the new PIN from the first line of standard input."_s}},
             setPin}};
}

} // namespace tenet::cli::commands
