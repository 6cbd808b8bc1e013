#pragma once

#include "support/sampledatabase.h"
#include "support/tempdir.h"

#include "app/session/session.h"
#include "domain/kpiobservation.h"
#include "domain/staffmember.h"
#include "storage/acknowledgementstore.h"
#include "storage/database.h"
#include "storage/kpistore.h"
#include "storage/staffstore.h"

#include <QDateTime>

namespace tenet::test {

// The sample database published, with two more people in a second team and site, e-mail
// addresses, signatures by A001 and B001, and a few months of KPI values; open in a Session.
struct DashboardFixture
{
    TempDir dir;
    app::Session session;
    qint64 codeId = 0;
    QDate published;

    DashboardFixture()
    {
        SampleDatabase sample = createSampleDatabase(dir.file(u"tenet.db"_s), true);
        codeId = sample.codeId;
        storage::Database &db = *sample.database;
        const domain::Actor setup {u"M001"_s, domain::Role::Manager};
        storage::StaffStore staff(db);
        const auto add = [&](const QString &no, const QString &name, const QString &email) {
            domain::StaffMember member;
            member.employeeNo = no;
            member.fullName = name;
            member.email = email;
            member.role = domain::Role::Agent;
            member.team = u"Madrid Chat"_s;
            member.site = u"Madrid"_s;
            member.startDate = QDate(2025, 1, 6);
            REQUIRE(staff.add(member, u"1234"_s, setup).ok());
        };
        add(u"B001"_s, u"Pablo Ortega"_s, u"pablo.ortega@example.com"_s);
        add(u"B002"_s, u"Sofía Núñez"_s, u"sofia.nunez@example.com"_s);
        add(u"B003"_s, u"Zoe Abad"_s, u"zoe.abad@example.com"_s);

        storage::AcknowledgementStore acks(db);
        const auto sign = [&](const QString &no, const QString &name) {
            storage::SignRequest request;
            request.employeeNo = no;
            request.versionId = sample.versionId;
            request.typedName = name;
            request.paperRecord = u"Signed on paper"_s;
            REQUIRE(acks.sign(request, setup).ok());
        };
        sign(u"A001"_s, u"Lina Kazlauskiene"_s);
        sign(u"B001"_s, u"Pablo Ortega"_s);
        published = acks.list(codeId).value().first().signedAt.toUTC().date();

        QList<domain::KpiObservation> values;
        const double asa[] = {18, 22, 26, 31};
        for (int month = 0; month < 4; ++month) {
            const QDate start = QDate(2026, 7 + month, 1);
            values.append({u"asa"_s, {}, start, start.addMonths(1).addDays(-1), asa[month], {}});
            values.append({u"asa"_s,
                           u"Madrid Chat"_s,
                           start,
                           start.addMonths(1).addDays(-1),
                           asa[month] - 3,
                           {}});
            values.append({u"csat"_s, {}, start, start.addMonths(1).addDays(-1), 86.0 - month, {}});
        }
        REQUIRE(storage::KpiStore(db)
                    .importObservations(codeId, values,
                                        domain::Actor {u"M001"_s, domain::Role::Manager})
                    .ok());
        session.setDatabase(std::move(sample.database));
        REQUIRE(session.code());
    }
};

} // namespace tenet::test
