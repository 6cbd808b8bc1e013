#include "commands.h"
#include "domain/organisationdate.h"

#include "domain/staffmember.h"
#include "platform/paths.h"
#include "storage/database.h"
#include "storage/newdatabase.h"
#include "storage/organisationstore.h"
#include "storage/staffstore.h"

#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::cli::commands {

namespace {

Status init(CommandContext &context)
{
    const QString path = context.databasePath();
    const QString adminNo = context.value(u"admin"_s);
    const QString adminName = context.value(u"admin-name"_s);
    if (adminNo.isEmpty() || adminName.isEmpty())
        return Error::usage(u"init needs --admin EMPLOYEE_NO and --admin-name NAME: the first "
                            "manager, who can then add everyone else"_s);
    // A new file, or an empty database on a server (which its administrator creates).
    auto spec = storage::ConnectionSpec::parse(path);
    if (!spec)
        return spec.error();
    if (Status s = storage::checkNewDatabase(*spec); !s)
        return s;

    auto opened = storage::Database::open(*spec, storage::OpenMode::CreateIfMissing);
    if (!opened)
        return opened.error();
    storage::Database &db = **opened;

    // Nobody is on the roster yet: the operating-system user creates the first manager.
    const Actor founder{u"os:"_s + platform::operatingSystemUser(), std::nullopt};
    const QString organisation = context.value(u"org"_s);
    if (!organisation.isEmpty()) {
        if (Status s = storage::OrganisationStore(db).setOrganisationName(organisation, founder); !s)
            return s;
    }
    StaffMember admin;
    admin.employeeNo = adminNo;
    admin.fullName = adminName;
    admin.role = Role::Manager;
    admin.startDate = domain::organisationToday();
    if (Status s = storage::StaffStore(db).add(admin, context.value(u"admin-pin"_s), founder); !s)
        return s;

    // On a server the database was there before: init made only its tables.
    const QString done = db.isOnServer()
        ? u"Made Tenet's tables (schema %2) in %1 with manager %3 (%4).\n"_s
        : u"Created %1 (schema %2) with manager %3 (%4).\n"_s;
    context.out() << done.arg(path, QString::number(db.schemaVersion()), adminName, adminNo);
    return {};
}

} // namespace

QList<Command> setupCommands()
{
    return {{u"init"_s,
             u"Create a new Tenet database with its first manager: a new file, or Tenet's tables "
             "in an empty database on a PostgreSQL server."_s,
             {},
             {{u"org"_s, u"The organisation's name."_s, u"NAME"_s},
              {u"admin"_s, u"Employee number of the first manager."_s, u"EMPLOYEE_NO"_s},
              {u"admin-name"_s, u"Full name of the first manager."_s, u"NAME"_s},
              {u"admin-pin"_s, u"PIN or password of the first manager (optional)."_s, u"PIN"_s}},
             init,
             true}};
}

} // namespace tenet::cli::commands
