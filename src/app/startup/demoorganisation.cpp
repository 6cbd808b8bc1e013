#include "demoorganisation.h"

#include "startercode.h"

#include "domain/codecontent.h"
#include "domain/staffmember.h"
#include "domain/workflow.h"
#include "platform/paths.h"
#include "storage/database.h"
#include "storage/organisationstore.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"

#include <QList>

#include <algorithm>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::app {

namespace {

struct DemoPerson
{
    const char16_t *employeeNo;
    const char16_t *fullName;
    const char16_t *email;
    Role role;
    const char16_t *team;
    const char16_t *language;
    int startYear;
    int startMonth;
    bool active = true;
};

const QString organisationName = u"Northwind Support"_s;

// The manager comes first: once on the roster, she adds everyone else.
const DemoPerson people[] = {
    {u"M001", u"Marta Ruiz", u"marta.ruiz", Role::Manager, u"Madrid", u"es", 2016, 3},
    {u"M002", u"Ana Gómez", u"ana.gomez", Role::Manager, u"Madrid", u"es", 2018, 9},
    {u"S001", u"Jonas Petraitis", u"jonas.petraitis", Role::Supervisor, u"Vilnius", u"lt", 2017, 5},
    {u"Q001", u"Emily Clarke", u"emily.clarke", Role::Quality, u"Leeds", u"en", 2019, 1},
    {u"T001", u"Rūta Kazlauskienė", u"ruta.kazlauskiene", Role::Trainer, u"Vilnius", u"lt", 2019,
     11},
    {u"A001", u"Eglė Jankauskaitė", u"egle.jankauskaite", Role::Agent, u"Vilnius", u"lt", 2021, 2},
    {u"A002", u"Mantas Žukauskas", u"mantas.zukauskas", Role::Agent, u"Vilnius", u"lt", 2022, 6},
    {u"A003", u"Lucía Fernández", u"lucia.fernandez", Role::Agent, u"Madrid", u"es", 2020, 10},
    {u"A004", u"Javier Muñoz", u"javier.munoz", Role::Agent, u"Madrid", u"es", 2023, 4},
    {u"A005", u"Begoña Ibáñez", u"begona.ibanez", Role::Agent, u"Madrid", u"es", 2021, 7},
    {u"A006", u"Oliver Hughes", u"oliver.hughes", Role::Agent, u"Leeds", u"en", 2020, 1},
    {u"A007", u"Priya Sharma", u"priya.sharma", Role::Agent, u"Leeds", u"en", 2022, 9},
    {u"A008", u"Siobhán O'Connor", u"siobhan.oconnor", Role::Agent, u"Leeds", u"en", 2023, 1},
    // Someone who has left: on the roster for the record, but no longer able to sign in.
    {u"A009", u"Daniel Price", u"daniel.price", Role::Agent, u"Leeds", u"en", 2019, 5, false},
};

StaffMember memberOf(const DemoPerson &person)
{
    StaffMember member;
    member.employeeNo = QString::fromUtf16(person.employeeNo);
    member.fullName = QString::fromUtf16(person.fullName);
    member.email = QString::fromUtf16(person.email) + u"@northwind.example"_s;
    member.role = person.role;
    member.team = QString::fromUtf16(person.team);
    member.site = member.team;
    member.language = QString::fromUtf16(person.language);
    member.active = person.active;
    member.startDate = QDate(person.startYear, person.startMonth, 1);
    return member;
}

Actor actorOf(const DemoPerson &person)
{
    return Actor {QString::fromUtf16(person.employeeNo), person.role};
}

// Version 2's edits: one reworded clause, one new clause and one KPI target, so that the
// history, the comparison and the editor each have something real to show.
Status reviseForSecondEdition(CodeContent &content)
{
    Section *communication = content.section(SectionKey::Communication);
    const auto email = content.findClause(u"com-email"_s);
    if (!communication || !email)
        return Error::integrity(u"starter code"_s, u"the clause com-email is missing"_s);
    Clause &emailClause = content.sections[email->sectionIndex].clauses[email->clauseIndex];
    emailClause.body
        = u"Reply to every e-mail within **eight working hours**, even when the reply only "
          "confirms that we are on it and says when we will be back in touch. An e-mail that "
          "arrives after 17:00 counts from 9:00 on the next working day. Start from the "
          "approved templates, but adapt them to the question the customer actually asked."_s;

    Clause callBack;
    callBack.id = u"com-call-back"_s;
    callBack.title = u"Call-back requests"_s;
    callBack.strength = Strength::Should;
    callBack.body
        = u"When a caller chooses a call-back instead of waiting, call them within the time "
          "slot they picked. If nobody answers, try **twice more** at least 15 minutes apart, "
          "and leave a message that names Northwind Support but no account details."_s;
    // After the live-chat clause, where a reader of the phone and chat rules looks for it.
    const auto chat = content.findClause(u"com-chat"_s);
    communication->clauses.insert(chat ? chat->clauseIndex + 1 : communication->clauses.size(),
                                  callBack);

    Section *metrics = content.section(SectionKey::Metrics);
    for (Kpi &kpi : metrics->kpis) {
        if (kpi.key == u"fcr"_s)
            kpi.target = 78;
    }
    return {};
}

// Hashing a PIN is slow on purpose (about a fifth of a second each), and the first start
// should not keep a new user waiting for fourteen of them in a row. StaffStore hashes before
// it takes the write lock, so each worker thread, on a connection of its own, hashes in
// parallel with the others and the writes queue briefly behind the busy timeout.
Status setDemoPins(const QString &path, const QStringList &employeeNos, const Actor &by)
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

Status createDemoOrganisation(storage::Database &db)
{
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

    auto starter = starterCode();
    if (!starter)
        return starter.error();

    // Nobody is on the roster yet: as with `tenetctl init`, the person at the computer
    // founds the organisation and adds its first manager.
    const Actor founder {u"os:"_s + platform::operatingSystemUser(), std::nullopt};
    if (Status s = storage::OrganisationStore(db).setOrganisationName(organisationName, founder);
        !s)
        return s;
    // The founder puts Marta on the roster; she adds everyone else and gives them their PINs.
    const Actor marta = actorOf(people[0]);
    QStringList withPin;
    for (const DemoPerson &person : people) {
        const Actor &by = &person == &people[0] ? founder : marta;
        if (Status s = staff.add(memberOf(person), {}, by); !s)
            return s;
        // Someone who has left keeps no PIN.
        if (person.active)
            withPin.append(QString::fromUtf16(person.employeeNo));
    }
    if (Status s = setDemoPins(db.path(), withPin, marta); !s)
        return s;

    const Actor ana = actorOf(people[1]);
    const Actor jonas = actorOf(people[2]);
    auto code = versions.createCode(starter->code, marta);
    if (!code)
        return code.error();
    auto first = versions.createDraft(code->id, starter->content, jonas);
    if (!first)
        return first.error();
    if (auto step
        = versions.submit(first->id, jonas, u"The complete first edition, ready for review."_s);
        !step)
        return step.error();
    if (auto step = versions.approve(first->id, marta); !step)
        return step.error();
    if (auto step = versions.publish(first->id, ana, true, u"First edition"_s); !step)
        return step.error();

    auto second = versions.startDraftFromInForce(code->id, jonas);
    if (!second)
        return second.error();
    auto draft = versions.load(second->id);
    if (!draft)
        return draft.error();
    CodeContent content = draft->content;
    if (Status s = reviseForSecondEdition(content); !s)
        return s;
    if (auto saved = versions.saveDraft(second->id, content, second->revision, jonas); !saved)
        return saved.error();
    return {};
}

} // namespace tenet::app
