#include "demoorganisation.h"

#include "demoedits.h"
#include "demohistory.h"
#include "demoroster.h"
#include "startercode.h"

#include "domain/codecontent.h"
#include "domain/organisationdate.h"
#include "platform/paths.h"
#include "storage/database.h"
#include "storage/organisationstore.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"

#include <algorithm>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::app {

namespace {

const QString organisationName = u"Northwind Support"_s;

// Hashing a PIN is slow on purpose (about a fifth of a second each), and the first start
// should not keep a new user waiting for fourteen of them in a row. StaffStore hashes before
// it takes the write lock, so each worker thread, on a connection of its own, hashes in
// parallel with the others and the writes queue briefly behind the busy timeout. Each
// connection's clock says `when`, like the one that laid down the rest of that day.
Status setDemoPins(const QString &path, const QStringList &employeeNos, const Actor &by,
                   const QDateTime &when)
{
    const int workers
        = int(std::clamp<qsizetype>(std::thread::hardware_concurrency(), 1, employeeNos.size()));
    std::vector<Status> results(workers);
    std::vector<std::thread> threads;
    for (int w = 0; w < workers; ++w) {
        threads.emplace_back([&, w] {
            auto opened = storage::Database::open(path, storage::OpenMode::ExistingOnly);
            if (!opened) {
                results[w] = opened.error();
                return;
            }
            (*opened)->setClock([when] { return when; });
            storage::StaffStore staff(**opened);
            for (qsizetype i = w; i < employeeNos.size(); i += workers) {
                if (Status s = staff.setSecret(employeeNos.at(i), demoPin(), by); !s) {
                    results[w] = s;
                    return;
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (const Status &result : results) {
        if (!result)
            return result;
    }
    return {};
}

} // namespace

QString demoPin()
{
    return u"1234"_s;
}

QString demoManagerNo()
{
    return u"M001"_s;
}

QString demoManagerName()
{
    return u"Marta Ruiz"_s;
}

QStringList demoLanguages()
{
    QStringList languages;
    const QStringList starters = starterCodeLanguages();
    for (const QString &language : {u"en"_s, u"es"_s}) {
        if (starters.contains(language))
            languages.append(language);
    }
    return languages;
}

Status createDemoOrganisation(storage::Database &db, const QString &language)
{
    if (!demoLanguages().contains(language))
        return Error::notFound(u"there is no demonstration organisation in \"%1\"; there is one "
                               "in %2"_s.arg(language, demoLanguages().join(u", "_s)));
    storage::StaffStore staff(db);
    storage::VersionStore versions(db);
    const auto onRoster = staff.list();
    if (!onRoster)
        return onRoster.error();
    const auto codes = versions.codes();
    if (!codes)
        return codes.error();
    if (!onRoster->isEmpty() || !codes->isEmpty())
        return Error::refused(u"%1: the demonstration organisation goes only into a new, empty "
                              "database; this one already holds staff or a code"_s.arg(db.path()));

    auto starter = starterCode(language);
    if (!starter)
        return starter.error();

    const QDateTime now = db.now();
    DemoHistory history(db, now);
    const QDate today = organisationToday(now);
    const QList<DemoMember> roster = demoRoster(language, today);

    // Eight months ago: nobody is on the roster yet. As with `tenetctl init`, the person at
    // the computer founds the organisation and adds its first manager, who adds everyone
    // else (but the newcomer, who joins last week) and gives them their PINs.
    history.setDay(DemoHistory::founded, 9, 0);
    const Actor founder {u"os:"_s + platform::operatingSystemUser(), std::nullopt};
    if (Status s = storage::OrganisationStore(db).setOrganisationName(organisationName, founder);
        !s)
        return s;
    const Actor marta {roster.first().member.employeeNo, Role::Manager};
    QStringList withPin;
    for (const DemoMember &person : roster) {
        if (person.newcomer)
            continue;
        const Actor &by = &person == &roster.first() ? founder : marta;
        if (Status s = staff.add(person.member, {}, by); !s)
            return s;
        // Someone who has left keeps no PIN.
        if (person.member.active)
            withPin.append(person.member.employeeNo);
    }
    if (Status s = setDemoPins(db.path(), withPin, marta, history.at()); !s)
        return s;

    return history.write(*starter, roster, demoWording(language), language);
}

} // namespace tenet::app
