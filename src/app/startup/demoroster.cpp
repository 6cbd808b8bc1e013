#include "demoroster.h"

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

// Staff in three cities and three languages: the manager comes first, since once on the
// roster she adds everyone else.
const DemoPerson englishPeople[] = {
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
    {u"A010", u"Hannah Wright", u"hannah.wright", Role::Agent, u"Leeds", u"en", 0, 0},
};

// A Spanish team: everyone reads Tenet and the code in Spanish.
const DemoPerson spanishPeople[] = {
    {u"M001", u"Marta Ruiz", u"marta.ruiz", Role::Manager, u"Madrid", u"es", 2016, 3},
    {u"M002", u"Alberto Navarro", u"alberto.navarro", Role::Manager, u"Sevilla", u"es", 2018, 9},
    {u"S001", u"Carmen Ortega", u"carmen.ortega", Role::Supervisor, u"Madrid", u"es", 2017, 5},
    {u"Q001", u"Pablo Herrera", u"pablo.herrera", Role::Quality, u"Sevilla", u"es", 2019, 1},
    {u"T001", u"Nuria Castillo", u"nuria.castillo", Role::Trainer, u"Bilbao", u"es", 2019, 11},
    {u"A001", u"Lucía Fernández", u"lucia.fernandez", Role::Agent, u"Madrid", u"es", 2021, 2},
    {u"A002", u"Javier Muñoz", u"javier.munoz", Role::Agent, u"Madrid", u"es", 2022, 6},
    {u"A003", u"Begoña Ibáñez", u"begona.ibanez", Role::Agent, u"Bilbao", u"es", 2020, 10},
    {u"A004", u"Iker Etxeberria", u"iker.etxeberria", Role::Agent, u"Bilbao", u"es", 2023, 4},
    {u"A005", u"Rocío Morales", u"rocio.morales", Role::Agent, u"Sevilla", u"es", 2021, 7},
    {u"A006", u"Manuel Jiménez", u"manuel.jimenez", Role::Agent, u"Sevilla", u"es", 2020, 1},
    {u"A007", u"Sofía Delgado", u"sofia.delgado", Role::Agent, u"Madrid", u"es", 2022, 9},
    {u"A008", u"Álvaro Prieto", u"alvaro.prieto", Role::Agent, u"Madrid", u"es", 2023, 1},
    {u"A009", u"Daniel Romero", u"daniel.romero", Role::Agent, u"Sevilla", u"es", 2019, 5, false},
    {u"A010", u"Irene Castaño", u"irene.castano", Role::Agent, u"Madrid", u"es", 0, 0},
};

// The newcomer (start year 0) started this many days ago: within the grace period.
constexpr int newcomerStartedDaysAgo = 6;

DemoMember memberOf(const DemoPerson &person, const QDate &today)
{
    DemoMember demo;
    StaffMember &member = demo.member;
    member.employeeNo = QString::fromUtf16(person.employeeNo);
    member.fullName = QString::fromUtf16(person.fullName);
    member.email = QString::fromUtf16(person.email) + u"@northwind.example"_s;
    member.role = person.role;
    member.team = QString::fromUtf16(person.team);
    member.site = member.team;
    member.language = QString::fromUtf16(person.language);
    member.active = person.active;
    demo.newcomer = person.startYear == 0;
    member.startDate = demo.newcomer ? today.addDays(-newcomerStartedDaysAgo)
                                     : QDate(person.startYear, person.startMonth, 1);
    return demo;
}

} // namespace

QList<DemoMember> demoRoster(const QString &language, const QDate &today)
{
    QList<DemoMember> roster;
    if (language == u"es"_s) {
        for (const DemoPerson &person : spanishPeople)
            roster.append(memberOf(person, today));
    } else {
        for (const DemoPerson &person : englishPeople)
            roster.append(memberOf(person, today));
    }
    return roster;
}

} // namespace tenet::app
