#include "startupfixture.h"

#include "app/startup/databaseopener.h"
#include "app/startup/demoorganisation.h"
#include "domain/codecontent.h"
#include "storage/auditlog.h"
#include "storage/integrity.h"
#include "storage/organisationstore.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"

#include <QSet>

using namespace tenet;
using namespace tenet::domain;

namespace {

struct Demo
{
    test::TempDir dir;
    std::unique_ptr<storage::Database> db = test::openDemoCopy(dir.file(u"demo.db"_s));
};

} // namespace

TEST_CASE("the demonstration organisation has two published editions and an open draft",
          "[startup][demo]")
{
    Demo demo;
    storage::VersionStore store(*demo.db);
    CHECK(storage::OrganisationStore(*demo.db).organisationName().value()
          == u"Northwind Support"_s);
    const QList<Code> codes = store.codes().value();
    REQUIRE(codes.size() == 1);
    CHECK(codes.first().organisation == u"Northwind Support"_s);

    const QList<VersionInfo> versions = store.versions(codes.first().id).value();
    REQUIRE(versions.size() == 3);
    const VersionInfo &first = versions.at(0);
    CHECK(first.state == VersionState::Superseded);
    CHECK(first.material == true);
    CHECK(first.summary == u"First edition"_s);
    CHECK(first.author == u"S001"_s);
    CHECK(first.submittedBy == u"S001"_s);
    CHECK(first.approvedBy == u"M001"_s);
    CHECK(first.publishedBy == u"M002"_s);
    const VersionInfo &second = versions.at(1);
    CHECK(second.state == VersionState::Published);
    CHECK(second.material == true);
    CHECK(second.summary.startsWith(u"Second edition"_s));
    // Published weeks apart, both in the past.
    CHECK(first.publishedAt.daysTo(second.publishedAt) > 150);
    CHECK(second.publishedAt.daysTo(QDateTime::currentDateTimeUtc()) > 30);
    const VersionInfo &third = versions.at(2);
    CHECK(third.state == VersionState::Draft);
    CHECK(third.author == u"S001"_s);
    REQUIRE(store.openVersion(codes.first().id).value().has_value());
    CHECK(store.openVersion(codes.first().id).value()->id == third.id);
}

TEST_CASE("every section of the demonstration code has content", "[startup][demo]")
{
    Demo demo;
    storage::VersionStore store(*demo.db);
    const auto inForce = store.inForce(store.codes().value().first().id).value();
    REQUIRE(inForce);
    const auto version = store.load(inForce->id);
    REQUIRE(version);
    const CodeContent &content = version->content;
    REQUIRE(content.sections.size() == 7);
    for (const Section &section : content.sections) {
        INFO(sectionKeyName(section.key).toStdString());
        CHECK_FALSE(section.purpose.isEmpty());
        CHECK_FALSE(section.owner.isEmpty());
        CHECK(section.reviewIntervalDays.has_value());
        CHECK(section.clauses.size() >= 3);
    }
    CHECK_FALSE(content.section(SectionKey::ServiceProtocols)->escalation.isEmpty());
    CHECK_FALSE(content.section(SectionKey::ServiceProtocols)->followUp.isEmpty());
    CHECK_FALSE(content.section(SectionKey::Complaints)->stages.isEmpty());
    CHECK_FALSE(content.section(SectionKey::Training)->programmes.isEmpty());
    CHECK(content.section(SectionKey::Metrics)->kpis.size() >= 5);
}

TEST_CASE("each edition of the demonstration differs from the one before in a few realistic "
          "edits",
          "[startup][demo]")
{
    Demo demo;
    storage::VersionStore store(*demo.db);
    const qint64 codeId = store.codes().value().first().id;
    const QList<VersionInfo> versions = store.versions(codeId).value();
    REQUIRE(versions.size() == 3);
    const auto first = store.load(versions.at(0).id);
    const auto second = store.load(versions.at(1).id);
    const auto draft = store.load(versions.at(2).id);
    REQUIRE(first);
    REQUIRE(second);
    REQUIRE(draft);
    CHECK(draft->info.revision >= 1);

    CHECK(first->content.clause(u"com-call-back"_s) == nullptr);
    const auto callBack = second->content.findClause(u"com-call-back"_s);
    REQUIRE(callBack);
    CHECK(second->content.sections.at(callBack->sectionIndex).key == SectionKey::Communication);

    REQUIRE(first->content.clause(u"com-email"_s));
    REQUIRE(second->content.clause(u"com-email"_s));
    CHECK(first->content.clause(u"com-email"_s)->body.contains(u"one working day"_s));
    CHECK(second->content.clause(u"com-email"_s)->body.contains(u"eight working hours"_s));

    const auto target = [](const CodeContent &content, const QString &key) {
        for (const Kpi &kpi : content.section(SectionKey::Metrics)->kpis) {
            if (kpi.key == key)
                return kpi.target;
        }
        return -1.0;
    };
    CHECK(target(first->content, u"fcr"_s) == 75);
    CHECK(target(second->content, u"fcr"_s) == 78);
    CHECK(first->content.clauseCount() + 1 == second->content.clauseCount());

    // The draft revises the section that fell out of review.
    const auto inPublic = draft->content.findClause(u"cmp-in-public"_s);
    REQUIRE(inPublic);
    CHECK(draft->content.sections.at(inPublic->sectionIndex).key == SectionKey::Complaints);
    CHECK(second->content.clauseCount() + 1 == draft->content.clauseCount());
}

TEST_CASE(
    "the demonstration staff work in three cities in every role and sign in with the demo PIN",
    "[startup][demo]")
{
    Demo demo;
    storage::StaffStore staff(*demo.db);
    const QList<StaffMember> members = staff.list().value();
    CHECK(members.size() >= 13);

    const auto find = [&](const QString &no) {
        auto member = staff.find(no);
        INFO(no.toStdString());
        REQUIRE(member);
        return member.value();
    };
    CHECK(find(u"M001"_s).fullName == u"Marta Ruiz"_s);
    CHECK(find(u"M001"_s).role == Role::Manager);
    CHECK(find(u"M002"_s).fullName == u"Ana Gómez"_s);
    CHECK(find(u"M002"_s).role == Role::Manager);
    CHECK(find(u"S001"_s).fullName == u"Jonas Petraitis"_s);
    CHECK(find(u"S001"_s).role == Role::Supervisor);
    CHECK(find(u"Q001"_s).role == Role::Quality);
    CHECK(find(u"T001"_s).role == Role::Trainer);

    QSet<QString> teams;
    QSet<QString> languages;
    int agents = 0;
    for (const StaffMember &member : members) {
        teams.insert(member.team);
        languages.insert(member.language);
        CHECK_FALSE(member.email.isEmpty());
        CHECK(member.startDate.isValid());
        if (member.role == Role::Agent && member.active)
            ++agents;
    }
    CHECK(agents >= 8);
    CHECK(teams == QSet<QString> {u"Vilnius"_s, u"Madrid"_s, u"Leeds"_s});
    CHECK(languages == QSet<QString> {u"lt"_s, u"es"_s, u"en"_s});

    CHECK(app::demoPin() == u"1234"_s);
    CHECK(staff.checkSecret(u"M001"_s, app::demoPin()).value());
    CHECK(staff.checkSecret(u"A003"_s, app::demoPin()).value());
    CHECK_FALSE(staff.checkSecret(u"M001"_s, u"0000"_s).value());
}

TEST_CASE("the demonstration organisation is written to the audit log, which verifies",
          "[startup][demo]")
{
    Demo demo;
    auto report = storage::verifyDatabase(*demo.db);
    REQUIRE(report);
    INFO(report->problems().join(u"; "_s).toStdString());
    CHECK(report->ok());

    QStringList actions;
    const QList<storage::AuditEntry> entries = storage::AuditLog(*demo.db).entries().value();
    for (const storage::AuditEntry &entry : entries)
        actions.append(entry.actor + u' ' + entry.action);
    CHECK(actions.contains(u"M001 staff.add"_s));
    CHECK(actions.contains(u"M001 code.create"_s));
    CHECK(actions.contains(u"S001 version.submit"_s));
    CHECK(actions.contains(u"M001 version.approve"_s));
    CHECK(actions.contains(u"M002 version.publish"_s));
}

TEST_CASE("the demonstration organisation goes only into an empty database", "[startup][demo]")
{
    test::TempDir dir;
    auto opened
        = storage::Database::open(dir.file(u"used.db"_s), storage::OpenMode::CreateIfMissing);
    REQUIRE(opened);
    StaffMember someone;
    someone.employeeNo = u"X1"_s;
    someone.fullName = u"Someone Already Here"_s;
    REQUIRE(storage::StaffStore(**opened).add(someone, {}, Actor {u"os:test"_s, std::nullopt}));

    const Status status = app::createDemoOrganisation(**opened);
    REQUIRE_FALSE(status);
    CHECK(status.error().kind == ErrorKind::Refused);
    CHECK(status.error().message.contains(dir.file(u"used.db"_s)));
    CHECK(storage::StaffStore(**opened).list().value().size() == 1);
    CHECK(storage::VersionStore(**opened).codes().value().isEmpty());
}
