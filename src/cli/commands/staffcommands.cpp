#include "commands.h"
#include "domain/organisationdate.h"

#include "cli/jsonoutput.h"
#include "cli/table.h"
#include "domain/staffmember.h"
#include "domain/stafftext.h"
#include "storage/staffstore.h"

#include <nlohmann/json.hpp>

#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::cli::commands {

namespace {

Result<StaffMember> memberFromOptions(const CommandContext &context)
{
    StaffMember member;
    member.employeeNo = context.value(u"employee"_s).trimmed();
    member.fullName = context.value(u"name"_s).trimmed();
    if (member.employeeNo.isEmpty() || member.fullName.isEmpty())
        return Error::usage(u"staff add needs --employee NO and --name NAME"_s);
    const QString roleText = context.value(u"role"_s);
    const auto role = roleFromName(roleText);
    if (!role)
        return Error::invalid(u"--role"_s, u"\"%1\" is not a role; use one of %2"_s.arg(roleText,
                                                                                allRoleNames()));
    member.role = *role;
    member.email = context.value(u"email"_s).trimmed();
    static const QRegularExpression emailShape(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (const auto problem = staffTextProblem(member.email, StaffTextLimits::email))
        return Error::invalid(u"--email"_s, *problem);
    if (!member.email.isEmpty() && !emailShape.match(member.email).hasMatch())
        return Error::invalid(u"--email"_s, u"\"%1\" is not an e-mail address"_s.arg(member.email));
    member.team = context.value(u"team"_s).trimmed();
    member.site = context.value(u"site"_s).trimmed();
    const std::pair<QString, qsizetype> limited[] = {{u"employee"_s, StaffTextLimits::employeeNo},
                                                     {u"name"_s, StaffTextLimits::fullName},
                                                     {u"team"_s, StaffTextLimits::team},
                                                     {u"site"_s, StaffTextLimits::site}};
    for (const auto &[option, maximum] : limited) {
        if (const auto problem = staffTextProblem(context.value(option).trimmed(), maximum))
            return Error::invalid(u"--"_s + option, *problem);
    }
    if (context.isSet(u"language"_s))
        member.language = context.value(u"language"_s).trimmed();
    member.startDate = domain::organisationToday();
    if (context.isSet(u"start-date"_s)) {
        member.startDate = QDate::fromString(context.value(u"start-date"_s), Qt::ISODate);
        if (!member.startDate.isValid())
            return Error::invalid(u"--start-date"_s, u"\"%1\" is not a date of the form YYYY-MM-DD"_s
                                                        .arg(context.value(u"start-date"_s)));
    }
    return member;
}

Status addStaff(CommandContext &context)
{
    auto member = memberFromOptions(context);
    if (!member)
        return member.error();
    auto db = context.database();
    if (!db)
        return db.error();
    auto actor = context.actor(false);
    if (!actor)
        return actor.error();
    if (Status s = storage::StaffStore(**db).add(*member, context.value(u"pin"_s), *actor); !s)
        return s;
    context.out() << u"Added %1 (%2), %3.\n"_s.arg(member->fullName, member->employeeNo,
                                                    roleName(member->role));
    return {};
}

Status listStaff(CommandContext &context)
{
    auto db = context.database();
    if (!db)
        return db.error();
    auto staffRead = storage::StaffStore(**db).list();
    if (!staffRead)
        return staffRead.error();
    const QList<StaffMember> &staff = *staffRead;
    if (context.json()) {
        nlohmann::ordered_json array = nlohmann::ordered_json::array();
        for (const StaffMember &member : staff)
            array.push_back(staffToJson(member));
        printJson(context.out(), {{"staff", array}});
        return {};
    }
    Table table({u"EMPLOYEE"_s, u"NAME"_s, u"ROLE"_s, u"TEAM"_s, u"SITE"_s, u"LANG"_s,
                 u"STATUS"_s});
    for (const StaffMember &member : staff)
        table.addRow({member.employeeNo, member.fullName, roleName(member.role), member.team,
                      member.site, member.language,
                      member.active ? u"active"_s : u"inactive"_s});
    table.print(context.out());
    return {};
}

} // namespace

QList<Command> staffCommands()
{
    return {{u"staff add"_s,
             u"Add a person to the roster."_s,
             {},
             {{u"employee"_s, u"Employee number (unique)."_s, u"NO"_s},
              {u"name"_s, u"Full name."_s, u"NAME"_s},
              {u"role"_s, u"agent, supervisor, manager, quality or trainer."_s, u"ROLE"_s},
              {u"team"_s, u"Team."_s, u"TEAM"_s},
              {u"site"_s, u"Site."_s, u"SITE"_s},
              {u"email"_s, u"E-mail address."_s, u"EMAIL"_s},
              {u"language"_s, u"Language they read the code in (en, es, lt, ...)."_s, u"LANG"_s},
              {u"start-date"_s, u"First day of work, YYYY-MM-DD (default: today)."_s, u"DATE"_s},
              {u"pin"_s, u"PIN or password for signing in (optional)."_s, u"PIN"_s}},
             addStaff},
            {u"staff list"_s, u"List the roster."_s, {}, {}, listStaff}};
}

} // namespace tenet::cli::commands
