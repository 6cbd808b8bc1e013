#include "startupfixture.h"

#include "app/startup/demoorganisation.h"
#include "app/startup/startercode.h"
#include "domain/dashboard.h"
#include "domain/organisationdate.h"
#include "storage/acknowledgementstore.h"
#include "storage/dashboardstore.h"
#include "storage/integrity.h"
#include "storage/kpistore.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"

#include <QSet>

using namespace tenet;
using namespace tenet::domain;

namespace {

// The languages the demonstration is made in; Spanish needs the Spanish starter code, which
// a build may not carry yet: then its cases say so and check English only.
QString demoLanguage()
{
    const QString language = GENERATE(as<QString>(), u"en"_s, u"es"_s);
    if (!app::demoLanguages().contains(language))
        WARN("no demonstration in " << language.toStdString()
                                    << ": its starter code is not "
                                       "embedded in this build");
    return language;
}

} // namespace

TEST_CASE("a first look at the demonstration's dashboard shows every state", "[startup][demo]")
{
    const QString language = demoLanguage();
    if (!app::demoLanguages().contains(language))
        return;
    INFO(language.toStdString());
    test::TempDir dir;
    auto db = test::openDemoCopy(dir.file(u"demo.db"_s), language);
    const qint64 codeId = storage::VersionStore(*db).codes().value().first().id;
    const Dashboard dashboard
        = storage::DashboardStore(*db).compute(codeId, organisationToday()).value();

    CHECK(dashboard.signedCount >= dashboard.required / 2);
    CHECK(dashboard.signedCount < dashboard.required);
    CHECK(dashboard.overdueCount() >= 3);
    // Someone who has not signed yet but still has time: the newcomer.
    const bool pending
        = std::any_of(dashboard.unacknowledged.cbegin(), dashboard.unacknowledged.cend(),
                      [](const StaffDue &due) { return !due.overdue; });
    CHECK(pending);
    CHECK(dashboard.staleCount() == 1);
    CHECK(dashboard.dueSoonCount() == 1);
    CHECK(dashboard.kpisBreached() == 1);
    CHECK(dashboard.kpisOffTarget() == 2);
    const bool onTarget
        = std::any_of(dashboard.kpis.cbegin(), dashboard.kpis.cend(),
                      [](const KpiStatus &k) { return k.state == KpiState::OnTarget; });
    CHECK(onTarget);
}

TEST_CASE("the demonstration's history is spread over past months and its chains verify",
          "[startup][demo]")
{
    const QString language = demoLanguage();
    if (!app::demoLanguages().contains(language))
        return;
    INFO(language.toStdString());
    test::TempDir dir;
    auto db = test::openDemoCopy(dir.file(u"demo.db"_s), language);
    auto report = storage::verifyDatabase(*db);
    REQUIRE(report);
    INFO(report->problems().join(u"; "_s).toStdString());
    CHECK(report->ok());

    const qint64 codeId = storage::VersionStore(*db).codes().value().first().id;
    const QDate today = organisationToday();
    // Signatures of the second edition on many different days over the past weeks, none
    // today or later.
    const QList<Acknowledgement> signatures
        = storage::AcknowledgementStore(*db).list(codeId, {}, 2).value();
    CHECK(signatures.size() >= 8);
    QSet<QDate> days;
    for (const Acknowledgement &signature : signatures) {
        days.insert(organisationDate(signature.signedAt));
        CHECK(organisationDate(signature.signedAt) < today);
        CHECK(signature.paperRecord == std::nullopt); // signed by the people themselves
    }
    CHECK(days.size() >= 6);
    // The first edition's were entered from paper.
    const QList<Acknowledgement> onPaper
        = storage::AcknowledgementStore(*db).list(codeId, {}, 1).value();
    CHECK(onPaper.size() >= 12);
    for (const Acknowledgement &signature : onPaper)
        CHECK(signature.paperRecord.has_value());

    // Six months of values for every KPI.
    const QList<KpiObservation> values = storage::KpiStore(*db).observations(codeId).value();
    QSet<QDate> months;
    for (const KpiObservation &value : values) {
        months.insert(value.periodStart);
        CHECK(value.periodEnd < today);
    }
    CHECK(months.size() == 6);
}

TEST_CASE("the Spanish demonstration is written in Spanish for a Spanish team", "[startup][demo]")
{
    if (!app::demoLanguages().contains(u"es"_s)) {
        WARN("the Spanish starter code is not embedded in this build");
        return;
    }
    test::TempDir dir;
    auto db = test::openDemoCopy(dir.file(u"demo.db"_s), u"es"_s);
    storage::VersionStore store(*db);
    const Code code = store.codes().value().first();
    CHECK(code.language == u"es"_s);
    CHECK(code.organisation == u"Northwind Support"_s);
    CHECK(code.title == app::starterCode(u"es"_s).value().code.title);
    CHECK_FALSE(code.title.contains(u"Code of Practice"_s));

    const QList<VersionInfo> versions = store.versions(code.id).value();
    REQUIRE(versions.size() == 3);
    CHECK(versions.at(0).summary == u"Primera edición"_s);
    CHECK(versions.at(1).summary.startsWith(u"Segunda edición"_s));
    const auto draft = store.load(versions.at(2).id);
    REQUIRE(draft);
    CHECK(draft->content.language == u"es"_s);
    CHECK(draft->content.clause(u"cmp-in-public"_s)->title == u"Reclamaciones hechas en público"_s);

    const QList<StaffMember> staff = storage::StaffStore(*db).list().value();
    CHECK(staff.size() >= 13);
    QSet<QString> teams;
    for (const StaffMember &member : staff) {
        CHECK(member.language == u"es"_s);
        teams.insert(member.team);
    }
    CHECK(teams.contains(u"Madrid"_s));
    CHECK(teams.size() >= 3);
    CHECK(storage::StaffStore(*db).checkSecret(u"M001"_s, app::demoPin()).value());
}
